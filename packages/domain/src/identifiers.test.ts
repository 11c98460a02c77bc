import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromEpochDay, toEpochDay } from './dates.js';
import {
  ageOn,
  computeIdCheckDigit,
  computeUsccCheckCharacter,
  convertIdNumber15To18,
  makeResidentIdNumber,
  PROVINCE_CODES,
  regionContains,
  regionLevel,
  USCC_ALPHABET,
  validateMobileNumber,
  validateRegionCode,
  validateResidentIdNumber,
  validateUnifiedSocialCreditCode,
} from './identifiers.js';

const VALID_ID = makeResidentIdNumber('430602', '1990-05-17', 123); // sequence 123 → odd → male
const ID_CHARS = '0123456789X';

const idNumberArb = fc
  .tuple(
    fc.constantFrom(...PROVINCE_CODES),
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: toEpochDay('1900-01-01'), max: toEpochDay('2025-12-31') }),
    fc.integer({ min: 0, max: 999 }),
  )
  .map(([p, r, day, seq]) => makeResidentIdNumber(p + String(r).padStart(4, '0'), fromEpochDay(day), seq));

const usccArb = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(...USCC_ALPHABET), minLength: 2, maxLength: 2 }),
    fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 6, maxLength: 6 }),
    fc.string({ unit: fc.constantFrom(...USCC_ALPHABET), minLength: 9, maxLength: 9 }),
  )
  .map(([a, b, c]) => a + b + c + computeUsccCheckCharacter(a + b + c));

describe('GB 11643 resident ID numbers', () => {
  it('GB11643: accepts a constructed number and extracts birth date, gender and region', () => {
    expect(VALID_ID).toBe(`43060219900517123${computeIdCheckDigit('43060219900517123')}`);
    expect(validateResidentIdNumber(VALID_ID)).toEqual({
      ok: true,
      normalized: VALID_ID,
      birthDate: '1990-05-17',
      gender: 'M',
      regionCode: '430602',
      originalLength: 18,
    });
  });
  it('GB11643: the published sample 11010519491231002X is valid (female, check character X)', () => {
    expect(computeIdCheckDigit('11010519491231002')).toBe('X');
    const r = validateResidentIdNumber(' 11010519491231002x ');
    expect(r).toMatchObject({ ok: true, normalized: '11010519491231002X', gender: 'F', birthDate: '1949-12-31' });
  });
  it('GB11643: reports the check digit in Chinese', () => {
    const last = VALID_ID[17];
    const wrong = VALID_ID.slice(0, 17) + (last === '0' ? '1' : '0');
    expect(validateResidentIdNumber(wrong)).toEqual({
      ok: false,
      code: 'CHECK_DIGIT',
      message: '身份证号码校验位错误',
    });
  });
  it('GB11643: rejects wrong length, letters and X outside the last position (FORMAT)', () => {
    for (const s of ['', '1234', `${VALID_ID}1`, VALID_ID.slice(0, 17), 'X30602199005171231', '43060219900517A23X']) {
      expect(validateResidentIdNumber(s)).toMatchObject({ ok: false, code: 'FORMAT' });
    }
  });
  it('GB/T 2260: rejects an unknown province prefix (REGION)', () => {
    const body = '99060219900517123';
    expect(validateResidentIdNumber(body + computeIdCheckDigit(body))).toMatchObject({ ok: false, code: 'REGION' });
    const body2 = '19060219900517123';
    expect(validateResidentIdNumber(body2 + computeIdCheckDigit(body2))).toMatchObject({ ok: false, code: 'REGION' });
  });
  it('GB11643: leap-day birth dates — 1900-02-29 is invalid, 2000-02-29 is valid', () => {
    const b1900 = '11010519000229001';
    expect(validateResidentIdNumber(b1900 + computeIdCheckDigit(b1900))).toMatchObject({
      ok: false,
      code: 'BIRTH_DATE',
    });
    const b2000 = '11010520000229001';
    expect(validateResidentIdNumber(b2000 + computeIdCheckDigit(b2000))).toMatchObject({
      ok: true,
      birthDate: '2000-02-29',
    });
  });
  it('GB11643: rejects birth dates before 1900 and impossible dates', () => {
    for (const b of ['18991231', '19901301', '19900431', '19900000']) {
      const body = `110105${b}001`;
      expect(validateResidentIdNumber(body + computeIdCheckDigit(body))).toMatchObject({
        ok: false,
        code: 'BIRTH_DATE',
      });
    }
  });
  it('GB11643: rejects a birth date after asOf, accepts one on asOf', () => {
    const id = makeResidentIdNumber('110105', '2026-03-01', 2);
    expect(validateResidentIdNumber(id, { asOf: '2026-02-28' })).toEqual({
      ok: false,
      code: 'BIRTH_DATE',
      message: '身份证号码中的出生日期晚于当前日期',
    });
    expect(validateResidentIdNumber(id, { asOf: '2026-03-01' })).toMatchObject({ ok: true, gender: 'F' });
    expect(validateResidentIdNumber(id)).toMatchObject({ ok: true });
  });
  it('GB11643: 15-digit legacy numbers convert to 18 digits with a 19xx birth year', () => {
    expect(convertIdNumber15To18('110105491231002')).toBe('11010519491231002X');
    expect(validateResidentIdNumber('430602900517123')).toEqual({
      ok: true,
      normalized: VALID_ID,
      birthDate: '1990-05-17',
      gender: 'M',
      regionCode: '430602',
      originalLength: 15,
    });
    expect(validateResidentIdNumber('430602901317123')).toMatchObject({ ok: false, code: 'BIRTH_DATE' });
    expect(() => convertIdNumber15To18('12345')).toThrow(RangeError);
  });
  it('property: every generated number is valid and round-trips its birth date', () => {
    fc.assert(
      fc.property(idNumberArb, (id) => {
        const r = validateResidentIdNumber(id);
        expect(r.ok).toBe(true);
        if (r.ok) expect(r.birthDate.replaceAll('-', '')).toBe(id.slice(6, 14));
      }),
    );
  });
  it('property: GB11643 MOD 11-2 — every single-character corruption is rejected', () => {
    fc.assert(
      fc.property(idNumberArb, fc.integer({ min: 0, max: 17 }), fc.constantFrom(...ID_CHARS), (id, pos, ch) => {
        fc.pre(id[pos] !== ch);
        const corrupted = id.slice(0, pos) + ch + id.slice(pos + 1);
        expect(validateResidentIdNumber(corrupted).ok).toBe(false);
      }),
    );
  });
  it('every single-character corruption of a fixed number is rejected (exhaustive)', () => {
    for (let pos = 0; pos < 18; pos++) {
      for (const ch of ID_CHARS) {
        if (VALID_ID[pos] === ch) continue;
        expect(validateResidentIdNumber(VALID_ID.slice(0, pos) + ch + VALID_ID.slice(pos + 1)).ok).toBe(false);
      }
    }
  });
});

