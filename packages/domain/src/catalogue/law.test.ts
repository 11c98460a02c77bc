import { describe, expect, it } from 'vitest';
import {
  applicableProvision,
  type ProvisionVersion,
  ProvisionVersionError,
  validateProvisionVersions,
  versionInForce,
} from './law.js';

const base = { lawName: '某市市容和环境卫生管理条例', citation: '第三十条', treatsAsViolation: true };
const v2019: ProvisionVersion = {
  ...base,
  versionId: 'v2019',
  effectiveFrom: '2019-01-01',
  effectiveUntil: '2022-12-31',
  penalty: { types: ['WARNING', 'FINE'], fineMinFen: 500_000, fineMaxFen: 5_000_000 },
};
const v2023: ProvisionVersion = {
  ...base,
  versionId: 'v2023',
  effectiveFrom: '2023-01-01',
  effectiveUntil: '2024-12-31',
  penalty: { types: ['WARNING', 'FINE'], fineMinFen: 200_000, fineMaxFen: 2_000_000 },
};
const v2025: ProvisionVersion = {
  ...base,
  versionId: 'v2025',
  effectiveFrom: '2025-01-01',
  effectiveUntil: '2025-12-31',
  penalty: { types: ['FINE', 'REVOKE_LICENSE'], fineMinFen: 1_000_000, fineMaxFen: 10_000_000 },
};
const repealed: ProvisionVersion = {
  ...base,
  versionId: 'repeal-2026',
  effectiveFrom: '2026-01-01',
  effectiveUntil: null,
  treatsAsViolation: false,
  penalty: null,
};
const chain = [v2025, v2019, repealed, v2023]; // order does not matter

describe('validateProvisionVersions', () => {
  it('accepts a gap-free chain in any order', () => {
    expect(validateProvisionVersions(chain)).toEqual([]);
  });
  it('reports gaps, overlaps, open ends, duplicates and bad dates in Chinese', () => {
    expect(validateProvisionVersions([])).toEqual(['条款没有任何版本']);
    expect(validateProvisionVersions([v2019, { ...v2023, effectiveFrom: '2023-01-02' }])).toEqual([
      '版本"v2019"失效后至版本"v2023"施行前存在空档',
    ]);
    expect(validateProvisionVersions([v2019, { ...v2023, effectiveFrom: '2022-12-31' }])).toEqual([
      '版本"v2019"与版本"v2023"的施行期间重叠',
    ]);
    expect(validateProvisionVersions([{ ...v2019, effectiveUntil: null }, v2023])).toEqual([
      '版本"v2019"没有失效日期，但其后还有版本"v2023"',
    ]);
    expect(validateProvisionVersions([v2019, { ...v2023, versionId: 'v2019' }])).toEqual(['版本"v2019"编号重复']);
    expect(validateProvisionVersions([{ ...v2019, effectiveFrom: '2023-02-30' }])).toEqual([
      '版本"v2019"的施行日期无效',
    ]);
    expect(validateProvisionVersions([{ ...v2019, effectiveFrom: '2023-01-01' }])).toEqual([
      '版本"v2019"的施行日期晚于失效日期',
    ]);
    expect(validateProvisionVersions([{ ...repealed, penalty: { types: ['WARNING'] } }])).toEqual([
      '版本"repeal-2026"不认为该行为违法，不应设定处罚',
    ]);
    expect(validateProvisionVersions([{ ...v2019, penalty: { types: ['FINE'] } }])).toEqual([
      '版本"v2019"：处罚种类包括罚款，须设置罚款数额或倍数',
    ]);
  });
});

