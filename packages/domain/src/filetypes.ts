/**
 * Kinds of files the record store accepts and how their type is checked by content (magic bytes),
 * never by the name or the Content-Type the client sends (issue 3 §2; DESIGN §5 "type sniffing").
 * Pure: the caller reads the first bytes (SNIFF_BYTES) of the stored upload and passes them in.
 */
export const FILE_KINDS = ['VIDEO', 'AUDIO', 'IMAGE', 'PDF', 'OFD', 'WORD'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export const FILE_KIND_LABELS: Record<FileKind, string> = {
  VIDEO: '视频',
  AUDIO: '音频',
  IMAGE: '图片',
  PDF: 'PDF 文件',
  OFD: 'OFD 版式文件',
  WORD: 'Word 文档',
};

/** The formats recognised for each kind (the allow-list shown to users). */
export const FILE_FORMATS: Record<FileKind, readonly string[]> = {
  VIDEO: ['MP4', 'MOV', 'M4V', '3GP', 'AVI', 'MKV', 'WebM', 'MPEG-TS', 'MPEG-PS', 'FLV', 'WMV/ASF', 'OGG'],
  AUDIO: ['MP3', 'WAV', 'AAC', 'M4A', 'AMR', 'OGG', 'FLAC', 'WMA/ASF', '3GP', 'MP4'],
  IMAGE: ['JPEG', 'PNG', 'GIF', 'WebP', 'BMP', 'TIFF', 'HEIC'],
  PDF: ['PDF'],
  OFD: ['OFD'],
  WORD: ['DOCX', 'DOC'],
};

const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;

/** Largest accepted file per kind (a body camera records several GB per shift). */
export const FILE_SIZE_LIMITS: Record<FileKind, number> = {
  VIDEO: 20 * GiB,
  AUDIO: 2 * GiB,
  IMAGE: 50 * MiB,
  PDF: 200 * MiB,
  OFD: 200 * MiB,
  WORD: 100 * MiB,
};

/** How many leading bytes `sniffFileType` looks at (enough for ZIP entry names and TS packets). */
export const SNIFF_BYTES = 8 * KiB;

export function isFileKind(s: unknown): s is FileKind {
  return typeof s === 'string' && (FILE_KINDS as readonly string[]).includes(s);
}

export interface SniffedType {
  /** The kind the format normally holds. */
  kind: FileKind;
  /** Every kind the container may legitimately hold (an MP4 with an M4A brand may be audio only). */
  kinds: FileKind[];
  mime: string;
  /** Short format name, e.g. MP4, DOCX. */
  format: string;
}

const ascii = (b: Uint8Array, at: number, len: number): string => {
  let s = '';
  for (let i = at; i < at + len && i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
};

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0): boolean =>
  b.length >= at + sig.length && sig.every((v, i) => b[at + i] === v);

const u32be = (b: Uint8Array, at: number): number =>
  ((b[at] << 24) >>> 0) + (b[at + 1] << 16) + (b[at + 2] << 8) + b[at + 3];
const u16le = (b: Uint8Array, at: number): number => b[at] | (b[at + 1] << 8);
const u32le = (b: Uint8Array, at: number): number =>
  (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 2 ** 24;

const t = (kind: FileKind, mime: string, format: string, kinds: FileKind[] = [kind]): SniffedType => ({
  kind,
  kinds,
  mime,
  format,
});

// ISO base media file format (MP4 family): the `ftyp` box names a major brand and compatible brands.
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1']);
const AUDIO_BRANDS = new Set(['M4A ', 'M4B ', 'M4P ', 'F4A ', 'F4B ']);
const VIDEO_BRANDS = new Set([
  'isom',
  'iso2',
  'iso3',
  'iso4',
  'iso5',
  'iso6',
  'mp41',
  'mp42',
  'mp71',
  'avc1',
  'dash',
  'mmp4',
  'MSNV',
  'NDAS',
  'NDSC',
  'NDSH',
  'NDSM',
  'NDSP',
  'NDSS',
  'NDXC',
  'NDXH',
  'NDXM',
  'NDXP',
  'NDXS',
  'F4V ',
  'F4P ',
  'M4V ',
  'M4VH',
  'M4VP',
  'XAVC',
  'qt  ',
]);

function sniffIsoBmff(b: Uint8Array): SniffedType | null {
  if (b.length < 12 || ascii(b, 4, 4) !== 'ftyp') return null;
  const major = ascii(b, 8, 4);
  const boxEnd = Math.min(b.length, Math.max(16, u32be(b, 0)));
  const brands = [major];
  for (let i = 16; i + 4 <= boxEnd; i += 4) brands.push(ascii(b, i, 4));
  if (HEIF_BRANDS.has(major)) {
    const heic = major.startsWith('he') || brands.includes('heic');
    return t('IMAGE', heic ? 'image/heic' : 'image/heif', 'HEIC');
  }
  if (AUDIO_BRANDS.has(major)) return t('AUDIO', 'audio/mp4', 'M4A');
  if (major.startsWith('3gp') || major.startsWith('3g2') || major.startsWith('3ge') || major.startsWith('3gs')) {
    // Phones record voice memos as 3GP too.
    return t('VIDEO', major.startsWith('3g2') ? 'video/3gpp2' : 'video/3gpp', '3GP', ['VIDEO', 'AUDIO']);
  }
  if (major === 'qt  ') return t('VIDEO', 'video/quicktime', 'MOV');
  if (VIDEO_BRANDS.has(major)) {
    if (major.startsWith('M4V')) return t('VIDEO', 'video/x-m4v', 'M4V');
    // A generic MP4 whose compatible brands name M4A may be an audio-only file.
    const audio = brands.some((x) => AUDIO_BRANDS.has(x));
    return t('VIDEO', 'video/mp4', 'MP4', audio ? ['VIDEO', 'AUDIO'] : ['VIDEO']);
  }
  return null;
}

/** Names of the ZIP entries whose local file headers lie within the bytes seen. */
export function zipEntryNames(b: Uint8Array): string[] {
  const names: string[] = [];
  let at = 0;
  while (at + 30 <= b.length && startsWith(b, [0x50, 0x4b, 0x03, 0x04], at)) {
    const flags = u16le(b, at + 6);
    const compressed = u32le(b, at + 18);
    const nameLen = u16le(b, at + 26);
    const extraLen = u16le(b, at + 28);
    if (at + 30 + nameLen > b.length) break;
    names.push(new TextDecoder().decode(b.subarray(at + 30, at + 30 + nameLen)));
    // Bit 3: sizes follow the data in a descriptor, so the next header cannot be located directly;
    // look for the next signature instead.
    const dataStart = at + 30 + nameLen + extraLen;
    if (flags & 0x08 || compressed === 0xffffffff) {
      let next = -1;
      for (let i = dataStart; i + 4 <= b.length; i++) {
        if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x03 && b[i + 3] === 0x04) {
          next = i;
          break;
        }
      }
      if (next < 0) break;
      at = next;
    } else {
      at = dataStart + compressed;
    }
  }
  return names;
}

/**
 * ZIP-based formats. OFD (GB/T 33190) keeps its entry file `OFD.xml` at the root, written first.
 * Office Open XML starts with `[Content_Types].xml`; a Word file has `word/…` entries, Excel `xl/`
 * and PowerPoint `ppt/`. When the bytes seen end before any of those appears, the file is taken
 * as DOCX — it is then accepted only where a Word document was declared (documented limitation).
 */
function sniffZip(b: Uint8Array): SniffedType | null {
  const names = zipEntryNames(b);
  if (names.length === 0) return null;
  if (names.includes('OFD.xml')) return t('OFD', 'application/ofd', 'OFD');
  if (names[0] !== '[Content_Types].xml') return null;
  if (names.some((n) => n.startsWith('xl/') || n.startsWith('ppt/') || n.startsWith('visio/'))) return null;
  return t('WORD', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'DOCX');
}

/** MPEG audio frame header (MP3 without an ID3 tag): 11 sync bits, valid version, layer, rate. */
function isMpegAudioFrame(b: Uint8Array, at = 0): boolean {
  if (b.length < at + 4 || b[at] !== 0xff || (b[at + 1] & 0xe0) !== 0xe0) return false;
  const version = (b[at + 1] >> 3) & 3;
  const layer = (b[at + 1] >> 1) & 3;
  const bitrate = b[at + 2] >> 4;
  const rate = (b[at + 2] >> 2) & 3;
  return version !== 1 && layer !== 0 && bitrate !== 15 && bitrate !== 0 && rate !== 3;
}

/** ADTS AAC: sync FFF, layer 00 (FFF1/FFF9 without CRC, FFF0/FFF8 with CRC), valid sampling index. */
function isAdts(b: Uint8Array): boolean {
  return b.length >= 7 && b[0] === 0xff && (b[1] & 0xf6) === 0xf0 && ((b[2] >> 2) & 0x0f) < 13;
}

/** MPEG transport stream: a 0x47 sync byte every 188 bytes (192 for M2TS with a 4-byte timecode). */
function isTransportStream(b: Uint8Array): boolean {
  for (const [first, stride] of [
    [0, 188],
    [4, 192],
  ] as const) {
    const packets = Math.min(5, Math.floor((b.length - first) / stride));
    if (packets < 3) continue;
    let ok = true;
    for (let i = 0; i < packets && ok; i++) ok = b[first + i * stride] === 0x47;
    if (ok) return true;
  }
  return false;
}

function includesAscii(b: Uint8Array, s: string, limit: number): boolean {
  const end = Math.min(b.length, limit) - s.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < s.length; j++) if (b[i + j] !== s.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}

/** The file's type by its leading bytes, or null when it is none of the accepted formats. */
export function sniffFileType(b: Uint8Array): SniffedType | null {
  if (b.length < 4) return null;
  const iso = sniffIsoBmff(b);
  if (iso) return iso;
  // QuickTime files without `ftyp` start with another top-level atom.
  if (b.length >= 8 && ['moov', 'mdat', 'wide', 'pnot'].includes(ascii(b, 4, 4)) && u32be(b, 0) >= 8) {
    return t('VIDEO', 'video/quicktime', 'MOV');
  }
  if (ascii(b, 0, 4) === 'RIFF' && b.length >= 12) {
    const form = ascii(b, 8, 4);
    if (form === 'AVI ') return t('VIDEO', 'video/x-msvideo', 'AVI');
    if (form === 'WAVE') return t('AUDIO', 'audio/wav', 'WAV');
    if (form === 'WEBP') return t('IMAGE', 'image/webp', 'WebP');
    return null;
  }
  if (startsWith(b, [0x1a, 0x45, 0xdf, 0xa3])) {
    return includesAscii(b, 'webm', 64)
      ? t('VIDEO', 'video/webm', 'WebM', ['VIDEO', 'AUDIO'])
      : t('VIDEO', 'video/x-matroska', 'MKV', ['VIDEO', 'AUDIO']);
  }
  if (startsWith(b, [0x30, 0x26, 0xb2, 0x75, 0x8e, 0x66, 0xcf, 0x11])) {
    return t('VIDEO', 'video/x-ms-asf', 'WMV/ASF', ['VIDEO', 'AUDIO']);
  }
  if (startsWith(b, [0x00, 0x00, 0x01, 0xba])) return t('VIDEO', 'video/mpeg', 'MPEG-PS');
  if (ascii(b, 0, 3) === 'FLV' && b[3] === 1) return t('VIDEO', 'video/x-flv', 'FLV');
  // audio
  if (ascii(b, 0, 3) === 'ID3') return t('AUDIO', 'audio/mpeg', 'MP3');
  if (ascii(b, 0, 6) === '#!AMR\n') return t('AUDIO', 'audio/amr', 'AMR');
  if (ascii(b, 0, 9) === '#!AMR-WB\n') return t('AUDIO', 'audio/amr-wb', 'AMR');
  if (ascii(b, 0, 4) === 'OggS') {
    return includesAscii(b, 'theora', 128) ? t('VIDEO', 'video/ogg', 'OGG') : t('AUDIO', 'audio/ogg', 'OGG');
  }
  if (ascii(b, 0, 4) === 'fLaC') return t('AUDIO', 'audio/flac', 'FLAC');
  if (isAdts(b)) return t('AUDIO', 'audio/aac', 'AAC');
  if (isMpegAudioFrame(b)) return t('AUDIO', 'audio/mpeg', 'MP3');
  // images
  if (startsWith(b, [0xff, 0xd8, 0xff])) return t('IMAGE', 'image/jpeg', 'JPEG');
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return t('IMAGE', 'image/png', 'PNG');
  if (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a') return t('IMAGE', 'image/gif', 'GIF');
  // After GIF: both start with 0x47 ("G").
  if (isTransportStream(b)) return t('VIDEO', 'video/mp2t', 'MPEG-TS');
  if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])) {
    return t('IMAGE', 'image/tiff', 'TIFF');
  }
  // BMP: "BM", reserved zero bytes 6–9, and a known DIB header size at offset 14.
  if (
    ascii(b, 0, 2) === 'BM' &&
    b.length >= 18 &&
    u32le(b, 6) === 0 &&
    [12, 40, 52, 56, 64, 108, 124].includes(u32le(b, 14))
  ) {
    return t('IMAGE', 'image/bmp', 'BMP');
  }
  // documents
  if (ascii(b, 0, 5) === '%PDF-') return t('PDF', 'application/pdf', 'PDF');
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return sniffZip(b);
  // OLE2 compound file: legacy .doc (also .xls/.ppt — told apart only where a Word file was declared).
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return t('WORD', 'application/msword', 'DOC');
  return null;
}

