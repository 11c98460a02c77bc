/**
 * The portal stylesheet, served at /portal/portal.css. Colours meet WCAG AA (≥ 4.5:1) in normal mode and
 * AAA (≥ 7:1) in elder mode (长者模式: about 1.35× type, black on white / yellow, thicker focus rings).
 * Sizes are in em so that `body.elder` scales everything.
 */
export const PORTAL_CSS = `
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; background: #fff; color: #1a1a1a; font-size: 1rem; line-height: 1.7;
  font-family: "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif;
}
.wrap { max-width: 72em; margin: 0 auto; padding: 0 1em; }
a { color: #0b4f9c; text-decoration: underline; text-underline-offset: 0.15em; }
a:hover { color: #062f5e; text-decoration-thickness: 2px; }
a:focus-visible { outline: 3px solid transparent; background: #ffdd00; color: #0b0c0c; box-shadow: 0 -2px #ffdd00, 0 4px #0b0c0c; text-decoration: none; }
button:focus-visible, input:focus, main:focus-visible, .table-wrap:focus-visible {
  outline: 3px solid #0b0c0c; outline-offset: 0; box-shadow: 0 0 0 6px #ffdd00;
}
main:focus { outline: none; }
.skip-link { position: absolute; left: -9999px; top: 0; z-index: 10; padding: 0.5em 1em; background: #ffdd00; color: #0b0c0c; font-weight: 700; }
.skip-link:focus { left: 0.5em; top: 0.5em; }

.site-header { background: #0b3d75; color: #fff; }
.header-row { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5em 1em; padding-top: 0.75em; padding-bottom: 0.75em; }
.brand { color: #fff; font-size: 1.4em; font-weight: 700; text-decoration: none; letter-spacing: 0.05em; }
.brand:hover { color: #fff; text-decoration: underline; }
.elder-toggle { margin: 0; }
.elder-toggle button { font: inherit; font-size: 1em; padding: 0.35em 0.9em; min-height: 2.5em; border: 2px solid #fff; border-radius: 4px; background: transparent; color: #fff; cursor: pointer; }
.elder-toggle button:hover { background: #fff; color: #0b3d75; }
.site-nav { background: #082d57; }
.site-nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0 1.5em; margin: 0 auto; }
.site-nav a { display: inline-block; padding: 0.6em 0.1em; color: #fff; text-decoration: none; border-bottom: 3px solid transparent; }
.site-nav a:hover, .site-nav a[aria-current="page"] { border-bottom-color: #ffdd00; }

main.wrap { display: block; padding-top: 1.5em; padding-bottom: 2.5em; }
h1 { font-size: 1.9em; line-height: 1.3; margin: 0.2em 0 0.6em; }
h2 { font-size: 1.4em; line-height: 1.35; margin: 1.6em 0 0.6em; padding-bottom: 0.2em; border-bottom: 2px solid #d0d7de; }
h3 { font-size: 1.15em; margin: 1.2em 0 0.4em; }
p { margin: 0 0 0.9em; }
.lead { font-size: 1.1em; }
.muted { color: #4a4a4a; }

.panel { border: 1px solid #c6ccd2; border-radius: 6px; padding: 1em 1.25em; margin: 1.5em 0; background: #f6f8fa; }
.panel > h2:first-child { margin-top: 0; }
.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(17em, 1fr)); gap: 1em; list-style: none; padding: 0; margin: 0; }
.card { border: 1px solid #c6ccd2; border-radius: 6px; padding: 0.9em 1.1em; background: #fff; }
.card .card-title { margin: 0 0 0.3em; font-size: 1.1em; line-height: 1.4; }
.card p { margin: 0; color: #3d3d3d; }
.systems { padding-left: 1.4em; }
.systems li { margin-bottom: 0.4em; }

.facts { margin: 0; display: grid; grid-template-columns: 1fr; gap: 0; }
.facts > div { display: grid; grid-template-columns: 9em 1fr; gap: 0.5em 1em; padding: 0.45em 0; border-bottom: 1px solid #e1e4e8; }
.facts dt { font-weight: 700; color: #1a1a1a; }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.facts ul { margin: 0; padding-left: 1.2em; }
@media (max-width: 36em) { .facts > div { grid-template-columns: 1fr; } }

form.search, form.check { display: flex; flex-wrap: wrap; align-items: flex-end; gap: 0.6em 0.8em; margin: 1em 0; }
.field { display: flex; flex-direction: column; gap: 0.25em; min-width: 14em; flex: 1 1 20em; max-width: 36em; }
label { font-weight: 700; }
.hint { color: #4a4a4a; font-size: 0.95em; }
input[type="text"], input[type="search"] {
  font: inherit; font-size: 1.05em; padding: 0.45em 0.6em; min-height: 2.6em; border: 2px solid #1a1a1a; border-radius: 4px; background: #fff; color: #1a1a1a; width: 100%;
}
input[aria-invalid="true"] { border-color: #b3261e; }
.button {
  font: inherit; font-size: 1.05em; font-weight: 700; padding: 0.45em 1.4em; min-height: 2.6em; border: 2px solid #0b4f9c; border-radius: 4px;
  background: #0b4f9c; color: #fff; cursor: pointer;
}
.button:hover { background: #062f5e; border-color: #062f5e; }
.error-message { color: #b3261e; font-weight: 700; margin: 0.5em 0; }

.table-wrap { overflow-x: auto; margin: 0.5em 0 1em; }
table { border-collapse: collapse; width: 100%; min-width: 40em; }
caption { text-align: left; font-weight: 700; padding: 0.4em 0; }
th, td { text-align: left; vertical-align: top; padding: 0.55em 0.7em; border-bottom: 1px solid #d0d7de; }
thead th { background: #eef2f6; border-bottom: 2px solid #1a1a1a; white-space: nowrap; }
td.number { font-variant-numeric: tabular-nums; white-space: nowrap; }

.pagination { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em 1.2em; margin: 1em 0; }
.pagination a { display: inline-block; padding: 0.3em 0.8em; border: 2px solid #0b4f9c; border-radius: 4px; text-decoration: none; }
.pagination span.disabled { color: #4a4a4a; padding: 0.3em 0.8em; border: 2px solid #c6ccd2; border-radius: 4px; }

.result { border-radius: 6px; padding: 1em 1.25em; margin: 1em 0; border: 3px solid; }
.result .verdict { font-size: 1.45em; font-weight: 700; margin: 0 0 0.3em; }
.result.ok { background: #e7f5ea; border-color: #1e7b34; color: #0f4d1f; }
.result.bad { background: #fdecea; border-color: #b3261e; color: #7a1510; }
.result.unknown { background: #fff8e1; border-color: #8a5a00; color: #4d3300; }
.result p { margin: 0.3em 0 0; }
.result + .facts + .muted { margin-top: 0.8em; }

.site-footer { background: #f1f3f5; border-top: 1px solid #c6ccd2; padding: 1.2em 0; color: #333; }
.site-footer p { margin: 0.3em 0; }

/* 长者模式: larger type, black on white / yellow, heavy focus rings, bigger targets. */
body.elder { font-size: 1.35rem; line-height: 1.8; color: #000; background: #fff; }
body.elder a { color: #00006b; text-decoration-thickness: 2px; }
body.elder a:hover { color: #000; }
body.elder a:focus-visible, body.elder .skip-link:focus { background: #ffff00; color: #000; box-shadow: 0 -3px #ffff00, 0 5px #000; }
body.elder button:focus-visible, body.elder input:focus, body.elder .table-wrap:focus-visible { outline: 4px solid #000; box-shadow: 0 0 0 9px #ffff00; }
body.elder .site-header, body.elder .site-nav { background: #000; }
body.elder .brand, body.elder .site-nav a { color: #ffff00; }
body.elder .site-nav a { padding: 0.7em 0.2em; }
body.elder .site-nav a:hover, body.elder .site-nav a[aria-current="page"] { border-bottom-color: #ffff00; }
body.elder .elder-toggle button { background: #ffff00; color: #000; border-color: #ffff00; font-weight: 700; min-height: 2.8em; }
body.elder .muted, body.elder .hint, body.elder .card p, body.elder .pagination span.disabled { color: #000; }
body.elder .panel, body.elder .card { background: #fff; border: 2px solid #000; }
body.elder h2 { border-bottom-color: #000; }
body.elder input[type="text"], body.elder input[type="search"] { border: 3px solid #000; color: #000; min-height: 2.8em; }
body.elder .button { background: #000; border-color: #000; color: #ffff00; min-height: 2.8em; }
body.elder .button:hover { background: #333; }
body.elder .pagination a { border-color: #000; padding: 0.4em 1em; }
body.elder thead th { background: #ffff00; color: #000; border-bottom-color: #000; }
body.elder th, body.elder td { border-bottom-color: #000; }
body.elder .facts > div { border-bottom-color: #000; grid-template-columns: 8em 1fr; }
body.elder .result { border-width: 4px; color: #000; }
body.elder .result.ok { background: #fff; border-color: #005a1e; border-width: 6px; }
body.elder .result.ok .verdict::before { content: "✔ "; }
body.elder .result.bad, body.elder .result.unknown { background: #ffff00; border-color: #000; }
body.elder .result.bad .verdict::before { content: "✘ "; }
body.elder .error-message { color: #000; background: #ffff00; padding: 0.2em 0.4em; }
body.elder .site-footer { background: #fff; border-top: 3px solid #000; color: #000; }
@media (max-width: 36em) { body.elder .facts > div { grid-template-columns: 1fr; } }

@media print {
  .site-header, .site-footer, .skip-link, form { display: none; }
}

select { font: inherit; font-size: 1.05em; min-height: 2.6em; padding: 0.3em 0.5em; border: 2px solid #1a1a1a; border-radius: 4px; background: #fff; color: #1a1a1a; }
select:focus { outline: 3px solid #0b0c0c; box-shadow: 0 0 0 6px #ffdd00; }
body.elder select { border: 3px solid #000; color: #000; min-height: 2.8em; }
body.elder select:focus { outline: 4px solid #000; box-shadow: 0 0 0 9px #ffff00; }
.nowrap { white-space: nowrap; }
.hash { word-break: break-all; }
`;
