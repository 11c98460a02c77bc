import { sm2KeyId, sm2PrivateKeyFromHex, sm2PublicKeyFromPrivate, sm2PublicKeyToPem } from '@zhifa/ledger';
import type { Config } from '../config';
import { hmacSm3 } from '../crypto';

/** The order n of the SM2 base point G (GB/T 32918.5-2017, recommended curve parameters). */
export const SM2_ORDER = BigInt('0xFFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123');

/** Purpose label of the derivation; changing it changes the platform's published key. */
export const SIGNING_KEY_LABEL = 'zhifa/ledger/sm2-signing-key';

export interface LedgerSigningKey {
  privateKey: ReturnType<typeof sm2PrivateKeyFromHex>;
  publicKey: ReturnType<typeof sm2PublicKeyFromPrivate>;
  /** SubjectPublicKeyInfo PEM of the SM2 public key, published on /transparency and in evidence packages. */
  publicKeyPem: string;
  keyId: string;
}

/**
 * The platform's SM2 checkpoint-signing key.
 *
 * - `ZHIFA_SM2_PRIVATE_KEY` (64 hex digits) when set: the operator's own key (e.g. from a
 *   cryptographic device export or a key ceremony), so the published key survives a secret rotation.
 * - Otherwise it is derived from the instance secret, so a one-machine install has a stable key
 *   without another secret to keep:
 *       d = (HMAC-SM3(ZHIFA_SECRET_KEY, "zhifa/ledger/sm2-signing-key") mod (n − 1)) + 1
 *   which always lies in [1, n − 1] as GB/T 32918 requires (n is the order of G). The HMAC output is
 *   256 bits against n ≈ 2^256, so the bias of the reduction is negligible (< 2^-32). Anyone with
 *   the instance secret can recompute the key: keep it as secret as the key itself.
 */
export function ledgerSigningKey(config: Config): LedgerSigningKey {
  const hex = config.ledger.sm2PrivateKeyHex ?? derivePrivateKeyHex(config.secretKey);
  const privateKey = sm2PrivateKeyFromHex(hex);
  const publicKey = sm2PublicKeyFromPrivate(privateKey);
  return { privateKey, publicKey, publicKeyPem: sm2PublicKeyToPem(publicKey), keyId: sm2KeyId(publicKey) };
}

export function derivePrivateKeyHex(secret: Buffer): string {
  const h = BigInt(`0x${hmacSm3(secret, SIGNING_KEY_LABEL).toString('hex')}`);
  const d = (h % (SM2_ORDER - 1n)) + 1n;
  return d.toString(16).padStart(64, '0');
}
