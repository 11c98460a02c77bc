// Files of the generator's full-process records: small synthetic evidence photos (PNG), scanned papers (PDF) and
// body-camera clips (an MP4 container), each a real file whose format the app's ingest recognises (sniffFileType),
// written into the local file store exactly where LocalBlobStore keeps objects (<root>/<aa>/<bb>/<sha256>), with the
// `blobs` row the ingest records once per content address (identical content is one object and one row).
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { checkDeclaredFile, type FileKind, sniffFileType } from '@zhifa/domain';
import type { Batch } from './generate-copy';
import type { Rng } from './generate-util';

export type Content = 'PHOTO' | 'SCAN' | 'VIDEO';

export interface StoredBlob {
  sha256: string;
  sm3: string;
  size: number;
  mime: string;
  fileKind: FileKind;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A small greyscale PNG (a shaded scene with grain), about 1.5 KB; the grain makes each one distinct. */
function photo(rng: Rng): Buffer {
  const w = 48 + rng.int(0, 16);
  const h = 36 + rng.int(0, 12);
  const raw = Buffer.alloc((w + 1) * h);
  const light = rng.int(40, 160);
  for (let y = 0; y < h; y++) {
    raw[y * (w + 1)] = 0; // filter: none
    for (let x = 0; x < w; x++) {
      const shade = light + ((x * 64) / w + (y * 32) / h) + (rng.u32() & 15);
      raw[y * (w + 1) + 1 + x] = Math.min(255, shade | 0);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const utf16Hex = (s: string) => `<FEFF${Buffer.from(s, 'utf16le').swap16().toString('hex').toUpperCase()}>`;

/** A one-page PDF (the scan of a paper: its title in the document info, a reference line on the page), ~1 KB. */
function scan(title: string, reference: string): Buffer {
  const text = `BT /F1 10 Tf 40 800 Td (${reference.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Title ${utf16Hex(title)} /Producer (zhifa bench generate) >>`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** An MP4 container (ftyp isom, a free box, an mdat of 2–3 KB): a stand-in for a body-camera clip. */
function clip(rng: Rng): Buffer {
  const ftyp = Buffer.alloc(24);
  ftyp.writeUInt32BE(24, 0);
  ftyp.write('ftypisom', 4, 'ascii');
  ftyp.writeUInt32BE(0x200, 12);
  ftyp.write('isommp41', 16, 'ascii');
  const free = Buffer.from([0, 0, 0, 8, 0x66, 0x72, 0x65, 0x65]);
  const n = 2048 + rng.int(0, 1024);
  const mdat = Buffer.alloc(8 + n);
  mdat.writeUInt32BE(8 + n, 0);
  mdat.write('mdat', 4, 'ascii');
  for (let i = 8; i + 4 <= mdat.length; i += 4) mdat.writeUInt32LE(rng.u32(), i);
  return Buffer.concat([ftyp, free, mdat]);
}

const KIND: Record<Content, FileKind> = { PHOTO: 'IMAGE', SCAN: 'PDF', VIDEO: 'VIDEO' };
export const EXTENSION: Record<Content, string> = { PHOTO: 'png', SCAN: 'pdf', VIDEO: 'mp4' };

/**
 * The local file store as the generator fills it. `pool` > 0 draws each record's file from that many distinct
 * files per kind (written up front, deduplicated by address); 0 gives every record a file of its own.
 */
export class BlobFiles {
  private readonly dirs = new Set<string>();
  private readonly known = new Set<string>();
  private readonly pools = new Map<Content, StoredBlob[]>();
  files = 0;
  bytes = 0;
  /** Bytes the files take on a file system with 4 KiB blocks. */
  allocated = 0;

  constructor(
    readonly root: string,
    private readonly rng: Rng,
    readonly pool: number,
  ) {}

  /** Writes the pool (its `blobs` rows into `batch`, which must be committed before any case batch). */
  fillPool(batch: Batch, at: Date): void {
    if (this.pool <= 0) return;
    for (const c of ['PHOTO', 'SCAN', 'VIDEO'] as const) {
      const list: StoredBlob[] = [];
      for (let i = 0; i < this.pool; i++)
        list.push(this.store(batch, this.make(c, '现场取证材料', `pool ${c} ${i}`), c, at));
      this.pools.set(c, list);
    }
  }

  /** The file of a new record: its own (written now, row in `batch`), or one from the pool. */
  file(batch: Batch, content: Content, title: string, reference: string, at: Date): StoredBlob {
    const pooled = this.pools.get(content);
    if (pooled) return this.rng.pick(pooled);
    return this.store(batch, this.make(content, title, reference), content, at);
  }

  private make(content: Content, title: string, reference: string): Buffer {
    return content === 'PHOTO' ? photo(this.rng) : content === 'SCAN' ? scan(title, reference) : clip(this.rng);
  }

  /** Object first, row second (as the ingest): the bytes are on disk before the batch holding the row commits. */
  private store(batch: Batch, bytes: Buffer, content: Content, at: Date): StoredBlob {
    const fileKind = KIND[content];
    const sniffed = sniffFileType(bytes.subarray(0, 8192));
    const problem = checkDeclaredFile(fileKind, bytes.length, sniffed);
    if (problem || !sniffed) throw new Error(`generated ${content} file refused by the ingest checks: ${problem}`);
    const blob: StoredBlob = {
      sha256: createHash('sha256').update(bytes).digest('hex'),
      sm3: createHash('sm3').update(bytes).digest('hex'),
      size: bytes.length,
      mime: sniffed.mime,
      fileKind,
    };
    if (this.known.has(blob.sha256)) return blob;
    const dir = path.join(this.root, blob.sha256.slice(0, 2), blob.sha256.slice(2, 4));
    if (!this.dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.dirs.add(dir);
    }
    try {
      writeFileSync(path.join(dir, blob.sha256), bytes, { flag: 'wx' });
      this.files++;
      this.bytes += bytes.length;
      this.allocated += Math.ceil(bytes.length / 4096) * 4096;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    this.known.add(blob.sha256);
    batch.add('blobs', [blob.sha256, blob.sm3, blob.size, blob.mime, blob.fileKind, 'LOCAL', at]);
    return blob;
  }
}
