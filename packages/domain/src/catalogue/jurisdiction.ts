/**
 * Jurisdiction profiles (DOMAIN §11.2 JurisdictionConfig): per-jurisdiction values with DOMAIN.md's numbers as
 * national defaults. Layers (national → province → city → sector → agency) override earlier ones; each resolved
 * value records the layer it came from. Overrides are checked against the limits the law fixes.
 */
import { ENFORCEMENT_CATEGORY_CODES } from '../agencies.js';
import type { Confidence } from '../confidence';
import { isBlank, isNonNegativeFen } from './internal.js';
import type { PartyType } from './penalty.js';

export const PROFILE_LEVELS = ['NATIONAL', 'PROVINCE', 'CITY', 'SECTOR', 'AGENCY'] as const;
export type ProfileLevel = (typeof PROFILE_LEVELS)[number];
export const PROFILE_LEVEL_LABELS: Record<ProfileLevel, string> = {
  NATIONAL: '全国',
  PROVINCE: '省级',
  CITY: '市级',
  SECTOR: '行业',
  AGENCY: '本机关',
};

export interface PartyAmounts {
  naturalPersonFen: number;
  organisationFen: number;
}

/** HEAR-THRESH 较大数额, inclusive (≥): the fine and the confiscated amount that trigger the hearing right. */
export interface HearingThreshold {
  fine: PartyAmounts;
  confiscation: PartyAmounts;
}

/** REDACT: what online publication hides, and when a decision is not published at all. */
export interface RedactionProfile {
  naturalPersonFields: string[];
  organisationFields: string[];
  hideThirdPartyNames: boolean;
  withholdWhen: string[];
}

export interface ProfileValues {
  /** SAMR-5wd: working days to make statements after service of the prior notice. */
  statementWindowWd: number;
  /** APL-64-1: working days to request a hearing. */
  hearingRequestWd: number;
  /** APL-64-2: working days' notice before a hearing. */
  hearingNoticeWd: number;
  /** PUB-AFTER-7: working days to publish licensing and penalty decisions (SAMR45-9 allows 20). */
  penaltyPublicationWd: number;
  /** PUB-AFTER-20: working days to publish other enforcement decisions. */
  decisionPublicationWd: number;
  /** APL-48: working days to withdraw a published decision that was changed, revoked or found illegal/void. */
  publicationWithdrawalWd: number;
  /** REV-TIME: working days for the legal review. */
  legalReviewWd: number;
  /** TIME-NIGHT (ACL Art. 43): 'HH:MM' start and end of night. */
  nightHours: { start: string; end: string };
  /** REC-AV-FULL: AV activity codes (contracts AV_ACTIVITIES) that require full-process recording. */
  mandatoryAvActivities: string[];
  /** HEAR-THRESH by sector code (ENFORCEMENT_CATEGORY_CODES) or '*' for every sector. Merged per sector. */
  hearingThresholds: Record<string, HearingThreshold>;
  /** SAMR45-13 较低数额罚款 (3-month display); set by provincial authorities, no national value. */
  lowerAmountFine: PartyAmounts | null;
  redaction: RedactionProfile;
  /** §10.3 ex.5: whether agency-side calendar deadlines roll over a rest day. */
  rollOverForAgencyDeadlines: boolean;
}

export type ProfileKey = keyof ProfileValues;

export interface ProfileLayer {
  level: ProfileLevel;
  name: string;
  values: Partial<ProfileValues>;
  /** The rule or document each value rests on, e.g. { hearingThresholds: '京建发〔2023〕…' }. */
  rules?: Partial<Record<ProfileKey, string>>;
}

export interface ValueSource {
  level: ProfileLevel;
  name: string;
  rule?: string;
  /** DOMAIN.md confidence of a national default; 'M' values are unverified. */
  confidence?: Confidence;
}
export interface Sourced<T> {
  value: T;
  source: ValueSource;
}
export type ResolvedProfile = { [K in Exclude<ProfileKey, 'hearingThresholds'>]: Sourced<ProfileValues[K]> } & {
  hearingThresholds: Record<string, Sourced<HearingThreshold>>;
};

const yuanToFen = (yuan: number) => yuan * 100;

