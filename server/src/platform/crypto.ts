import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// SM3 is defined once, in @zhifa/ledger, which the offline verifier shares.
export { sm3Hex } from '@zhifa/ledger';

export function hmacSm3(key: Buffer, data: string | Buffer): Buffer {
  return createHmac('sm3', key).update(data).digest();
}

/**
 * Keys are derived from the one instance secret with HMAC-SM3 and a purpose label, so that the
 * encryption key, the MAC key and the blind-index key are independent.
 */
export interface FieldKeys {
  encryption: Buffer; // 16 bytes, SM4
  mac: Buffer; // 32 bytes, HMAC-SM3
  blindIndex: Buffer; // 32 bytes, HMAC-SM3
}

export function deriveFieldKeys(secret: Buffer): FieldKeys {
  return {
    encryption: hmacSm3(secret, 'zhifa/field-encryption/sm4').subarray(0, 16),
    mac: hmacSm3(secret, 'zhifa/field-encryption/mac'),
    blindIndex: hmacSm3(secret, 'zhifa/blind-index'),
  };
}

const VERSION = 'v1';

/**
 * Personal identifiers are stored as `v1.<iv>.<ciphertext>.<mac>` (base64url): SM4-CBC, then
 * HMAC-SM3 over version, iv and ciphertext (encrypt-then-MAC), so tampering is detected before
 * anything is decrypted.
 */
export class FieldCipher {
  constructor(private readonly keys: FieldKeys) {}

  encrypt(plain: string): string {
    const iv = randomBytes(16);
    const cipher = createCipheriv('sm4-cbc', this.keys.encryption, iv);
    const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    const mac = hmacSm3(this.keys.mac, Buffer.concat([Buffer.from(VERSION), iv, ct]));
    return [VERSION, iv.toString('base64url'), ct.toString('base64url'), mac.toString('base64url')].join('.');
  }

  decrypt(sealed: string): string {
    const [version, ivB64, ctB64, macB64] = sealed.split('.');
    if (version !== VERSION || !ivB64 || !ctB64 || !macB64) throw new Error('field ciphertext: unknown format');
    const iv = Buffer.from(ivB64, 'base64url');
    const ct = Buffer.from(ctB64, 'base64url');
    const expected = hmacSm3(this.keys.mac, Buffer.concat([Buffer.from(VERSION), iv, ct]));
    const given = Buffer.from(macB64, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new Error('field ciphertext: MAC mismatch');
    }
    const decipher = createDecipheriv('sm4-cbc', this.keys.encryption, iv);
    return Buffer.concat([decipher.update(ct), decipher.final()]).toString('utf8');
  }

  /** Keyed SM3 (HMAC) of the normalised value: equal inputs give equal indexes, nothing else leaks. */
  blindIndex(normalized: string): string {
    return hmacSm3(this.keys.blindIndex, normalized).toString('hex');
  }
}
