import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sm3Hex } from '@zhifa/ledger';
import { describe, expect, it } from 'vitest';
import { buildContent } from './content';
import { sampleInput } from './documents.test-support';
import { documentDocx } from './render';
import { sealDocument, sealKeyFor, sealText, verifySeal } from './seal';
import { latestTemplate } from './templates';

const config = { secretKey: Buffer.alloc(32, 7) };
const AGENCY = '00000000-0000-7000-8000-0000000000a1';
const OTHER = '00000000-0000-7000-8000-0000000000a2';

async function sampleDocx(): Promise<Buffer> {
  const t = latestTemplate('PENALTY_DECISION')!;
  return documentDocx(t, buildContent(t, sampleInput(), { number: '青溪市监罚〔2026〕1号', batch: [], caseDocs: [] }));
}

describe('document seal (SM2 over the SM3 digest of the Word file)', () => {
  it('derives one stable key per agency from the instance secret', () => {
    const a = sealKeyFor(config, AGENCY);
    expect(sealKeyFor({ secretKey: Buffer.alloc(32, 7) }, AGENCY).keyId).toBe(a.keyId);
    expect(sealKeyFor(config, OTHER).keyId).not.toBe(a.keyId);
    expect(sealKeyFor({ secretKey: Buffer.alloc(32, 8) }, AGENCY).keyId).not.toBe(a.keyId);
    expect(a.keyId).toMatch(/^[0-9a-f]{16}$/);
  });

  it('verifies the sealed file and refuses it after a single flipped byte', async () => {
    const docx = await sampleDocx();
    const key = sealKeyFor(config, AGENCY);
    const seal = sealDocument(key, docx);
    expect(seal.digestSm3).toBe(sm3Hex(docx));
    expect(verifySeal(key.publicKey, docx, seal.signature, seal.digestSm3)).toBe(true);
    expect(verifySeal(key.publicKeyPem, docx, seal.signature)).toBe(true);
    for (const at of [0, Math.floor(docx.length / 2), docx.length - 1]) {
      const tampered = Buffer.from(docx);
      tampered[at] ^= 0x01;
      expect(verifySeal(key.publicKey, tampered, seal.signature), `byte ${at}`).toBe(false);
    }
  });

  it("refuses another agency's key, a bad signature and a digest that is not the file's", async () => {
    const docx = await sampleDocx();
    const seal = sealDocument(sealKeyFor(config, AGENCY), docx);
    expect(verifySeal(sealKeyFor(config, OTHER).publicKey, docx, seal.signature)).toBe(false);
    expect(verifySeal(sealKeyFor(config, AGENCY).publicKey, docx, 'not base64!')).toBe(false);
    expect(verifySeal(sealKeyFor(config, AGENCY).publicKey, docx, seal.signature, '0'.repeat(64))).toBe(false);
    expect(verifySeal('-----BEGIN PUBLIC KEY-----\nxx\n-----END PUBLIC KEY-----', docx, seal.signature)).toBe(false);
  });

  it('is checkable with OpenSSL alone (GB/T 32918 default identifier)', async () => {
    const docx = await sampleDocx();
    const key = sealKeyFor(config, AGENCY);
    const seal = sealDocument(key, docx);
    const dir = mkdtempSync(path.join(tmpdir(), 'zhifa-seal-'));
    try {
      const f = (name: string) => path.join(dir, name);
      writeFileSync(f('seal.txt'), sealText(sm3Hex(docx)));
      writeFileSync(f('seal.sig'), Buffer.from(seal.signature, 'base64'));
      writeFileSync(f('pub.pem'), key.publicKeyPem);
      const cmd = `pkeyutl -verify -in ${f('seal.txt')} -sigfile ${f('seal.sig')} -pubin -inkey ${f('pub.pem')} -rawin -digest sm3 -pkeyopt distid:1234567812345678`;
      expect(execFileSync('openssl', cmd.split(' ')).toString()).toContain('Signature Verified Successfully');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
