import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fenToChineseCapital, formatFenAsYuan, isValidFen, MoneyFormatError, parseYuanToFen } from './money.js';

describe('parseYuanToFen', () => {
  it('accepts plain, grouped and decimal amounts', () => {
    expect(parseYuanToFen('12000')).toBe(1_200_000);
    expect(parseYuanToFen('12,000.5')).toBe(1_200_050);
    expect(parseYuanToFen('12000.50')).toBe(1_200_050);
    expect(parseYuanToFen(' 0.05 ')).toBe(5);
    expect(parseYuanToFen('0')).toBe(0);
    expect(parseYuanToFen('1,234,567.89')).toBe(123_456_789);
    expect(parseYuanToFen('007')).toBe(700);
  });
  it('rejects more than two decimals, negatives, bad grouping and garbage with Chinese messages', () => {
    const cases: [string, string][] = [
      ['12.345', '金额最多保留两位小数（精确到分）'],
      ['-5', '金额不能为负数'],
      ['', '请输入金额'],
      ['1,2000', '金额格式无效：1,2000'],
      ['12a', '金额格式无效：12a'],
      ['.5', '金额格式无效：.5'],
      ['12.', '金额格式无效：12.'],
      ['1e5', '金额格式无效：1e5'],
      ['¥100', '金额格式无效：¥100'],
      ['99999999999999999', '金额超出允许范围'],
    ];
    for (const [input, message] of cases) {
      expect(() => parseYuanToFen(input)).toThrow(MoneyFormatError);
      expect(() => parseYuanToFen(input)).toThrow(message);
    }
  });
});

describe('formatFenAsYuan', () => {
  it('formats with thousands separators and two decimals', () => {
    expect(formatFenAsYuan(1_200_050)).toBe('12,000.50');
    expect(formatFenAsYuan(1_200_050, { thousands: false })).toBe('12000.50');
    expect(formatFenAsYuan(0)).toBe('0.00');
    expect(formatFenAsYuan(5)).toBe('0.05');
    expect(formatFenAsYuan(100_000)).toBe('1,000.00');
    expect(formatFenAsYuan(99_999)).toBe('999.99');
    expect(formatFenAsYuan(-12_345)).toBe('-123.45');
  });
  it('rejects non-integers', () => {
    expect(() => formatFenAsYuan(1.5)).toThrow(RangeError);
    expect(() => formatFenAsYuan(Number.NaN)).toThrow(RangeError);
    expect(isValidFen(1.5)).toBe(false);
    expect(isValidFen(100)).toBe(true);
  });
  it('property: fen → yuan string → fen round-trips, with and without separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.boolean(), (fen, thousands) => {
        expect(parseYuanToFen(formatFenAsYuan(fen, { thousands }))).toBe(fen);
      }),
    );
  });
});

describe('fenToChineseCapital (PBoC bill-writing rules)', () => {
  it.each([
    [1_200_000, '壹万贰仟元整'],
    [100, '壹元整'],
    [105, '壹元零伍分'],
    [110, '壹元壹角整'],
    [0, '零元整'],
    [1_000_010, '壹万元零壹角整'],
    [100_000_000, '壹佰万元整'],
    [10_000_000_000, '壹亿元整'],
    [1_010_000, '壹万零壹佰元整'],
    [20_000_000, '贰拾万元整'],
    [1_000_100_000, '壹仟万零壹仟元整'],
    [300_000_000_000, '叁拾亿元整'],
  ])('%i fen → %s', (fen, expected) => {
    expect(fenToChineseCapital(fen)).toBe(expected);
  });
  it.each([
    [168_032, '壹仟陆佰捌拾元零叁角贰分'],
    [10_700_053, '壹拾万零柒仟元零伍角叁分'],
    [1_000, '壹拾元整'],
    [5, '伍分'],
    [50, '伍角整'],
    [12, '壹角贰分'],
    [10_005, '壹佰元零伍分'],
    [10_050, '壹佰元零伍角整'],
    [100_100, '壹仟零壹元整'],
    [10_000_000_100, '壹亿零壹元整'],
    [100_000_000_000_000, '壹万亿元整'],
    [1_000_000_000_000_000, '壹拾万亿元整'],
    [Number.MAX_SAFE_INTEGER, '玖拾万零柒佰壹拾玖亿玖仟贰佰伍拾肆万柒仟肆佰零玖元玖角壹分'],
  ])('further case: %i fen → %s', (fen, expected) => {
    expect(fenToChineseCapital(fen)).toBe(expected);
  });
  it('negative amounts get 负; non-integers are rejected', () => {
    expect(fenToChineseCapital(-105)).toBe('负壹元零伍分');
    expect(() => fenToChineseCapital(0.5)).toThrow(RangeError);
  });
  it('property: capitals parse back to the amount, never repeat 零 and end with 整 or 分', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999_999_999 }), (fen) => {
        const s = fenToChineseCapital(fen);
        expect(parseCapital(s)).toBe(fen);
        expect(s).not.toMatch(/零零|^零|零[元万亿整]/);
        expect(s).toMatch(/[整分]$/);
        expect(s.endsWith('整')).toBe(fen % 10 === 0);
      }),
    );
  });
});

/** Test-only inverse for amounts below 1万亿 yuan. */
function parseCapital(s: string): number {
  const digit = (ch: string) => '零壹贰叁肆伍陆柒捌玖'.indexOf(ch);
  const [intPart, decPart] = s.includes('元') ? s.split('元') : ['', s];
  let total = 0;
  let section = 0;
  let num = 0;
  for (const ch of intPart) {
    if (digit(ch) > 0) num = digit(ch);
    else if (ch === '拾' || ch === '佰' || ch === '仟') {
      section += num * { 拾: 10, 佰: 100, 仟: 1000 }[ch];
      num = 0;
    } else if (ch === '万') {
      total += (section + num) * 10_000;
      section = 0;
      num = 0;
    } else if (ch === '亿') {
      total = (total + section + num) * 100_000_000;
      section = 0;
      num = 0;
    }
  }
  let fen = (total + section + num) * 100;
  const jiao = /(.)角/.exec(decPart);
  const f = /(.)分/.exec(decPart);
  if (jiao) fen += digit(jiao[1]) * 10;
  if (f) fen += digit(f[1]);
  return fen;
}
