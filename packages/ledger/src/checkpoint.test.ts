import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkpointText, signCheckpoint, verifyCheckpoint } from './checkpoint.js';
import { sm2PrivateKeyFromSeed, sm2PublicKeyFromPrivate, sm2PublicKeyToPem } from './sm2.js';

const d = sm2PrivateKeyFromSeed(Buffer.from('checkpoint test'));
const pub = sm2PublicKeyFromPrivate(d);
const cp = { treeSize: 1234, rootHash: 'a1'.repeat(32), signedAt: '2026-03-01T08:10:00.000Z' };

describe('checkpoint', () => {
  it('has the exact text format', () => {
    expect(checkpointText(cp)).toBe(`zhifa-checkpoint/1\n1234\n${'a1'.repeat(32)}\n2026-03-01T08:10:00.000Z\n`);
    expect(() => checkpointText({ ...cp, rootHash: 'A1'.repeat(32) })).toThrow(RangeError);
    expect(() => checkpointText({ ...cp, treeSize: -1 })).toThrow(RangeError);
    expect(() => checkpointText({ ...cp, signedAt: 'yesterday' })).toThrow(RangeError);
  });

  it('signs and verifies; any changed field or another key is rejected', () => {
    const sig = signCheckpoint(d, cp);
    expect(verifyCheckpoint(pub, cp, sig)).toBe(true);
    expect(verifyCheckpoint(pub, { ...cp, treeSize: 1235 }, sig)).toBe(false);
    expect(verifyCheckpoint(pub, { ...cp, rootHash: 'a2'.repeat(32) }, sig)).toBe(false);
    expect(verifyCheckpoint(pub, { ...cp, signedAt: '2026-03-01T08:10:00.001Z' }, sig)).toBe(false);
    expect(verifyCheckpoint(sm2PublicKeyFromPrivate(sm2PrivateKeyFromSeed(Buffer.from('x'))), cp, sig)).toBe(false);
    expect(verifyCheckpoint(pub, cp, 'not base64!')).toBe(false);
    expect(verifyCheckpoint(pub, { ...cp, rootHash: 'zz' }, sig)).toBe(false);
  });

  it('verifies with the OpenSSL command line alone', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zhifa-cp-'));
    try {
      writeFileSync(path.join(dir, 'cp.txt'), checkpointText(cp));
      writeFileSync(path.join(dir, 'cp.sig'), Buffer.from(signCheckpoint(d, cp), 'base64'));
      writeFileSync(path.join(dir, 'pub.pem'), sm2PublicKeyToPem(pub));
      const f = (name: string) => path.join(dir, name); // no spaces in the temporary path
      const cmd = `pkeyutl -verify -in ${f('cp.txt')} -sigfile ${f('cp.sig')} -pubin -inkey ${f('pub.pem')} -rawin -digest sm3 -pkeyopt distid:1234567812345678`;
      const out = execFileSync('openssl', cmd.split(' ')).toString();
      expect(out).toContain('Signature Verified Successfully');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
