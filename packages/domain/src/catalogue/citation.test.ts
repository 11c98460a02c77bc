import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCitation, parseChineseNumeral, parseCitation, toChineseNumeral } from './citation.js';

describe('toChineseNumeral / parseChineseNumeral', () => {
  it('writes article numbers the way PRC statutes do', () => {
    const cases: [number, string][] = [
      [1, '一'],
      [9, '九'],
      [10, '十'],
      [11, '十一'],
      [19, '十九'],
      [20, '二十'],
      [21, '二十一'],
      [37, '三十七'],
      [51, '五十一'],
      [99, '九十九'],
      [100, '一百'],
      [101, '一百零一'],
      [110, '一百一十'],
      [111, '一百一十一'],
      [120, '一百二十'],
      [200, '二百'],
      [305, '三百零五'],
      [999, '九百九十九'],
      [1000, '一千'],
      [1001, '一千零一'],
      [1010, '一千零一十'],
      [1100, '一千一百'],
      [1260, '一千二百六十'],
      [9999, '九千九百九十九'],
    ];
    for (const [n, s] of cases) {
      expect(toChineseNumeral(n), String(n)).toBe(s);
      expect(parseChineseNumeral(s), s).toBe(n);
    }
  });
  it('rejects numbers outside 1–9999 and non-integers', () => {
    for (const n of [0, -1, 10_000, 1.5, Number.NaN]) expect(() => toChineseNumeral(n)).toThrow(RangeError);
  });
  it('accepts only the canonical spelling', () => {
    for (const s of ['一十', '一十五', '两', '二十零', '零一', '十十', '百', '', '廿', '3', '一万']) {
      expect(parseChineseNumeral(s), s).toBeNull();
    }
  });
  it('is a bijection on 1–9999 (exhaustive)', () => {
    const seen = new Set<string>();
    for (let n = 1; n <= 9999; n++) {
      const s = toChineseNumeral(n);
      expect(parseChineseNumeral(s)).toBe(n);
      seen.add(s);
    }
    expect(seen.size).toBe(9999);
  });
});

describe('formatCitation / parseCitation', () => {
  it('formats the citation of APL Art. 51 para 1 item 2', () => {
    expect(formatCitation({ lawName: '中华人民共和国行政处罚法', article: 51, paragraph: 1, item: 2 })).toBe(
      '《中华人民共和国行政处罚法》第五十一条第一款第二项',
    );
    expect(formatCitation({ lawName: '《中华人民共和国行政处罚法》', article: 37 })).toBe(
      '《中华人民共和国行政处罚法》第三十七条',
    );
    expect(formatCitation({ lawName: '中华人民共和国行政强制法', article: 16, paragraph: 2 })).toBe(
      '《中华人民共和国行政强制法》第十六条第二款',
    );
    expect(formatCitation({ lawName: '某条例', article: 110, item: 3 })).toBe('《某条例》第一百一十条第三项');
  });
  it('rejects a blank law name and invalid numbers', () => {
    expect(() => formatCitation({ lawName: ' 《》 ', article: 1 })).toThrow(RangeError);
    expect(() => formatCitation({ lawName: '某法', article: 0 })).toThrow(RangeError);
    expect(() => formatCitation({ lawName: '某法', article: 3, paragraph: 1.5 })).toThrow(RangeError);
  });
  it('parses what it formats, and citations written without 《》', () => {
    expect(parseCitation('《中华人民共和国行政处罚法》第五十一条第一款第二项')).toEqual({
      lawName: '中华人民共和国行政处罚法',
      article: 51,
      paragraph: 1,
      item: 2,
    });
    expect(parseCitation(' 行政处罚法第三十七条 ')).toEqual({ lawName: '行政处罚法', article: 37 });
    expect(parseCitation('《某条例》第一百一十条第三项')).toEqual({ lawName: '某条例', article: 110, item: 3 });
  });
  it('returns null for anything else', () => {
    for (const s of [
      '第三十七条',
      '《行政处罚法》第37条',
      '《行政处罚法》第二十条之一',
      '《行政处罚法》第一十条',
      '《行政处罚法》第三十七条规定',
      '《行政处罚法》',
      '《》第三条',
      '',
    ]) {
      expect(parseCitation(s), s).toBeNull();
    }
  });
  it('round-trips (property)', () => {
    const law = fc.constantFrom(
      '中华人民共和国行政处罚法',
      '中华人民共和国行政强制法',
      '浙江省某某条例',
      '某市市容管理办法',
    );
    const num = fc.integer({ min: 1, max: 9999 });
    fc.assert(
      fc.property(
        law,
        num,
        fc.option(fc.integer({ min: 1, max: 99 }), { nil: undefined }),
        fc.option(fc.integer({ min: 1, max: 99 }), { nil: undefined }),
        (lawName, article, paragraph, item) => {
          const parts = { lawName, article, ...(paragraph ? { paragraph } : {}), ...(item ? { item } : {}) };
          expect(parseCitation(formatCitation(parts))).toEqual(parts);
        },
      ),
    );
  });
});
