/**
 * Identifier validation: resident ID numbers (GB 11643), unified social credit codes (GB 32100), mainland mobile
 * numbers and administrative-division codes (GB/T 2260). DOMAIN §11.1.
 */
import { addYears, compareDates, formatIsoDate, type IsoDate, isValidIsoDate } from './dates.js';

/** Province-level prefixes of GB/T 2260 (incl. 71 Taiwan, 81 Hong Kong, 82 Macao). */
// biome-ignore format: grouped by region like the standard
export const PROVINCE_CODES: readonly string[] = [
  '11', '12', '13', '14', '15',
  '21', '22', '23',
  '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46',
  '50', '51', '52', '53', '54',
  '61', '62', '63', '64', '65',
  '71', '81', '82',
];

const PROVINCES = new Set(PROVINCE_CODES);

export function isProvinceCode(prefix: string): boolean {
  return PROVINCES.has(prefix);
}

// ---------------------------------------------------------------------------------------------------------------
// Resident ID number (GB 11643-1999)

/** ISO 7064 MOD 11-2 weights 2^(17−i) mod 11 for positions 1–17. */
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_MAP = '10X98765432';

export type IdValidation =
  | { ok: true; normalized: string; birthDate: IsoDate; gender: 'M' | 'F'; regionCode: string; originalLength: 15 | 18 }
  | { ok: false; code: 'FORMAT' | 'REGION' | 'BIRTH_DATE' | 'CHECK_DIGIT'; message: string };

/** The check character ('0'–'9' or 'X') for the first 17 digits of an ID number. */
export function computeIdCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('ID number body must be 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i];
  return ID_CHECK_MAP[sum % 11];
}

/**
 * Converts a legacy 15-digit number (region 6 + YYMMDD + sequence 3, issued before 1999) to 18 digits by
 * inserting the century and appending the check digit. 15-digit numbers are assumed to encode 19xx births.
 */
export function convertIdNumber15To18(s: string): string {
  const t = s.trim();
  if (!/^\d{15}$/.test(t)) throw new RangeError('A legacy ID number must be 15 digits');
  const first17 = `${t.slice(0, 6)}19${t.slice(6)}`;
  return first17 + computeIdCheckDigit(first17);
}

export function validateResidentIdNumber(s: string, opts: { asOf?: IsoDate } = {}): IdValidation {
  const t = typeof s === 'string' ? s.replace(/\s+/g, '').toUpperCase() : '';
  let normalized: string;
  let originalLength: 15 | 18;
  if (/^\d{17}[\dX]$/.test(t)) {
    normalized = t;
    originalLength = 18;
  } else if (/^\d{15}$/.test(t)) {
    normalized = convertIdNumber15To18(t);
    originalLength = 15;
  } else {
    return { ok: false, code: 'FORMAT', message: '身份证号码格式错误：应为18位（末位可为X）或15位数字' };
  }
  const regionCode = normalized.slice(0, 6);
  if (!isProvinceCode(regionCode.slice(0, 2))) {
    return { ok: false, code: 'REGION', message: '身份证号码的地区码无效' };
  }
  const birthDate = `${normalized.slice(6, 10)}-${normalized.slice(10, 12)}-${normalized.slice(12, 14)}`;
  if (!isValidIsoDate(birthDate) || birthDate < '1900-01-01') {
    return { ok: false, code: 'BIRTH_DATE', message: '身份证号码中的出生日期无效' };
  }
  if (opts.asOf !== undefined && compareDates(birthDate, opts.asOf) > 0) {
    return { ok: false, code: 'BIRTH_DATE', message: '身份证号码中的出生日期晚于当前日期' };
  }
  if (originalLength === 18 && computeIdCheckDigit(normalized.slice(0, 17)) !== normalized[17]) {
    return { ok: false, code: 'CHECK_DIGIT', message: '身份证号码校验位错误' };
  }
  // The sequence code's last digit (position 17) is odd for men and even for women.
  const gender = Number(normalized[16]) % 2 === 1 ? 'M' : 'F';
  return { ok: true, normalized, birthDate, gender, regionCode, originalLength };
}

/**
 * Age in full years (周岁) on `date`. By default a person gains a year on the birthday itself; someone born on
 * 29 Feb gains it on 28 Feb in common years (TIME-MONTH, CC Art. 202). With `countFromDayAfterBirthday` the
 * year is gained the day after the birthday, as the SPC reads 周岁 in criminal matters (see docs/domain-notes.md).
 */
export function ageOn(birthDate: IsoDate, date: IsoDate, opts: { countFromDayAfterBirthday?: boolean } = {}): number {
  if (compareDates(date, birthDate) < 0) throw new RangeError('date is before the birth date');
  const strict = opts.countFromDayAfterBirthday === true;
  let age = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  while (age > 0) {
    const c = compareDates(addYears(birthDate, age), date);
    if (c < 0 || (c === 0 && !strict)) break;
    age--;
  }
  return age;
}

