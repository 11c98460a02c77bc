import { randomBytes } from 'node:crypto';
import {
  DerError,
  expectTag,
  fromPem,
  integer,
  oid,
  readChildren,
  readInteger,
  readOnly,
  sequence,
  TAG,
  tlv,
  toPem,
} from './der.js';
import { sm3, sm3Hex } from './sm3.js';

/**
 * SM2 digital signatures, GB/T 32918.2-2016, on the curve sm2p256v1 of GB/T 32918.5-2017.
 *
 * Why not node:crypto: `crypto.sign(null, data, sm2Key)` signs without the ZA prefix (the hash of
 * the signer's identity and key), so its signatures do not verify under GB/T 32918 / OpenSSL's
 * `-digest sm3 -pkeyopt distid:…`. This is a plain BigInt implementation of §6.1 (sign) and §7.1
 * (verify); it is NOT constant-time (BigInt arithmetic and the double-and-add ladder leak timing),
 * which is acceptable for Zhifa's use — the platform signs a checkpoint a few times an hour, with no
 * attacker-controlled input, and verification involves only public data.
 *
 * Signatures are DER SEQUENCE { INTEGER r, INTEGER s }, keys are the SubjectPublicKeyInfo / PKCS#8
 * that OpenSSL writes for SM2 (id-ecPublicKey 1.2.840.10045.2.1 with curve 1.2.156.10197.1.301).
 */

/** @internal curve parameters (Weierstrass y² = x³ + ax + b over Fp, base point G of order n). */
export interface Curve {
  p: bigint;
  a: bigint;
  b: bigint;
  n: bigint;
  gx: bigint;
  gy: bigint;
}

/** GB/T 32918.5-2017 recommended curve sm2p256v1. */
export const SM2P256V1: Curve = {
  p: 0xfffffffeffffffffffffffffffffffffffffffff00000000ffffffffffffffffn,
  a: 0xfffffffeffffffffffffffffffffffffffffffff00000000fffffffffffffffcn,
  b: 0x28e9fa9e9d9f5e344d5a9e4bcf6509a7f39789f515ab8f92ddbcbd414d940e93n,
  n: 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n,
  gx: 0x32c4ae2c1f1981195f9904466a39c9948fe30bbff2660be1715a4589334c74c7n,
  gy: 0xbc3736a2f4f6779c59bdcee36b692153d0a9877cc62a474002df32e52139f0a0n,
};

/** The default distinguishing identifier of GB/T 32918.2 / GM/T 0009 (ENTL = 128 bits = 0x0080). */
export const SM2_DEFAULT_ID = '1234567812345678';

const OID_EC_PUBLIC_KEY = '1.2.840.10045.2.1';
const OID_SM2 = '1.2.156.10197.1.301';

export interface Sm2PublicKey {
  readonly x: bigint;
  readonly y: bigint;
}
/** The private key d, an integer in [1, n − 2]. */
export type Sm2PrivateKey = bigint;

// ---- arithmetic --------------------------------------------------------------------------------

const mod = (a: bigint, m: bigint): bigint => {
  const r = a % m;
  return r < 0n ? r + m : r;
};

function inverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [mod(a, m), m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw new RangeError('not invertible');
  return mod(oldS, m);
}

/** Jacobian coordinates (x = X/Z², y = Y/Z³); Z = 0 is the point at infinity. */
interface Jacobian {
  X: bigint;
  Y: bigint;
  Z: bigint;
}
const INFINITY: Jacobian = { X: 1n, Y: 1n, Z: 0n };

function double(c: Curve, P: Jacobian): Jacobian {
  if (P.Z === 0n || P.Y === 0n) return INFINITY;
  const { p } = c;
  const YY = mod(P.Y * P.Y, p);
  const ZZ = mod(P.Z * P.Z, p);
  const S = mod(4n * P.X * YY, p);
  const M = mod(3n * P.X * P.X + c.a * ZZ * ZZ, p);
  const X3 = mod(M * M - 2n * S, p);
  const Y3 = mod(M * (S - X3) - 8n * YY * YY, p);
  const Z3 = mod(2n * P.Y * P.Z, p);
  return { X: X3, Y: Y3, Z: Z3 };
}

