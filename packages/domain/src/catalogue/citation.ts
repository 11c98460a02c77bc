/**
 * Citations of articles as written in Chinese legal documents: 《中华人民共和国行政处罚法》第五十一条第一款第二项.
 * Numerals follow the drafting convention of PRC statutes (立法技术规范): 十, 十一, 二十, 一百零一, 一百一十,
 * 一千二百六十 — no leading 一 before 十 below twenty, one 零 for a run of zeros between non-zero digits.
 */
import { isBlank } from './internal.js';

const DIGITS = '零一二三四五六七八九';
const UNITS = ['', '十', '百', '千'];
const MAX_NUMERAL = 9999;

/** 1 → 一, 10 → 十, 15 → 十五, 20 → 二十, 101 → 一百零一, 110 → 一百一十, 1260 → 一千二百六十 (1–9999). */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > MAX_NUMERAL) throw new RangeError(`Numeral out of range 1–9999: ${n}`);
  const digits = String(n);
  let out = '';
  let zeroPending = false;
  for (let i = 0; i < digits.length; i++) {
    const d = Number(digits[i]);
    const unit = UNITS[digits.length - 1 - i];
    if (d === 0) {
      zeroPending = out !== '';
      continue;
    }
    if (zeroPending) out += '零';
    zeroPending = false;
    // 十 alone for 10–19; 一十 inside larger numbers (一百一十).
    out += d === 1 && unit === '十' && i === 0 ? unit : DIGITS[d] + unit;
  }
  return out;
}

/** The inverse of `toChineseNumeral`; only the canonical spelling is accepted (二十 yes, 两十 / 一十 / 廿 no). */
export function parseChineseNumeral(text: string): number | null {
  if (typeof text !== 'string' || !/^[零一二三四五六七八九十百千]+$/.test(text)) return null;
  let total = 0;
  let digit: number | null = null;
  for (const ch of text) {
    const d = DIGITS.indexOf(ch);
    if (d >= 0) {
      digit = d;
      continue;
    }
    const power = UNITS.indexOf(ch);
    total += (digit ?? 1) * 10 ** power;
    digit = null;
  }
  total += digit ?? 0;
  if (total < 1 || total > MAX_NUMERAL) return null;
  return toChineseNumeral(total) === text ? total : null;
}

export interface CitationParts {
  /** Without 《》, e.g. 中华人民共和国行政处罚法. */
  lawName: string;
  article: number;
  paragraph?: number;
  item?: number;
}

function stripBrackets(name: string): string {
  return name.trim().replace(/^《/, '').replace(/》$/, '').trim();
}

/**
 * '《中华人民共和国行政处罚法》第五十一条第一款第二项'. The law name may be given with or without 《》; paragraph and
 * item are optional (an item may follow the article directly when the article has a single paragraph).
 */
export function formatCitation(parts: CitationParts): string {
  const name = typeof parts.lawName === 'string' ? stripBrackets(parts.lawName) : '';
  if (isBlank(name)) throw new RangeError('Law name is required');
  let out = `《${name}》第${toChineseNumeral(parts.article)}条`;
  if (parts.paragraph !== undefined) out += `第${toChineseNumeral(parts.paragraph)}款`;
  if (parts.item !== undefined) out += `第${toChineseNumeral(parts.item)}项`;
  return out;
}

const NUM = '([零一二三四五六七八九十百千]+)';
const CITATION_RE = new RegExp(`^(?:《([^《》]+)》|([^《》]+?))第${NUM}条(?:第${NUM}款)?(?:第${NUM}项)?$`);

/**
 * Parses what `formatCitation` writes, and the same without 《》 ('行政处罚法第三十七条'). Returns null for anything
 * else (Arabic numerals, 之一 articles, non-canonical numerals, trailing text).
 */
export function parseCitation(text: string): CitationParts | null {
  if (typeof text !== 'string') return null;
  const m = CITATION_RE.exec(text.trim());
  if (!m) return null;
  const lawName = (m[1] ?? m[2]).trim();
  if (lawName === '') return null;
  const article = parseChineseNumeral(m[3]);
  if (article === null) return null;
  const out: CitationParts = { lawName, article };
  if (m[4] !== undefined) {
    const paragraph = parseChineseNumeral(m[4]);
    if (paragraph === null) return null;
    out.paragraph = paragraph;
  }
  if (m[5] !== undefined) {
    const item = parseChineseNumeral(m[5]);
    if (item === null) return null;
    out.item = item;
  }
  return out;
}
