/**
 * Masking of personal data for display and publication (DOMAIN §7 REDACT, §11: PII is masked on publication; SAMR45
 * requires hiding ID numbers, contact details and addresses of natural persons in published decisions).
 *
 * Every function is idempotent — masking already masked text returns it unchanged — so callers need not track
 * whether a value was masked before. Characters are handled as code points so that rare characters outside the
 * BMP (e.g. in names) are never split.
 */

const STAR = '*';

function chars(s: string): string[] {
  return Array.from(s);
}

/** Keeps `head` leading and `tail` trailing characters and stars the rest; too-short input is fully starred. */
function keepEnds(s: string, head: number, tail: number): string {
  const c = chars(s);
  if (c.length <= head + tail) return STAR.repeat(c.length);
  return c.slice(0, head).join('') + STAR.repeat(c.length - head - tail) + c.slice(c.length - tail).join('');
}

/** '430602199005171234' → '430602********1234' (first 6 and last 4 kept; length preserved). */
export function maskIdNumber(s: string): string {
  return keepEnds(s.trim(), 6, 4);
}

/** '13812341234' → '138****1234'. */
export function maskPhone(s: string): string {
  return keepEnds(s.trim(), 3, 4);
}

/** '6222021234567890123' → '6222***********0123'. Spaces are dropped first. */
export function maskBankAccount(s: string): string {
  const t = s.replace(/\s+/g, '');
  const n = chars(t).length;
  // Short numbers: show at most the last 4 so that something is always hidden.
  if (n <= 8) return keepEnds(t, 0, Math.min(4, Math.max(0, n - 4)));
  return keepEnds(t, 4, 4);
}

/** Common two-character (compound) surnames; for these the whole surname is kept. */
const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '令狐',
  '端木',
  '澹台',
  '南宫',
  '西门',
  '独孤',
  '呼延',
  '万俟',
  '闻人',
  '赫连',
  '申屠',
  '钟离',
  '宗政',
  '濮阳',
  '公冶',
  '太叔',
  '仲孙',
  '单于',
  '拓跋',
  '百里',
  '东郭',
  '司空',
  '第五',
]);

/**
 * Names for publication: '张三' → '张*', '张小明' → '张*明', '欧阳明华' → '欧阳**' (a compound surname is kept
 * whole and the given name fully starred), a single character → '*'.
 */
export function maskName(s: string): string {
  const c = chars(s.trim());
  if (c.length <= 1) return STAR.repeat(c.length);
  if (c.length >= 3 && COMPOUND_SURNAMES.has(c[0] + c[1])) return c[0] + c[1] + STAR.repeat(c.length - 2);
  if (c.length === 2) return `${c[0]}${STAR}`;
  return c[0] + STAR.repeat(c.length - 2) + c[c.length - 1];
}

const ADDRESS_MASK = '****';
/** Characters that never occur in a division name but do in street-level detail. */
const DETAIL = '\\d０-９A-Za-z路街道号巷弄村镇乡组栋楼室小园苑院厦场层单元*\\s';
const SEGMENT_RE = new RegExp(`^[^${DETAIL}]{1,9}?(特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|盟|区|县|旗)`);
const DETAIL_RE = new RegExp(`[${DETAIL}]`);
const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);

/**
 * Keeps an address up to the district/county level and replaces the rest with '****':
 * '湖南省长沙市岳麓区麓山南路1号' → '湖南省长沙市岳麓区****', '北京市海淀区中关村大街1号' → '北京市海淀区****'.
 * The prefix is read as province → prefecture → county segments; when that fails, everything up to the first
 * 区/县/市 after the second character is kept unless it contains street-level detail; when no division is recognisable at all, only '****' remains.
 */
export function maskAddress(s: string): string {
  const t = s.trim();
  const prefix = divisionPrefix(t);
  if (prefix !== null) return prefix + ADDRESS_MASK;
  const c = chars(t);
  for (let i = 2; i < c.length; i++) {
    if (c[i] === '区' || c[i] === '县' || c[i] === '市') {
      const kept = c.slice(0, i + 1).join('');
      // Never reveal street-level detail (numbers, roads, buildings) that happens to precede the marker.
      return DETAIL_RE.test(kept) ? ADDRESS_MASK : kept + ADDRESS_MASK;
    }
  }
  return ADDRESS_MASK;
}

function divisionPrefix(address: string): string | null {
  let rest = address;
  let kept = '';
  // level: 0 nothing yet, 1 province-level, 2 prefecture-level; reaching county level ends the prefix.
  let level = 0;
  for (let i = 0; i < 3; i++) {
    const m = SEGMENT_RE.exec(rest);
    if (!m) break;
    const seg = m[0];
    const suffix = m[1];
    const isProvince =
      level === 0 && (suffix === '省' || suffix === '自治区' || suffix === '特别行政区' || MUNICIPALITIES.has(seg));
    const isPrefecture =
      !isProvince && level < 2 && (suffix === '市' || suffix === '自治州' || suffix === '地区' || suffix === '盟');
    kept += seg;
    rest = rest.slice(seg.length);
    if (isProvince)
      level = MUNICIPALITIES.has(seg) ? 2 : 1; // districts of a municipality come next
    else if (isPrefecture) level = 2;
    else return kept; // county level (区/县/旗/county-level 市…)
  }
  return kept === '' ? null : kept;
}