/** DOMAIN.md defaults, each with its rule ID and confidence. */
export const NATIONAL_DEFAULTS: ProfileLayer & { values: ProfileValues; confidence: Record<ProfileKey, Confidence> } = {
  level: 'NATIONAL',
  name: '全国默认值（DOMAIN.md）',
  values: {
    statementWindowWd: 5,
    hearingRequestWd: 5,
    hearingNoticeWd: 7,
    penaltyPublicationWd: 7,
    decisionPublicationWd: 20,
    publicationWithdrawalWd: 3,
    legalReviewWd: 10,
    nightHours: { start: '22:00', end: '06:00' },
    mandatoryAvActivities: ['SEAL_SEIZE', 'DEMOLITION'],
    hearingThresholds: {
      MARKET: {
        fine: { naturalPersonFen: yuanToFen(10_000), organisationFen: yuanToFen(100_000) },
        confiscation: { naturalPersonFen: yuanToFen(10_000), organisationFen: yuanToFen(100_000) },
      },
    },
    lowerAmountFine: null,
    redaction: {
      naturalPersonFields: ['HOME_ADDRESS', 'CONTACT', 'ID_NUMBER', 'BANK_ACCOUNT', 'HEALTH'],
      organisationFields: ['BANK_ACCOUNT'],
      hideThirdPartyNames: true,
      withholdWhen: ['MINOR', 'STATE_SECRET', 'TRADE_SECRET', 'PERSONAL_PRIVACY', 'SECURITY_STABILITY'],
    },
    rollOverForAgencyDeadlines: false,
  },
  rules: {
    statementWindowWd: 'SAMR-5wd',
    hearingRequestWd: 'APL-64-1',
    hearingNoticeWd: 'APL-64-2',
    penaltyPublicationWd: 'PUB-AFTER-7',
    decisionPublicationWd: 'PUB-AFTER-20',
    publicationWithdrawalWd: 'APL-48',
    legalReviewWd: 'REV-TIME',
    nightHours: 'TIME-NIGHT',
    mandatoryAvActivities: 'REC-AV-FULL',
    hearingThresholds: 'HEAR-THRESH',
    lowerAmountFine: 'SAMR45-13',
    redaction: 'REDACT',
    rollOverForAgencyDeadlines: 'TIME-ROLL',
  },
  confidence: {
    statementWindowWd: 'S',
    hearingRequestWd: 'V',
    hearingNoticeWd: 'V',
    penaltyPublicationWd: 'S',
    decisionPublicationWd: 'S',
    publicationWithdrawalWd: 'V',
    legalReviewWd: 'S',
    nightHours: 'M',
    mandatoryAvActivities: 'S',
    hearingThresholds: 'M',
    lowerAmountFine: 'V',
    redaction: 'S',
    rollOverForAgencyDeadlines: 'M',
  },
};

const PROFILE_KEYS = Object.keys(NATIONAL_DEFAULTS.values) as ProfileKey[];

export class ProfileError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`配置无效：${problems.join('；')}`);
    this.name = 'ProfileError';
    this.problems = problems;
  }
}

const isPositiveInt = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x > 0;
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const isPartyAmounts = (a: unknown): a is PartyAmounts =>
  typeof a === 'object' &&
  a !== null &&
  isNonNegativeFen((a as PartyAmounts).naturalPersonFen) &&
  isNonNegativeFen((a as PartyAmounts).organisationFen);

/** Keeps every national default in `value` (a local profile may add entries, never drop them). */
function missingDefaults(value: unknown, defaults: readonly string[]): string[] {
  const have = Array.isArray(value) ? value : [];
  return defaults.filter((d) => !have.includes(d));
}

/**
 * Problems with a layer's values, in Chinese: unknown keys, malformed values, and limits the law fixes —
 * hearing request ≥ 5 wd (APL Art. 64 para 1 item 1), hearing notice ≥ 7 wd (item 2), withdrawal ≤ 3 wd (APL Art.
 * 48), publication ≤ 20 wd (PUB-AFTER-20, SAMR45-9); and national defaults a layer may extend but not drop:
 * REC-AV-FULL activities and the REDACT fields (APL-50).
 */
