// Helpers of the data generator (bench/generate.ts): a seeded PRNG, time-ordered ids made at a given moment,
// Beijing-time moments, and the COPY text encoding.
import { addDays, type IsoDate, toEpochDay } from '@zhifa/domain';

/** sfc32: small, fast, seedable; the same seed gives the same province on every machine. */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  constructor(seed: number) {
    this.a = 0x9e3779b9 ^ seed;
    this.b = 0x243f6a88 ^ (seed * 31);
    this.c = 0xb7e15162;
    this.d = 1;
    for (let i = 0; i < 15; i++) this.u32();
  }
  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }
  next(): number {
    return this.u32() / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** Picks a key by weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [v, w] of items) {
      r -= w;
      if (r < 0) return v;
    }
    return items[items.length - 1][0];
  }
  /** Skewed towards `min`: most steps are quick, a few take long. */
  skewed(min: number, max: number): number {
    const x = this.next();
    return min + Math.floor(x * x * (max - min + 1));
  }
}

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** A UUIDv7 whose timestamp is `ms` (the moment the row was made in the simulated past), random bits from `rng`. */
export function uuidV7At(ms: number, rng: Rng): string {
  const t = Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0');
  const r1 = rng.u32();
  const r2 = rng.u32();
  const r3 = rng.u32();
  const a = `7${HEX[r1 & 0xff].slice(1)}${HEX[(r1 >>> 8) & 0xff]}`;
  const b = `${HEX[0x80 | ((r1 >>> 16) & 0x3f)]}${HEX[(r1 >>> 24) & 0xff]}`;
  const c = `${HEX[r2 & 0xff]}${HEX[(r2 >>> 8) & 0xff]}${HEX[(r2 >>> 16) & 0xff]}${HEX[r2 >>> 24]}${HEX[r3 & 0xff]}${HEX[(r3 >>> 8) & 0xff]}`;
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-${a}-${b}-${c}`;
}

const DAY_MS = 86_400_000;
const EPOCH_MS_OF_DAY0 = Date.UTC(1970, 0, 1);

/** The instant of `date` at Beijing `minutes` after midnight (UTC+8, no DST). */
export function beijingMoment(date: IsoDate, minutes: number): Date {
  return new Date(EPOCH_MS_OF_DAY0 + toEpochDay(date) * DAY_MS + (minutes - 8 * 60) * 60_000);
}

/** ISO moment with the +08:00 offset, as the facts store moments. */
export function beijingIso(d: Date): string {
  const s = new Date(d.getTime() + 8 * 3_600_000).toISOString();
  return `${s.slice(0, 19)}+08:00`;
}

export const plusDays = addDays;

// --- COPY text format (PostgreSQL docs, "COPY … FORMAT text") --------------------------------------------------

const NEEDS_ESCAPE = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

export function copyText(s: string): string {
  return NEEDS_ESCAPE.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]) : s;
}

export type CopyValue = string | number | boolean | null | undefined | Date | Json;
export interface Json {
  json: unknown;
}
export const json = (v: unknown): Json => ({ json: v });

export function copyValue(v: CopyValue): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'string') return copyText(v);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (v instanceof Date) return v.toISOString();
  return copyText(JSON.stringify(v.json));
}

/** A PostgreSQL text[] literal. */
export function textArray(xs: readonly string[]): string {
  return `{${xs.map((x) => `"${x.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}