function add(c: Curve, P: Jacobian, Q: Jacobian): Jacobian {
  if (P.Z === 0n) return Q;
  if (Q.Z === 0n) return P;
  const { p } = c;
  const Z1Z1 = mod(P.Z * P.Z, p);
  const Z2Z2 = mod(Q.Z * Q.Z, p);
  const U1 = mod(P.X * Z2Z2, p);
  const U2 = mod(Q.X * Z1Z1, p);
  const S1 = mod(P.Y * Q.Z * Z2Z2, p);
  const S2 = mod(Q.Y * P.Z * Z1Z1, p);
  const H = mod(U2 - U1, p);
  const R = mod(S2 - S1, p);
  if (H === 0n) return R === 0n ? double(c, P) : INFINITY;
  const HH = mod(H * H, p);
  const HHH = mod(HH * H, p);
  const V = mod(U1 * HH, p);
  const X3 = mod(R * R - HHH - 2n * V, p);
  const Y3 = mod(R * (V - X3) - S1 * HHH, p);
  const Z3 = mod(H * P.Z * Q.Z, p);
  return { X: X3, Y: Y3, Z: Z3 };
}

/** Left-to-right double-and-add; not constant-time (see the module comment). */
function multiply(c: Curve, k: bigint, P: Jacobian): Jacobian {
  let R = INFINITY;
  for (let i = k.toString(2).length - 1; i >= 0; i--) {
    R = double(c, R);
    if ((k >> BigInt(i)) & 1n) R = add(c, R, P);
  }
  return R;
}

function toAffine(c: Curve, P: Jacobian): Sm2PublicKey | null {
  if (P.Z === 0n) return null;
  const zi = inverse(P.Z, c.p);
  const zi2 = mod(zi * zi, c.p);
  return { x: mod(P.X * zi2, c.p), y: mod(P.Y * zi2 * zi, c.p) };
}

const jacobian = (P: Sm2PublicKey): Jacobian => ({ X: P.x, Y: P.y, Z: 1n });
const generator = (c: Curve): Jacobian => ({ X: c.gx, Y: c.gy, Z: 1n });

/** @internal */
export function isOnCurve(c: Curve, P: Sm2PublicKey): boolean {
  if (P.x < 0n || P.x >= c.p || P.y < 0n || P.y >= c.p) return false;
  return mod(P.y * P.y - (P.x * P.x * P.x + c.a * P.x + c.b), c.p) === 0n;
}

const to32 = (v: bigint): Buffer => Buffer.from(v.toString(16).padStart(64, '0'), 'hex');
const fromBytes = (b: Uint8Array): bigint => (b.length ? BigInt(`0x${Buffer.from(b).toString('hex')}`) : 0n);

// ---- keys --------------------------------------------------------------------------------------

function checkPrivate(c: Curve, d: bigint): bigint {
  // §6.1 computes (1 + d)^-1 mod n, so d = n − 1 is excluded as well as 0.
  if (d < 1n || d > c.n - 2n) throw new RangeError('SM2 private key out of range [1, n-2]');
  return d;
}

export function sm2PrivateKeyFromHex(dHex: string): Sm2PrivateKey {
  if (!/^[0-9a-fA-F]{1,64}$/.test(dHex)) throw new RangeError('SM2 private key: expected up to 64 hex characters');
  return checkPrivate(SM2P256V1, BigInt(`0x${dHex}`));
}

export function sm2PrivateKeyToHex(d: Sm2PrivateKey): string {
  return checkPrivate(SM2P256V1, d).toString(16).padStart(64, '0');
}

/** A fresh random key (rejection sampling over [1, n − 2]). */
export function sm2GeneratePrivateKey(): Sm2PrivateKey {
  for (;;) {
    const d = fromBytes(randomBytes(32));
    if (d >= 1n && d <= SM2P256V1.n - 2n) return d;
  }
}

/**
 * A key derived deterministically from secret bytes (e.g. an HMAC of the instance secret):
 * d = 1 + (SM3(seed ‖ 00) ‖ SM3(seed ‖ 01)) mod (n − 2). The 512-bit input makes the bias negligible.
 */
export function sm2PrivateKeyFromSeed(seed: Uint8Array): Sm2PrivateKey {
  const wide = Buffer.concat([
    sm3(Buffer.concat([seed, Buffer.from([0])])),
    sm3(Buffer.concat([seed, Buffer.from([1])])),
  ]);
  return 1n + mod(fromBytes(wide), SM2P256V1.n - 2n);
}

/** @internal P = [d]G on any curve. */
export function publicFromPrivate(c: Curve, d: bigint): Sm2PublicKey {
  const P = toAffine(c, multiply(c, checkPrivate(c, d), generator(c)));
  if (!P) throw new RangeError('SM2: degenerate key');
  return P;
}

export function sm2PublicKeyFromPrivate(d: Sm2PrivateKey): Sm2PublicKey {
  return publicFromPrivate(SM2P256V1, d);
}

function encodePoint(P: Sm2PublicKey): Buffer {
  return Buffer.concat([Buffer.from([0x04]), to32(P.x), to32(P.y)]);
}

