import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkDeclaredFile,
  describeSizeLimit,
  FILE_KIND_LABELS,
  FILE_KINDS,
  FILE_SIZE_LIMITS,
  type FileKind,
  isFileKind,
  SNIFF_BYTES,
  sniffFileType,
  zipEntryNames,
} from './filetypes.js';

// Byte fixtures, built here so that each test shows exactly which bytes make the format.
const bytes = (...parts: (string | number[] | Uint8Array)[]): Uint8Array => {
  const chunks = parts.map((p) =>
    typeof p === 'string'
      ? [...p].some((c) => c.charCodeAt(0) > 0xff)
        ? new TextEncoder().encode(p)
        : new Uint8Array([...p].map((c) => c.charCodeAt(0)))
      : Uint8Array.from(p),
  );
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};
const padTo = (b: Uint8Array, n: number, fill = 0): Uint8Array => {
  const out = new Uint8Array(Math.max(n, b.length)).fill(fill);
  out.set(b);
  return out;
};
const be32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const le16 = (n: number) => [n & 255, (n >>> 8) & 255];
const le32 = (n: number) => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255, (n >>> 24) & 255];

/** An ISO-BMFF `ftyp` box followed by an empty `mdat`. */
const ftyp = (major: string, ...compatible: string[]) =>
  bytes(be32(16 + 4 * compatible.length), 'ftyp', major, [0, 0, 2, 0], ...compatible, be32(8), 'mdat');

/** A ZIP local file header (stored, known sizes unless `descriptor`) with its data. */
const zipEntry = (name: string, data = 'x', descriptor = false) => {
  const n = new TextEncoder().encode(name);
  const d = new TextEncoder().encode(data);
  return bytes(
    [0x50, 0x4b, 0x03, 0x04],
    le16(20),
    le16(descriptor ? 0x08 : 0),
    le16(0),
    le32(0),
    le32(0),
    le32(descriptor ? 0 : d.length),
    le32(descriptor ? 0 : d.length),
    le16(n.length),
    le16(0),
    n,
    d,
    descriptor ? bytes([0x50, 0x4b, 0x07, 0x08], le32(0), le32(d.length), le32(d.length)) : new Uint8Array(),
  );
};
const zip = (...entries: Uint8Array[]) => bytes(...entries, [0x50, 0x4b, 0x01, 0x02], new Array(42).fill(0));

const tsPackets = (n: number, stride = 188, prefix = 0) => {
  const b = new Uint8Array(n * stride);
  for (let i = 0; i < n; i++) b[i * stride + prefix] = 0x47;
  return b;
};

const sniff = (b: Uint8Array) => {
  const r = sniffFileType(b);
  return r ? { kind: r.kind, mime: r.mime, format: r.format } : null;
};

describe('sniffFileType: video', () => {
  it.each([
    ['isom', 'MP4', 'video/mp4'],
    ['mp41', 'MP4', 'video/mp4'],
    ['mp42', 'MP4', 'video/mp4'],
    ['avc1', 'MP4', 'video/mp4'],
    ['iso5', 'MP4', 'video/mp4'],
    ['qt  ', 'MOV', 'video/quicktime'],
    ['M4V ', 'M4V', 'video/x-m4v'],
    ['3gp4', '3GP', 'video/3gpp'],
    ['3gp5', '3GP', 'video/3gpp'],
    ['3g2a', '3GP', 'video/3gpp2'],
  ])('ftyp brand %j → %s', (brand, format, mime) => {
    expect(sniff(ftyp(brand, 'isom'))).toEqual({ kind: 'VIDEO', format, mime });
  });
  it('QuickTime without ftyp (moov / mdat / wide atom first) → MOV', () => {
    for (const atom of ['moov', 'mdat', 'wide']) {
      expect(sniff(bytes(be32(8), atom, be32(8), 'free'))).toEqual({
        kind: 'VIDEO',
        format: 'MOV',
        mime: 'video/quicktime',
      });
    }
  });
  it('AVI: RIFF….AVI ', () => {
    expect(sniff(bytes('RIFF', le32(1000), 'AVI LIST'))).toEqual({
      kind: 'VIDEO',
      format: 'AVI',
      mime: 'video/x-msvideo',
    });
  });
  it('Matroska and WebM: EBML header 1A 45 DF A3, told apart by the DocType', () => {
    const ebml = (docType: string) =>
      bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x80 | docType.length], docType);
    expect(sniff(ebml('matroska'))).toEqual({ kind: 'VIDEO', format: 'MKV', mime: 'video/x-matroska' });
    expect(sniff(ebml('webm'))).toEqual({ kind: 'VIDEO', format: 'WebM', mime: 'video/webm' });
  });
  it('MPEG-TS: 0x47 sync byte every 188 bytes; M2TS every 192 after a 4-byte timecode', () => {
    expect(sniff(tsPackets(5))?.format).toBe('MPEG-TS');
    expect(sniff(tsPackets(5, 192, 4))?.format).toBe('MPEG-TS');
    // one stray sync byte is not a stream
    const broken = tsPackets(5);
    broken[376] = 0;
    expect(sniff(broken)).toBeNull();
    // too few packets seen to decide
    expect(sniff(tsPackets(2))).toBeNull();
  });
  it('MPEG-PS, FLV and ASF/WMV', () => {
    expect(sniff(bytes([0, 0, 1, 0xba], new Array(10).fill(0)))?.format).toBe('MPEG-PS');
    expect(sniff(bytes('FLV', [1, 5, 0, 0, 0, 9]))?.format).toBe('FLV');
    expect(sniff(bytes([0x30, 0x26, 0xb2, 0x75, 0x8e, 0x66, 0xcf, 0x11, 0xa6, 0xd9]))?.format).toBe('WMV/ASF');
  });
});

