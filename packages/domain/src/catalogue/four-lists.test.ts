import { describe, expect, it } from 'vitest';
import {
  FOLLOW_UP_LABELS,
  FOLLOW_UPS,
  FOUR_LIST_LABELS,
  FOUR_LISTS,
  type FourListEntry,
  isFourList,
  validateFourListEntry,
} from './four-lists.js';

const noPenalty: FourListEntry = {
  list: 'NO_PENALTY',
  code: 'BF-001',
  violation: '未按规定在经营场所醒目位置悬挂营业执照',
  basis: '《中华人民共和国行政处罚法》第三十三条第一款',
  conditions: ['初次违法', '危害后果轻微', '及时改正'],
  followUp: ['EDUCATION', 'CORRECTION_ORDER'],
};

describe('four lists (DISC-LISTS)', () => {
  it('DISC-LISTS: four lists and four follow-ups with Chinese labels', () => {
    expect(FOUR_LISTS.map((l) => FOUR_LIST_LABELS[l])).toEqual([
      '不予处罚事项清单',
      '减轻处罚事项清单',
      '从轻处罚事项清单',
      '不予实施行政强制措施事项清单',
    ]);
    expect(FOLLOW_UPS.map((f) => FOLLOW_UP_LABELS[f])).toEqual(['批评教育', '责令改正', '签署承诺书', '其他措施']);
    expect(isFourList('NO_PENALTY')).toBe(true);
    expect(isFourList('HEAVIER')).toBe(false);
  });
  it('APL-33-2: a first-violation entry citing Art. 33 with education is valid', () => {
    expect(validateFourListEntry(noPenalty)).toEqual([]);
  });
  it('APL-33-1 / APL-33-3: the other Art. 33 grounds are recognised', () => {
    const minor = { ...noPenalty, conditions: ['违法行为轻微', '及时纠正', '没有造成危害后果'] };
    expect(validateFourListEntry(minor)).toEqual([]);
    const noFault = {
      ...noPenalty,
      basis: '《中华人民共和国行政处罚法》第三十三条第二款',
      conditions: ['当事人有证据足以证明没有主观过错'],
    };
    expect(validateFourListEntry(noFault)).toEqual([]);
  });
  it('APL-33: a NO_PENALTY entry must cite Art. 33 and state one of its grounds in full', () => {
    expect(validateFourListEntry({ ...noPenalty, basis: '《某条例》第十条' })).toEqual([
      '不予处罚事项清单事项"BF-001"的法律依据应引用《中华人民共和国行政处罚法》第三十三条',
    ]);
    expect(validateFourListEntry({ ...noPenalty, conditions: ['初次违法', '及时改正'] })).toEqual([
      '不予处罚事项清单事项"BF-001"的适用条件应完整列明行政处罚法第三十三条规定的情形之一：违法行为轻微并及时改正，没有造成危害后果（第一款）；初次违法且危害后果轻微并及时改正（第一款）；当事人有证据足以证明没有主观过错（第二款）',
    ]);
  });
  it('APL-33-4: no penalty without education', () => {
    expect(validateFourListEntry({ ...noPenalty, followUp: ['CORRECTION_ORDER'] })).toEqual([
      '不予处罚事项清单事项"BF-001"应当对当事人进行教育（行政处罚法第三十三条第三款）',
    ]);
  });
  it('APL-28: reduced and lighter penalty entries order correction', () => {
    const lighter: FourListEntry = {
      list: 'LIGHTER_PENALTY',
      code: 'CQ-001',
      violation: '某违法行为',
      basis: '《中华人民共和国行政处罚法》第三十二条第一项',
      conditions: ['主动消除或者减轻违法行为危害后果'],
      followUp: ['EDUCATION'],
    };
    expect(validateFourListEntry(lighter)).toEqual([
      '从轻处罚事项清单事项"CQ-001"应当责令当事人改正或者限期改正违法行为（行政处罚法第二十八条）',
    ]);
    expect(validateFourListEntry({ ...lighter, list: 'REDUCED_PENALTY', followUp: ['CORRECTION_ORDER'] })).toEqual([]);
  });
  it('DISC-LISTS: a no-coercive-measure entry cites ACL Art. 16', () => {
    const e: FourListEntry = {
      list: 'NO_COERCIVE_MEASURE',
      code: 'BQ-001',
      violation: '某违法行为',
      basis: '《中华人民共和国行政强制法》第十六条第二款',
      conditions: ['违法行为情节显著轻微'],
      followUp: [],
    };
    expect(validateFourListEntry(e)).toEqual([]);
    expect(validateFourListEntry({ ...e, basis: '《中华人民共和国行政处罚法》第十六条' })).toEqual([
      '不予实施行政强制措施事项清单事项"BQ-001"的法律依据应引用《中华人民共和国行政强制法》第十六条',
    ]);
  });
  it('DISC-LISTS: required fields, known and unique follow-ups', () => {
    expect(validateFourListEntry({ ...noPenalty, code: '', violation: ' ', basis: '', conditions: [' '] })).toEqual([
      '清单事项编码不能为空',
      '不予处罚事项清单事项""未填写违法行为',
      '不予处罚事项清单事项""未填写法律依据',
      '不予处罚事项清单事项""未填写适用条件',
    ]);
    expect(validateFourListEntry({ ...noPenalty, followUp: ['EDUCATION', 'EDUCATION', 'FINE' as never] })).toEqual([
      '不予处罚事项清单事项"BF-001"的后续措施无效：FINE',
      '不予处罚事项清单事项"BF-001"的后续措施重复',
    ]);
    expect(validateFourListEntry({ ...noPenalty, list: 'X' as never })).toEqual(['清单类型无效']);
  });
});