function decodePoint(bytes: Buffer): Sm2PublicKey {
  const c = SM2P256V1;
  let P: Sm2PublicKey;
  if (bytes.length === 65 && bytes[0] === 0x04) {
    P = { x: fromBytes(bytes.subarray(1, 33)), y: fromBytes(bytes.subarray(33)) };
  } else if (bytes.length === 33 && (bytes[0] === 0x02 || bytes[0] === 0x03)) {
    // Compressed form: p ≡ 3 (mod 4), so y = (x³ + ax + b)^((p+1)/4).
    const x = fromBytes(bytes.subarray(1));
    let y = modPow(mod(x * x * x + c.a * x + c.b, c.p), (c.p + 1n) / 4n, c.p);
    if ((y & 1n) !== BigInt(bytes[0] & 1)) y = c.p - y;
    P = { x, y };
  } else {
    throw new DerError('SM2 public key: unsupported point encoding');
  }
  if (!isOnCurve(c, P)) throw new DerError('SM2 public key: point is not on the curve');
  return P;
}

function modPow(base: bigint, exp: bigint, m: bigint): bigint {
  let result = 1n;
  let b = mod(base, m);
  for (let e = exp; e > 0n; e >>= 1n) {
    if (e & 1n) result = mod(result * b, m);
    b = mod(b * b, m);
  }
  return result;
}

const ALGORITHM = () => sequence(oid(OID_EC_PUBLIC_KEY), oid(OID_SM2));

/** DER SubjectPublicKeyInfo, byte for byte what `openssl pkey -pubout -outform DER` writes. */
export function sm2PublicKeyToDer(P: Sm2PublicKey): Buffer {
  return sequence(ALGORITHM(), tlv(TAG.BIT_STRING, Buffer.concat([Buffer.from([0]), encodePoint(P)])));
}

export function sm2PublicKeyToPem(P: Sm2PublicKey): string {
  return toPem('PUBLIC KEY', sm2PublicKeyToDer(P));
}

export function sm2PublicKeyFromDer(der: Buffer): Sm2PublicKey {
  const [alg, bits, ...rest] = readChildren(readOnly(der, TAG.SEQUENCE).content);
  if (rest.length) throw new DerError('SubjectPublicKeyInfo: trailing elements');
  if (!expectTag(alg, TAG.SEQUENCE).raw.equals(ALGORITHM())) throw new DerError('not an SM2 public key (algorithm)');
  const content = expectTag(bits, TAG.BIT_STRING).content;
  if (content[0] !== 0) throw new DerError('SubjectPublicKeyInfo: unused bits');
  return decodePoint(content.subarray(1));
}

export function sm2PublicKeyFromPem(pem: string): Sm2PublicKey {
  return sm2PublicKeyFromDer(fromPem('PUBLIC KEY', pem));
}

/**
 * PKCS#8 PrivateKeyInfo as OpenSSL 3 writes an SM2 key: version 0, the algorithm, and an ECPrivateKey
 * (RFC 5915) with version 1, the 32-byte d and the public key in [1].
 */
export function sm2PrivateKeyToPem(d: Sm2PrivateKey): string {
  const ecPrivateKey = sequence(
    integer(1n),
    tlv(TAG.OCTET_STRING, to32(checkPrivate(SM2P256V1, d))),
    tlv(TAG.CONTEXT_1, tlv(TAG.BIT_STRING, Buffer.concat([Buffer.from([0]), encodePoint(sm2PublicKeyFromPrivate(d))]))),
  );
  return toPem('PRIVATE KEY', sequence(integer(0n), ALGORITHM(), tlv(TAG.OCTET_STRING, ecPrivateKey)));
}

/** Reads a PKCS#8 SM2 private key (e.g. from `openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:SM2`). */
export function sm2PrivateKeyFromPem(pem: string): Sm2PrivateKey {
  const [version, alg, key] = readChildren(readOnly(fromPem('PRIVATE KEY', pem), TAG.SEQUENCE).content);
  if (readInteger(version) !== 0n) throw new DerError('PKCS#8: unsupported version');
  if (!expectTag(alg, TAG.SEQUENCE).raw.equals(ALGORITHM())) throw new DerError('not an SM2 private key (algorithm)');
  const inner = readChildren(readOnly(expectTag(key, TAG.OCTET_STRING).content, TAG.SEQUENCE).content);
  if (readInteger(inner[0]) !== 1n) throw new DerError('ECPrivateKey: unsupported version');
  const d = checkPrivate(SM2P256V1, fromBytes(expectTag(inner[1], TAG.OCTET_STRING).content));
  const pubElement = inner.slice(2).find((t) => t.tag === TAG.CONTEXT_1);
  if (pubElement) {
    const bits = readOnly(pubElement.content, TAG.BIT_STRING).content;
    const P = decodePoint(bits.subarray(1));
    const Q = sm2PublicKeyFromPrivate(d);
    if (P.x !== Q.x || P.y !== Q.y) throw new DerError('ECPrivateKey: public key does not match d');
  }
  return d;
}