describe('sniffFileType: audio', () => {
  it('MP3 with an ID3 tag, and a bare MPEG audio frame (FF FB 90 …)', () => {
    expect(sniff(bytes('ID3', [4, 0, 0, 0, 0, 0, 0]))).toEqual({ kind: 'AUDIO', format: 'MP3', mime: 'audio/mpeg' });
    expect(sniff(bytes([0xff, 0xfb, 0x90, 0x64, 0, 0]))).toEqual({ kind: 'AUDIO', format: 'MP3', mime: 'audio/mpeg' });
    expect(sniff(bytes([0xff, 0xf3, 0x48, 0xc4, 0, 0]))?.format).toBe('MP3'); // MPEG-2 layer III
  });
  it('an MPEG frame header with reserved fields is not audio', () => {
    expect(sniff(bytes([0xff, 0xeb, 0x90, 0x64]))).toBeNull(); // version 01 reserved
    expect(sniff(bytes([0xff, 0xfb, 0xf0, 0x64]))).toBeNull(); // bitrate index 15
    expect(sniff(bytes([0xff, 0xfb, 0x9c, 0x64]))).toBeNull(); // sample-rate index 3
  });
  it('WAV: RIFF….WAVE', () => {
    expect(sniff(bytes('RIFF', le32(36), 'WAVEfmt '))).toEqual({ kind: 'AUDIO', format: 'WAV', mime: 'audio/wav' });
  });
  it('AAC in ADTS frames: FFF1 and FFF9', () => {
    expect(sniff(bytes([0xff, 0xf1, 0x50, 0x80, 0x02, 0x1f, 0xfc]))).toEqual({
      kind: 'AUDIO',
      format: 'AAC',
      mime: 'audio/aac',
    });
    expect(sniff(bytes([0xff, 0xf9, 0x50, 0x80, 0x02, 0x1f, 0xfc]))?.format).toBe('AAC');
  });
  it('M4A: ftyp brand "M4A "', () => {
    expect(sniff(ftyp('M4A ', 'M4A ', 'mp42', 'isom'))).toEqual({ kind: 'AUDIO', format: 'M4A', mime: 'audio/mp4' });
  });
  it('AMR and AMR-WB', () => {
    expect(sniff(bytes('#!AMR\n', [0x3c, 0, 0]))).toEqual({ kind: 'AUDIO', format: 'AMR', mime: 'audio/amr' });
    expect(sniff(bytes('#!AMR-WB\n', [0x3c]))?.mime).toBe('audio/amr-wb');
  });
  it('OGG (Vorbis / Opus audio; Theora video) and FLAC', () => {
    expect(sniff(bytes('OggS', [0, 2], new Array(22).fill(0), [1], 'vorbis'))).toEqual({
      kind: 'AUDIO',
      format: 'OGG',
      mime: 'audio/ogg',
    });
    expect(sniff(bytes('OggS', [0, 2], new Array(22).fill(0), [0x80], 'theora'))?.kind).toBe('VIDEO');
    expect(sniff(bytes('fLaC', [0, 0, 0, 34]))).toEqual({ kind: 'AUDIO', format: 'FLAC', mime: 'audio/flac' });
  });
});

