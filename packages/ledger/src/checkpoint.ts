import { type Sm2PrivateKey, type Sm2PublicKey, sm2Sign, sm2Verify } from './sm2.js';

/**
 * A signed checkpoint: the platform's SM2 signature (GB/T 32918.2, default identifier) over the
 * UTF-8 text
 *
 *   zhifa-checkpoint/1\n<treeSize>\n<rootHash hex, lower case>\n<signedAt ISO-8601>\n
 *
 * Anyone holding the published public key can check a checkpoint with OpenSSL alone:
 * `openssl pkeyutl -verify -rawin -digest sm3 -pkeyopt distid:1234567812345678 …`.
 */
export interface CheckpointBody {
  treeSize: number;
  rootHash: string;
  signedAt: string;
}

export const CHECKPOINT_HEADER = 'zhifa-checkpoint/1';

export function checkpointText(cp: CheckpointBody): string {
  if (!Number.isSafeInteger(cp.treeSize) || cp.treeSize < 0) throw new RangeError('checkpoint: bad tree size');
  if (!/^[0-9a-f]{64}$/.test(cp.rootHash)) throw new RangeError('checkpoint: root hash must be 64 lower-case hex');
  if (/\n/.test(cp.signedAt) || Number.isNaN(Date.parse(cp.signedAt))) throw new RangeError('checkpoint: bad time');
  return `${CHECKPOINT_HEADER}\n${cp.treeSize}\n${cp.rootHash}\n${cp.signedAt}\n`;
}

/** Returns the DER signature, base64. */
export function signCheckpoint(d: Sm2PrivateKey, cp: CheckpointBody): string {
  return sm2Sign(d, Buffer.from(checkpointText(cp), 'utf8')).toString('base64');
}

export function verifyCheckpoint(publicKey: Sm2PublicKey, cp: CheckpointBody, signatureBase64: string): boolean {
  let text: string;
  try {
    text = checkpointText(cp);
  } catch {
    return false;
  }
  if (typeof signatureBase64 !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(signatureBase64)) return false;
  return sm2Verify(publicKey, Buffer.from(text, 'utf8'), Buffer.from(signatureBase64, 'base64'));
}
