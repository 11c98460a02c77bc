import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { asc, eq } from 'drizzle-orm';
import yazl from 'yazl';
import { appendAudit } from '../../platform/audit/audit.service';
import { actorOf } from '../../platform/auth/auth.service';
import { type Actor, can, scopeFor } from '../../platform/auth/permissions';
import type { Database } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { ensureRendered } from '../documents/documents.render';
import { documents } from '../documents/documents.tables';
import type { DocumentDeps } from '../documents/documents.types';
import { escapeHtml } from '../documents/render/format';
import { agencies } from '../org/org.tables';
import type { EvidencePackageService } from '../records/export/evidence-package.service';
import type { BlobStore } from '../records/storage/blob-store';
import { assembleCaseFile, type CaseFileView } from './cases.file';
import { loadCaseRow } from './cases.snapshot';

export interface CaseBundleFile {
  path: string;
  size: number;
  fileName: string;
  displayName: string;
}

async function bytesOf(store: BlobStore, sha256: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of (await store.get(sha256)) as Readable) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks);
}

const bodyOf = (html: string) => html.match(/<body[^>]*>([\s\S]*)<\/body>/i)?.[1] ?? html;
const styleOf = (html: string) => html.match(/<style[^>]*>([\s\S]*?)<\/style>/i)?.[1] ?? '';

/** The printable file: cover, index (卷内目录) in the standard order, then every document on its own pages. */
function printableFile(file: CaseFileView, cause: string, agencyName: string, docHtml: Map<string, string>): string {
  const first = [...docHtml.values()][0] ?? '';
  let n = 0;
  const index = file.sections
    .flatMap((s) =>
      s.entries.map(
        (e) =>
          `<tr><td>${++n}</td><td>${escapeHtml(s.title)}</td><td>${escapeHtml(e.title)}</td><td>${escapeHtml(e.number ?? '')}</td><td>${escapeHtml(e.date.slice(0, 10))}</td></tr>`,
      ),
    )
    .join('');
  const missing = file.missing.length
    ? `<p>案卷尚缺：${file.missing.map((m) => escapeHtml(`${m.name}（${m.reason}）`)).join('；')}</p>`
    : '';
  const pages = [...docHtml.values()]
    .map((h) => `<div style="page-break-before: always">${bodyOf(h)}</div>`)
    .join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(file.caseNumber)} 电子卷宗</title>
<style>${styleOf(first)}</style></head><body>
<div class="page"><p class="agency">${escapeHtml(agencyName)}</p><h1>行政执法案卷</h1>
<table class="grid"><tbody><tr><th scope="row">案件编号</th><td>${escapeHtml(file.caseNumber)}</td></tr>
<tr><th scope="row">案由</th><td>${escapeHtml(cause)}</td></tr></tbody></table>${missing}</div>
<div class="page" style="page-break-before: always"><h1>卷内目录</h1>
<table class="items"><thead><tr><th>序号</th><th>部分</th><th>材料名称</th><th>文号</th><th>日期</th></tr></thead><tbody>${index}</tbody></table></div>
${pages}
</body></html>`;
}

/**
 * The e-case file as one zip (issue 5 §4): 卷宗.html (print to PDF from any browser: cover, index, every
 * document in the standard order), each document's Word and HTML files with their seal, manifest.json (digests
 * and seals) and, for every linked evidence or AV record, its verifiable evidence package (npx zhifa-verify).
 */
export async function buildCaseBundle(
  database: Database,
  deps: DocumentDeps & { evidencePackages: EvidencePackageService },
  actor: Actor,
  caseId: string,
): Promise<CaseBundleFile> {
  const prepared = await database.tx(scopeFor(actor, 'case.read'), async (tx) => {
    const row = await loadCaseRow(tx, caseId);
    if (!can(actor, 'case.read', { agencyId: row.agencyId })) throw notFound('案件');
    const file = await assembleCaseFile(tx, row);
    const docs = await tx
      .select({ id: documents.id })
      .from(documents)
      .where(eq(documents.caseId, caseId))
      .orderBy(asc(documents.issuedAt));
    const rendered = [];
    for (const d of docs) {
      const r = await ensureRendered(tx, deps, d.id, { userId: actor.userId, displayName: actor.displayName });
      if (r) rendered.push(r);
    }
    const [agency] = await tx.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, row.agencyId));
    const records = file.sections.flatMap((s) => s.entries).filter((e) => e.kind !== 'DOCUMENT');
    await appendAudit(tx, actorOf(actor), {
      type: 'CASE_FILE_EXPORTED',
      subjectType: 'case',
      subjectId: caseId,
      agencyId: row.agencyId,
      payload: { documents: rendered.length, records: records.length },
    });
    return { row, file, rendered, agencyName: agency?.name ?? '', records };
  });

  const zip = new yazl.ZipFile();
  const docHtml = new Map<string, string>();
  const manifest = [];
  const ordered = prepared.file.sections.flatMap((s) => s.entries).filter((e) => e.kind === 'DOCUMENT');
  for (const e of ordered) {
    const d = prepared.rendered.find((r) => r.id === e.id);
    if (!d?.docxSha256 || !d.htmlSha256) continue;
    const [docx, html] = await Promise.all([
      bytesOf(deps.blobStore, d.docxSha256),
      bytesOf(deps.blobStore, d.htmlSha256),
    ]);
    const base = `documents/${d.number.replace(/[\\/:*?"<>|]/g, '_')} ${d.title}`;
    zip.addBuffer(docx, `${base}.docx`);
    zip.addBuffer(html, `${base}.html`);
    docHtml.set(d.id, html.toString('utf8'));
    manifest.push({
      code: d.code,
      title: d.title,
      number: d.number,
      templateVersion: d.templateVersion,
      docxSha256: d.docxSha256,
      digestSm3: d.digestSm3,
      sealKeyId: d.sealKeyId,
      sealSignature: d.sealSignature,
    });
  }
  const temp: string[] = [];
  for (const r of prepared.records) {
    const pkg = await deps.evidencePackages.build(actor, r.id, '电子卷宗导出');
    temp.push(pkg.path);
    zip.addFile(pkg.path, `evidence/${pkg.displayName}`);
  }
  zip.addBuffer(
    Buffer.from(printableFile(prepared.file, prepared.row.cause, prepared.agencyName, docHtml), 'utf8'),
    '卷宗.html',
  );
  zip.addBuffer(
    Buffer.from(
      JSON.stringify(
        {
          format: 'zhifa-case-file/1',
          caseNumber: prepared.row.caseNumber,
          agency: prepared.agencyName,
          exportedAt: new Date().toISOString(),
          complete: prepared.file.complete,
          missing: prepared.file.missing,
          documents: manifest,
        },
        null,
        2,
      ),
    ),
    'manifest.json',
  );
  zip.end();
  const out = path.join(os.tmpdir(), `zhifa-case-${randomBytes(8).toString('hex')}.zip`);
  await pipeline(zip.outputStream as unknown as Readable, createWriteStream(out));
  await Promise.all(temp.map((t) => rm(t, { force: true })));
  const { size } = await stat(out);
  return {
    path: out,
    size,
    fileName: `case-file-${prepared.row.id}.zip`,
    displayName: `${prepared.row.caseNumber} 电子卷宗.zip`,
  };
}
