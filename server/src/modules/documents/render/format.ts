import { fenToChineseCapital, formatFenAsYuan, isValidIsoDate } from '@zhifa/domain';

export { ID_TYPE_LABELS, PARTY_KIND_LABELS } from '@zhifa/contracts';

/** Value formatting shared by the HTML and Word renderers: Chinese dates and amounts. */

const NUMERALS = '〇一二三四五六七八九';

function smallNumber(n: number): string {
  if (n < 10) return NUMERALS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : NUMERALS[tens]}十${ones ? NUMERALS[ones] : ''}`;
}

/** '2026-11-23' → '二〇二六年十一月二十三日' (the customary date line of decisions). */
export function chineseDateNumerals(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const year = String(y)
    .split('')
    .map((c) => NUMERALS[Number(c)])
    .join('');
  return `${year}年${smallNumber(m)}月${smallNumber(d)}日`;
}

/** '2026-03-02' → '2026年3月2日'. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/**
 * A moment: an ISO date-time (shown in Beijing time, '2026年3月2日9时30分'), an IsoDate, or free text as written
 * ('2026年3月2日9时至11时').
 */
export function chineseDateTime(v: string): string {
  if (isValidIsoDate(v)) return chineseDate(v);
  if (/^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v))) {
    const b = new Date(Date.parse(v) + 8 * 3600_000);
    const date = chineseDate(b.toISOString().slice(0, 10));
    return `${date}${b.getUTCHours()}时${String(b.getUTCMinutes()).padStart(2, '0')}分`;
  }
  return v;
}

/** 12000_00 → '人民币12,000.00元（大写：壹万贰仟元整）'. */
export function moneyText(fen: number): string {
  return `人民币${formatFenAsYuan(fen)}元（大写：${fenToChineseCapital(fen)}）`;
}

export const GENDER_LABELS: Record<string, string> = { M: '男', F: '女' };

/** Blank line for handwriting when a value is missing. */
export const BLANK = '＿＿＿＿＿＿';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