describe('ageOn', () => {
  it('counts full years; the birthday itself adds the year by default', () => {
    expect(ageOn('2012-06-15', '2026-06-14')).toBe(13);
    expect(ageOn('2012-06-15', '2026-06-15')).toBe(14);
    expect(ageOn('2012-06-15', '2012-06-15')).toBe(0);
    expect(ageOn('1990-05-17', '2026-01-01')).toBe(35);
  });
  it('APL-30a: with countFromDayAfterBirthday a 14th birthday is still "under 14"', () => {
    expect(ageOn('2012-06-15', '2026-06-15', { countFromDayAfterBirthday: true })).toBe(13);
    expect(ageOn('2012-06-15', '2026-06-16', { countFromDayAfterBirthday: true })).toBe(14);
  });
  it('TIME-MONTH: someone born on 29 Feb turns a year older on 28 Feb in common years', () => {
    expect(ageOn('2008-02-29', '2026-02-27')).toBe(17);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(18);
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20);
  });
  it('rejects a date before birth', () => {
    expect(() => ageOn('2008-02-29', '2008-02-28')).toThrow(RangeError);
  });
});

describe('GB 32100 unified social credit code', () => {
  it('GB32100: accepts 91350100M000100Y43', () => {
    expect(computeUsccCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(validateUnifiedSocialCreditCode('91350100M000100Y43')).toEqual({
      ok: true,
      normalized: '91350100M000100Y43',
    });
    expect(validateUnifiedSocialCreditCode(' 91350100m000100y43 ')).toEqual({
      ok: true,
      normalized: '91350100M000100Y43',
    });
  });
  it('GB32100: rejects a wrong check character', () => {
    expect(validateUnifiedSocialCreditCode('91350100M000100Y44')).toEqual({
      ok: false,
      code: 'CHECK_CHARACTER',
      message: '统一社会信用代码校验码错误',
    });
  });
  it('GB32100: rejects forbidden letters I O S V Z, letters in positions 3–8 and wrong lengths (FORMAT)', () => {
    for (const s of ['91350100M000100Y4', '91350100M000100Y433', '9135010OM000100Y43', '91A50100M000100Y43', '']) {
      expect(validateUnifiedSocialCreditCode(s)).toMatchObject({ ok: false, code: 'FORMAT' });
    }
    for (const ch of 'IOSVZ') {
      expect(validateUnifiedSocialCreditCode(`91350100M000100${ch}43`)).toMatchObject({ ok: false, code: 'FORMAT' });
    }
  });
  it('GB32100: does not check the embedded organisation code', () => {
    const body = '91350100ABCDEFGH1';
    expect(validateUnifiedSocialCreditCode(body + computeUsccCheckCharacter(body)).ok).toBe(true);
  });
  it('property: GB32100 — generated codes are valid and every single-character corruption is rejected', () => {
    fc.assert(
      fc.property(usccArb, fc.integer({ min: 0, max: 17 }), fc.constantFrom(...USCC_ALPHABET), (code, pos, ch) => {
        expect(validateUnifiedSocialCreditCode(code).ok).toBe(true);
        fc.pre(code[pos] !== ch);
        expect(validateUnifiedSocialCreditCode(code.slice(0, pos) + ch + code.slice(pos + 1)).ok).toBe(false);
      }),
    );
  });
  it('every single-character corruption of 91350100M000100Y43 is rejected (exhaustive)', () => {
    const code = '91350100M000100Y43';
    for (let pos = 0; pos < 18; pos++) {
      for (const ch of USCC_ALPHABET) {
        if (code[pos] === ch) continue;
        expect(validateUnifiedSocialCreditCode(code.slice(0, pos) + ch + code.slice(pos + 1)).ok).toBe(false);
      }
    }
  });
  it('computeUsccCheckCharacter rejects bad input', () => {
    expect(() => computeUsccCheckCharacter('123')).toThrow(RangeError);
    expect(() => computeUsccCheckCharacter('91350100M000100I4')).toThrow(RangeError);
  });
});

describe('mobile numbers', () => {
  it('accepts mainland numbers with +86/0086 prefixes, spaces and dashes', () => {
    for (const s of ['13812341234', '+86 138 1234 1234', '138-1234-1234', '008613812341234', '+86-19912341234']) {
      expect(validateMobileNumber(s)).toMatchObject({ ok: true });
    }
    expect(validateMobileNumber('+86 138 1234 1234')).toEqual({ ok: true, normalized: '13812341234' });
  });
  it('rejects other numbers', () => {
    for (const s of ['12812341234', '1381234123', '138123412345', '0731-88886666', 'abc', '']) {
      expect(validateMobileNumber(s)).toEqual({
        ok: false,
        code: 'FORMAT',
        message: '手机号码格式错误：应为11位中国大陆手机号码',
      });
    }
  });
});

describe('GB/T 2260 region codes', () => {
  it('validateRegionCode checks six digits and the province prefix, and reports the level', () => {
    expect(validateRegionCode('430000')).toEqual({ ok: true, normalized: '430000', level: 'PROVINCE' });
    expect(validateRegionCode('430100')).toEqual({ ok: true, normalized: '430100', level: 'CITY' });
    expect(validateRegionCode(' 430104 ')).toEqual({ ok: true, normalized: '430104', level: 'COUNTY' });
    expect(validateRegionCode('43010')).toMatchObject({ ok: false, code: 'FORMAT' });
    expect(validateRegionCode('990101')).toMatchObject({ ok: false, code: 'REGION' });
    expect(regionLevel('110101')).toBe('COUNTY');
  });
  it('CERT-USE: regionContains follows the province/prefecture/county structure', () => {
    expect(regionContains('430000', '430104')).toBe(true);
    expect(regionContains('430000', '430100')).toBe(true);
    expect(regionContains('430100', '430104')).toBe(true);
    expect(regionContains('430104', '430104')).toBe(true);
    expect(regionContains('430100', '430100')).toBe(true);
    expect(regionContains('430100', '430000')).toBe(false);
    expect(regionContains('430104', '430100')).toBe(false);
    expect(regionContains('430100', '430200')).toBe(false);
    expect(regionContains('430000', '440104')).toBe(false);
    expect(regionContains('430104', '430105')).toBe(false);
    expect(regionContains('43', '430105')).toBe(false);
    expect(regionContains('430000', 'abc')).toBe(false);
  });
});
