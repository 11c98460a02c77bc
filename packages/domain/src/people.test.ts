import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REVIEWER_RATIO_TARGET, reviewerRatio, TRAINING_HOURS_TARGET, trainingProgress } from './people.js';

describe('trainingProgress (TRAIN-60)', () => {
  it('TRAIN-60: the default target is 60 class hours', () => {
    expect(TRAINING_HOURS_TARGET).toBe(60);
    expect(trainingProgress(30)).toEqual({ hours: 30, target: 60, met: false, percent: 50 });
    expect(trainingProgress(60)).toEqual({ hours: 60, target: 60, met: true, percent: 100 });
    expect(trainingProgress(75)).toEqual({ hours: 75, target: 60, met: true, percent: 100 });
    expect(trainingProgress(0)).toEqual({ hours: 0, target: 60, met: false, percent: 0 });
  });
  it('TRAIN-60: 59.9 hours is not 100 %', () => {
    expect(trainingProgress(59.9)).toMatchObject({ met: false, percent: 99 });
  });
  it('accepts a jurisdiction-specific target and rejects bad input', () => {
    expect(trainingProgress(40, 40)).toMatchObject({ met: true, target: 40 });
    expect(() => trainingProgress(-1)).toThrow(RangeError);
    expect(() => trainingProgress(10, 0)).toThrow(RangeError);
  });
});

describe('reviewerRatio (REV-ORG)', () => {
  it('REV-ORG: 5 % target', () => {
    expect(REVIEWER_RATIO_TARGET).toBe(0.05);
    expect(reviewerRatio(5, 100)).toEqual({ ratio: 0.05, percentText: '5.0%', met: true, shortfall: 0 });
    expect(reviewerRatio(5, 120)).toMatchObject({ percentText: '4.2%', met: false, shortfall: 1 });
    expect(reviewerRatio(1, 21)).toMatchObject({ met: false, shortfall: 1 });
    expect(reviewerRatio(0, 45)).toMatchObject({ ratio: 0, met: false, shortfall: 3 });
    expect(reviewerRatio(3, 20)).toMatchObject({ met: true, shortfall: 0, percentText: '15.0%' });
  });
  it('REV-ORG: no enforcement staff → ratio 0, not met, no shortfall', () => {
    expect(reviewerRatio(0, 0)).toEqual({ ratio: 0, percentText: '0.0%', met: false, shortfall: 0 });
    expect(reviewerRatio(2, 0)).toEqual({ ratio: 0, percentText: '0.0%', met: false, shortfall: 0 });
  });
  it('rejects negative or fractional counts', () => {
    expect(() => reviewerRatio(-1, 10)).toThrow(RangeError);
    expect(() => reviewerRatio(1, 10.5)).toThrow(RangeError);
  });
  it('property: adding the shortfall meets the target, and met iff no shortfall', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 10_000 }), (r, staff) => {
        const res = reviewerRatio(r, staff);
        expect(res.met).toBe(res.shortfall === 0);
        expect(reviewerRatio(r + res.shortfall, staff).met).toBe(true);
        if (res.shortfall > 0) expect(reviewerRatio(r + res.shortfall - 1, staff).met).toBe(false);
      }),
    );
  });
});
