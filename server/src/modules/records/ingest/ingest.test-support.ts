import { createHash, randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Session, TestContext } from '../../../../test/helpers';

/** Test support for the ingest tests (imported by *.test.ts files and the benchmark only). */

/** tus Upload-Metadata: comma-separated `key base64(value)` pairs. */
export function tusMetadata(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([k, v]) => `${k} ${Buffer.from(v, 'utf8').toString('base64')}`)
    .join(',');
}

/** An ISO-BMFF `ftyp` box (brand isom): the first bytes of an MP4 file. */
export const MP4_HEADER = Buffer.from([
  0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70, 0x69, 0x73, 0x6f, 0x6d, 0, 0, 2, 0, 0x69, 0x73, 0x6f, 0x6d, 0x6d, 0x70, 0x34,
  0x31,
]);

/** `size` bytes that sniff as MP4 video (an ftyp box, then random bytes). */
export function mp4Bytes(size: number): Buffer {
  return Buffer.concat([MP4_HEADER, randomBytes(size - MP4_HEADER.length)]);
}

/** A minimal PDF. */
export const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

export const sha256Hex = (b: Buffer) => createHash('sha256').update(b).digest('hex');
export const sm3Hex = (b: Buffer) => createHash('sm3').update(b).digest('hex');

/** A tus client over `app.inject`, signed in as `session`. */
export function tusClient(app: FastifyInstance, session: Session) {
  const base = { cookie: session.cookie, 'x-csrf-token': session.csrf, 'tus-resumable': '1.0.0' };
  return {
    create(size: number, metadata: Record<string, string>, headers: Record<string, string> = {}) {
      return app.inject({
        method: 'POST',
        url: '/api/uploads',
        headers: { ...base, 'upload-length': String(size), 'upload-metadata': tusMetadata(metadata), ...headers },
      });
    },
    head(id: string): Promise<LightMyRequestResponse> {
      return app.inject({ method: 'HEAD', url: `/api/uploads/${id}`, headers: base });
    },
    patch(id: string, offset: number, body: Buffer, headers: Record<string, string> = {}) {
      return app.inject({
        method: 'PATCH',
        url: `/api/uploads/${id}`,
        headers: {
          ...base,
          'content-type': 'application/offset+octet-stream',
          'upload-offset': String(offset),
          ...headers,
        },
        payload: body,
      });
    },
    remove(id: string) {
      return app.inject({ method: 'DELETE', url: `/api/uploads/${id}`, headers: base });
    },
    view(id: string) {
      return app.inject({ method: 'GET', url: `/api/uploads/${id}`, headers: { cookie: session.cookie } });
    },
  };
}

/** The upload id from a creation answer's Location header. */
export function uploadIdOf(res: LightMyRequestResponse): string {
  const location = String(res.headers.location ?? '');
  const id = location.split('/').pop() ?? '';
  if (res.statusCode !== 201 || !id) throw new Error(`creation failed: ${res.statusCode} ${res.body}`);
  return id;
}

/** multipart/form-data body for the simple upload. */
export function multipartBody(fields: Record<string, string>, file: Buffer, filename: string) {
  const boundary = `----zhifa${randomBytes(6).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Direct looks at what ingest left behind (as superuser, past row-level security). */
export function inspect(ctx: TestContext) {
  return {
    async uploadRow(id: string) {
      return (await ctx.superuser.query('SELECT * FROM uploads WHERE id = $1', [id])).rows[0];
    },
    async blobRow(sha256: string) {
      return (await ctx.superuser.query('SELECT * FROM blobs WHERE sha256 = $1', [sha256])).rows[0];
    },
    async events(id: string): Promise<{ event_type: string; payload: Record<string, unknown> }[]> {
      const r = await ctx.superuser.query(
        'SELECT event_type, payload FROM audit_events WHERE stream = $1 ORDER BY seq',
        [`upload:${id}`],
      );
      return r.rows;
    },
    /** The partial file and tus info file of an upload still in the upload folder. */
    async partialFiles(id: string): Promise<string[]> {
      const all = await readdir(ctx.config.storage.uploadDir).catch(() => [] as string[]);
      return all.filter((f) => f.startsWith(id));
    },
  };
}

export const errorOf = (body: string) => JSON.parse(body).error as { code: string; message: string };
