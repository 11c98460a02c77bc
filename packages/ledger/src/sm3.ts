import { createHash, type Hash } from 'node:crypto';

/**
 * SM3 (GB/T 32905-2016) through node:crypto. Strings are hashed as their UTF-8 bytes.
 * Every hash in the Zhifa ledger — audit chain, Merkle tree, SM2's ZA and e — is SM3.
 */
export function sm3(data: Uint8Array | string): Buffer {
  return createHash('sm3').update(data).digest();
}

export function sm3Hex(data: Uint8Array | string): string {
  return createHash('sm3').update(data).digest('hex');
}

/** An incremental SM3 hasher, for files too large to hold in memory. */
export function createSm3(): Hash {
  return createHash('sm3');
}