/** The key id printed next to checkpoints: the first 16 hex characters of SM3(DER SubjectPublicKeyInfo). */
export function sm2KeyId(P: Sm2PublicKey): string {
  return sm3Hex(sm2PublicKeyToDer(P)).slice(0, 16);
}

// ---- signatures --------------------------------------------------------------------------------

const bytesOf = (v: Uint8Array | string): Buffer => (typeof v === 'string' ? Buffer.from(v, 'utf8') : Buffer.from(v));

/** @internal ZA = SM3(ENTL ‖ ID ‖ a ‖ b ‖ xG ‖ yG ‖ xA ‖ yA), GB/T 32918.2 §5.5. */
export function za(c: Curve, P: Sm2PublicKey, id: Uint8Array | string): Buffer {
  const idBytes = bytesOf(id);
  const bits = idBytes.length * 8;
  if (bits > 0xffff) throw new RangeError('SM2: distinguishing identifier too long');
  const entl = Buffer.from([bits >> 8, bits & 0xff]);
  return sm3(Buffer.concat([entl, idBytes, to32(c.a), to32(c.b), to32(c.gx), to32(c.gy), to32(P.x), to32(P.y)]));
}

/** @internal e = SM3(ZA ‖ M) as an integer (§6.1 A1–A2). */
export function digestE(c: Curve, P: Sm2PublicKey, message: Uint8Array | string, id: Uint8Array | string): bigint {
  return fromBytes(sm3(Buffer.concat([za(c, P, id), bytesOf(message)])));
}

/** @internal §6.1 A3–A6 with the nonce source given; returns null when the nonce must be redrawn. */
export function signWithNonce(c: Curve, d: bigint, e: bigint, k: bigint): { r: bigint; s: bigint } | null {
  if (k < 1n || k > c.n - 1n) return null;
  const x1 = toAffine(c, multiply(c, k, generator(c)))!.x;
  const r = mod(e + x1, c.n);
  if (r === 0n || r + k === c.n) return null;
  const s = mod(inverse(1n + d, c.n) * (k - r * d), c.n);
  if (s === 0n) return null;
  return { r, s };
}

/** @internal §7.1 B1–B7. */
export function verifyRaw(c: Curve, P: Sm2PublicKey, e: bigint, r: bigint, s: bigint): boolean {
  if (r < 1n || r > c.n - 1n || s < 1n || s > c.n - 1n) return false;
  const t = mod(r + s, c.n);
  if (t === 0n) return false;
  const point = toAffine(c, add(c, multiply(c, s, generator(c)), multiply(c, t, jacobian(P))));
  if (!point) return false;
  return mod(e + point.x, c.n) === r;
}

export function encodeSignature(r: bigint, s: bigint): Buffer {
  return sequence(integer(r), integer(s));
}

/** Strict DER: anything that does not re-encode to the same bytes is refused. */
export function decodeSignature(der: Uint8Array): { r: bigint; s: bigint } | null {
  try {
    const buf = Buffer.from(der);
    const [rT, sT, ...rest] = readChildren(readOnly(buf, TAG.SEQUENCE).content);
    if (rest.length) return null;
    const r = readInteger(rT);
    const s = readInteger(sT);
    return encodeSignature(r, s).equals(buf) ? { r, s } : null;
  } catch (err) {
    if (err instanceof DerError || err instanceof RangeError) return null;
    throw err;
  }
}

/** Signs `message` (ZA is computed from the signer's own public key and `id`); returns DER. */
export function sm2Sign(
  d: Sm2PrivateKey,
  message: Uint8Array | string,
  id: Uint8Array | string = SM2_DEFAULT_ID,
): Buffer {
  const c = SM2P256V1;
  const e = digestE(c, publicFromPrivate(c, d), message, id);
  for (;;) {
    const sig = signWithNonce(c, d, e, fromBytes(randomBytes(32)));
    if (sig) return encodeSignature(sig.r, sig.s);
  }
}

export function sm2Verify(
  publicKey: Sm2PublicKey,
  message: Uint8Array | string,
  signatureDer: Uint8Array,
  id: Uint8Array | string = SM2_DEFAULT_ID,
): boolean {
  const sig = decodeSignature(signatureDer);
  if (!sig || !isOnCurve(SM2P256V1, publicKey)) return false;
  return verifyRaw(SM2P256V1, publicKey, digestE(SM2P256V1, publicKey, message, id), sig.r, sig.s);
}
