/**
 * Text helpers for the flowchart renderer: escaping for SVG/XML, a width estimate without a DOM, and line
 * wrapping for Chinese labels. The estimate is deliberately generous (CJK and full-width punctuation take a
 * full em, everything else 0.62 em) so that boxes never clip their labels in any CJK font of the stack.
 */

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are invalid in XML 1.0 and are dropped
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Escapes a value for SVG text or a double-quoted attribute; characters XML forbids are dropped. */
export function escapeXml(value: unknown): string {
  return String(value ?? '')
    .replace(XML_INVALID, '')
    .replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
}

/** Whether a character is drawn a full em wide (CJK ideographs, kana, full-width forms and punctuation). */
function isWide(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return c >= 0x2e80 || (c >= 0x2010 && c <= 0x201f) || c === 0x2026;
}

/** Estimated advance width of a text in px at a font size in px. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += isWide(ch) ? 1 : 0.62;
  return em * fontSize;
}

// A line should not start with these (避头) or end with the opening ones (避尾): 禁则 of Chinese typesetting.
const NO_LINE_START = new Set([...'，。、；：？！）》」』”’—…·']);
const NO_LINE_END = new Set([...'（《「『“‘']);
const BREAK_AFTER = new Set([...'、，；：/']);

/**
 * Splits a label into lines of at most `maxWidth` px: as few lines as possible, balanced (8 and 7 characters
 * rather than 12 and 3), preferring to break at a pause mark or before an opening bracket ("复议诉讼维持" /
 * "（驳回、撤回）"), and never against the basic 禁则 of Chinese line breaking. ASCII words (rule IDs, numbers)
 * are kept whole.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
  const total = textWidth(text, fontSize);
  if (total <= maxWidth) return [text];
  const units = text.match(/[A-Za-z0-9.\-_]+|./gsu) ?? [];
  const m = units.length;
  const prefix = [0];
  for (const u of units) prefix.push(prefix[prefix.length - 1] + textWidth(u, fontSize));
  const canBreakAfter = (i: number) => !NO_LINE_START.has(units[i + 1]) && !NO_LINE_END.has(units[i]);
  const natural = (i: number) => NO_LINE_END.has(units[i + 1]) || BREAK_AFTER.has(units[i]);
  const lineCost = (a: number, b: number) => {
    const w = prefix[b] - prefix[a];
    return w * w + (w > maxWidth ? 1e9 : 0);
  };
  const unnaturalPenalty = (4 * fontSize) ** 2;
  // best[k][j]: least cost of the first j units in k lines; from[k][j]: where the last line starts.
  for (let lines = Math.ceil(total / maxWidth); lines <= m; lines++) {
    const best = Array.from({ length: lines + 1 }, () => new Array<number>(m + 1).fill(Infinity));
    const from = Array.from({ length: lines + 1 }, () => new Array<number>(m + 1).fill(-1));
    best[0][0] = 0;
    for (let k = 1; k <= lines; k++) {
      for (let j = k; j <= m; j++) {
        for (let i = k - 1; i < j; i++) {
          if (best[k - 1][i] === Infinity || (i > 0 && !canBreakAfter(i - 1))) continue;
          const c = best[k - 1][i] + lineCost(i, j) + (i > 0 && !natural(i - 1) ? unnaturalPenalty : 0);
          if (c < best[k][j]) {
            best[k][j] = c;
            from[k][j] = i;
          }
        }
      }
    }
    if (best[lines][m] >= 1e9 && lines < m) continue;
    const out: string[] = [];
    let j = m;
    for (let k = lines; k > 0; k--) {
      const i = from[k][j];
      out.unshift(units.slice(i, j).join(''));
      j = i;
    }
    return out;
  }
  return [text];
}

/** Fixed-precision numbers keep the SVG small and byte-for-byte stable. */
export function n(v: number): string {
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
}
