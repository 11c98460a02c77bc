import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskAddress, maskBankAccount, maskIdNumber, maskName, maskPhone } from './masking.js';

const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const idNumber = fc.tuple(digits(17), fc.constantFrom(...'0123456789X')).map(([a, b]) => a + b);

describe('maskIdNumber', () => {
  it('REDACT: keeps the first 6 and last 4 characters', () => {
    expect(maskIdNumber('430602199005171234')).toBe('430602********1234');
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(maskIdNumber('430602900517123')).toBe('430602*****7123');
    expect(maskIdNumber('1234567890')).toBe('**********');
    expect(maskIdNumber('')).toBe('');
  });
  it('is idempotent', () => {
    expect(maskIdNumber('430602********1234')).toBe('430602********1234');
  });
  it('property: same length, hidden middle never shown, idempotent', () => {
    fc.assert(
      fc.property(idNumber, (id) => {
        const m = maskIdNumber(id);
        expect(m).toHaveLength(id.length);
        expect(m.slice(6, 14)).toBe('********');
        expect(m.slice(0, 6)).toBe(id.slice(0, 6));
        expect(m.slice(14)).toBe(id.slice(14));
        expect(maskIdNumber(m)).toBe(m);
      }),
    );
  });
});

describe('maskPhone', () => {
  it('keeps the first 3 and last 4 digits', () => {
    expect(maskPhone('13812341234')).toBe('138****1234');
    expect(maskPhone('138****1234')).toBe('138****1234');
    expect(maskPhone('12345')).toBe('*****');
  });
  it('property: masked mobile numbers hide digits 4–7 and are idempotent', () => {
    fc.assert(
      fc.property(digits(10), (rest) => {
        const phone = `1${rest}`;
        const m = maskPhone(phone);
        expect(m).toBe(`${phone.slice(0, 3)}****${phone.slice(7)}`);
        expect(maskPhone(m)).toBe(m);
      }),
    );
  });
});

describe('maskName', () => {
  it('REDACT: keeps the surname, and the last character of longer names', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('张小明')).toBe('张*明');
    expect(maskName('欧阳明华')).toBe('欧阳**');
    expect(maskName('欧阳明')).toBe('欧阳*');
    expect(maskName('买买提·艾力')).toBe('买****力');
    expect(maskName('张')).toBe('*');
    expect(maskName(' 李四 ')).toBe('李*');
  });
  it('handles characters outside the BMP as single characters', () => {
    expect(maskName('𠮷野家')).toBe('𠮷*家');
  });
  it('is idempotent', () => {
    for (const s of ['张*', '张*明', '欧阳**', '欧阳*', '*', '买****力']) expect(maskName(s)).toBe(s);
  });
  it('property: idempotent and never longer than the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'张王李欧阳司马明华小一二'), maxLength: 6 }), (name) => {
        const m = maskName(name);
        expect(maskName(m)).toBe(m);
        expect(Array.from(m).length).toBe(Array.from(name.trim()).length);
      }),
    );
  });
});

describe('maskBankAccount', () => {
  it('keeps the first 4 and last 4 digits', () => {
    expect(maskBankAccount('6222021234567890123')).toBe('6222***********0123');
    expect(maskBankAccount('6222 0212 3456 7890 123')).toBe('6222***********0123');
    expect(maskBankAccount('6222***********0123')).toBe('6222***********0123');
    expect(maskBankAccount('12345678')).toBe('****5678');
    expect(maskBankAccount('123456')).toBe('****56');
    expect(maskBankAccount('1234')).toBe('****');
  });
  it('property: idempotent, same length, middle hidden', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 25 }).chain(digits), (acct) => {
        const m = maskBankAccount(acct);
        expect(m).toHaveLength(acct.length);
        expect(maskBankAccount(m)).toBe(m);
        if (acct.length > 8) expect(m.slice(4, -4)).toMatch(/^\*+$/);
      }),
    );
  });
});

describe('maskAddress', () => {
  it.each([
    ['湖南省长沙市岳麓区麓山南路1号', '湖南省长沙市岳麓区****'],
    ['北京市海淀区中关村大街1号', '北京市海淀区****'],
    ['上海市浦东新区世纪大道100号', '上海市浦东新区****'],
    ['广西壮族自治区南宁市青秀区民族大道1号', '广西壮族自治区南宁市青秀区****'],
    ['湖南省湘西土家族苗族自治州吉首市人民北路2号', '湖南省湘西土家族苗族自治州吉首市****'],
    ['湖南省长沙市长沙县星沙街道1号', '湖南省长沙市长沙县****'],
    ['湖南省浏阳市集里街道1号', '湖南省浏阳市****'],
    ['广东省东莞市长安镇乌沙村3组', '广东省东莞市****'],
    ['长沙市岳麓区麓山南路1号', '长沙市岳麓区****'],
    ['岳麓区麓山南路1号', '岳麓区****'],
    ['湖南省长沙市麓谷小区5栋', '湖南省长沙市****'],
    ['中山路1号', '****'],
    ['', '****'],
  ])('%s → %s', (address, expected) => {
    expect(maskAddress(address)).toBe(expected);
    expect(maskAddress(expected)).toBe(expected);
  });
  it('falls back to the first 区/县/市 after the second character', () => {
    expect(maskAddress('新疆生产建设兵团第十师北屯市军垦路1号')).toBe('新疆生产建设兵团第十师北屯市****');
    expect(maskAddress('Room 5 鹤城区迎丰路')).toBe('****');
  });
  it('property: idempotent and never reveals house numbers', () => {
    const part = fc.constantFrom('湖南省', '长沙市', '岳麓区', '北京市', '麓山南路', '1号', '小区', '镇', '村', '3栋');
    fc.assert(
      fc.property(fc.array(part, { maxLength: 6 }), (parts) => {
        const m = maskAddress(parts.join(''));
        expect(maskAddress(m)).toBe(m);
        expect(m.endsWith('****')).toBe(true);
        expect(m.slice(0, -4)).not.toMatch(/\d|号|栋/);
      }),
    );
  });
});
