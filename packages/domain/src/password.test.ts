import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy, passwordClasses } from './password.js';

const policy = { minLength: 8, minClasses: 3 };

describe('checkPasswordPolicy', () => {
  it('accepts a password meeting length and class requirements', () => {
    expect(checkPasswordPolicy('Zhifa2026!', policy)).toEqual([]);
    expect(checkPasswordPolicy('zhifa2026!', policy)).toEqual([]);
  });
  it('reports a short password', () => {
    expect(checkPasswordPolicy('Zh2026!', policy)).toEqual(['密码长度不能少于8位']);
  });
  it('reports missing classes, naming them', () => {
    expect(checkPasswordPolicy('zhifazhifa', policy)).toEqual([
      '密码须至少包含小写字母、大写字母、数字、符号中的3类（当前1类，缺少：大写字母、数字、符号）',
    ]);
  });
  it('reports both problems', () => {
    expect(checkPasswordPolicy('abc', policy)).toHaveLength(2);
    expect(checkPasswordPolicy('', { minLength: 1, minClasses: 1 })).toHaveLength(2);
  });
  it('classifies characters; Chinese characters count as symbols, spaces as nothing', () => {
    expect(passwordClasses('aB3#')).toEqual(['LOWER', 'UPPER', 'DIGIT', 'SYMBOL']);
    expect(passwordClasses('执法 ')).toEqual(['SYMBOL']);
    expect(passwordClasses('   ')).toEqual([]);
  });
  it('counts length in code points', () => {
    expect(checkPasswordPolicy('𠮷𠮷𠮷𠮷', { minLength: 4, minClasses: 1 })).toEqual([]);
  });
  it('property: a long password with all four classes always passes', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 12 }), (s) => {
        expect(checkPasswordPolicy(`${s}aA1!`, { minLength: 12, minClasses: 4 })).toEqual([]);
      }),
    );
  });
});
