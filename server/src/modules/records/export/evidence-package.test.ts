import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { memoryPackageReader, verifyEvidencePackage } from '@zhifa/ledger';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import yazl from 'yazl';
import { agencyId, call, createTestContext, login, type Session, type TestContext } from '../../../../test/helpers';
import { completedUpload, evidenceBody, officersOf } from '../records.test-support';

const run = promisify(execFile);
const VERIFY_BIN = fileURLToPath(new URL('../../../../../node_modules/.bin/zhifa-verify', import.meta.url));
let ctx: TestContext;
let officer: Session;
let scj: string;
let recordId: string;
let sha256: string;
const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256));

beforeAll(async () => {
  ctx = await createTestContext();
  officer = await login(ctx.app, 'scj.officer');
  scj = await agencyId(ctx, '县市场监管局');
  const u = await completedUpload(ctx, { userId: officer.userId, agencyId: scj, bytes, name: '现场照片.mp4' });
  sha256 = u.sha256;
  const officers = await officersOf(ctx, scj);
  const res = await call(ctx.app, officer, 'POST', '/api/records', evidenceBody(scj, [u.uploadId], [officers[0]]));
  expect(res.statusCode, res.body).toBe(200);
  recordId = res.json().id;
  await call(ctx.app, officer, 'GET', `/api/records/${recordId}`); // a view: one more custody entry
});
afterAll(() => ctx.close());

function unzip(buf: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buf, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const out = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            out.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(out));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

function rezip(entries: Map<string, Buffer>): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const [name, data] of entries) zip.addBuffer(data, name);
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

describe('evidence package (电子证据包)', () => {
  it('exports a zip that the offline verifier accepts; altering one byte of a file is named', async () => {
    const res = await call(ctx.app, officer, 'GET', `/api/records/${recordId}/evidence-package`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(String(res.headers['content-disposition'])).toMatch(/^attachment; filename="evidence-/);
    const entries = await unzip(res.rawPayload);
    expect([...entries.keys()].sort()).toEqual(
      ['checkpoint.json', 'custody.json', `files/${sha256}`, 'manifest.json', 'proofs.json', 'signing-key.pem'].sort(),
    );
    const manifest = JSON.parse(entries.get('manifest.json')!.toString());
    expect(manifest).toMatchObject({
      format: 'zhifa-evidence-package/1',
      agency: { id: scj, name: expect.any(String) },
      record: { id: recordId, kind: 'EVIDENCE', version: 1 },
      files: [{ path: `files/${sha256}`, name: '现场照片.mp4', size: bytes.length, sha256 }],
    });
    expect(entries.get(`files/${sha256}`)!.equals(bytes)).toBe(true);
    const custody = JSON.parse(entries.get('custody.json')!.toString());
    expect(custody.map((e: { eventType: string }) => e.eventType)).toEqual([
      'RECORD_CAPTURED',
      'RECORD_CREATED',
      'RECORD_VIEWED',
      'RECORD_EXPORTED',
    ]);
    const proofs = JSON.parse(entries.get('proofs.json')!.toString());
    const checkpoint = JSON.parse(entries.get('checkpoint.json')!.toString());
    expect(proofs.map((p: { auditEventId: number }) => p.auditEventId)).toEqual(
      custody.map((e: { id: number }) => e.id),
    );
    expect(checkpoint).toMatchObject({ kind: 'MANUAL', keyId: ctx.services.ledger.publicKey().keyId });

    const trustedPublicKeyPem = ctx.services.ledger.publicKey().pem;
    const good = await verifyEvidencePackage(memoryPackageReader(entries), { trustedPublicKeyPem });
    expect(good.checks.filter((c) => !c.ok)).toEqual([]);
    expect(good.ok).toBe(true);

    const altered = new Map(entries);
    const file = Buffer.from(entries.get(`files/${sha256}`)!);
    file[100] ^= 0x01;
    altered.set(`files/${sha256}`, file);
    const zipped = await unzip(await rezip(altered));
    const bad = await verifyEvidencePackage(memoryPackageReader(zipped), { trustedPublicKeyPem });
    expect(bad.ok).toBe(false);
    const failures = bad.checks.filter((c) => !c.ok);
    expect(failures).toHaveLength(1);
    expect(failures[0].detail).toContain(`files/${sha256}`);

    // The standalone command (`npx zhifa-verify`), on the package as downloaded and on the altered one.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'zhifa-pkg-'));
    try {
      await writeFile(path.join(dir, 'good.zip'), res.rawPayload);
      await writeFile(path.join(dir, 'bad.zip'), await rezip(altered));
      await writeFile(path.join(dir, 'key.pem'), trustedPublicKeyPem);
      const ok = await run(process.execPath, [VERIFY_BIN, 'good.zip', '--key', 'key.pem'], { cwd: dir });
      expect(ok.stdout).toContain(`files/${sha256}`);
      const failed = await run(process.execPath, [VERIFY_BIN, 'bad.zip', '--key', 'key.pem'], { cwd: dir }).then(
        () => null,
        (err: { code: number; stdout: string }) => err,
      );
      expect(failed?.code).toBe(1);
      expect(failed?.stdout).toContain(`files/${sha256}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('another agency answers not found; the export is in the custody log and in a signed checkpoint', async () => {
    const other = await login(ctx.app, 'cgj.head');
    const res = await call(ctx.app, other, 'GET', `/api/records/${recordId}/evidence-package`);
    expect(res.statusCode).toBe(404);
    const exported = await ctx.superuser.query(
      `SELECT a.payload, l.leaf_index FROM audit_events a JOIN ledger_leaves l ON l.audit_event_id = a.id
       WHERE a.stream = $1 AND a.event_type = 'RECORD_EXPORTED'`,
      [`record:${recordId}`],
    );
    expect(exported.rows).toHaveLength(1);
    expect(exported.rows[0].payload).toMatchObject({ files: 1, reason: null });
    const cp = (await ctx.services.ledger.latestCheckpoint())!;
    expect(Number(exported.rows[0].leaf_index)).toBeLessThan(cp.treeSize);
  });
});
