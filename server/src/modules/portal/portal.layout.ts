import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { PORTAL_CSS } from './portal.css';

/** The public portal: server-rendered HTML, no JavaScript, accessible (无障碍), with an elder mode (长者模式). */
export const SITE_TITLE = '行政执法公示平台';
export const ELDER_COOKIE = 'zhifa_elder';
export const CSS_URL = `/portal/portal.css?v=${createHash('sha256').update(PORTAL_CSS).digest('hex').slice(0, 10)}`;

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Escapes any value for use in HTML text or a double-quoted attribute. null and undefined become ''. */
export function escapeHtml(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"'`]/g, (c) => HTML_ESCAPES[c]);
}

/** A query-string value as one string (the first if repeated), or ''. */
export function queryString(req: FastifyRequest, name: string): string {
  const v = (req.query as Record<string, unknown> | undefined)?.[name];
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first : '';
}

export function isElder(req: FastifyRequest): boolean {
  return req.cookies?.[ELDER_COOKIE] === '1';
}

// Control characters and backslashes (browsers read "/\\evil" as "//evil").
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused here
const UNSAFE_PATH_CHARS = /[\u0000-\u001f\u007f\\]/;

/**
 * The local path to return to after toggling elder mode: only a path on this site ("/…", never "//…" or
 * "/\…", never a scheme). Anything else falls back to "/". The result is normalised and percent-encoded.
 */
export function safeLocalPath(back: string): string {
  const base = 'http://portal.invalid';
  if (!back.startsWith('/') || back.startsWith('//') || UNSAFE_PATH_CHARS.test(back)) return '/';
  try {
    const u = new URL(back, base);
    if (u.origin !== base) return '/';
    return `${u.pathname}${u.search}`;
  } catch {
    return '/';
  }
}

export interface PageOptions {
  title: string;
  body: string;
  req: FastifyRequest;
  /** Which main navigation item is current. */
  nav?: 'home' | 'agencies' | 'certificates' | 'transparency';
}

const NAV: { key: NonNullable<PageOptions['nav']>; href: string; label: string }[] = [
  { key: 'home', href: '/', label: '首页' },
  { key: 'agencies', href: '/#agencies', label: '执法主体' },
  { key: 'certificates', href: '/certificates', label: '执法证件核验' },
  { key: 'transparency', href: '/transparency', label: '透明日志' },
];

function elderToggle(req: FastifyRequest, elder: boolean): string {
  const back = safeLocalPath(req.url);
  return `<form class="elder-toggle" method="get" action="/elder-mode">
      <input type="hidden" name="on" value="${elder ? '0' : '1'}">
      <input type="hidden" name="back" value="${escapeHtml(back)}">
      <button type="submit" aria-pressed="${elder ? 'true' : 'false'}">${elder ? '退出长者模式' : '长者模式'}</button>
    </form>`;
}

/** The whole HTML document around a page body. */
export function layout(opts: PageOptions): string {
  const elder = isElder(opts.req);
  const nav = NAV.map(
    (n) =>
      `<li><a href="${n.href}"${n.key === opts.nav && n.key !== 'agencies' ? ' aria-current="page"' : ''}>${escapeHtml(n.label)}</a></li>`,
  ).join('');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(opts.title)} - ${SITE_TITLE}</title>
<link rel="stylesheet" href="${CSS_URL}">
</head>
<body${elder ? ' class="elder"' : ''}>
<a class="skip-link" href="#main">跳到主要内容</a>
<header class="site-header">
  <div class="wrap header-row">
    <a class="brand" href="/">${SITE_TITLE}</a>
    ${elderToggle(opts.req, elder)}
  </div>
  <nav class="site-nav" aria-label="主导航">
    <ul class="wrap">${nav}</ul>
  </nav>
</header>
<main id="main" class="wrap" tabindex="-1">
${opts.body}
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>本平台数据由各执法主体发布（谁执法谁公示）。</p>
    <p><a href="/catalogue/search">查询执法事项</a> · <a href="/certificates">执法证件核验</a> · <a href="/transparency">透明日志</a> · <a href="/app">工作人员登录</a></p>
  </div>
</footer>
</body>
</html>
`;
}

/** A simple message page (404, 500). */
export function messagePage(req: FastifyRequest, title: string, message: string): string {
  return layout({
    req,
    title,
    body: `<h1>${escapeHtml(title)}</h1>
<p class="lead">${escapeHtml(message)}</p>
<p><a href="/">返回首页</a> · <a href="/certificates">执法证件核验</a></p>`,
  });
}

/** A description list from [term, html] pairs; pairs with an empty html are left out. */
export function definitionList(rows: [string, string][]): string {
  const items = rows.filter(([, v]) => v !== '').map(([k, v]) => `<div><dt>${escapeHtml(k)}</dt><dd>${v}</dd></div>`);
  return `<dl class="facts">${items.join('')}</dl>`;
}
