/** Fixtures shared by the catalogue tests (not exported from index.ts). */
import type { BenchmarkEntry } from './discretion.js';

export const cond = (text: string, ...factors: string[]) => ({ factors, text });
/** 10,000–100,000 yuan, warning or fine, confiscation of illegal gains. */
export const entry: BenchmarkEntry = {
  code: 'XX-001',
  violation: '未按规定亮照经营',
  basis: { violated: '《某条例》第十条', penalty: '《某条例》第三十条' },
  statutory: { types: ['WARNING', 'FINE', 'CONFISCATE_ILLEGAL_GAINS'], fineMinFen: 1_000_000, fineMaxFen: 10_000_000 },
  tiers: [
    {
      tier: 'NO_PENALTY',
      conditions: cond('初次违法且危害后果轻微并及时改正', '初次违法', '及时改正'),
      penaltyTypes: [],
    },
    {
      tier: 'REDUCED',
      conditions: cond('主动消除或者减轻违法行为危害后果', '主动消除危害后果'),
      penaltyTypes: ['FINE'],
      fine: { mode: 'RANGE', minFen: 100_000, maxFen: 900_000 },
    },
    {
      tier: 'LIGHTER',
      conditions: cond('配合调查，如实陈述', '配合调查'),
      penaltyTypes: ['WARNING', 'FINE'],
      fine: { mode: 'RANGE', minFen: 1_000_000, maxFen: 3_000_000 },
    },
    {
      tier: 'GENERAL',
      conditions: cond('不具有从轻、从重情节'),
      penaltyTypes: ['FINE', 'CONFISCATE_ILLEGAL_GAINS'],
      fine: { mode: 'RANGE', minFen: 3_000_000, maxFen: 7_000_000 },
    },
    {
      tier: 'HEAVIER',
      conditions: cond('经责令改正拒不改正', '拒不改正', '隐匿证据'),
      penaltyTypes: ['FINE', 'CONFISCATE_ILLEGAL_GAINS'],
      fine: { mode: 'RANGE', minFen: 7_000_000, maxFen: 10_000_000 },
    },
  ],
};
