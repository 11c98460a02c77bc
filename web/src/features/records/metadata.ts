import type { AvMetadata, EvidenceMetadata } from '@zhifa/contracts';
import type { Dayjs } from 'dayjs';
import { formatDateTime } from '../../app/format';
import {
  AV_ACTIVITY_LABELS,
  DEVICE_TYPE_LABELS,
  EVIDENCE_METHOD_LABELS,
  EVIDENCE_TYPE_LABELS,
  label,
} from '../../app/labels';
import { beijingIso, fromBeijingIso } from './format';

export type RecordKind = 'EVIDENCE' | 'AV_RECORD';

/** Form values of the metadata: as the API body, with moments as dayjs for the pickers. */
export interface EvidenceFormValues {
  evidenceType?: string;
  description?: string;
  source?: string;
  collectedBy?: string[];
  collectedAt?: Dayjs | null;
  place?: string;
  method?: string;
}

export interface GapFormValues {
  from?: Dayjs | null;
  to?: Dayjs | null;
  reason?: string;
}

export interface AvFormValues {
  deviceId?: string | null;
  deviceType?: string;
  deviceSerialNo?: string;
  deviceOwnerUnit?: string;
  operators?: string[];
  activity?: string;
  startedAt?: Dayjs | null;
  endedAt?: Dayjs | null;
  deviceClockOffsetSeconds?: number | null;
  locationText?: string;
  gps?: { lat?: number | null; lng?: number | null } | null;
  announcedToParty?: boolean;
  gaps?: GapFormValues[];
  description?: string;
}

export type MetadataFormValues = EvidenceFormValues & AvFormValues;

const iso = beijingIso;
const trim = (s: string | undefined) => (s ?? '').trim();

export function toMetadataBody(kind: RecordKind, m: MetadataFormValues): EvidenceMetadata | AvMetadata {
  if (kind === 'EVIDENCE') {
    return {
      evidenceType: m.evidenceType as EvidenceMetadata['evidenceType'],
      description: trim(m.description),
      source: trim(m.source),
      collectedBy: m.collectedBy ?? [],
      collectedAt: iso(m.collectedAt),
      place: trim(m.place),
      method: m.method as EvidenceMetadata['method'],
    };
  }
  const lat = m.gps?.lat;
  const lng = m.gps?.lng;
  return {
    deviceId: m.deviceId ?? null,
    deviceType: m.deviceType as AvMetadata['deviceType'],
    deviceSerialNo: trim(m.deviceSerialNo),
    deviceOwnerUnit: trim(m.deviceOwnerUnit),
    operators: m.operators ?? [],
    activity: m.activity as AvMetadata['activity'],
    startedAt: iso(m.startedAt),
    endedAt: iso(m.endedAt),
    deviceClockOffsetSeconds: Math.round(m.deviceClockOffsetSeconds ?? 0),
    locationText: trim(m.locationText),
    gps: typeof lat === 'number' && typeof lng === 'number' ? { lat, lng } : null,
    announcedToParty: m.announcedToParty as boolean,
    gaps: (m.gaps ?? []).map((g) => ({ from: iso(g.from), to: iso(g.to), reason: trim(g.reason) })),
    description: trim(m.description),
  };
}

const toDay = (v: unknown) => (typeof v === 'string' ? fromBeijingIso(v) : null);

/** The stored metadata as form values, for editing. */
export function fromMetadata(metadata: unknown): MetadataFormValues {
  const m = (metadata ?? {}) as Record<string, unknown>;
  const gaps = Array.isArray(m.gaps) ? (m.gaps as { from: string; to: string; reason: string }[]) : [];
  return {
    ...(m as MetadataFormValues),
    collectedAt: toDay(m.collectedAt),
    startedAt: toDay(m.startedAt),
    endedAt: toDay(m.endedAt),
    gaps: gaps.map((g) => ({ from: toDay(g.from), to: toDay(g.to), reason: g.reason })),
  };
}

export const METADATA_KEY_LABELS: Record<string, string> = {
  evidenceType: '证据类型',
  description: '说明',
  source: '证据来源',
  collectedBy: '收集人员',
  collectedAt: '收集时间',
  place: '收集地点',
  method: '收集方式',
  deviceId: '登记设备',
  deviceType: '设备类型',
  deviceSerialNo: '设备编号',
  deviceOwnerUnit: '设备所属单位',
  operators: '摄录人员',
  activity: '执法活动',
  startedAt: '开始时间',
  endedAt: '结束时间',
  deviceClockOffsetSeconds: '设备时钟偏差（秒）',
  locationText: '地点',
  gps: 'GPS 坐标',
  announcedToParty: '已告知当事人正在录音录像',
  gaps: '中断记录',
};

const EVIDENCE_KEYS = ['evidenceType', 'description', 'source', 'collectedBy', 'collectedAt', 'place', 'method'];
const AV_KEYS = [
  'activity',
  'deviceType',
  'deviceSerialNo',
  'deviceOwnerUnit',
  'operators',
  'startedAt',
  'endedAt',
  'deviceClockOffsetSeconds',
  'locationText',
  'gps',
  'announcedToParty',
  'gaps',
  'description',
];

function keyLabel(kind: RecordKind, key: string): string {
  if (key === 'description') return kind === 'EVIDENCE' ? '证据描述' : '说明';
  return METADATA_KEY_LABELS[key] ?? key;
}

/** One metadata value as text, with Chinese labels for codes and officer names for ids. */
export function displayValue(key: string, value: unknown, officerName: (id: string) => string): string {
  if (value === null || value === undefined || value === '') return '—';
  switch (key) {
    case 'evidenceType':
      return label(EVIDENCE_TYPE_LABELS, String(value));
    case 'method':
      return label(EVIDENCE_METHOD_LABELS, String(value));
    case 'deviceType':
      return label(DEVICE_TYPE_LABELS, String(value));
    case 'activity':
      return label(AV_ACTIVITY_LABELS, String(value));
    case 'collectedAt':
    case 'startedAt':
    case 'endedAt':
      return formatDateTime(String(value));
    case 'collectedBy':
    case 'operators':
      return Array.isArray(value) && value.length ? value.map((id) => officerName(String(id))).join('、') : '—';
    case 'announcedToParty':
      return value ? '是' : '否';
    case 'gps': {
      const g = value as { lat: number; lng: number };
      return `纬度 ${g.lat}，经度 ${g.lng}`;
    }
    case 'gaps': {
      const gaps = value as { from: string; to: string; reason: string }[];
      if (!gaps.length) return '无中断';
      return gaps.map((g) => `${formatDateTime(g.from)} 至 ${formatDateTime(g.to)}：${g.reason}`).join('；');
    }
    default:
      return String(value);
  }
}

export function metadataItems(
  kind: RecordKind,
  metadata: unknown,
  officerName: (id: string) => string,
): { key: string; label: string; children: string; span?: number }[] {
  const m = (metadata ?? {}) as Record<string, unknown>;
  const keys = kind === 'EVIDENCE' ? EVIDENCE_KEYS : AV_KEYS;
  return keys.map((k) => ({
    key: k,
    label: keyLabel(kind, k),
    children: displayValue(k, m[k], officerName),
    span: k === 'gaps' || k === 'description' ? 2 : undefined,
  }));
}

/** Keys whose value differs between two versions, as Chinese labels (a simple diff for 版本记录). */
export function changedKeys(kind: RecordKind, before: unknown, after: unknown): string[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const out: string[] = [];
  for (const k of keys) {
    if (JSON.stringify(a[k] ?? null) !== JSON.stringify(b[k] ?? null)) out.push(keyLabel(kind, k));
  }
  return out;
}
