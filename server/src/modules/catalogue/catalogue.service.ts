import type { ListDiff, ListType, ListVersionDetail, ListVersionSummary, Paged } from '@zhifa/contracts';
import type { ProposedDecision } from '@zhifa/domain';
import type { Actor } from '../../platform/auth/permissions';
import type { Database } from '../../platform/db';
import { notFound } from '../../platform/errors';
import type { Performer } from './catalogue.actor';
import { templateWorkbook, XLSX_TYPE } from './catalogue.excel';
import { CatalogueImports, type CatalogueImportView, type ImportOf } from './catalogue.import';
import { LIST_TYPE_LABELS } from './catalogue.labels';
import {
  CataloguePublic,
  type ExportedFile,
  type ExportTarget,
  type PublishedList,
  type PublishedVersion,
} from './catalogue.public';
import { CatalogueReader, mayRead } from './catalogue.read';
import { type AgencyProfile, CatalogueRules, type ReviewRequirementResult } from './catalogue.rules';
import type { SearchResult } from './catalogue.search';
import { CatalogueWorkflow, type DraftInput, type SavedDetail } from './catalogue.workflow';

/**
 * The enforcement catalogue (issue 4): versioned lists per agency and their publication workflow,
 * import/export, the public data and the evaluations other modules use. Each use case lives in its
 * own file; this class is the one entry point (services.catalogue).
 *
 * Staff functions take the signed-in Actor; `Performer` also admits SYSTEM_ACTOR (demo data),
 * which passes the ability checks but goes through the same validation, hashing, indexing and audit.
 */
export class CatalogueService {
  private readonly reader: CatalogueReader;
  private readonly workflow: CatalogueWorkflow;
  private readonly imports: CatalogueImports;
  private readonly publicData: CataloguePublic;
  private readonly rules: CatalogueRules;

  constructor(readonly database: Database) {
    this.reader = new CatalogueReader(database);
    this.workflow = new CatalogueWorkflow(database);
    this.imports = new CatalogueImports(database, this.workflow);
    this.publicData = new CataloguePublic(database);
    this.rules = new CatalogueRules(database);
  }

  // ── staff: versions and workflow ──────────────────────────────────────────────────────────────
  list(
    actor: Actor,
    q: { agencyId?: string; listType?: ListType; page: number; pageSize: number },
  ): Promise<Paged<ListVersionSummary>> {
    return this.reader.list(actor, q);
  }
  get(p: Performer, id: string): Promise<ListVersionDetail> {
    return this.reader.get(p, id);
  }
  diff(p: Performer, id: string, againstId: string): Promise<ListDiff> {
    return this.reader.diff(p, id, againstId);
  }
  createDraft(
    p: Performer,
    agencyId: string,
    listType: ListType,
    input: { effectiveFrom?: string; changeReason?: string } = {},
  ): Promise<ListVersionDetail> {
    return this.workflow.createDraft(p, agencyId, listType, input);
  }
  save(p: Performer, id: string, input: DraftInput): Promise<SavedDetail> {
    return this.workflow.save(p, id, input);
  }
  submit(p: Performer, id: string, comment?: string): Promise<ListVersionDetail> {
    return this.workflow.submit(p, id, comment);
  }
  returnForChanges(p: Performer, id: string, comment: string): Promise<ListVersionDetail> {
    return this.workflow.returnForChanges(p, id, comment);
  }
  approve(p: Performer, id: string, comment?: string): Promise<ListVersionDetail> {
    return this.workflow.approve(p, id, comment);
  }
  publish(p: Performer, id: string, comment?: string): Promise<ListVersionDetail> {
    return this.workflow.publish(p, id, comment);
  }

  // ── staff: files ──────────────────────────────────────────────────────────────────────────────
  async template(listType: ListType): Promise<ExportedFile> {
    return {
      fileName: `${LIST_TYPE_LABELS[listType]}导入模板.xlsx`,
      contentType: XLSX_TYPE,
      body: await templateWorkbook(listType),
    };
  }
  /** Any version the actor may read (drafts included), as xlsx or CSV. */
  async exportList(actor: Actor, id: string, format: 'xlsx' | 'csv'): Promise<ExportedFile> {
    return this.publicData.exportFile(id, format, actor);
  }
  startImport(
    actor: Actor,
    agencyId: string,
    listType: ListType,
    fileName: string,
    buffer: Buffer,
  ): Promise<CatalogueImportView> {
    return this.imports.start(actor, agencyId, listType, fileName, buffer);
  }
  importView(actor: Actor, id: string, where?: ImportOf): Promise<CatalogueImportView> {
    return this.imports.view(actor, id, where);
  }
  applyImport(actor: Actor, id: string, where?: ImportOf): Promise<ListVersionDetail> {
    return this.imports.apply(actor, id, where);
  }

  // ── public (portal and /api/public): published versions only, no session ─────────────────────
  /** The current published version of a list, or version n of its history. 404 when none. */
  publishedList(agencyId: string, listType: ListType, version?: number): Promise<PublishedList> {
    return this.publicData.publishedList(agencyId, listType, version);
  }
  /** Publication history, newest first: version, effectiveFrom, publishedAt, contentHash, entryCount. */
  versions(agencyId: string, listType: ListType): Promise<PublishedVersion[]> {
    return this.publicData.versions(agencyId, listType);
  }
  /** The list types an agency has published (current versions). */
  publishedTypes(agencyId: string): Promise<{ listType: ListType; version: number; publishedAt: string }[]> {
    return this.publicData.publishedTypes(agencyId);
  }
  /** Chinese keyword search over every agency's published entries (jieba tokens, ILIKE fallback). */
  search(q: string, opts: { listType?: ListType; page?: number; pageSize?: number } = {}): Promise<SearchResult> {
    return this.publicData.search(q, opts);
  }
  /**
   * A file of a version: a list id (published only, unless a performer who may read the draft is
   * given) or { agencyId, listType, version? } (published; current when version is omitted).
   */
  exportFile(target: ExportTarget, format: 'xlsx' | 'csv', performer?: Performer): Promise<ExportedFile> {
    return this.publicData.exportFile(target, format, performer);
  }

  // ── evaluations used by other modules ─────────────────────────────────────────────────────────
  /** REV-SCOPE / APL-58 against the agency's published review catalogue (for the legal-review issue). */
  reviewRequiredFor(agencyId: string, decision: ProposedDecision): Promise<ReviewRequirementResult> {
    return this.rules.reviewRequiredFor(agencyId, decision);
  }
  /** National defaults overridden by the agency's published 执法参数, with the source of each value. */
  profileFor(agencyId: string): Promise<AgencyProfile> {
    return this.rules.profileFor(agencyId);
  }
  async reviewRequiredAs(actor: Actor, agencyId: string, decision: ProposedDecision): Promise<ReviewRequirementResult> {
    if (!mayRead(actor, agencyId)) throw notFound('执法主体');
    return this.rules.reviewRequiredFor(agencyId, decision);
  }
  async profileAs(actor: Actor, agencyId: string): Promise<AgencyProfile> {
    if (!mayRead(actor, agencyId)) throw notFound('执法主体');
    return this.rules.profileFor(agencyId);
  }
}

export type { CatalogueImportView, ExportedFile, PublishedList, PublishedVersion, SearchResult };
