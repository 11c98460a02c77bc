/**
 * Officer training and legal-reviewer staffing indicators (DOMAIN §9).
 */

/** TRAIN-60 (GO27-23, confidence M): at least 60 class hours of training per officer per year. */
export const TRAINING_HOURS_TARGET = 60;

export interface TrainingProgress {
  hours: number;
  target: number;
  met: boolean;
  /** 0–100, rounded down so that 100 is shown only when the target is met. */
  percent: number;
}

export function trainingProgress(hours: number, target = TRAINING_HOURS_TARGET): TrainingProgress {
  if (!Number.isFinite(hours) || hours < 0) throw new RangeError(`Training hours must be >= 0: ${hours}`);
  if (!Number.isFinite(target) || target <= 0) throw new RangeError(`Training target must be > 0: ${target}`);
  const met = hours >= target;
  const percent = met ? 100 : Math.floor((hours / target) * 100);
  return { hours, target, met, percent };
}

/** REVIEWER-QUAL / REV-ORG (GO118, confidence M): legal reviewers should be at least 5 % of enforcement staff. */
export const REVIEWER_RATIO_TARGET = 0.05;

export interface ReviewerRatio {
  ratio: number;
  /** One decimal, e.g. '4.2%'. */
  percentText: string;
  met: boolean;
  /** Reviewers still needed to reach 5 %. */
  shortfall: number;
}

export function reviewerRatio(reviewers: number, enforcementStaff: number): ReviewerRatio {
  for (const [name, v] of [
    ['reviewers', reviewers],
    ['enforcementStaff', enforcementStaff],
  ] as const) {
    if (!Number.isInteger(v) || v < 0) throw new RangeError(`${name} must be an integer >= 0: ${v}`);
  }
  if (enforcementStaff === 0) return { ratio: 0, percentText: '0.0%', met: false, shortfall: 0 };
  const ratio = reviewers / enforcementStaff;
  // Integer comparison (reviewers / staff >= 1/20) avoids floating-point edge cases at exactly 5 %.
  const needed = Math.ceil(enforcementStaff / 20);
  return {
    ratio,
    percentText: `${(ratio * 100).toFixed(1)}%`,
    met: reviewers * 20 >= enforcementStaff,
    shortfall: Math.max(0, needed - reviewers),
  };
}
