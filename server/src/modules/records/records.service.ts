import type { Paged, RecordDetail, RecordInput, RecordSummary } from '@zhifa/contracts';
import { appendAudit } from '../../platform/audit/audit.service';
import { actorOf } from '../../platform/auth/auth.service';
import { type Actor, agenciesFor, hasAbility } from '../../platform/auth/permissions';
import type { Config } from '../../platform/config';
import type { Database } from '../../platform/db';
import { type AccessRegisterEntry, type AccessRegisterQuery, accessRegister } from './records.access';
import { createRecord, editMetadata, type RecordMetadataEdit } from './records.create';
import { type DisposalOutcome, decideDisposal, requestDisposal, setLegalHold } from './records.disposal';
import { type OpenedFile, openRecordFile, requireReason } from './records.files';
import { type FilesVerification, type FixityRun, runFixity, verifyFiles } from './records.fixity';
import { listRecords, loadRecord, type RecordListQuery, recordDetail } from './records.queries';
import type { BlobStore } from './storage/blob-store';

/** Evidence and audio-video records: metadata versions, files, custody, access, retention. */
export class RecordsService {
  constructor(
    readonly database: Database,
    readonly config: Config,
    readonly blobStore: BlobStore,
  ) {}

  private readScope(actor: Actor) {
    return { kind: 'agencies' as const, agencyIds: agenciesFor(actor, 'record.read') };
  }

  /** The record page as the actor may see it, without an access record (after the actor's own change). */
  private detailAfterChange(actor: Actor, id: string): Promise<RecordDetail> {
    return this.database.tx(this.readScope(actor), async (tx) =>
      recordDetail(tx, actor, await loadRecord(tx, actor, id, 'record.read')),
    );
  }

  async create(actor: Actor, input: RecordInput): Promise<RecordDetail> {
    const id = await createRecord(this.database, actor, input);
    return this.detailAfterChange(actor, id);
  }

  /** Records in the agencies where the actor may read them (a supervisor: the whole region). */
  async list(
    actor: Actor,
    q: RecordListQuery,
  ): Promise<Paged<RecordSummary> & { abilities: { create: boolean; accessRegister: boolean } }> {
    const scope = this.readScope(actor);
    const page = await this.database.tx(scope, (tx) => listRecords(tx, scope.agencyIds, q));
    return {
      ...page,
      abilities: {
        create: agenciesFor(actor, 'record.create').length > 0,
        accessRegister: hasAbility(actor, 'access.read'),
      },
    };
  }

  /** Opening the record page is a look at the record: it writes the access record (调阅记录). */
  get(actor: Actor, id: string, reason?: string): Promise<RecordDetail> {
    return this.database.tx(this.readScope(actor), async (tx) => {
      const r = await loadRecord(tx, actor, id, 'record.read');
      const given = requireReason(r, reason);
      await appendAudit(tx, actorOf(actor), {
        type: 'RECORD_VIEWED',
        subjectType: 'record',
        subjectId: id,
        agencyId: r.agencyId,
        payload: { reason: given },
      });
      return recordDetail(tx, actor, r);
    });
  }

  async editMetadata(actor: Actor, id: string, input: RecordMetadataEdit): Promise<RecordDetail> {
    await editMetadata(this.database, actor, id, input);
    return this.detailAfterChange(actor, id);
  }

  /**
   * A custody fact: the record was shown or handed to someone (another agency, a court, a party's
   * lawyer …). Nothing leaves the system here; the register says to whom and why.
   */
  async share(actor: Actor, id: string, input: { to: string; reason: string }): Promise<void> {
    await this.database.tx(this.readScope(actor), async (tx) => {
      const r = await loadRecord(tx, actor, id, 'record.read');
      await appendAudit(tx, actorOf(actor), {
        type: 'RECORD_SHARED',
        subjectType: 'record',
        subjectId: id,
        agencyId: r.agencyId,
        payload: { to: input.to, reason: input.reason },
      });
    });
  }

  async setLegalHold(actor: Actor, id: string, input: { hold: boolean; reason: string }): Promise<RecordDetail> {
    await setLegalHold(this.database, actor, id, input);
    return this.detailAfterChange(actor, id);
  }

  async requestDisposal(actor: Actor, id: string, input: { reason: string }): Promise<RecordDetail> {
    await requestDisposal(this.database, actor, id, input);
    return this.detailAfterChange(actor, id);
  }

  async decideDisposal(
    actor: Actor,
    id: string,
    requestId: string,
    input: { approve: boolean; note: string },
  ): Promise<{ outcome: DisposalOutcome; record: RecordDetail }> {
    const outcome = await decideDisposal(this.database, this.blobStore, actor, id, requestId, input);
    return { outcome, record: await this.detailAfterChange(actor, id) };
  }

  /** A file's bytes for the player (ranges) or as a download; writes the access record first. */
  openFile(
    actor: Actor,
    id: string,
    fileId: string,
    opts: { mode: 'stream' | 'download'; range?: string; reason?: string },
  ): Promise<OpenedFile> {
    return openRecordFile(this.database, this.blobStore, actor, id, fileId, opts);
  }

  /** The access register, for the supervisor (its region) and the audit administrator (all). */
  accessRegister(actor: Actor, q: AccessRegisterQuery): Promise<Paged<AccessRegisterEntry>> {
    return accessRegister(this.database, actor, q);
  }

  /** One run of the fixity job; `maxBytes` is the pace (defaults to the configured bytes per run). */
  runFixity(opts: { maxBytes?: number } = {}): Promise<FixityRun> {
    return runFixity(this.database, this.blobStore, opts.maxBytes ?? this.config.fixity.bytesPerRun);
  }

  /** Every stored object re-hashed; the record files whose bytes are missing or altered (zhifa verify). */
  verifyFiles(): Promise<FilesVerification> {
    return verifyFiles(this.database, this.blobStore);
  }
}
