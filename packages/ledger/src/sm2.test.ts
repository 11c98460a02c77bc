import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type Curve,
  decodeSignature,
  digestE,
  encodeSignature,
  publicFromPrivate,
  SM2_DEFAULT_ID,
  SM2P256V1,
  signWithNonce,
  sm2GeneratePrivateKey,
  sm2KeyId,
  sm2PrivateKeyFromHex,
  sm2PrivateKeyFromPem,
  sm2PrivateKeyFromSeed,
  sm2PrivateKeyToHex,
  sm2PrivateKeyToPem,
  sm2PublicKeyFromDer,
  sm2PublicKeyFromPem,
  sm2PublicKeyFromPrivate,
  sm2PublicKeyToDer,
  sm2PublicKeyToPem,
  sm2Sign,
  sm2Verify,
  verifyRaw,
  za,
} from './sm2.js';
import { sm3Hex } from './sm3.js';

const h = (s: string) => BigInt(`0x${s.replace(/\s/g, '')}`);
const hex64 = (v: bigint) => v.toString(16).padStart(64, '0');

describe('sm2: published examples', () => {
  it('GB/T 32918.2-2016 Annex A.2 (Fp-256 test curve, ID ALICE123@YAHOO.COM): key, ZA, e, r and s', () => {
    const T: Curve = {
      p: h('8542D69E 4C044F18 E8B92435 BF6FF7DE 45728391 5C45517D 722EDB8B 08F1DFC3'),
      a: h('787968B4 FA32C3FD 2417842E 73BBFEFF 2F3C848B 6831D7E0 EC65228B 3937E498'),
      b: h('63E4C6D3 B23B0C84 9CF84241 484BFE48 F61D59A5 B16BA06E 6E12D1DA 27C5249A'),
      n: h('8542D69E 4C044F18 E8B92435 BF6FF7DD 29772063 0485628D 5AE74EE7 C32E79B7'),
      gx: h('421DEBD6 1B62EAB6 746434EB C3CC315E 32220B3B ADD50BDC 4C4E6C14 7FEDD43D'),
      gy: h('0680512B CBB42C07 D47349D2 153B70C4 E5D7FDFC BFA36EA1 A85841B9 E46E09A2'),
    };
    const id = 'ALICE123@YAHOO.COM';
    const d = h('128B2FA8 BD433C6C 068C8D80 3DFF7979 2A519A55 171B1B65 0C23661D 15897263');
    const P = publicFromPrivate(T, d);
    expect(hex64(P.x)).toBe(hex64(h('0AE4C779 8AA0F119 471BEE11 825BE462 02BB79E2 A5844495 E97C04FF 4DF2548A')));
    expect(hex64(P.y)).toBe(hex64(h('7C0240F8 8F1CD4E1 6352A73C 17B7F16F 07353E53 A176D684 A9FE0C6B B798E857')));
    expect(za(T, P, id).toString('hex')).toBe('f4a38489e32b45b6f876e3ac2168ca392362dc8f23459c1d1146fc3dbfb7bc9a');
    const e = digestE(T, P, 'message digest', id);
    expect(hex64(e)).toBe('b524f552cd82b8b028476e005c377fb19a87e6fc682d48bb5d42e3d9b9effe76');
    const sig = signWithNonce(T, d, e, h('6CB28D99 385C175C 94F94E93 4817663F C176D925 DD72B727 260DBAAE 1FB2F96F'));
    expect(hex64(sig!.r)).toBe('40f1ec59f793d9f49e09dcef49130d4194f79fb1eed2caa55bacdb49c4e755d1');
    expect(hex64(sig!.s)).toBe('6fc6dac32c5d5cf10c77dfb20f7c2eb667a457872fb09ec56327a67ec7deebe7');
    expect(verifyRaw(T, P, e, sig!.r, sig!.s)).toBe(true);
    expect(verifyRaw(T, P, e + 1n, sig!.r, sig!.s)).toBe(false);
  });

  it('the published sm2p256v1 example (GM/T 0003.5; ID 1234567812345678, "message digest")', () => {
    const d = sm2PrivateKeyFromHex('3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8');
    const P = sm2PublicKeyFromPrivate(d);
    expect(hex64(P.x)).toBe('09f9df311e5421a150dd7d161e4bc5c672179fad1833fc076bb08ff356f35020');
    expect(hex64(P.y)).toBe('ccea490ce26775a52dc6ea718cc1aa600aed05fbf35e084a6632f6072da9ad13');
    expect(za(SM2P256V1, P, SM2_DEFAULT_ID).toString('hex')).toBe(
      'b2e14c5c79c6df5b85f4fe7ed8db7a262b9da7e07ccb0ea9f4747b8ccda8a4f3',
    );
    const e = digestE(SM2P256V1, P, 'message digest', SM2_DEFAULT_ID);
    expect(hex64(e)).toBe('f0b43e94ba45accaace692ed534382eb17e6ab5a19ce7b31f4486fdfc0d28640');
    const sig = signWithNonce(SM2P256V1, d, e, h('59276E27D506861A16680F3AD9C02DCCEF3CC1FA3CDBE4CE6D54B80DEAC1BC21'));
    expect(hex64(sig!.r)).toBe('f5a03b0648d2c4630eeac513e1bb81a15944da3827d5b74143ac7eaceee720b3');
    expect(hex64(sig!.s)).toBe('b1b6aa29df212fd8763182bc0d421ca1bb9038fd1f7f42d4840b69c485bbc1aa');
    const der = encodeSignature(sig!.r, sig!.s);
    expect(sm2Verify(P, 'message digest', der)).toBe(true);
    expect(sm2Verify(P, 'message digesT', der)).toBe(false);
    expect(sm2Verify(P, 'message digest', der, 'ALICE123@YAHOO.COM')).toBe(false);
  });
});

