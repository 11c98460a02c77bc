import { addMonths, todayInShanghai } from '@zhifa/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { agencyId, call, createTestContext, login, type Session, type TestContext } from '../../../test/helpers';
import { parseRange } from './records.files';
import { avBody, avMetadataBody, completedUpload, evidenceBody, officersOf } from './records.test-support';

let ctx: TestContext;
let officer: Session;
let head: Session;
let cgjHead: Session;
let supervisor: Session;
let auditAdmin: Session;
let scj: string;
let cgj: string;
let scjOfficers: string[];
let cgjOfficers: string[];
const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));

beforeAll(async () => {
  ctx = await createTestContext();
  [officer, head, cgjHead, supervisor, auditAdmin] = await Promise.all(
    ['scj.officer', 'scj.head', 'cgj.head', 'sfj.supervisor', 'auditadmin'].map((u) => login(ctx.app, u)),
  );
  scj = await agencyId(ctx, '县市场监管局');
  cgj = await agencyId(ctx, '县城管执法局');
  scjOfficers = await officersOf(ctx, scj);
  cgjOfficers = await officersOf(ctx, cgj);
});
afterAll(() => ctx.close());

const upload = (s: Session, agency: string, data: Buffer = bytes, name?: string) =>
  completedUpload(ctx, { userId: s.userId, agencyId: agency, bytes: data, name });

/** A record of fresh bytes (a distinct object each time). */
async function newEvidence(over = {}) {
  const data = Buffer.concat([bytes, Buffer.from(Math.random().toString())]);
  const u = await upload(officer, scj, data);
  const res = await call(
    ctx.app,
    officer,
    'POST',
    '/api/records',
    evidenceBody(scj, [u.uploadId], [scjOfficers[0]], over),
  );
  expect(res.statusCode, res.body).toBe(200);
  return { record: res.json(), upload: u, data };
}

const events = async (recordId: string, type: string) =>
  (
    await ctx.superuser.query('SELECT * FROM audit_events WHERE stream = $1 AND event_type = $2 ORDER BY seq', [
      `record:${recordId}`,
      type,
    ])
  ).rows;

