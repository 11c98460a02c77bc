import {
  type Sm2PrivateKey,
  type Sm2PublicKey,
  sm2KeyId,
  sm2PrivateKeyFromHex,
  sm2PublicKeyFromPem,
  sm2PublicKeyFromPrivate,
  sm2PublicKeyToPem,
  sm2Sign,
  sm2Verify,
  sm3Hex,
} from '@zhifa/ledger';
import type { Config } from '../../platform/config';
import { hmacSm3 } from '../../platform/crypto';
import { SM2_ORDER } from '../../platform/ledger/keys';

/**
 * The agency's electronic seal (电子印章) on an issued document: an SM2 signature (GB/T 32918.2, default
 * identifier) by the agency's seal key over the UTF-8 text
 *
 *   zhifa-document-seal/1\n<SM3 of the .docx bytes, 64 lower-case hex>\n
 *
 * so anyone with the agency's published seal key can check a Word file with OpenSSL alone, as for the ledger's
 * checkpoints: `openssl pkeyutl -verify -rawin -digest sm3 -pkeyopt distid:1234567812345678 …`.
 *
 * Each agency has its own key, derived from the instance secret and the agency id:
 *     d = (HMAC-SM3(ZHIFA_SECRET_KEY, "zhifa/documents/seal/<agencyId>") mod (n − 1)) + 1
 * (in [1, n − 1] as GB/T 32918 requires; same construction as the platform key in platform/ledger/keys.ts).
 * The key id is the first 16 hex characters of SM3(SubjectPublicKeyInfo), recorded with every seal.
 */

export const SEAL_HEADER = 'zhifa-document-seal/1';
export const SEAL_LABEL = 'zhifa/documents/seal/';

export interface SealKey {
  agencyId: string;
  privateKey: Sm2PrivateKey;
  publicKey: Sm2PublicKey;
  publicKeyPem: string;
  keyId: string;
}

const cache = new Map<string, SealKey>();

export function sealKeyFor(config: Pick<Config, 'secretKey'>, agencyId: string): SealKey {
  const cacheKey = `${sm3Hex(config.secretKey)}:${agencyId}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const h = BigInt(`0x${hmacSm3(config.secretKey, `${SEAL_LABEL}${agencyId}`).toString('hex')}`);
  const privateKey = sm2PrivateKeyFromHex(((h % (SM2_ORDER - 1n)) + 1n).toString(16).padStart(64, '0'));
  const publicKey = sm2PublicKeyFromPrivate(privateKey);
  const key = {
    agencyId,
    privateKey,
    publicKey,
    publicKeyPem: sm2PublicKeyToPem(publicKey),
    keyId: sm2KeyId(publicKey),
  };
  cache.set(cacheKey, key);
  return key;
}

export function sealText(digestSm3: string): string {
  if (!/^[0-9a-f]{64}$/.test(digestSm3)) throw new RangeError('seal: digest must be 64 lower-case hex');
  return `${SEAL_HEADER}\n${digestSm3}\n`;
}

export interface Seal {
  digestSm3: string;
  keyId: string;
  /** DER signature, base64. */
  signature: string;
}

/** Seals the Word file: SM3 of its bytes, signed with the agency's key. */
export function sealDocument(key: SealKey, docx: Uint8Array): Seal {
  const digestSm3 = sm3Hex(docx);
  const signature = sm2Sign(key.privateKey, Buffer.from(sealText(digestSm3), 'utf8')).toString('base64');
  return { digestSm3, keyId: key.keyId, signature };
}

/**
 * Checks a Word file against a seal: the file's SM3 must be the sealed digest (when given) and the signature
 * must verify under the public key (a key object or its PEM). Any changed byte of the file fails.
 */
export function verifySeal(
  publicKey: Sm2PublicKey | string,
  docx: Uint8Array,
  signatureBase64: string,
  expectedDigestSm3?: string,
): boolean {
  const digest = sm3Hex(docx);
  if (expectedDigestSm3 !== undefined && expectedDigestSm3 !== digest) return false;
  if (typeof signatureBase64 !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(signatureBase64)) return false;
  let key: Sm2PublicKey;
  try {
    key = typeof publicKey === 'string' ? sm2PublicKeyFromPem(publicKey) : publicKey;
  } catch {
    return false;
  }
  return sm2Verify(key, Buffer.from(sealText(digest), 'utf8'), Buffer.from(signatureBase64, 'base64'));
}
