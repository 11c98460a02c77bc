import type { ListType } from '@zhifa/contracts';
import { Descriptions, Tag } from 'antd';
import type { ReactNode } from 'react';
import {
  AV_LEVEL_LABELS,
  CHANNEL_KIND_LABELS,
  DISCRETION_TIER_LABELS,
  FOLLOW_UP_LABELS,
  ITEM_KIND_LABELS,
  label,
  PENALTY_TYPE_LABELS,
  REVIEW_MODE_LABELS,
  TIME_UNIT_LABELS,
} from '../../app/labels';
import { type Entry, FIELD_LABELS, formatLegalRefs, formatYuan } from './entryMeta';

type V = Record<string, unknown>;

const labels = (map: Record<string, string>, v: unknown) =>
  Array.isArray(v) && v.length ? v.map((c) => label(map, String(c))).join('、') : '—';
const yesNo = (v: unknown) => (v ? '是' : '否');
const plain = (v: unknown) => (v === null || v === undefined || v === '' ? '—' : String(v));

function fineText(f: V | null | undefined): string {
  if (!f) return '不设罚款';
  if (f.mode === 'RANGE') return `${formatYuan(f.minFen)} 至 ${formatYuan(f.maxFen)}`;
  if (f.mode === 'MULTIPLE') return `${plain(f.base)} ${plain(f.minMultiple)} 倍至 ${plain(f.maxMultiple)} 倍`;
  if (f.mode === 'PERCENT_OF_MAX') return `法定最高额的 ${plain(f.minPercent)}% 至 ${plain(f.maxPercent)}%`;
  return '—';
}

function statutoryText(s: V | undefined): string {
  if (!s) return '—';
  const parts = [labels(PENALTY_TYPE_LABELS, s.penaltyTypes)];
  if (typeof s.fineMinFen === 'number' || typeof s.fineMaxFen === 'number')
    parts.push(`罚款 ${formatYuan(s.fineMinFen ?? 0)} 至 ${formatYuan(s.fineMaxFen)}`);
  if (s.multipleBase) parts.push(`${s.multipleBase} ${plain(s.minMultiple)} 倍至 ${plain(s.maxMultiple)} 倍`);
  return parts.join('；');
}

/** How each field of an entry reads (for the expanded row and the read-only view). */
function render(field: string, v: unknown): ReactNode {
  switch (field) {
    case 'basis':
    case 'basisApplied':
    case 'basisViolated':
      return formatLegalRefs(v);
    case 'kind':
      return label({ ...ITEM_KIND_LABELS, ...CHANNEL_KIND_LABELS }, plain(v));
    case 'itemKinds':
      return labels(ITEM_KIND_LABELS, v);
    case 'penaltyTypes':
      return labels(PENALTY_TYPE_LABELS, v);
    case 'followUp':
      return labels(FOLLOW_UP_LABELS, v);
    case 'avLevel':
      return label(AV_LEVEL_LABELS, plain(v));
    case 'mode':
      return label(REVIEW_MODE_LABELS, plain(v));
    case 'timeLimit':
      if (v && typeof v === 'object') return `${(v as V).amount} ${label(TIME_UNIT_LABELS, String((v as V).unit))}`;
      return plain(v);
    case 'randomInspection':
    case 'hearingHeld':
    case 'complex':
    case 'publicInterest':
      return yesNo(v);
    case 'proportionPercent':
      return v === undefined ? '—' : `${v}%`;
    case 'amountThresholds': {
      const a = v as V | null;
      if (!a) return '—';
      return `自然人 ${formatYuan(a.naturalPersonFen)}；法人或其他组织 ${formatYuan(a.organisationFen)}`;
    }
    case 'statutory':
      return statutoryText(v as V);
    case 'tiers':
      return Array.isArray(v) ? (
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {(v as V[]).map((t) => (
            <li key={String(t.tier)}>
              <Tag color="blue">{label(DISCRETION_TIER_LABELS, String(t.tier))}</Tag>
              {(t.conditions as V | undefined)?.text as string}
              {Array.isArray((t.conditions as V | undefined)?.factors) &&
              ((t.conditions as V).factors as string[]).length
                ? `（情节：${((t.conditions as V).factors as string[]).join('、')}）`
                : ''}
              ；处罚：{labels(PENALTY_TYPE_LABELS, t.penaltyTypes)}；罚款：{fineText(t.fine as V | null)}
            </li>
          ))}
        </ul>
      ) : (
        '—'
      );
    case 'conditions':
    case 'materials':
    case 'benchmarkCodes':
      return Array.isArray(v) ? v.join('；') || '—' : plain(v);
    case 'value':
      return typeof v === 'boolean' ? yesNo(v) : plain(v);
    default:
      return plain(v);
  }
}

/** All fields of one entry, labelled in Chinese. */
export function EntryDetails({ listType, entry }: { listType: ListType; entry: Entry }) {
  const fields = FIELD_LABELS[listType];
  const keys = Object.keys(fields).filter((k) => k in entry || k === 'code');
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      styles={{ label: { width: 160 } }}
      items={keys.map((k) => ({ key: k, label: fields[k], children: render(k, entry[k]) }))}
    />
  );
}

export interface EntryColumn {
  title: string;
  key: string;
  width?: number;
  render: (e: Entry) => ReactNode;
}

/** Entry columns for a table whose rows hold an entry (`get` finds it in the row). */
export function tableColumns<T>(columns: EntryColumn[], get: (row: T) => Entry) {
  return columns.map((c) => ({
    title: c.title,
    key: c.key,
    width: c.width,
    render: (_: unknown, row: T) => c.render(get(row)),
  }));
}

/** The summary columns of the entries table of each list type. */
export function entryColumns(listType: ListType): EntryColumn[] {
  const col = (field: string, width?: number): EntryColumn => ({
    title: FIELD_LABELS[listType][field] ?? field,
    key: field,
    width,
    render: (e: Entry) => render(field, e[field]),
  });
  const code: EntryColumn = { ...col('code', 130), render: (e: Entry) => <code>{plain(e.code)}</code> };
  switch (listType) {
    case 'ITEMS':
      return [code, col('name'), col('kind', 120), col('basisApplied'), col('randomInspection', 110)];
    case 'RANDOM_INSPECTION':
      return [code, col('name'), col('inspectingBody'), col('proportionPercent', 100), col('frequency', 120)];
    case 'SERVICE_GUIDES':
      return [code, col('name'), col('acceptingUnit'), col('timeLimit', 140)];
    case 'CHANNELS':
      return [code, col('kind', 110), col('name'), col('phone', 160), col('address')];
    case 'REVIEW_CATALOGUE':
      return [code, col('name'), col('amountThresholds'), col('mode', 150)];
    case 'BENCHMARKS':
      return [
        code,
        col('violation'),
        col('basisApplied'),
        {
          title: '裁量阶次',
          key: 'tiers',
          render: (e: Entry) =>
            Array.isArray(e.tiers)
              ? (e.tiers as V[]).map((t) => (
                  <Tag key={String(t.tier)}>{label(DISCRETION_TIER_LABELS, String(t.tier))}</Tag>
                ))
              : '—',
        },
      ];
    case 'JURISDICTION_PROFILE':
      return [code, col('value', 180), col('note')];
    default:
      return [code, col('violation'), col('basis'), col('followUp', 160)];
  }
}
