import type { IsoDate } from '@zhifa/domain';
import type { Config } from '../../platform/config';
import type { FieldCipher } from '../../platform/crypto';
import type { cases } from '../cases/cases.tables';
import type { BlobStore } from '../records/storage/blob-store';
import type { PriorDocument } from './content';
import type { documents } from './documents.tables';

/** The public types of the documents module (see README.md in this folder). */

export type PartyKind = 'NATURAL_PERSON' | 'LEGAL_PERSON' | 'UNINCORPORATED_ORG' | 'INDIVIDUAL_BUSINESS';

/** Who issues: the signed-in user (an `Actor` fits) or a system actor with a user id. */
export interface IssueActor {
  userId: string;
  displayName: string;
  ip?: string | null;
  requestId?: string | null;
}

export interface IssueAgency {
  id: string;
  name: string;
  /** agencies.short_name: the 文号 prefix (青溪市监罚〔2026〕3号). */
  shortName: string;
  regionCode: string;
  /** Region name for default remedy bodies ({regionName}人民政府 / 人民法院); blank lines when absent. */
  regionName?: string;
  address?: string;
  phone?: string;
}

/** A party with its FULL (decrypted) identifiers: they appear in the rendered file only, never in `content`. */
export interface IssueParty {
  id: string;
  kind: PartyKind;
  /** Set for an agent (委托代理人): the id of the party they act for. */
  agentFor?: string | null;
  name: string;
  gender?: 'M' | 'F' | string | null;
  birthDate?: IsoDate | null;
  idType?: string | null;
  idNumber?: string | null;
  creditCode?: string | null;
  legalRepresentative?: string | null;
  address?: string | null;
  phone?: string | null;
  serviceAddress?: { address: string; eServiceConsent?: boolean; signedOn?: IsoDate } | null;
}

export interface IssueOfficer {
  id: string;
  name: string;
  certificateNumbers: string[];
  /** LEAD, ASSISTANT, HEARING_HOST, RECORDER */
  role?: string;
}

export interface IssueInput {
  actor: IssueActor;
  agency: IssueAgency;
  caseRow: typeof cases.$inferSelect;
  parties: IssueParty[];
  officers: IssueOfficer[];
  /** The case event (action) that produced the documents; null for documents made outside an action. */
  eventId: string | null;
  action: string;
  /** The date of the act: the 文号 year and the date line of the documents. */
  date: IsoDate;
  /** DOMAIN §5.1 codes, e.g. ['PENALTY_DECISION']; CREDIT_REPAIR_NOTICE is added for organisations (两书同达). */
  codes: string[];
  /**
   * The case facts after the action. A field is looked up as `facts.documents[CODE][key]`, then `facts[key]`,
   * then the template's fact paths (e.g. 'penalty.fineFen'); see README.md for each template's keys.
   */
  facts: Record<string, unknown>;
  /** The documents already in the case, oldest first, when the caller has read them (else issuing reads them). */
  caseDocuments?: PriorDocument[];
}

export interface DocumentDeps {
  blobStore: BlobStore;
  config: Config;
  /** Encrypts the full identifiers kept beside `content` so a later render shows them; without it they stay masked. */
  cipher?: FieldCipher;
}

export interface IssuedDocument {
  id: string;
  code: string;
  title: string;
  number: string;
  templateVersion: number;
  /** Required fields of the template that no fact filled (shown as blank lines to fill in by hand). */
  missing: string[];
  rendered: boolean;
  docxSha256: string | null;
  htmlSha256: string | null;
  digestSm3: string | null;
  sealKeyId: string | null;
}

export type DocumentRow = typeof documents.$inferSelect;

/** A party as kept in `content`: masked identifiers, plus their SM4 ciphertext when a cipher was given. */
export interface ContentParty {
  id: string;
  kind: PartyKind;
  agentFor: string | null;
  name: string;
  gender: string | null;
  birthDate: IsoDate | null;
  idType: string | null;
  idNumberMasked: string | null;
  creditCode: string | null;
  legalRepresentative: string | null;
  address: string;
  phoneMasked: string | null;
  serviceAddress: string | null;
}

/** The immutable `documents.content`: everything the renderer needs, nothing unmasked. */
export interface DocumentContent {
  v: 1;
  code: string;
  title: string;
  number: string;
  templateVersion: number;
  date: IsoDate;
  agency: { id: string; name: string; shortName: string; regionCode: string; regionName: string | null };
  case: {
    id: string;
    caseNumber: string;
    cause: string;
    procedure: string;
    category: string;
    source: string;
  };
  parties: ContentParty[];
  officers: IssueOfficer[];
  /** Field values by template key, already resolved from the facts; sensitive ones masked. */
  values: Record<string, unknown>;
  /** SM4 ciphertexts (FieldCipher) of sensitive values: 'party:<id>:idNumber', 'party:<id>:phone', 'field:<key>'. */
  secrets: Record<string, string>;
  missing: string[];
}

export interface DocumentSignatureView {
  id: string;
  role: string;
  personName: string;
  method: string;
  refused: boolean;
  note: string;
  recordedBy: string;
  signedAt: string;
}

/** GET /api/documents/:id */
export interface DocumentView {
  id: string;
  caseId: string;
  agencyId: string;
  code: string;
  title: string;
  number: string;
  templateVersion: number;
  internal: boolean;
  issuedAt: string;
  issuedBy: string;
  eventId: string | null;
  rendered: boolean;
  docxSha256: string | null;
  htmlSha256: string | null;
  docxSize: number | null;
  digestSm3: string | null;
  /** The seal mark is printed (外部文书 carrying the agency seal); every rendered document is SM2-signed anyway. */
  sealed: boolean;
  /** The agency's electronic seal: SM2 over the text `zhifa-document-seal/1\n<digestSm3>\n` (see seal.ts). */
  seal: {
    algorithm: 'SM2-SM3';
    keyId: string;
    signature: string;
    publicKeyPem: string;
    sealedAt: string | null;
  } | null;
  missing: string[];
  signatures: DocumentSignatureView[];
  htmlUrl: string;
  docxUrl: string;
}

/** GET /api/document-templates */
export interface DocumentTemplateView {
  code: string;
  title: string;
  version: number;
  numbering: string;
  internal: boolean;
  sealed: boolean;
  fields: { key: string; label: string; kind: string; required: boolean; from: string[] }[];
}
