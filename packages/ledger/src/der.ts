/**
 * The few DER (ITU-T X.690) pieces SM2 keys and signatures need: SEQUENCE, INTEGER, OCTET STRING,
 * BIT STRING, OBJECT IDENTIFIER and context tags. The reader is strict (definite, minimal lengths),
 * because a signature or key that only a lenient parser accepts is not the one that was signed.
 */

export const TAG = {
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  OID: 0x06,
  SEQUENCE: 0x30,
  CONTEXT_0: 0xa0,
  CONTEXT_1: 0xa1,
} as const;

function encodeLength(len: number): Buffer {
  if (len < 0x80) return Buffer.from([len]);
  const bytes: number[] = [];
  for (let l = len; l > 0; l = Math.floor(l / 256)) bytes.unshift(l % 256);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

export function tlv(tag: number, content: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from([tag]), encodeLength(content.length), content]);
}

export function sequence(...items: Uint8Array[]): Buffer {
  return tlv(TAG.SEQUENCE, Buffer.concat(items));
}

/** A non-negative INTEGER in its minimal two's-complement form. */
export function integer(value: bigint): Buffer {
  if (value < 0n) throw new RangeError('DER INTEGER: negative values are not used here');
  let hex = value.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  let bytes = Buffer.from(hex, 'hex');
  if (bytes[0] & 0x80) bytes = Buffer.concat([Buffer.from([0]), bytes]);
  return tlv(TAG.INTEGER, bytes);
}

export function oid(dotted: string): Buffer {
  const parts = dotted.split('.').map((p) => BigInt(p));
  const out: number[] = [];
  const first = parts[0] * 40n + parts[1];
  for (const arc of [first, ...parts.slice(2)]) {
    const chunk: number[] = [Number(arc & 0x7fn)];
    for (let v = arc >> 7n; v > 0n; v >>= 7n) chunk.unshift(Number(v & 0x7fn) | 0x80);
    out.push(...chunk);
  }
  return tlv(TAG.OID, Buffer.from(out));
}

export interface Tlv {
  tag: number;
  content: Buffer;
  /** The whole element, header included. */
  raw: Buffer;
}

export class DerError extends Error {}

/** Reads one element at `offset`; returns it and the offset after it. */
export function readTlv(buf: Buffer, offset: number): { tlv: Tlv; next: number } {
  if (offset + 2 > buf.length) throw new DerError('DER: truncated header');
  const tag = buf[offset];
  if ((tag & 0x1f) === 0x1f) throw new DerError('DER: multi-byte tags are not used here');
  let len = buf[offset + 1];
  let pos = offset + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0) throw new DerError('DER: indefinite length');
    if (n > 4 || pos + n > buf.length) throw new DerError('DER: bad length');
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + buf[pos + i];
    if (buf[pos] === 0 || len < 0x80) throw new DerError('DER: non-minimal length');
    pos += n;
  }
  if (pos + len > buf.length) throw new DerError('DER: truncated content');
  return { tlv: { tag, content: buf.subarray(pos, pos + len), raw: buf.subarray(offset, pos + len) }, next: pos + len };
}

/** Reads the children of a constructed element; they must fill it exactly. */
export function readChildren(content: Buffer): Tlv[] {
  const out: Tlv[] = [];
  let offset = 0;
  while (offset < content.length) {
    const { tlv: t, next } = readTlv(content, offset);
    out.push(t);
    offset = next;
  }
  return out;
}

/** The single element filling `buf` exactly. */
export function readOnly(buf: Buffer, tag: number): Tlv {
  const { tlv: t, next } = readTlv(buf, 0);
  if (next !== buf.length) throw new DerError('DER: trailing bytes');
  if (t.tag !== tag) throw new DerError(`DER: expected tag 0x${tag.toString(16)}, got 0x${t.tag.toString(16)}`);
  return t;
}

export function expectTag(t: Tlv | undefined, tag: number): Tlv {
  if (!t || t.tag !== tag) throw new DerError(`DER: expected tag 0x${tag.toString(16)}`);
  return t;
}

/** A non-negative INTEGER, minimal encoding required. */
export function readInteger(t: Tlv | undefined): bigint {
  const c = expectTag(t, TAG.INTEGER).content;
  if (c.length === 0) throw new DerError('DER: empty INTEGER');
  if (c[0] & 0x80) throw new DerError('DER: negative INTEGER');
  if (c.length > 1 && c[0] === 0 && !(c[1] & 0x80)) throw new DerError('DER: non-minimal INTEGER');
  return BigInt(`0x${c.toString('hex')}`);
}

export function toPem(label: string, der: Buffer): string {
  const b64 = der.toString('base64').replace(/(.{64})/g, '$1\n');
  return `-----BEGIN ${label}-----\n${b64.replace(/\n$/, '')}\n-----END ${label}-----\n`;
}

export function fromPem(label: string, pem: string): Buffer {
  const m = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`).exec(pem);
  if (!m) throw new DerError(`PEM: no ${label} block`);
  const body = m[1].replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body)) throw new DerError('PEM: bad base64');
  return Buffer.from(body, 'base64');
}
