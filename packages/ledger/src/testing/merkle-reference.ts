import { createHash } from 'node:crypto';

// ---------------------------------------------------------------------------------------------
// Test support: an independent, deliberately simple reference — RFC 6962 §2.1 transcribed literally
// (recursion on arrays of leaf *data*, slices, the hash passed in), sharing no code with merkle.ts.
// ---------------------------------------------------------------------------------------------
export type HashFn = (b: Buffer) => Buffer;
export const SM3: HashFn = (b) => createHash('sm3').update(b).digest();
export const SHA256: HashFn = (b) => createHash('sha256').update(b).digest();

/** "the largest power of two smaller than n" */
const kOf = (n: number) => 2 ** Math.floor(Math.log2(n - 1));

export function refMth(H: HashFn, D: Buffer[]): Buffer {
  const n = D.length;
  if (n === 0) return H(Buffer.alloc(0));
  if (n === 1) return H(Buffer.concat([Buffer.from([0]), D[0]]));
  const k = kOf(n);
  return H(Buffer.concat([Buffer.from([1]), refMth(H, D.slice(0, k)), refMth(H, D.slice(k))]));
}

export function refPath(H: HashFn, m: number, D: Buffer[]): Buffer[] {
  const n = D.length;
  if (n === 1) return [];
  const k = kOf(n);
  if (m < k) return [...refPath(H, m, D.slice(0, k)), refMth(H, D.slice(k))];
  return [...refPath(H, m - k, D.slice(k)), refMth(H, D.slice(0, k))];
}

export function refSubproof(H: HashFn, m: number, D: Buffer[], b: boolean): Buffer[] {
  const n = D.length;
  if (m === n) return b ? [] : [refMth(H, D)];
  const k = kOf(n);
  if (m <= k) return [...refSubproof(H, m, D.slice(0, k), b), refMth(H, D.slice(k))];
  return [...refSubproof(H, m - k, D.slice(k), false), refMth(H, D.slice(0, k))];
}

export const refProof = (H: HashFn, m: number, D: Buffer[]) => refSubproof(H, m, D, true);

/** Which side each audit-path element sits on (the only thing a verifier learns from index and size). */
export function refPathShape(m: number, n: number): string {
  if (n === 1) return '';
  const k = kOf(n);
  return m < k ? `${refPathShape(m, k)}R` : `${refPathShape(m - k, n - k)}L`;
}

export function refProofShape(m: number, n: number, b = true): string {
  if (m === n) return b ? '' : 'base';
  const k = kOf(n);
  return m <= k ? `${refProofShape(m, k, b)}R` : `${refProofShape(m - k, n - k, false)}L`;
}