describe('versionInForce', () => {
  it('APL-37: picks the version covering the date, bounds inclusive', () => {
    expect(versionInForce(chain, '2019-01-01').versionId).toBe('v2019');
    expect(versionInForce(chain, '2022-12-31').versionId).toBe('v2019');
    expect(versionInForce(chain, '2023-01-01').versionId).toBe('v2023');
    expect(versionInForce(chain, '2030-06-01').versionId).toBe('repeal-2026');
  });
  it('throws on a date before the first version, in a gap, in an overlap, or invalid', () => {
    expect(() => versionInForce(chain, '2018-12-31')).toThrow(
      new ProvisionVersionError('2018-12-31没有施行中的条款版本'),
    );
    expect(() => versionInForce([v2019, { ...v2023, effectiveFrom: '2023-02-01' }], '2023-01-15')).toThrow(
      ProvisionVersionError,
    );
    expect(() => versionInForce([v2019, { ...v2023, effectiveFrom: '2022-12-01' }], '2022-12-15')).toThrow(
      '2022-12-15同时有多个施行中的条款版本："v2019"、"v2023"',
    );
    expect(() => versionInForce(chain, '2023-13-01')).toThrow('日期无效：2023-13-01');
  });
});

describe('applicableProvision (APL-37 从旧兼从轻)', () => {
  it('APL-37: the same version at act and decision time applies', () => {
    const r = applicableProvision(chain, { actDate: '2022-06-01', decisionDate: '2022-09-01' });
    expect(r.rule).toBe('SAME_VERSION');
    expect(r.version.versionId).toBe('v2019');
    expect(r.penaltyAllowed).toBe(true);
    expect(r.reasoning).toEqual([
      '违法行为发生于2022-06-01',
      '违法行为发生时施行的规定：《某市市容和环境卫生管理条例》第三十条（版本 v2019，2019-01-01起施行）',
      '作出处罚决定时（2022-09-01）该规定未被修改或者废止，依照《中华人民共和国行政处罚法》第三十七条适用违法行为发生时的规定',
    ]);
  });
  it('APL-37: the new law applies when it is lighter at decision time', () => {
    const r = applicableProvision(chain, { actDate: '2022-06-01', decisionDate: '2023-03-01' });
    expect(r.rule).toBe('NEW_LAW_LIGHTER');
    expect(r.version.versionId).toBe('v2023');
    expect(r.actVersion.versionId).toBe('v2019');
    expect(r.decisionVersion.versionId).toBe('v2023');
    expect(r.manualCheck).toBe(false);
    expect(r.reasoning.slice(2)).toEqual([
      '作出处罚决定时（2023-03-01）施行的规定：《某市市容和环境卫生管理条例》第三十条（版本 v2023，2023-01-01起施行）',
      '旧的规定：警告、罚款（罚款 5000.00 元以上 50000.00 元以下）；新的规定：警告、罚款（罚款 2000.00 元以上 20000.00 元以下）',
      '新的规定处罚较轻（罚款最高数额新的规定为 20000.00 元，旧的规定为 50000.00 元），依照《中华人民共和国行政处罚法》第三十七条适用新的规定',
    ]);
  });
  it('APL-37: the old law applies when the new one is heavier', () => {
    const r = applicableProvision(chain, { actDate: '2024-06-01', decisionDate: '2025-02-01' });
    expect(r.rule).toBe('OLD_LAW');
    expect(r.version.versionId).toBe('v2023');
    expect(r.reasoning.at(-1)).toBe(
      '新的规定处罚不轻于旧的规定（最重处罚种类新的规定为"吊销许可证件"，旧的规定为"罚款"），依照《中华人民共和国行政处罚法》第三十七条适用违法行为发生时的规定',
    );
  });
  it('APL-37: only the act-time and decision-time versions are compared (an intermediate lighter version is ignored)', () => {
    const r = applicableProvision(chain, { actDate: '2022-06-01', decisionDate: '2025-02-01' });
    expect(r.rule).toBe('OLD_LAW');
    expect(r.version.versionId).toBe('v2019');
  });
  it('APL-37: the new law applies when it no longer treats the act as a violation — no penalty', () => {
    const r = applicableProvision(chain, { actDate: '2025-06-01', decisionDate: '2026-01-05' });
    expect(r.rule).toBe('NEW_LAW_NOT_VIOLATION');
    expect(r.version.versionId).toBe('repeal-2026');
    expect(r.penaltyAllowed).toBe(false);
    expect(r.reasoning.at(-1)).toBe(
      '新的规定不认为该行为是违法行为，依照《中华人民共和国行政处罚法》第三十七条适用新的规定，不予行政处罚',
    );
  });
  it('APL-37: an act committed after the repeal is no violation at all', () => {
    const r = applicableProvision(chain, { actDate: '2026-02-01', decisionDate: '2026-03-01' });
    expect(r.rule).toBe('NOT_VIOLATION_AT_ACT');
    expect(r.penaltyAllowed).toBe(false);
    expect(r.reasoning.at(-1)).toBe('违法行为发生时施行的规定不认为该行为违法，不得给予行政处罚（行政处罚法第四条）');
  });
  it('APL-36/APL-37: for a continuing act the act date is the day it ended', () => {
    const r = applicableProvision(chain, {
      actDate: '2022-10-01',
      actEndDate: '2023-02-01',
      decisionDate: '2023-03-01',
    });
    expect(r.referenceDate).toBe('2023-02-01');
    expect(r.rule).toBe('SAME_VERSION');
    expect(r.version.versionId).toBe('v2023');
    expect(r.reasoning[0]).toBe(
      '违法行为自2022-10-01起持续至2023-02-01，以行为终了之日2023-02-01为违法行为发生时（参照行政处罚法第三十六条）',
    );
    const sameDay = applicableProvision(chain, {
      actDate: '2022-10-01',
      actEndDate: '2022-10-01',
      decisionDate: '2023-03-01',
    });
    expect(sameDay.reasoning[0]).toBe('违法行为发生于2022-10-01');
    expect(sameDay.rule).toBe('NEW_LAW_LIGHTER');
  });
  it('APL-37: a provision with no penalty (only 责令改正) is lighter, and allows no penalty', () => {
    const soft: ProvisionVersion = { ...v2023, penalty: null };
    const r = applicableProvision([v2019, soft], { actDate: '2022-06-01', decisionDate: '2023-03-01' });
    expect(r.rule).toBe('NEW_LAW_LIGHTER');
    expect(r.penaltyAllowed).toBe(false);
  });
  it('APL-37: undecidable comparisons keep the old law and ask for a manual check; a base amount decides them', () => {
    const multiples: ProvisionVersion = {
      ...v2023,
      penalty: { types: ['WARNING', 'FINE'], multipleBase: '违法所得', minMultiple: 1, maxMultiple: 3 },
    };
    const versions = [v2019, multiples];
    const r = applicableProvision(versions, { actDate: '2022-06-01', decisionDate: '2023-03-01' });
    expect(r.rule).toBe('OLD_LAW');
    expect(r.manualCheck).toBe(true);
    expect(r.reasoning.at(-1)).toContain('须人工判断新的规定是否处罚较轻');
    const small = applicableProvision(versions, {
      actDate: '2022-06-01',
      decisionDate: '2023-03-01',
      baseAmountsFen: { 违法所得: 1_000_000 },
    });
    expect(small.rule).toBe('NEW_LAW_LIGHTER');
    expect(small.manualCheck).toBe(false);
  });
  it('rejects a decision before the act, an end before the start, and dates no version covers', () => {
    expect(() => applicableProvision(chain, { actDate: '2023-03-01', decisionDate: '2023-02-01' })).toThrow(
      '处罚决定日期不能早于违法行为发生日期',
    );
    expect(() =>
      applicableProvision(chain, { actDate: '2023-03-01', actEndDate: '2023-02-01', decisionDate: '2023-04-01' }),
    ).toThrow('违法行为终了日期不能早于开始日期');
    expect(() => applicableProvision(chain, { actDate: '2018-01-01', decisionDate: '2023-04-01' })).toThrow(
      ProvisionVersionError,
    );
    expect(() => applicableProvision(chain, { actDate: 'yesterday', decisionDate: '2023-04-01' })).toThrow('日期无效');
  });
});