// ---------------------------------------------------------------------------------------------------------------
// Unified social credit code (GB 32100-2015)

/** 31 characters: digits and upper-case letters without I, O, S, V, Z. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** 3^(i) mod 31 for positions 1–17. */
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const USCC_RE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type UsccValidation =
  | { ok: true; normalized: string }
  | { ok: false; code: 'FORMAT' | 'CHECK_CHARACTER'; message: string };

export function computeUsccCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new RangeError('USCC body must be 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_ALPHABET.indexOf(first17[i]);
    if (v < 0) throw new RangeError(`Invalid USCC character: ${first17[i]}`);
    sum += v * USCC_WEIGHTS[i];
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/**
 * GB 32100: 18 characters, positions 3–8 the division code (digits), position 18 the check character. The
 * embedded organisation code (positions 9–17) has its own check digit under GB 11714, but codes issued to some
 * entity types do not satisfy it, so it is deliberately not checked.
 */
export function validateUnifiedSocialCreditCode(s: string): UsccValidation {
  const t = typeof s === 'string' ? s.replace(/\s+/g, '').toUpperCase() : '';
  if (!USCC_RE.test(t)) {
    return {
      ok: false,
      code: 'FORMAT',
      message: '统一社会信用代码格式错误：应为18位数字或大写字母（不含I、O、S、V、Z），第3至8位为数字',
    };
  }
  if (computeUsccCheckCharacter(t.slice(0, 17)) !== t[17]) {
    return { ok: false, code: 'CHECK_CHARACTER', message: '统一社会信用代码校验码错误' };
  }
  return { ok: true, normalized: t };
}

// ---------------------------------------------------------------------------------------------------------------
// Mobile numbers

export type MobileValidation = { ok: true; normalized: string } | { ok: false; code: 'FORMAT'; message: string };

/** Mainland mobile numbers: 11 digits starting 13–19; an optional +86 / 0086 prefix, spaces and dashes are dropped. */
export function validateMobileNumber(s: string): MobileValidation {
  let t = typeof s === 'string' ? s.replace(/[\s-]/g, '') : '';
  if (t.startsWith('+86')) t = t.slice(3);
  else if (t.startsWith('0086')) t = t.slice(4);
  if (!/^1[3-9]\d{9}$/.test(t))
    return { ok: false, code: 'FORMAT', message: '手机号码格式错误：应为11位中国大陆手机号码' };
  return { ok: true, normalized: t };
}

// ---------------------------------------------------------------------------------------------------------------
// Administrative-division codes (GB/T 2260)

export type RegionLevel = 'PROVINCE' | 'CITY' | 'COUNTY';
export type RegionValidation =
  | { ok: true; normalized: string; level: RegionLevel }
  | { ok: false; code: 'FORMAT' | 'REGION'; message: string };

export function regionLevel(code: string): RegionLevel {
  if (code.endsWith('0000')) return 'PROVINCE';
  if (code.endsWith('00')) return 'CITY';
  return 'COUNTY';
}

/** Six digits with a real province prefix. Whether the exact code exists is a question for the code table. */
export function validateRegionCode(s: string): RegionValidation {
  const t = typeof s === 'string' ? s.trim() : '';
  if (!/^\d{6}$/.test(t)) return { ok: false, code: 'FORMAT', message: '行政区划代码应为6位数字' };
  if (!isProvinceCode(t.slice(0, 2))) return { ok: false, code: 'REGION', message: '行政区划代码的省级代码无效' };
  return { ok: true, normalized: t, level: regionLevel(t) };
}

/**
 * GB/T 2260 hierarchy: XX0000 (province) contains every XX****, XXXX00 (prefecture) contains every XXXX**, and
 * every code contains itself. Malformed codes contain nothing.
 */
export function regionContains(ancestor: string, code: string): boolean {
  if (!/^\d{6}$/.test(ancestor) || !/^\d{6}$/.test(code)) return false;
  if (ancestor === code) return true;
  const level = regionLevel(ancestor);
  if (level === 'PROVINCE') return code.startsWith(ancestor.slice(0, 2));
  if (level === 'CITY') return code.startsWith(ancestor.slice(0, 4));
  return false;
}

/** Builds a valid 18-digit ID number; intended for generators and fixtures. */
export function makeResidentIdNumber(regionCode: string, birthDate: IsoDate, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > 999) throw new RangeError('sequence must be 0–999');
  const [y, m, d] = birthDate.split('-').map(Number);
  const body = `${regionCode}${formatIsoDate(y, m, d).replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return body + computeIdCheckDigit(body);
}