describe('creating records', () => {
  it('creates an evidence record from a completed upload: version 1, files with digests, custody events', async () => {
    const u = await upload(officer, scj, bytes, '现场照片<1>.mp4');
    const res = await call(
      ctx.app,
      officer,
      'POST',
      '/api/records',
      evidenceBody(scj, [u.uploadId], scjOfficers.slice(0, 2)),
    );
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r).toMatchObject({ kind: 'EVIDENCE', agencyId: scj, status: 'ACTIVE', currentVersion: 1, fileCount: 1 });
    expect(r.retainUntil).toBe(addMonths(todayInShanghai(new Date()), 6));
    expect(r.files[0]).toMatchObject({ sha256: u.sha256, sm3: u.sm3, size: 1000, originalName: '现场照片<1>.mp4' });
    expect(r.files[0].contentUrl).toBe(`/api/records/${r.id}/files/${r.files[0].id}/content`);
    expect(r.versions).toEqual([expect.objectContaining({ version: 1, reason: '创建', createdByName: '王志强' })]);
    expect(r.custody.map((e: { label: string }) => e.label)).toEqual(['采集', '入库']);
    const [captured] = await events(r.id, 'RECORD_CAPTURED');
    expect(captured.payload).toEqual({ capturedAt: '2026-03-02T10:15:00+08:00', by: scjOfficers.slice(0, 2) });
    const [created] = await events(r.id, 'RECORD_CREATED');
    expect(created.payload.files).toEqual([{ sha256: u.sha256, sm3: u.sm3, size: 1000 }]);
    expect(created.agency_id).toBe(scj);
  });

  it('creates an audio-video record; a recording gap without a reason is refused with the field path', async () => {
    const u = await upload(officer, scj, Buffer.from('av-record-bytes'));
    const gapless = avMetadataBody([scjOfficers[0]], {
      gaps: [{ from: '2026-03-02T09:20:00+08:00', to: '2026-03-02T09:22:00+08:00' }],
    });
    const bad = await call(ctx.app, officer, 'POST', '/api/records', {
      ...avBody(scj, [u.uploadId], [scjOfficers[0]]),
      metadata: gapless,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toContainEqual({ path: 'metadata.gaps.0.reason', message: '请说明中断原因' });
    const blank = await call(ctx.app, officer, 'POST', '/api/records', {
      ...avBody(scj, [u.uploadId], [scjOfficers[0]]),
      metadata: avMetadataBody([scjOfficers[0]], {
        gaps: [{ from: '2026-03-02T09:20:00+08:00', to: '2026-03-02T09:22:00+08:00', reason: '  ' }],
      }),
    });
    expect(blank.json().error.fields).toContainEqual({
      path: 'metadata.gaps.0.reason',
      message: '每一段中断都必须说明原因',
    });
    const ok = await call(ctx.app, officer, 'POST', '/api/records', avBody(scj, [u.uploadId], [scjOfficers[0]]));
    expect(ok.statusCode, ok.body).toBe(200);
    const r = ok.json();
    expect(r.kind).toBe('AV_RECORD');
    expect(r.metadata.gaps[0].reason).toBe('更换电池');
    const [captured] = await events(r.id, 'RECORD_CAPTURED');
    expect(captured.payload.capturedAt).toBe('2026-03-02T09:00:00+08:00');
  });

  it("refuses another user's upload, another agency's upload, an unfinished or already attached upload", async () => {
    const ofHead = await upload(head, scj, Buffer.from('uploaded by the head'));
    const ofCgj = await upload(cgjHead, cgj, Buffer.from('uploaded in another agency'));
    const unfinished = await completedUpload(ctx, {
      userId: officer.userId,
      agencyId: scj,
      bytes: Buffer.from('half'),
      status: 'RECEIVING',
    });
    for (const id of [ofHead.uploadId, ofCgj.uploadId, unfinished.uploadId, 'no-such-upload']) {
      const res = await call(ctx.app, officer, 'POST', '/api/records', evidenceBody(scj, [id], [scjOfficers[0]]));
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields[0].path).toBe('uploadIds.0');
    }
    // the head of the other agency cannot attach its own upload to a record of this agency either
    const cross = await call(
      ctx.app,
      cgjHead,
      'POST',
      '/api/records',
      evidenceBody(scj, [ofCgj.uploadId], [scjOfficers[0]]),
    );
    expect(cross.statusCode).toBe(403);
    const { upload: used } = await newEvidence();
    const again = await call(
      ctx.app,
      officer,
      'POST',
      '/api/records',
      evidenceBody(scj, [used.uploadId], [scjOfficers[0]]),
    );
    expect(again.statusCode).toBe(400);
    expect(again.json().error.fields[0]).toEqual({ path: 'uploadIds.0', message: '该上传文件已添加到其他记录' });
    const n = await ctx.superuser.query("SELECT count(*)::int AS n FROM records WHERE title = '超市现场检查照片'");
    expect(n.rows[0].n).toBe(2);
  });

  it('refuses collectors who are not officers of the agency', async () => {
    const u = await upload(officer, scj, Buffer.from('collector check'));
    const res = await call(ctx.app, officer, 'POST', '/api/records', evidenceBody(scj, [u.uploadId], [cgjOfficers[0]]));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([
      { path: 'metadata.collectedBy.0', message: '所选人员不是本执法主体的执法人员' },
    ]);
  });
});

describe('metadata versions', () => {
  it('an edit adds version 2 and keeps version 1; metadata of the other kind is refused', async () => {
    const { record } = await newEvidence();
    const metadata = { ...record.metadata, description: '货架上过期食品的照片（补充货号）' };
    const res = await call(ctx.app, officer, 'PATCH', `/api/records/${record.id}/metadata`, {
      reason: '补充货号',
      title: '超市现场检查照片（修订）',
      metadata,
    });
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    expect(r.currentVersion).toBe(2);
    expect(r.title).toBe('超市现场检查照片（修订）');
    expect(r.metadata.description).toBe('货架上过期食品的照片（补充货号）');
    expect(r.versions.map((v: { version: number; reason: string }) => [v.version, v.reason])).toEqual([
      [1, '创建'],
      [2, '补充货号'],
    ]);
    expect(r.versions[0].metadata.description).toBe('货架上过期食品的照片');
    expect((await events(record.id, 'RECORD_METADATA_EDITED'))[0].payload).toEqual({ version: 2, reason: '补充货号' });
    const wrongKind = await call(ctx.app, officer, 'PATCH', `/api/records/${record.id}/metadata`, {
      reason: '误填',
      metadata: avMetadataBody([scjOfficers[0]]),
    });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().error.fields[0].path).toMatch(/^metadata/);
    // the version table is append-only even for the application role's owner rules
    await expect(
      ctx.superuser.query("UPDATE record_versions SET reason = 'x' WHERE record_id = $1", [record.id]),
    ).rejects.toThrow();
  });
});