export function validateProfileOverride(values: Partial<ProfileValues>): string[] {
  const p: string[] = [];
  for (const k of Object.keys(values)) if (!(PROFILE_KEYS as string[]).includes(k)) p.push(`未知的配置项：${k}`);
  const v = values;
  const int = (key: ProfileKey, label: string, check: (n: number) => string | null) => {
    const x = v[key];
    if (x === undefined) return;
    if (!isPositiveInt(x)) p.push(`${label}须为正整数（工作日）`);
    else {
      const msg = check(x);
      if (msg) p.push(`${label}${msg}`);
    }
  };
  int('statementWindowWd', '陈述申辩期限', () => null);
  int('hearingRequestWd', '听证申请期限', (n) =>
    n < 5 ? '不得少于 5 个工作日（行政处罚法第六十四条第一款第一项）' : null,
  );
  int('hearingNoticeWd', '听证通知期限', (n) =>
    n < 7 ? '不得少于 7 个工作日（行政处罚法第六十四条第一款第二项）' : null,
  );
  int('penaltyPublicationWd', '行政许可、行政处罚决定公示期限', (n) => (n > 20 ? '不得超过 20 个工作日' : null));
  int('decisionPublicationWd', '执法决定公示期限', (n) => (n > 20 ? '不得超过 20 个工作日' : null));
  int('publicationWithdrawalWd', '撤回公示信息期限', (n) =>
    n > 3 ? '不得超过 3 个工作日（行政处罚法第四十八条）' : null,
  );
  int('legalReviewWd', '法制审核期限', () => null);
  if (v.nightHours !== undefined) {
    const { start, end } = v.nightHours ?? { start: '', end: '' };
    if (!HHMM.test(String(start)) || !HHMM.test(String(end))) p.push('夜间时段须为 HH:MM 格式');
    else if (start === end) p.push('夜间时段的开始和结束时间不能相同');
  }
  if (v.mandatoryAvActivities !== undefined) {
    const list = v.mandatoryAvActivities;
    if (!Array.isArray(list) || list.some(isBlank)) p.push('全程音像记录事项须为非空的编码列表');
    const missing = missingDefaults(list, NATIONAL_DEFAULTS.values.mandatoryAvActivities);
    if (missing.length > 0) p.push(`全程音像记录事项不得删除查封扣押、强制拆除等法定事项（缺少${missing.join('、')}）`);
  }
  if (v.hearingThresholds !== undefined) {
    for (const [sector, t] of Object.entries(v.hearingThresholds ?? {})) {
      if (sector !== '*' && !(ENFORCEMENT_CATEGORY_CODES as readonly string[]).includes(sector)) {
        p.push(`听证数额标准的行业编码无效：${sector}`);
      }
      if (!t || !isPartyAmounts(t.fine) || !isPartyAmounts(t.confiscation)) {
        p.push(`行业"${sector}"的听证数额标准须为非负整数（分），区分自然人和法人或者其他组织`);
      }
    }
  }
  if (v.lowerAmountFine !== undefined && v.lowerAmountFine !== null && !isPartyAmounts(v.lowerAmountFine)) {
    p.push('较低数额罚款标准须为非负整数（分），区分自然人和法人或者其他组织');
  }
  if (v.redaction !== undefined) {
    const r = v.redaction;
    const d = NATIONAL_DEFAULTS.values.redaction;
    const missing = [
      ...missingDefaults(r?.naturalPersonFields, d.naturalPersonFields),
      ...missingDefaults(r?.organisationFields, d.organisationFields),
      ...missingDefaults(r?.withholdWhen, d.withholdWhen),
    ];
    if (missing.length > 0) p.push(`公示隐去规则不得删除默认项目（缺少${missing.join('、')}）`);
    if (r?.hideThirdPartyNames !== true) p.push('公示时应当隐去当事人以外的自然人姓名');
  }
  if (v.rollOverForAgencyDeadlines !== undefined && typeof v.rollOverForAgencyDeadlines !== 'boolean') {
    p.push('机关期限顺延设置须为是或否');
  }
  return p;
}

/**
 * NATIONAL_DEFAULTS, then each layer in order (later overrides earlier); every value carries its source. Hearing
 * thresholds merge per sector (a layer replaces whole sector entries); other values are replaced whole. Throws
 * ProfileError when a layer fails `validateProfileOverride` (messages prefixed with the layer's name).
 */
export function resolveProfile(layers: readonly ProfileLayer[]): ResolvedProfile {
  const problems = layers.flatMap((l) => validateProfileOverride(l.values).map((m) => `${l.name}：${m}`));
  if (problems.length > 0) throw new ProfileError(problems);
  const out: Record<string, unknown> = { hearingThresholds: {} };
  for (const layer of [NATIONAL_DEFAULTS as ProfileLayer, ...layers]) {
    for (const key of PROFILE_KEYS) {
      const value = layer.values[key];
      if (value === undefined) continue;
      const source: ValueSource = { level: layer.level, name: layer.name };
      const rule = layer.rules?.[key];
      if (rule !== undefined) source.rule = rule;
      if (layer === NATIONAL_DEFAULTS) source.confidence = NATIONAL_DEFAULTS.confidence[key];
      if (key === 'hearingThresholds') {
        const merged = out.hearingThresholds as Record<string, Sourced<HearingThreshold>>;
        for (const [sector, t] of Object.entries(value as Record<string, HearingThreshold>)) {
          merged[sector] = { value: structuredClone(t), source: { ...source } };
        }
      } else {
        out[key] = { value: structuredClone(value), source };
      }
    }
  }
  return out as ResolvedProfile;
}

/**
 * HEAR-THRESH: the inclusive fine and confiscation amounts from which the party may request a hearing (APL Art.
 * 63 para 1 items 1–2), for the sector or else the '*' entry; null when neither is configured.
 */
export function hearingThreshold(
  profile: ResolvedProfile,
  sector: string,
  partyType: PartyType,
): { fineFen: number; confiscationFen: number; source: ValueSource } | null {
  const entry = profile.hearingThresholds[sector] ?? profile.hearingThresholds['*'];
  if (!entry) return null;
  const pick = (a: PartyAmounts) => (partyType === 'NATURAL_PERSON' ? a.naturalPersonFen : a.organisationFen);
  return { fineFen: pick(entry.value.fine), confiscationFen: pick(entry.value.confiscation), source: entry.source };
}
