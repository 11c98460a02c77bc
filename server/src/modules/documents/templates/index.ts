import { COERCION_DECISION, COERCION_EXTEND, COERCION_RELEASE, FREEZE_DECISION, TEST_NOTICES } from './coercion';
import {
  CREDIT_REPAIR_NOTICE,
  DECISION_APPROVAL,
  GROUP_DISCUSSION,
  LEGAL_REVIEW,
  NO_PENALTY_DECISION,
  ONSPOT_DECISION,
  PENALTY_DECISION,
} from './decision';
import {
  CLOSE_APPROVAL,
  COURT_EXEC_APP,
  DEFER_PAYMENT,
  EXEC_DECISION,
  FILE_COVER,
  PERFORM_REMINDER,
  SERVICE_RECEIPT,
} from './execution';
import {
  CRIME_TRANSFER,
  FILING_APPROVAL,
  INQUIRY_RECORD,
  INVESTIGATION_END,
  ORDER_CORRECT,
  PRESERVE_NOTICE,
  SITE_RECORD,
} from './investigation';
import {
  LICENCE_ACCEPTANCE,
  LICENCE_CERTIFICATE,
  LICENCE_CORRECTION_NOTICE,
  LICENCE_GRANT_DECISION,
  LICENCE_NOT_ACCEPTED,
  LICENCE_REFUSAL_DECISION,
} from './licence';
import { HEARING_NOTICE, HEARING_RECORD, HEARING_RIGHT_NOTICE, PENALTY_PRENOTICE, STATEMENT_RECORD } from './notice';
import type { DocumentTemplate } from './template.types';

export type { Block, ColumnDef, DocumentTemplate, FieldDef, FieldKind, SignatureSlot } from './template.types';

/**
 * Every template version ever published. A new version is appended (never edited in place), so documents
 * issued with an older version re-render exactly as they were issued.
 */
export const TEMPLATES: readonly DocumentTemplate[] = [
  // in the order of DOMAIN §5.1 (lead → filing → investigation → coercion → notice → decision → performance)
  CRIME_TRANSFER,
  FILING_APPROVAL,
  SITE_RECORD,
  INQUIRY_RECORD,
  PRESERVE_NOTICE,
  COERCION_DECISION,
  COERCION_EXTEND,
  COERCION_RELEASE,
  TEST_NOTICES,
  ORDER_CORRECT,
  INVESTIGATION_END,
  LEGAL_REVIEW,
  GROUP_DISCUSSION,
  PENALTY_PRENOTICE,
  HEARING_RIGHT_NOTICE,
  HEARING_NOTICE,
  HEARING_RECORD,
  STATEMENT_RECORD,
  DECISION_APPROVAL,
  PENALTY_DECISION,
  ONSPOT_DECISION,
  NO_PENALTY_DECISION,
  SERVICE_RECEIPT,
  DEFER_PAYMENT,
  PERFORM_REMINDER,
  EXEC_DECISION,
  COURT_EXEC_APP,
  FREEZE_DECISION,
  CLOSE_APPROVAL,
  CREDIT_REPAIR_NOTICE,
  FILE_COVER,
  // licensing (行政许可法)
  LICENCE_ACCEPTANCE,
  LICENCE_CORRECTION_NOTICE,
  LICENCE_NOT_ACCEPTED,
  LICENCE_GRANT_DECISION,
  LICENCE_REFUSAL_DECISION,
  LICENCE_CERTIFICATE,
];

const byKey = new Map(TEMPLATES.map((t) => [`${t.code}@${t.version}`, t]));
const latest = new Map<string, DocumentTemplate>();
for (const t of TEMPLATES) {
  const seen = latest.get(t.code);
  if (!seen || seen.version < t.version) latest.set(t.code, t);
}

/** The version new documents are issued with. */
export function latestTemplate(code: string): DocumentTemplate | null {
  return latest.get(code) ?? null;
}

/** The exact version an issued document used. */
export function templateFor(code: string, version: number): DocumentTemplate | null {
  return byKey.get(`${code}@${version}`) ?? null;
}

/** The current version of every code, in catalogue order. */
export function currentTemplates(): DocumentTemplate[] {
  return [...latest.values()];
}