describe('sm2: interoperability with the OpenSSL command line', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'zhifa-sm2-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string) => path.join(dir, name);
  const openssl = (...args: string[]) =>
    execFileSync('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  // Temporary paths contain no spaces, so each command line is written out as one string.
  const run = (cmd: string) => openssl(...cmd.split(' '));
  const opensslVerifies = (pub: string, msg: string, sig: string, distid = SM2_DEFAULT_ID) => {
    try {
      const out = run(
        `pkeyutl -verify -in ${msg} -sigfile ${sig} -pubin -inkey ${pub} -rawin -digest sm3 -pkeyopt distid:${distid}`,
      );
      return out.includes('Signature Verified Successfully');
    } catch {
      return false;
    }
  };
  const opensslSign = (key: string, msg: string, out: string) =>
    run(`pkeyutl -sign -in ${msg} -inkey ${key} -out ${out} -rawin -digest sm3 -pkeyopt distid:${SM2_DEFAULT_ID}`);
  const message = Buffer.from(`zhifa-checkpoint/1\n42\n${'ab'.repeat(32)}\n2026-03-01T08:00:00.000Z\n执法\n`);
  writeFileSync(file('msg'), message);
  writeFileSync(file('msg2'), Buffer.concat([message, Buffer.from('x')]));

  it('(a) OpenSSL verifies our signatures, and rejects a changed message or identifier', () => {
    const d = sm2GeneratePrivateKey();
    writeFileSync(file('our-pub.pem'), sm2PublicKeyToPem(sm2PublicKeyFromPrivate(d)));
    for (let i = 0; i < 3; i++) {
      writeFileSync(file('our.sig'), sm2Sign(d, message));
      expect(opensslVerifies(file('our-pub.pem'), file('msg'), file('our.sig'))).toBe(true);
    }
    expect(opensslVerifies(file('our-pub.pem'), file('msg2'), file('our.sig'))).toBe(false);
    expect(opensslVerifies(file('our-pub.pem'), file('msg'), file('our.sig'), '1234567812345679')).toBe(false);
  });

  it('(b) we verify OpenSSL signatures made with an OpenSSL-generated key and read both of its PEM files', () => {
    openssl('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:SM2', '-out', file('key.pem'));
    openssl('pkey', '-in', file('key.pem'), '-pubout', '-out', file('pub.pem'));
    const pubPem = readFileSync(file('pub.pem'), 'utf8');
    const pub = sm2PublicKeyFromPem(pubPem);
    expect(sm2PublicKeyToPem(pub)).toBe(pubPem); // byte-identical SubjectPublicKeyInfo
    const d = sm2PrivateKeyFromPem(readFileSync(file('key.pem'), 'utf8'));
    expect(sm2PublicKeyFromPrivate(d)).toEqual(pub);
    expect(sm2PrivateKeyToPem(d)).toBe(readFileSync(file('key.pem'), 'utf8')); // byte-identical PKCS#8
    for (let i = 0; i < 3; i++) {
      opensslSign(file('key.pem'), file('msg'), file('ossl.sig'));
      const sig = readFileSync(file('ossl.sig'));
      expect(sm2Verify(pub, message, sig)).toBe(true);
      expect(sm2Verify(pub, Buffer.concat([message, Buffer.from('x')]), sig)).toBe(false);
      expect(sm2Verify(pub, message, sig, 'ALICE123@YAHOO.COM')).toBe(false);
      const bent = Buffer.from(sig);
      bent[bent.length - 1] ^= 1;
      expect(sm2Verify(pub, message, bent)).toBe(false);
      expect(sm2Verify(sm2PublicKeyFromPrivate(sm2GeneratePrivateKey()), message, sig)).toBe(false);
    }
  });

  it('(c) OpenSSL accepts our PEM private key: same public key, and its signatures verify here', () => {
    const d = sm2GeneratePrivateKey();
    writeFileSync(file('our-key.pem'), sm2PrivateKeyToPem(d));
    expect(openssl('pkey', '-in', file('our-key.pem'), '-pubout')).toBe(sm2PublicKeyToPem(sm2PublicKeyFromPrivate(d)));
    expect(openssl('pkey', '-in', file('our-key.pem'), '-check', '-noout')).toContain('Key is valid');
    opensslSign(file('our-key.pem'), file('msg'), file('ours-by-ossl.sig'));
    expect(sm2Verify(sm2PublicKeyFromPrivate(d), message, readFileSync(file('ours-by-ossl.sig')))).toBe(true);
  });
});