describe('access: views, restricted records, the access register', () => {
  it('a view writes the access record with who, when and IP; the register shows it to supervisor and audit admin', async () => {
    const { record } = await newEvidence();
    const res = await call(ctx.app, head, 'GET', `/api/records/${record.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().custody.at(-1)).toMatchObject({
      action: 'VIEW',
      label: '调阅',
      actorName: '周建国',
      ip: '127.0.0.1',
    });
    const [viewed] = await events(record.id, 'RECORD_VIEWED');
    expect(viewed).toMatchObject({ actor_user_id: head.userId, ip: '127.0.0.1', agency_id: scj });
    for (const s of [supervisor, auditAdmin]) {
      const reg = await call(ctx.app, s, 'GET', `/api/access-register?recordId=${record.id}`);
      expect(reg.statusCode, reg.body).toBe(200);
      expect(reg.json().items[0]).toMatchObject({
        eventType: 'RECORD_VIEWED',
        label: '调阅',
        actorName: '周建国',
        ip: '127.0.0.1',
        recordId: record.id,
        recordTitle: '超市现场检查照片',
        agencyName: '青溪县市场监督管理局',
      });
    }
    expect((await call(ctx.app, head, 'GET', '/api/access-register')).statusCode).toBe(403);
    const share = await call(ctx.app, officer, 'POST', `/api/records/${record.id}/share`, {
      to: '青溪县人民法院',
      reason: '行政诉讼举证',
    });
    expect(share.statusCode).toBe(200);
    const reg = await call(ctx.app, auditAdmin, 'GET', `/api/access-register?recordId=${record.id}&actor=王志强`);
    expect(reg.json().items[0]).toMatchObject({
      eventType: 'RECORD_SHARED',
      to: '青溪县人民法院',
      reason: '行政诉讼举证',
    });
  });

  it('a restricted record needs a reason to view, stream or download; the reason is stored', async () => {
    const { record } = await newEvidence({ restricted: true });
    const file = record.files[0];
    const noReason = await call(ctx.app, head, 'GET', `/api/records/${record.id}`);
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error).toMatchObject({
      code: 'VALIDATION',
      message: '查看受限记录须说明调阅理由',
      fields: [{ path: 'reason', message: '查看受限记录须说明调阅理由' }],
    });
    expect((await call(ctx.app, head, 'GET', file.contentUrl)).statusCode).toBe(400);
    expect((await call(ctx.app, head, 'GET', file.downloadUrl)).statusCode).toBe(400);
    const reason = encodeURIComponent('案件审核需要');
    const ok = await call(ctx.app, head, 'GET', `/api/records/${record.id}?reason=${reason}`);
    expect(ok.statusCode).toBe(200);
    expect(ok.json().custody.at(-1).reason).toBe('案件审核需要');
    expect((await call(ctx.app, head, 'GET', `${file.downloadUrl}?reason=${reason}`)).statusCode).toBe(200);
    expect((await events(record.id, 'RECORD_VIEWED'))[0].payload).toEqual({ reason: '案件审核需要' });
    expect((await events(record.id, 'RECORD_DOWNLOADED'))[0].payload.reason).toBe('案件审核需要');
  });
});

describe('files: player ranges and downloads', () => {
  it('serves ranges (first bytes, middle, suffix), refuses an unsatisfiable range, records one stream a minute', async () => {
    const { record, upload: u, data: source } = await newEvidence();
    const url = record.files[0].contentUrl;
    const size = u.size;
    const full = await call(ctx.app, officer, 'GET', url);
    expect(full.statusCode).toBe(200);
    expect(full.rawPayload.length).toBe(size);
    expect(full.headers).toMatchObject({
      'content-type': 'video/mp4',
      'accept-ranges': 'bytes',
      'x-content-type-options': 'nosniff',
      'content-length': String(size),
    });
    expect(full.headers['content-disposition']).toMatch(
      /^inline; filename="recording.mp4"; filename\*=UTF-8''recording.mp4$/,
    );
    const ranged = (range: string) =>
      ctx.app.inject({ method: 'GET', url, headers: { cookie: officer.cookie, range } });
    const first = await ranged('bytes=0-9');
    expect(first.statusCode).toBe(206);
    expect(first.headers['content-range']).toBe(`bytes 0-9/${size}`);
    expect(first.rawPayload).toEqual(source.subarray(0, 10));
    const middle = await ranged('bytes=100-199');
    expect(middle.statusCode).toBe(206);
    expect(middle.headers['content-length']).toBe('100');
    expect(middle.rawPayload).toEqual(source.subarray(100, 200));
    const suffix = await ranged('bytes=-10');
    expect(suffix.statusCode).toBe(206);
    expect(suffix.headers['content-range']).toBe(`bytes ${size - 10}-${size - 1}/${size}`);
    expect(suffix.rawPayload.length).toBe(10);
    const beyond = await ranged(`bytes=${size + 5}-`);
    expect(beyond.statusCode).toBe(416);
    expect(beyond.headers['content-range']).toBe(`bytes */${size}`);
    expect(beyond.json().error.code).toBe('RANGE_NOT_SATISFIABLE');
    expect(await events(record.id, 'RECORD_STREAMED')).toHaveLength(1);
  });

  it('downloads as an attachment with an RFC 5987 name, nosniff, and a download record', async () => {
    const u = await upload(officer, scj, Buffer.from('download me'), '询问笔录"a\r\nb";.html');
    const res = await call(ctx.app, officer, 'POST', '/api/records', evidenceBody(scj, [u.uploadId], [scjOfficers[0]]));
    const record = res.json();
    expect(record.files[0].originalName).toBe('询问笔录"ab";.html');
    const dl = await call(ctx.app, officer, 'GET', record.files[0].downloadUrl);
    expect(dl.statusCode).toBe(200);
    expect(dl.body).toBe('download me');
    expect(dl.headers['x-content-type-options']).toBe('nosniff');
    expect(dl.headers['content-disposition']).toBe(
      `attachment; filename="_____ab__.html.mp4"; filename*=UTF-8''${encodeURIComponent('询问笔录"ab";.html.mp4')}`,
    );
    const [downloaded] = await events(record.id, 'RECORD_DOWNLOADED');
    expect(downloaded.payload).toEqual({ fileId: record.files[0].id, sha256: u.sha256, reason: null });
  });
});

describe('scope: other agencies and the supervisor', () => {
  it("another agency's head gets 404 for the record, its file, its metadata; the list does not show it", async () => {
    const { record } = await newEvidence();
    for (const url of [`/api/records/${record.id}`, record.files[0].contentUrl, record.files[0].downloadUrl]) {
      const res = await call(ctx.app, cgjHead, 'GET', url);
      expect(res.statusCode, url).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
    const edit = await call(ctx.app, cgjHead, 'PATCH', `/api/records/${record.id}/metadata`, {
      reason: '越权',
      metadata: record.metadata,
    });
    expect(edit.statusCode).toBe(404);
    expect(
      (await call(ctx.app, cgjHead, 'POST', `/api/records/${record.id}/legal-hold`, { hold: true, reason: 'x' }))
        .statusCode,
    ).toBe(404);
    const list = await call(ctx.app, cgjHead, 'GET', '/api/records?pageSize=200');
    expect(list.json().items.map((x: { id: string }) => x.id)).not.toContain(record.id);
  });

  it('the supervisor reads the records of the county but cannot edit them', async () => {
    const { record } = await newEvidence();
    const list = await call(ctx.app, supervisor, 'GET', `/api/records?q=${encodeURIComponent('超市')}&pageSize=200`);
    expect(list.statusCode).toBe(200);
    const item = list.json().items.find((x: { id: string }) => x.id === record.id);
    expect(item).toMatchObject({ agencyName: '青溪县市场监督管理局', fileCount: 1, integrity: 'UNCHECKED' });
    expect(list.json().abilities.create).toBe(false);
    const detail = await call(ctx.app, supervisor, 'GET', `/api/records/${record.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().abilities).toEqual({
      editMetadata: false,
      setLegalHold: false,
      requestDisposal: false,
      approveDisposal: false,
      exportPackage: true,
    });
    const edit = await call(ctx.app, supervisor, 'PATCH', `/api/records/${record.id}/metadata`, {
      reason: '监督修改',
      metadata: record.metadata,
    });
    expect(edit.statusCode).toBe(403);
    const search = await call(ctx.app, supervisor, 'GET', '/api/records?q=%25');
    expect(search.json().total).toBe(0);
  });
});

describe('parseRange (RFC 9110 §14)', () => {
  it('clips, takes suffixes, ignores bad syntax and several ranges, refuses what lies beyond the end', () => {
    expect(parseRange(undefined, 100)).toBeNull();
    expect(parseRange('bytes=0-9', 100)).toEqual({ start: 0, end: 9 });
    expect(parseRange('bytes=90-', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=90-1000', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=-1000', 100)).toEqual({ start: 0, end: 99 });
    expect(parseRange('bytes=100-', 100)).toBe('unsatisfiable');
    expect(parseRange('bytes=-0', 100)).toBe('unsatisfiable');
    expect(parseRange('bytes=0-', 0)).toBe('unsatisfiable');
    for (const bad of ['bytes=9-0', 'bytes=0-1,5-6', 'items=0-1', 'bytes=-', 'bytes=a-b']) {
      expect(parseRange(bad, 100), bad).toBeNull();
    }
  });
});