describe('sniffFileType: images', () => {
  it.each([
    ['JPEG', 'image/jpeg', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF')],
    ['PNG', 'image/png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], be32(13), 'IHDR')],
    ['GIF', 'image/gif', bytes('GIF89a', [1, 0, 1, 0])],
    ['GIF', 'image/gif', bytes('GIF87a', [1, 0, 1, 0])],
    ['WebP', 'image/webp', bytes('RIFF', le32(100), 'WEBPVP8 ')],
    ['BMP', 'image/bmp', bytes('BM', le32(70), le32(0), le32(54), le32(40), le32(1))],
    ['TIFF', 'image/tiff', bytes([0x49, 0x49, 0x2a, 0x00], le32(8))],
    ['TIFF', 'image/tiff', bytes([0x4d, 0x4d, 0x00, 0x2a], be32(8))],
    ['HEIC', 'image/heic', ftyp('heic', 'mif1', 'heic')],
    ['HEIC', 'image/heic', ftyp('heix', 'mif1')],
    ['HEIC', 'image/heif', ftyp('mif1', 'mif1')],
  ])('%s (%s)', (format, mime, b) => {
    expect(sniff(b)).toEqual({ kind: 'IMAGE', format, mime });
  });
  it('"BM" alone (a text file starting with BM) is not a bitmap', () => {
    expect(sniff(bytes('BMW 汽车维修记录'))).toBeNull();
  });
});

describe('sniffFileType: documents', () => {
  it('PDF: %PDF-', () => {
    expect(sniff(bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'))).toEqual({
      kind: 'PDF',
      format: 'PDF',
      mime: 'application/pdf',
    });
  });
  it('OFD (GB/T 33190): a ZIP whose entry OFD.xml is at the root', () => {
    expect(sniff(zip(zipEntry('OFD.xml', '<ofd:OFD/>'), zipEntry('Doc_0/Document.xml')))).toEqual({
      kind: 'OFD',
      format: 'OFD',
      mime: 'application/ofd',
    });
  });
  it('DOCX: [Content_Types].xml first, word/ entries; Excel and PowerPoint are refused', () => {
    const docx = zip(
      zipEntry('[Content_Types].xml', '<Types/>'),
      zipEntry('_rels/.rels'),
      zipEntry('word/document.xml'),
    );
    expect(sniff(docx)).toEqual({
      kind: 'WORD',
      format: 'DOCX',
      mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    });
    expect(sniff(zip(zipEntry('[Content_Types].xml'), zipEntry('xl/workbook.xml')))).toBeNull();
    expect(sniff(zip(zipEntry('[Content_Types].xml'), zipEntry('ppt/presentation.xml')))).toBeNull();
  });
  it('DOCX whose later entries lie beyond the bytes seen is taken as Word (accepted only when Word was declared)', () => {
    const big = zipEntry('[Content_Types].xml', 'x'.repeat(SNIFF_BYTES));
    expect(sniff(big.subarray(0, SNIFF_BYTES))?.format).toBe('DOCX');
  });
  it('entries written with a data descriptor (sizes after the data) are still found', () => {
    const b = zip(zipEntry('[Content_Types].xml', '<Types/>', true), zipEntry('word/document.xml', '<w/>', true));
    expect(zipEntryNames(b)).toEqual(['[Content_Types].xml', 'word/document.xml']);
    expect(sniff(b)?.format).toBe('DOCX');
  });
  it('any other ZIP is refused', () => {
    expect(sniff(zip(zipEntry('photos/a.jpg')))).toBeNull();
    expect(sniff(bytes([0x50, 0x4b, 0x03, 0x04]))).toBeNull();
  });
  it('legacy Word: the OLE2 compound-file signature D0 CF 11 E0 A1 B1 1A E1', () => {
    expect(sniff(padTo(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 512))).toEqual({
      kind: 'WORD',
      format: 'DOC',
      mime: 'application/msword',
    });
  });
});

describe('sniffFileType: anything else', () => {
  it.each([
    ['plain text', bytes('这是一段普通文本，不是视频。\n'.repeat(20))],
    ['HTML', bytes('<!doctype html><html><script>alert(1)</script>')],
    ['ELF executable', bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0])],
    ['Windows executable', bytes('MZ', new Array(100).fill(0))],
    ['shell script', bytes('#!/bin/sh\nrm -rf /\n')],
    ['empty', new Uint8Array()],
    ['three bytes', bytes([0xff, 0xd8, 0xff]).subarray(0, 3)],
    ['RIFF of another form', bytes('RIFF', le32(4), 'CDDA')],
    ['unknown ftyp brand', ftyp('xxxx')],
  ])('%s → null', (_name, b) => {
    expect(sniffFileType(b)).toBeNull();
  });
  it('property: never throws, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (b) => {
        const r = sniffFileType(b);
        if (r) expect(r.kinds).toContain(r.kind);
      }),
    );
  });
  it('property: a prefix of any accepted format keeps its verdict or gives up, never switches kind', () => {
    const samples = [ftyp('isom'), bytes('%PDF-1.4'), bytes('RIFF', le32(4), 'WAVE'), zip(zipEntry('OFD.xml'))];
    for (const s of samples) {
      const full = sniffFileType(s);
      for (let n = 0; n <= s.length; n++) {
        const r = sniffFileType(s.subarray(0, n));
        if (r) expect(r.kind).toBe(full?.kind);
      }
    }
  });
});

