import { addMonths, addYears, compareDates, type IsoDate } from './dates.js';

/**
 * Retention of full-process records (执法全过程记录的保存期限).
 *
 * GO118 and the local AV rules (REC-AV-MGMT: "retention per local list") leave the periods to local
 * lists; these four classes are the defaults a deployment starts from:
 *   CASE_EVIDENCE — records that belong to a case file are kept with the case file (随案卷保存). They
 *                   have no end of their own here: the end is the archive period of the case file,
 *                   counted from archiving, which the case module sets when it archives the file.
 *   PERMANENT     — kept permanently (some local lists keep case-related recordings permanently).
 *   LONG_30Y      — 30 years from entry into the store.
 *   ROUTINE_6M    — routine recordings not used as evidence: 6 months from entry (the common local
 *                   minimum for AV records of daily patrols and windows).
 * A period of months or years ends on the corresponding date (TIME-MONTH, Civil Code Art. 202); the
 * record is kept through that date and may be disposed of from the next day on.
 */
export const RETENTION_CLASSES = ['CASE_EVIDENCE', 'PERMANENT', 'LONG_30Y', 'ROUTINE_6M'] as const;
export type RetentionClass = (typeof RETENTION_CLASSES)[number];

export const RETENTION_LABELS: Record<RetentionClass, string> = {
  CASE_EVIDENCE: '随案卷保存',
  PERMANENT: '永久保存',
  LONG_30Y: '保存 30 年',
  ROUTINE_6M: '保存 6 个月',
};

/** Months of the minimum period, or null when the class has no automatic end. */
export const RETENTION_MONTHS: Record<RetentionClass, number | null> = {
  CASE_EVIDENCE: null,
  PERMANENT: null,
  LONG_30Y: 30 * 12,
  ROUTINE_6M: 6,
};

export function isRetentionClass(s: unknown): s is RetentionClass {
  return typeof s === 'string' && (RETENTION_CLASSES as readonly string[]).includes(s);
}

/**
 * The last day the record must be kept, counted from the day it entered the store, or null when
 * the class has no automatic end (kept with the case file, or permanently).
 */
export function retainUntil(retentionClass: RetentionClass, createdOn: IsoDate): IsoDate | null {
  switch (retentionClass) {
    case 'LONG_30Y':
      return addYears(createdOn, 30);
    case 'ROUTINE_6M':
      return addMonths(createdOn, 6);
    default:
      return null;
  }
}

export interface RetentionFacts {
  retentionClass: string;
  retainUntil: IsoDate | null;
  legalHold: boolean;
  status: 'ACTIVE' | 'DISPOSED';
}

export type DisposalRefusalCode =
  | 'ALREADY_DISPOSED'
  | 'LEGAL_HOLD'
  | 'PERMANENT'
  | 'KEPT_WITH_CASE_FILE'
  | 'RETENTION_NOT_REACHED';

export interface DisposalRefusal {
  code: DisposalRefusalCode;
  message: string;
}

export type DisposalCheck = { ok: true } | { ok: false; refusals: DisposalRefusal[] };

/**
 * Whether a record may be disposed of today (issue 3 §5): never under a legal hold (诉讼保全 /
 * 保全), never before the end of its retention period, never twice. Every applicable reason is
 * returned so the user sees them all at once.
 */
export function mayDispose(record: RetentionFacts, today: IsoDate): DisposalCheck {
  const refusals: DisposalRefusal[] = [];
  if (record.status === 'DISPOSED') refusals.push({ code: 'ALREADY_DISPOSED', message: '该记录已处置' });
  if (record.legalHold) refusals.push({ code: 'LEGAL_HOLD', message: '该记录处于保全状态，不得处置' });
  if (record.retainUntil === null) {
    if (record.retentionClass === 'CASE_EVIDENCE') {
      refusals.push({
        code: 'KEPT_WITH_CASE_FILE',
        message: '该记录随案卷保存，须待案卷归档并届满档案保管期限后方可处置',
      });
    } else {
      refusals.push({ code: 'PERMANENT', message: '该记录永久保存，不得处置' });
    }
  } else if (compareDates(today, record.retainUntil) <= 0) {
    refusals.push({
      code: 'RETENTION_NOT_REACHED',
      message: `该记录保存期限至 ${record.retainUntil}，期限届满前不得处置`,
    });
  }
  return refusals.length ? { ok: false, refusals } : { ok: true };
}
