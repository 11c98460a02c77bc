/**
 * Enforcement certificates (执法证件): status machine (DOMAIN §12.8, CERT-LIFE) and the guard that only a certified
 * officer acting within the certificate's categories and region may enforce (CERT-USE; APL Arts. 42, 52, 55).
 */
import { enforcementCategoryLabel } from './agencies.js';
import { compareDates, type IsoDate } from './dates.js';
import { regionContains } from './identifiers.js';

export const CERTIFICATE_STATUSES = ['VALID', 'SUSPENDED', 'RECALLED', 'REVOKED', 'CANCELLED', 'LOST'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

export const CERTIFICATE_STATUS_LABELS: Record<CertificateStatus, string> = {
  VALID: '有效',
  SUSPENDED: '暂扣',
  RECALLED: '收回',
  REVOKED: '吊销',
  CANCELLED: '注销',
  LOST: '挂失',
};

export const CERTIFICATE_ACTIONS = [
  'SUSPEND',
  'RESTORE',
  'RECALL',
  'CANCEL',
  'REVOKE',
  'REPORT_LOST',
  'REISSUE',
] as const;
export type CertificateAction = (typeof CERTIFICATE_ACTIONS)[number];

export const CERTIFICATE_ACTION_LABELS: Record<CertificateAction, string> = {
  SUSPEND: '暂扣',
  RESTORE: '恢复',
  RECALL: '收回',
  CANCEL: '注销',
  REVOKE: '吊销',
  REPORT_LOST: '挂失',
  REISSUE: '补发',
};

/**
 * Allowed source statuses and the target of each action (CERT-LIFE, §12.8):
 * - SUSPEND 暂扣: failed annual review or misconduct under investigation; RESTORE when cleared.
 * - RECALL 收回: holder left the enforcement post (transfer, retirement, resignation, dismissal).
 * - CANCEL 注销: the end of a recalled, revoked or lost card; directly from VALID/SUSPENDED on death or a criminal
 *   penalty, where there is nothing left to recall.
 * - REVOKE 吊销: card altered or lent, serious misconduct — the qualification is removed.
 * - REPORT_LOST 挂失 and REISSUE 补发 (the province decides whether the number changes).
 */
export const CERTIFICATE_TRANSITIONS: Record<
  CertificateAction,
  { from: readonly CertificateStatus[]; to: CertificateStatus }
> = {
  SUSPEND: { from: ['VALID'], to: 'SUSPENDED' },
  RESTORE: { from: ['SUSPENDED'], to: 'VALID' },
  RECALL: { from: ['VALID', 'SUSPENDED'], to: 'RECALLED' },
  CANCEL: { from: ['RECALLED', 'REVOKED', 'LOST', 'VALID', 'SUSPENDED'], to: 'CANCELLED' },
  REVOKE: { from: ['VALID', 'SUSPENDED'], to: 'REVOKED' },
  REPORT_LOST: { from: ['VALID', 'SUSPENDED'], to: 'LOST' },
  REISSUE: { from: ['LOST'], to: 'VALID' },
};

export type CertificateTransitionResult = { ok: true; status: CertificateStatus } | { ok: false; message: string };

export function isCertificateStatus(s: unknown): s is CertificateStatus {
  return typeof s === 'string' && (CERTIFICATE_STATUSES as readonly string[]).includes(s);
}

export function isCertificateAction(s: unknown): s is CertificateAction {
  return typeof s === 'string' && (CERTIFICATE_ACTIONS as readonly string[]).includes(s);
}

/**
 * Applies `action` to a certificate in `status`. Both arguments also accept plain strings (e.g. a database
 * column) and are checked at run time, so unknown values are refused rather than trusted.
 */
export function applyCertificateAction(
  status: CertificateStatus | (string & {}),
  action: CertificateAction | (string & {}),
): CertificateTransitionResult {
  if (!isCertificateAction(action)) return { ok: false, message: `未知的证件操作：${action}` };
  if (!isCertificateStatus(status)) return { ok: false, message: `证件状态无效：${status}` };
  if (!CERTIFICATE_TRANSITIONS[action].from.includes(status)) {
    return {
      ok: false,
      message: `证件当前状态为"${CERTIFICATE_STATUS_LABELS[status]}"，不能执行"${CERTIFICATE_ACTION_LABELS[action]}"`,
    };
  }
  return { ok: true, status: CERTIFICATE_TRANSITIONS[action].to };
}

/** The actions that may be applied to a certificate in `status` (for building menus). */
export function allowedCertificateActions(status: CertificateStatus): CertificateAction[] {
  return CERTIFICATE_ACTIONS.filter((a) => CERTIFICATE_TRANSITIONS[a].from.includes(status));
}

export interface CertificateFacts {
  number: string;
  status: CertificateStatus;
  validFrom: IsoDate;
  validUntil: IsoDate;
  /** Enforcement category codes (see ENFORCEMENT_CATEGORIES). */
  categories: string[];
  /** GB/T 2260 codes of the enforcement regions. */
  regions: string[];
}

export type OfficerActRefusalCode =
  | 'NO_CERTIFICATE'
  | 'NOT_VALID_STATUS'
  | 'EXPIRED'
  | 'NOT_YET_VALID'
  | 'CATEGORY'
  | 'REGION';

export type OfficerActCheck =
  | { allowed: true; certificateNumber: string }
  | { allowed: false; code: OfficerActRefusalCode; message: string };

/** How far a certificate got through the checks; the refusal reports the certificate that got furthest. */
const REFUSAL_RANK: Record<OfficerActRefusalCode, number> = {
  NO_CERTIFICATE: 0,
  NOT_VALID_STATUS: 1,
  EXPIRED: 2,
  NOT_YET_VALID: 2,
  CATEGORY: 3,
  REGION: 4,
};

function checkOne(
  c: CertificateFacts,
  act: { date: IsoDate; category: string; region: string },
): { allowed: true } | { allowed: false; code: OfficerActRefusalCode; message: string } {
  if (c.status !== 'VALID') {
    const label = CERTIFICATE_STATUS_LABELS[c.status] ?? String(c.status);
    return {
      allowed: false,
      code: 'NOT_VALID_STATUS',
      message: `执法证件${c.number}当前状态为"${label}"，不得从事执法活动`,
    };
  }
  if (compareDates(act.date, c.validFrom) < 0) {
    return {
      allowed: false,
      code: 'NOT_YET_VALID',
      message: `执法证件${c.number}自${c.validFrom}起生效，${act.date}尚未生效`,
    };
  }
  if (compareDates(act.date, c.validUntil) > 0) {
    return {
      allowed: false,
      code: 'EXPIRED',
      message: `执法证件${c.number}已于${c.validUntil}到期，${act.date}已过有效期`,
    };
  }
  if (!c.categories.includes(act.category)) {
    return {
      allowed: false,
      code: 'CATEGORY',
      message: `执法证件${c.number}的执法类别不包括"${enforcementCategoryLabel(act.category)}"`,
    };
  }
  if (!c.regions.some((r) => regionContains(r, act.region))) {
    return { allowed: false, code: 'REGION', message: `执法证件${c.number}的执法区域不包括行政区划${act.region}` };
  }
  return { allowed: true };
}

/**
 * CERT-USE / APL-42: the officer may take part in an act on `act.date` only if some certificate is VALID, within
 * its validity period (inclusive), and covers the act's category and region (a province or prefecture certificate
 * covers its subdivisions). When none qualifies, the reason given is that of the certificate closest to qualifying.
 */
export function mayOfficerAct(
  certificates: CertificateFacts[],
  act: { date: IsoDate; category: string; region: string },
): OfficerActCheck {
  let best: { code: OfficerActRefusalCode; message: string } | null = null;
  for (const c of certificates) {
    const r = checkOne(c, act);
    if (r.allowed) return { allowed: true, certificateNumber: c.number };
    if (!best || REFUSAL_RANK[r.code] > REFUSAL_RANK[best.code]) best = { code: r.code, message: r.message };
  }
  if (best) return { allowed: false, ...best };
  return { allowed: false, code: 'NO_CERTIFICATE', message: '该人员没有行政执法证件，不得从事执法活动' };
}

export type CertificateDisplayState = CertificateStatus | 'EXPIRED';

export const CERTIFICATE_DISPLAY_LABELS: Record<CertificateDisplayState, string> = {
  ...CERTIFICATE_STATUS_LABELS,
  EXPIRED: '已过期',
};

/** The status to show: a VALID certificate past its validUntil shows as EXPIRED (已过期); other statuses as stored. */
export function certificateDisplayState(
  c: { status: CertificateStatus | (string & {}); validUntil: IsoDate },
  today: IsoDate,
): CertificateDisplayState {
  if (!isCertificateStatus(c.status)) throw new RangeError(`Unknown certificate status: ${c.status}`);
  if (c.status === 'VALID' && compareDates(today, c.validUntil) > 0) return 'EXPIRED';
  return c.status;
}
