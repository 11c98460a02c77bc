import { FILE_KINDS } from '@zhifa/domain';
import { z } from 'zod';

/**
 * The original file name is kept only as metadata, never as a path: the last path segment, NFC,
 * without control characters or bidirectional overrides (which can disguise an extension, e.g.
 * "invoice‮fdp.exe"), at most 255 characters. Displays escape it like any other text.
 */
export function cleanFileName(name: string): string {
  const last = name.split(/[/\\]/).pop() ?? '';
  const cleaned = last
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, '')
    .trim()
    .slice(0, 255);
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? '未命名文件' : cleaned;
}

const hexDigest = (label: string) =>
  z
    .string()
    .trim()
    .regex(/^[0-9a-fA-F]{64}$/, `${label} 摘要应为 64 位十六进制`)
    .transform((s) => s.toLowerCase())
    .optional();

/**
 * What the uploader declares (tus Upload-Metadata, or the fields of the multipart upload):
 * filename, fileKind (VIDEO, AUDIO, IMAGE, PDF, OFD, WORD), agencyId, and optionally the file's
 * SHA-256 and/or SM3 computed on the client (hex) — a file whose digest differs is rejected.
 */
export const declaredUpload = z.object({
  filename: z.string({ error: '请提供文件名（filename）' }).max(4096, '文件名过长').transform(cleanFileName),
  fileKind: z.enum(FILE_KINDS, { error: '文件类别（fileKind）须为 VIDEO、AUDIO、IMAGE、PDF、OFD 或 WORD' }),
  agencyId: z.string({ error: '请选择执法主体（agencyId）' }).uuid('执法主体（agencyId）格式错误'),
  sha256: hexDigest('SHA-256'),
  sm3: hexDigest('SM3'),
});
export type DeclaredUpload = z.output<typeof declaredUpload>;
