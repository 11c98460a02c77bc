import { execFileSync, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import {
  type AuditEntry,
  type EvidencePackageCheckpoint,
  type EvidencePackageProof,
  signCheckpoint,
  sm2PrivateKeyFromSeed,
  sm2PublicKeyFromPrivate,
  sm2PublicKeyToPem,
} from '@zhifa/ledger';
import { afterAll, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import { buildEvidenceFixture, editJson } from '../../ledger/src/testing/evidence-fixture.js';
import { main } from './cli.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'zhifa-verify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
async function writeZip(entries: Map<string, Buffer>): Promise<string> {
  const file = path.join(dir, `package-${++counter}.zip`);
  const zip = new yazl.ZipFile();
  zip.addEmptyDirectory('files/');
  for (const [name, bytes] of entries) zip.addBuffer(bytes, name);
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(file));
  return file;
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const failedLines = (out: string) => out.split('\n').filter((l) => l.startsWith('✗'));

describe('zhifa-verify', () => {
  it('accepts a fresh package (in process and through `npx zhifa-verify`)', async () => {
    const fx = buildEvidenceFixture();
    const zip = await writeZip(fx.entries);
    const { code, out, err } = await run([zip]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(failedLines(out)).toEqual([]);
    expect(out).toContain(
      `✓ [file] files/${fx.manifest.files[0].sha256} (执法记录仪视频 2026-03-01.mp4)：大小 300000 字节`,
    );
    expect(out).toContain('✓ [checkpoint.signature] 检查点（树大小 11，');
    expect(out).toMatch(/结论：通过 — 全部 \d+ 项检查均通过。/);

    const viaNpx = execFileSync('npx', ['zhifa-verify', zip], { cwd: ROOT, encoding: 'utf8' });
    expect(viaNpx).toContain('结论：通过');
  }, 60_000);

  it('exits 1 through the real bin when a file was altered', async () => {
    const fx = buildEvidenceFixture();
    const f = fx.manifest.files[0];
    fx.entries.set(f.path, Buffer.concat([fx.entries.get(f.path)!, Buffer.from([0])]));
    const r = spawnSync('npx', ['zhifa-verify', await writeZip(fx.entries)], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`✗ [file] files/${f.sha256} (执法记录仪视频 2026-03-01.mp4)：文件已被改动，大小`);
  }, 60_000);

  type Tamper = (fx: ReturnType<typeof buildEvidenceFixture>) => void;
  const other = sm2PrivateKeyFromSeed(Buffer.from('not the platform'));
  const cases: [string, Tamper, (fx: ReturnType<typeof buildEvidenceFixture>) => RegExp[]][] = [
    [
      'one flipped byte in one file',
      (fx) => {
        const f = fx.manifest.files[1];
        const b = Buffer.from(fx.entries.get(f.path)!);
        b[3] ^= 0x20;
        fx.entries.set(f.path, b);
      },
      (fx) => [
        new RegExp(
          `^✗ \\[file\\] files/${fx.manifest.files[1].sha256} \\(现场照片\\\\u000a\\(1\\)\\.jpg\\)：文件已被改动`,
        ),
      ],
    ],
    [
      'a missing file',
      (fx) => fx.entries.delete(fx.manifest.files[0].path),
      (fx) => [
        new RegExp(
          `^✗ \\[file\\] files/${fx.manifest.files[0].sha256} \\(执法记录仪视频 2026-03-01\\.mp4\\)：包内缺少该文件$`,
        ),
      ],
    ],
    [
      'an extra file',
      (fx) => fx.entries.set(`files/${'ab'.repeat(32)}`, Buffer.from('smuggled')),
      () => [new RegExp(`^✗ \\[files.unlisted\\] files/${'ab'.repeat(32)}：未列入清单的文件$`)],
    ],
    [
      'a changed custody payload',
      (fx) =>
        editJson<AuditEntry[]>(fx.entries, 'custody.json', (c) => {
          (c[2].payload as { reason: string | null }).reason = '补录';
        }),
      () => [/^✗ \[custody.entry\] 审计记录 #114（序号 3，RECORD_DOWNLOADED）：内容与哈希值不符，记录已被改动$/],
    ],
    [
      'a broken proof element',
      (fx) =>
        editJson<EvidencePackageProof[]>(fx.entries, 'proofs.json', (p) => {
          const h = Buffer.from(p[1].auditPath[2], 'hex');
          h[31] ^= 0x01;
          p[1].auditPath[2] = h.toString('hex');
        }),
      () => [/^✗ \[proof\] 审计记录 #107 的包含证明：从第 6 号叶到检查点根哈希的审计路径不成立/],
    ],
    [
      'a forged checkpoint signature',
      (fx) =>
        editJson<EvidencePackageCheckpoint>(fx.entries, 'checkpoint.json', (c) => {
          c.signature = signCheckpoint(other, c);
        }),
      () => [/^✗ \[checkpoint.signature\] 检查点（树大小 11，根哈希 [0-9a-f]{16}…，签署于 .*）：SM2 签名无效/],
    ],
    [
      'a different public key',
      (fx) => fx.entries.set('signing-key.pem', Buffer.from(sm2PublicKeyToPem(sm2PublicKeyFromPrivate(other)))),
      () => [
        /^✗ \[checkpoint.keyId\] 检查点（.*）：密钥标识 [0-9a-f]{16} 与签名公钥/,
        /^✗ \[checkpoint.signature\] 检查点/,
      ],
    ],
  ];

  for (const [what, tamper, expected] of cases) {
    it(`exits 1 and names what was altered: ${what}`, async () => {
      const fx = buildEvidenceFixture();
      tamper(fx);
      const { code, out } = await run([await writeZip(fx.entries)]);
      expect(code).toBe(1);
      const failed = failedLines(out);
      const patterns = expected(fx);
      expect(failed).toEqual(patterns.map((p) => expect.stringMatching(p)));
      expect(out).toMatch(/结论：未通过 — \d+ 项检查中 \d+ 项未通过/);
    });
  }

  it('checks the signing key against a trusted key given with --key, and prints JSON with --json', async () => {
    const fx = buildEvidenceFixture();
    const zip = await writeZip(fx.entries);
    const trusted = path.join(dir, 'trusted.pem');
    writeFileSync(trusted, sm2PublicKeyToPem(sm2PublicKeyFromPrivate(fx.signingKey)));
    expect((await run([zip, '--key', trusted])).code).toBe(0);
    const wrong = path.join(dir, 'wrong.pem');
    writeFileSync(wrong, sm2PublicKeyToPem(sm2PublicKeyFromPrivate(other)));
    const r = await run([`--key=${wrong}`, zip]);
    expect(r.code).toBe(1);
    expect(failedLines(r.out)).toEqual([
      expect.stringMatching(/^✗ \[checkpoint.trustedKey\] 签名公钥 signing-key.pem/),
    ]);

    const j = await run([zip, '--json']);
    expect(j.code).toBe(0);
    const parsed = JSON.parse(j.out) as { ok: boolean; keyId: string; checks: { name: string; ok: boolean }[] };
    expect(parsed.ok).toBe(true);
    expect(parsed.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(parsed.checks.every((c) => c.ok)).toBe(true);
  });

  it('exits 2 on usage errors and unreadable packages, 0 on --help', async () => {
    expect((await run(['--help'])).out).toContain('用法：zhifa-verify <证据包.zip>');
    expect((await run(['--help'])).code).toBe(0);
    expect((await run([])).code).toBe(2);
    expect((await run(['a.zip', 'b.zip'])).code).toBe(2);
    expect((await run(['--frobnicate', 'a.zip'])).code).toBe(2);
    expect((await run(['a.zip', '--key'])).code).toBe(2);
    const missing = await run([path.join(dir, 'does-not-exist.zip')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('无法读取证据包');
    const notZip = path.join(dir, 'not-a-zip.zip');
    writeFileSync(notZip, 'this is not a zip file');
    expect((await run([notZip])).code).toBe(2);
  });
});
