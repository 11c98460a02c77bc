import { escapeHtml as e } from './format';
import type { DocModel, Inline, ModelBlock } from './model';

/**
 * The print-ready A4 page (GB/T 9704 layout: 37/26/35/28 mm margins, 仿宋 body, 小标宋 title). No scripts and
 * no external resources, so it is safe under the app's CSP and prints the same offline. The seal mark is an
 * inline SVG; the seal itself is the SM2 signature over the Word file, named in the footer by its key id.
 */

const CSS = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
html { background: #eceff1; }
body { margin: 0; color: #000; font-family: "FangSong", "仿宋", "FangSong_GB2312", "仿宋_GB2312", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", serif; font-size: 16pt; line-height: 28pt; }
.page { box-sizing: border-box; width: 210mm; min-height: 297mm; margin: 8mm auto; padding: 37mm 26mm 35mm 28mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
.agency { margin: 0; text-align: center; font-family: "SimSun", "宋体", "Songti SC", "STSong", "Noto Serif CJK SC", serif; font-size: 22pt; line-height: 36pt; letter-spacing: .08em; }
h1 { margin: 0 0 8pt; text-align: center; font-family: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "SimSun", "宋体", "Songti SC", "STSong", "Noto Serif CJK SC", serif; font-size: 22pt; line-height: 36pt; font-weight: bold; }
.number { margin: 0 0 14pt; text-align: right; }
.form .number { text-align: right; font-size: 12pt; }
h2 { margin: 0; text-indent: 2em; font-family: "SimHei", "黑体", "Heiti SC", "Noto Sans CJK SC", sans-serif; font-size: 16pt; font-weight: normal; }
p { margin: 0; text-align: justify; }
p.indent { text-indent: 2em; }
strong { font-weight: normal; font-family: "SimHei", "黑体", "Heiti SC", "Noto Sans CJK SC", sans-serif; }
.blank { display: inline-block; min-width: 6em; border-bottom: 1px solid #000; }
table { width: 100%; border-collapse: collapse; margin: 6pt 0; font-size: 14pt; line-height: 22pt; page-break-inside: auto; }
tr { page-break-inside: avoid; }
th, td { border: 1px solid #000; padding: 2mm 3mm; vertical-align: top; text-align: left; font-weight: normal; }
.grid th { width: 30%; }
.items th { text-align: center; }
caption { text-align: left; font-family: "SimHei", "黑体", "Heiti SC", "Noto Sans CJK SC", sans-serif; padding-bottom: 2pt; }
.opinion td { height: 28mm; }
.opinion .sign { display: block; margin-top: 6pt; text-align: right; }
.signatures { margin-top: 14pt; }
.signatures p { margin-top: 10pt; }
.closing { position: relative; width: max-content; margin: 28pt 2em 0 auto; }
.closing p { text-align: center; }
.seal { position: absolute; left: 50%; top: 50%; width: 42mm; height: 42mm; transform: translate(-50%, -50%); }
footer { margin-top: 24pt; padding-top: 4pt; border-top: 1px solid #999; color: #444; font-size: 9pt; line-height: 14pt; }
@media print {
  html { background: none; }
  .page { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
}
`.trim();

function inline(i: Inline): string {
  if (i.blank) return `<span class="blank">${i.text.startsWith('＿') ? '' : e(i.text)}</span>`;
  return i.strong ? `<strong>${e(i.text)}</strong>` : e(i.text);
}

const inlines = (xs: Inline[]) => xs.map(inline).join('');

function block(b: ModelBlock): string {
  switch (b.kind) {
    case 'heading':
      return `<h2>${e(b.text)}</h2>`;
    case 'para':
      return `<p${b.indent ? ' class="indent"' : ''}>${inlines(b.inlines)}</p>`;
    case 'grid':
      return `<table class="grid"><tbody>${b.rows
        .map((r) => `<tr><th scope="row">${e(r.label)}</th><td>${inlines(r.value)}</td></tr>`)
        .join('')}</tbody></table>`;
    case 'table': {
      const head = `<tr>${b.columns.map((c) => `<th scope="col">${e(c)}</th>`).join('')}</tr>`;
      const rows = b.rows.length
        ? b.rows.map((r) => `<tr>${r.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`).join('')
        : `<tr>${b.columns.map(() => '<td>&#160;</td>').join('')}</tr>`;
      const caption = b.title ? `<caption>${e(b.title)}</caption>` : '';
      return `<table class="items">${caption}<thead>${head}</thead><tbody>${rows}</tbody></table>`;
    }
    case 'opinions':
      return `<table class="opinion"><tbody>${b.steps
        .map(
          (s) =>
            `<tr><th scope="row">${e(s.label)}</th><td>${e(s.text)}<span class="sign">签名：<span class="blank"></span>　　年　　月　　日</span></td></tr>`,
        )
        .join('')}</tbody></table>`;
    case 'signatures':
      return `<div class="signatures">${b.labels
        .map((l) => `<p>${e(l)}：<span class="blank"></span>　　年　　月　　日</p>`)
        .join('')}</div>`;
  }
}

/** A round red seal mark: the agency's name on the upper arc around a five-pointed star. */
export function sealSvg(agencyName: string): string {
  const star = Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? 17 : 7;
    const a = (Math.PI / 5) * i - Math.PI / 2;
    return `${(60 + r * Math.cos(a)).toFixed(2)},${(60 + r * Math.sin(a)).toFixed(2)}`;
  }).join(' ');
  return `<svg class="seal" viewBox="0 0 120 120" role="img" aria-label="${e(agencyName)}印章"><g fill="none" stroke="#d40000" stroke-width="3.5" opacity="0.85"><circle cx="60" cy="60" r="55"/></g><defs><path id="seal-arc" d="M 17 70 A 45 45 0 1 1 103 70"/></defs><text fill="#d40000" opacity="0.85" font-size="13" font-family="SimSun, 宋体, serif" text-anchor="middle"><textPath href="#seal-arc" startOffset="50%" textLength="190" lengthAdjust="spacing">${e(agencyName)}</textPath></text><polygon points="${star}" fill="#d40000" opacity="0.85"/></svg>`;
}

export function renderHtml(model: DocModel, opts: { sealKeyId?: string } = {}): string {
  const header =
    model.layout === 'letter'
      ? `<p class="agency">${e(model.agencyName)}</p><h1>${e(model.title)}</h1><p class="number">${e(model.number)}</p>`
      : `<h1>${e(model.title)}</h1><p class="number">编号：${e(model.number)}</p>`;
  const closing =
    model.sealed || model.layout === 'letter'
      ? `<div class="closing">${model.sealed ? sealSvg(model.agencyName) : ''}<p>${e(model.agencyName)}</p><p>${e(model.dateLine)}</p></div>`
      : '';
  const seal =
    model.sealed && opts.sealKeyId ? `　电子印章密钥标识：${e(opts.sealKeyId)}（SM2/SM3，签名见文书详情）` : '';
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(model.title)} ${e(model.number)}</title>
<style>${CSS}</style>
</head>
<body>
<article class="page ${model.layout}">
${header}
${model.blocks.map(block).join('\n')}
${closing}
<footer>${e(model.footer)}${seal}</footer>
</article>
</body>
</html>
`;
}