describe('sm2: signatures and keys', () => {
  const d = sm2PrivateKeyFromSeed(Buffer.from('zhifa test key'));
  const P = sm2PublicKeyFromPrivate(d);

  it('round-trips random messages and rejects any one-bit change of message or signature', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.nat(), (msg, pick) => {
        const sig = sm2Sign(d, msg);
        expect(sm2Verify(P, msg, sig)).toBe(true);
        const bent = Buffer.from(sig);
        bent[pick % bent.length] ^= 1 << (pick % 8);
        expect(sm2Verify(P, msg, bent)).toBe(false);
        const other = Buffer.concat([Buffer.from(msg), Buffer.from([pick % 256])]);
        expect(sm2Verify(P, other, sig)).toBe(false);
      }),
      { numRuns: 15 },
    );
  });

  it('signs with a fresh nonce each time', () => {
    expect(sm2Sign(d, 'same').equals(sm2Sign(d, 'same'))).toBe(false);
  });

  it('refuses non-DER and out-of-range signatures', () => {
    const sig = decodeSignature(sm2Sign(d, 'm'))!;
    const n = SM2P256V1.n;
    expect(sm2Verify(P, 'm', encodeSignature(sig.r, sig.s))).toBe(true);
    expect(sm2Verify(P, 'm', encodeSignature(sig.r + n, sig.s))).toBe(false);
    expect(sm2Verify(P, 'm', encodeSignature(sig.r, sig.s + n))).toBe(false);
    expect(sm2Verify(P, 'm', encodeSignature(0n, sig.s))).toBe(false);
    expect(sm2Verify(P, 'm', encodeSignature(sig.r, n - sig.r))).toBe(false); // t = 0
    const der = encodeSignature(sig.r, sig.s);
    expect(sm2Verify(P, 'm', Buffer.concat([der, Buffer.from([0])]))).toBe(false); // trailing byte
    expect(sm2Verify(P, 'm', der.subarray(0, der.length - 1))).toBe(false);
    expect(sm2Verify(P, 'm', Buffer.alloc(0))).toBe(false);
    // A non-minimal INTEGER (extra leading zero) is refused even though r is the same number.
    const rHex = sig.r.toString(16).padStart(64, '0');
    const padded = Buffer.from(`02${(33 + 1).toString(16)}0000${rHex}`, 'hex');
    const body = Buffer.concat([padded, der.subarray(2 + der[3] + 2)]);
    expect(sm2Verify(P, 'm', Buffer.concat([Buffer.from([0x30, body.length]), body]))).toBe(false);
  });

  it('refuses public keys off the curve', () => {
    const sig = sm2Sign(d, 'm');
    expect(sm2Verify({ x: P.x, y: P.y + 1n }, 'm', sig)).toBe(false);
    const der = sm2PublicKeyToDer(P);
    der[der.length - 1] ^= 1;
    expect(() => sm2PublicKeyFromDer(der)).toThrow(/not on the curve/);
  });

  it('reads compressed points', () => {
    const spki = sm2PublicKeyToDer(P); // 30 59 | 30 13 <algorithm> | 03 42 00 04 <x> <y>
    expect(spki[23]).toBe(0x03);
    const point = Buffer.concat([
      Buffer.from([P.y & 1n ? 0x03 : 0x02]),
      spki.subarray(spki.length - 64, spki.length - 32),
    ]);
    const alg = spki.subarray(2, 23);
    const bits = Buffer.concat([Buffer.from([0x03, point.length + 1, 0]), point]);
    const body = Buffer.concat([alg, bits]);
    expect(sm2PublicKeyFromDer(Buffer.concat([Buffer.from([0x30, body.length]), body]))).toEqual(P);
  });

  it('validates and converts private keys', () => {
    const n = SM2P256V1.n;
    expect(() => sm2PrivateKeyFromHex('0')).toThrow(RangeError);
    expect(() => sm2PrivateKeyFromHex((n - 1n).toString(16))).toThrow(RangeError);
    expect(() => sm2PrivateKeyFromHex('xyz')).toThrow(RangeError);
    expect(sm2PrivateKeyFromHex((n - 2n).toString(16))).toBe(n - 2n);
    expect(sm2PrivateKeyFromHex(sm2PrivateKeyToHex(d))).toBe(d);
    expect(sm2PrivateKeyToHex(1n)).toBe(`${'0'.repeat(63)}1`);
    expect(sm2PrivateKeyFromSeed(Buffer.from('zhifa test key'))).toBe(d);
    expect(sm2PrivateKeyFromSeed(Buffer.from('another'))).not.toBe(d);
    expect(sm2PrivateKeyFromPem(sm2PrivateKeyToPem(d))).toBe(d);
  });

  it('key id = first 16 hex characters of SM3 over the DER SubjectPublicKeyInfo', () => {
    expect(sm2KeyId(P)).toBe(sm3Hex(sm2PublicKeyToDer(P)).slice(0, 16));
    expect(sm2KeyId(P)).toMatch(/^[0-9a-f]{16}$/);
  });
});
