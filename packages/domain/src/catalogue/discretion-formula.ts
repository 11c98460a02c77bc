/**
 * DISC-FORMULA default tiers for a statutory scale (a starting point for the benchmark editor, configurable by
 * editing the result):
 *   - only a maximum amount: LIGHTER 0–20 %, GENERAL 40–60 %, HEAVIER 60–100 % of the maximum (PERCENT_OF_MAX);
 *   - an amount range min–max: thirds, or when max ≥ 4 × min "by multiples" — geometric thirds, each tier
 *     spanning the same ratio (boundaries min·r^(1/3), min·r^(2/3), r = max/min) — boundaries rounded to whole yuan;
 *   - a multiple range: the same rules on the multiples (two decimals), MULTIPLE mode; a multiple range without a
 *     minimum gets the 20 / 40–60 / 60–100 % split of the maximum multiple.
 * Tiers touch (lighter.max = general.min) except the 20–40 % band that DISC-FORMULA leaves unassigned.
 */
import type { BenchmarkTier, DiscretionTier, FineRule } from './discretion.js';
import { type PenaltyScale, statutoryFineBands, validatePenaltyScale } from './penalty.js';

export const DEFAULT_TIER_CONDITION_TEXT: Record<DiscretionTier, string> = {
  NO_PENALTY:
    '违法行为轻微并及时改正，没有造成危害后果的；初次违法且危害后果轻微并及时改正的；当事人有证据足以证明没有主观过错的',
  REDUCED: '具有依法应当或者可以减轻处罚情节的',
  LIGHTER: '具有依法应当或者可以从轻处罚情节的',
  GENERAL: '不具有从轻、减轻或者从重处罚情节的',
  HEAVIER: '具有从重处罚情节的',
};

/** DISC-FORMULA "only a maximum" percentages: [min, max] per tier. */
export const ONLY_MAX_PERCENTS: Record<'LIGHTER' | 'GENERAL' | 'HEAVIER', [number, number]> = {
  LIGHTER: [0, 20],
  GENERAL: [40, 60],
  HEAVIER: [60, 100],
};

/** DISC-FORMULA: at a max/min ratio of 4 or more the range is divided by multiples (geometrically). */
export const GEOMETRIC_RATIO = 4;

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/** Two interior boundaries of [min, max], rounded by `round` and kept within the range. */
function boundaries(min: number, max: number, round: (x: number) => number): [number, number] {
  const geometric = min > 0 && max >= GEOMETRIC_RATIO * min;
  const at = (k: 1 | 2) => (geometric ? min * (max / min) ** (k / 3) : min + ((max - min) * k) / 3);
  const b1 = clamp(round(at(1)), min, max);
  const b2 = clamp(round(at(2)), b1, max);
  return [b1, b2];
}

const roundYuan = (fen: number) => Math.round(fen / 100) * 100;
const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * LIGHTER, GENERAL and HEAVIER tiers for `scale` following DISC-FORMULA, each allowing all the statutory types
 * (editors then narrow types per tier) with default condition texts. A scale without a fine gets the three
 * tiers without fine rules. Throws RangeError for an invalid scale. When a scale has both a multiple and an
 * amount range, the tiers follow the multiple; the amount range (no base) needs its own entry.
 */
export function suggestTiersFromStatutory(scale: PenaltyScale): BenchmarkTier[] {
  const problems = validatePenaltyScale(scale);
  if (problems.length > 0) throw new RangeError(problems.join('；'));
  const make = (tier: 'LIGHTER' | 'GENERAL' | 'HEAVIER', fine?: FineRule): BenchmarkTier => ({
    tier,
    conditions: { factors: [], text: DEFAULT_TIER_CONDITION_TEXT[tier] },
    penaltyTypes: [...scale.types],
    ...(fine ? { fine } : {}),
  });
  const { amount, multiple } = statutoryFineBands(scale);
  if (multiple && multiple.unit === 'MULTIPLE') {
    const { base, min, max } = multiple;
    const rule = (lo: number, hi: number): FineRule => ({ mode: 'MULTIPLE', base, minMultiple: lo, maxMultiple: hi });
    if (min === 0) {
      const p = (x: number) => round2((max * x) / 100);
      return (['LIGHTER', 'GENERAL', 'HEAVIER'] as const).map((t) =>
        make(t, rule(p(ONLY_MAX_PERCENTS[t][0]), t === 'HEAVIER' ? max : p(ONLY_MAX_PERCENTS[t][1]))),
      );
    }
    const [b1, b2] = boundaries(min, max, round2);
    return [make('LIGHTER', rule(min, b1)), make('GENERAL', rule(b1, b2)), make('HEAVIER', rule(b2, max))];
  }
  if (amount) {
    const { min, max } = amount;
    if (min === 0) {
      return (['LIGHTER', 'GENERAL', 'HEAVIER'] as const).map((t) =>
        make(t, { mode: 'PERCENT_OF_MAX', minPercent: ONLY_MAX_PERCENTS[t][0], maxPercent: ONLY_MAX_PERCENTS[t][1] }),
      );
    }
    const [b1, b2] = boundaries(min, max, roundYuan);
    const rule = (lo: number, hi: number): FineRule => ({ mode: 'RANGE', minFen: lo, maxFen: hi });
    return [make('LIGHTER', rule(min, b1)), make('GENERAL', rule(b1, b2)), make('HEAVIER', rule(b2, max))];
  }
  return [make('LIGHTER'), make('GENERAL'), make('HEAVIER')];
}