describe('checkDeclaredFile', () => {
  const mp4 = sniffFileType(ftyp('isom'));
  const docx = sniffFileType(zip(zipEntry('[Content_Types].xml'), zipEntry('word/document.xml')));

  it('accepts a file whose content matches the declared kind', () => {
    expect(checkDeclaredFile('VIDEO', 1024, mp4)).toBeNull();
    expect(checkDeclaredFile('WORD', 1024, docx)).toBeNull();
  });
  it('refuses a file whose content is another kind, naming what it is', () => {
    expect(checkDeclaredFile('IMAGE', 1024, mp4)).toBe('文件内容是 MP4 格式（视频），与申报的“图片”不符');
    expect(checkDeclaredFile('PDF', 1024, docx)).toBe('文件内容是 DOCX 格式（Word 文档），与申报的“PDF 文件”不符');
  });
  it('refuses unrecognised content with the allow-list of the kind', () => {
    expect(checkDeclaredFile('VIDEO', 1024, null)).toMatch(/^无法识别文件内容的格式：视频只接受 MP4、MOV/);
  });
  it('an MP4 with an M4A compatible brand may be declared audio; a 3GP may be a voice memo', () => {
    expect(checkDeclaredFile('AUDIO', 1024, sniffFileType(ftyp('mp42', 'isom', 'M4A ')))).toBeNull();
    expect(checkDeclaredFile('AUDIO', 1024, sniffFileType(ftyp('3gp4')))).toBeNull();
    expect(checkDeclaredFile('AUDIO', 1024, mp4)).not.toBeNull();
  });
  it('size limits per kind, inclusive', () => {
    for (const kind of FILE_KINDS) {
      expect(checkDeclaredFile(kind, FILE_SIZE_LIMITS[kind])).toBeNull();
      expect(checkDeclaredFile(kind, FILE_SIZE_LIMITS[kind] + 1)).toBe(
        `${FILE_KIND_LABELS[kind]}不能超过 ${describeSizeLimit(FILE_SIZE_LIMITS[kind])}`,
      );
    }
    expect(FILE_SIZE_LIMITS).toEqual({
      VIDEO: 20 * 2 ** 30,
      AUDIO: 2 * 2 ** 30,
      IMAGE: 50 * 2 ** 20,
      PDF: 200 * 2 ** 20,
      OFD: 200 * 2 ** 20,
      WORD: 100 * 2 ** 20,
    });
    expect(checkDeclaredFile('VIDEO', 20 * 2 ** 30 + 1)).toBe('视频不能超过 20 GB');
    expect(checkDeclaredFile('IMAGE', 50 * 2 ** 20 + 1)).toBe('图片不能超过 50 MB');
  });
  it('a deployment-wide maximum below the kind limit wins', () => {
    expect(checkDeclaredFile('VIDEO', 2 * 2 ** 30, undefined, 2 ** 30)).toBe('视频不能超过 1 GB');
    expect(checkDeclaredFile('VIDEO', 2 ** 30, undefined, 2 ** 30)).toBeNull();
  });
  it('empty and invalid sizes', () => {
    expect(checkDeclaredFile('PDF', 0, sniffFileType(bytes('%PDF-')))).toBe('文件为空');
    expect(checkDeclaredFile('PDF', -1)).toBe('文件大小无效');
    expect(checkDeclaredFile('PDF', 1.5)).toBe('文件大小无效');
  });
  it('isFileKind and labels', () => {
    expect(FILE_KINDS.filter(isFileKind)).toHaveLength(6);
    expect(isFileKind('EXE')).toBe(false);
    expect(isFileKind(undefined)).toBe(false);
    for (const k of FILE_KINDS) expect(FILE_KIND_LABELS[k as FileKind]).toMatch(/[\u4e00-\u9fa5]/);
  });
  it('describeSizeLimit', () => {
    expect(describeSizeLimit(20 * 2 ** 30)).toBe('20 GB');
    expect(describeSizeLimit(1536 * 2 ** 20)).toBe('1.5 GB');
    expect(describeSizeLimit(512)).toBe('512 字节');
  });
});