/** A size limit in words, e.g. "20 GB", "50 MB" (binary units, as the limits are set). */
export function describeSizeLimit(n: number): string {
  if (n >= GiB) return n % GiB === 0 ? `${n / GiB} GB` : `${(n / GiB).toFixed(1)} GB`;
  if (n >= MiB) return n % MiB === 0 ? `${n / MiB} MB` : `${(n / MiB).toFixed(1)} MB`;
  return `${n} 字节`;
}

/**
 * Checks an upload against what was declared: the size limit of the kind (and a deployment-wide
 * maximum, when given) and the type found by content. Returns the problem in Chinese, or null.
 * `sniffed` may be omitted to check only the size (before any byte is accepted).
 */
export function checkDeclaredFile(
  kind: FileKind,
  size: number,
  sniffed?: SniffedType | null,
  maxBytes = Number.POSITIVE_INFINITY,
): string | null {
  const label = FILE_KIND_LABELS[kind];
  if (!Number.isSafeInteger(size) || size < 0) return '文件大小无效';
  if (size === 0) return '文件为空';
  const limit = Math.min(FILE_SIZE_LIMITS[kind], maxBytes);
  if (size > limit) return `${label}不能超过 ${describeSizeLimit(limit)}`;
  if (sniffed === undefined) return null;
  if (sniffed === null) {
    return `无法识别文件内容的格式：${label}只接受 ${FILE_FORMATS[kind].join('、')} 格式`;
  }
  if (!sniffed.kinds.includes(kind)) {
    return `文件内容是 ${sniffed.format} 格式（${FILE_KIND_LABELS[sniffed.kind]}），与申报的“${label}”不符`;
  }
  return null;
}
