/**
 * Helpers shared by the catalogue modules; not part of the public API (index.ts does not re-export this file).
 */
import { formatFenAsYuan } from '../money.js';

/** Amounts in messages and reasoning lines: '5000.00 元' (two decimals, no thousands separators). */
export function yuan(fen: number): string {
  return `${formatFenAsYuan(fen, { thousands: false })} 元`;
}

/** A decimal without trailing zeros: 1 → '1', 2.5 → '2.5', 0.3333 → '0.3333'. */
export function decimalText(x: number): string {
  return String(Number(x.toFixed(4)));
}

export function multipleText(m: number): string {
  return `${decimalText(m)} 倍`;
}

export function isBlank(s: unknown): boolean {
  return typeof s !== 'string' || s.trim() === '';
}

/** True when x is a finite number with at most `digits` decimal places (checked to 1e-6 of the last digit). */
export function hasAtMostDecimals(x: unknown, digits: number): x is number {
  if (typeof x !== 'number' || !Number.isFinite(x)) return false;
  const scaled = x * 10 ** digits;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

export function isNonNegativeFen(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
}

/**
 * fen × factor for a non-negative amount and a factor with at most four decimals (a multiple such as 2.5, or a
 * percentage divided by 100), computed exactly with BigInt and rounded up or down to whole fen. Callers round a
 * range's minimum up and its maximum down, so a computed range never leaves the exact legal range.
 */
export function scaleFen(fen: number, factor: number, rounding: 'UP' | 'DOWN'): number {
  if (!isNonNegativeFen(fen)) throw new RangeError(`Amount in fen must be a non-negative safe integer: ${fen}`);
  if (!hasAtMostDecimals(factor, 4) || factor < 0) throw new RangeError(`Invalid factor: ${factor}`);
  const product = BigInt(fen) * BigInt(Math.round(factor * 10_000));
  let q = product / 10_000n;
  if (rounding === 'UP' && product % 10_000n !== 0n) q += 1n;
  const n = Number(q);
  if (!Number.isSafeInteger(n)) throw new RangeError('Amount out of range');
  return n;
}

/** Removes duplicates keeping the first occurrence. */
export function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}
