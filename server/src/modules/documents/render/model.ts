import type { ContentParty, DocumentContent } from '../documents.types';
import type { Block, DocumentTemplate, FieldDef, SignatureSlot } from '../templates';
import {
  BLANK,
  chineseDate,
  chineseDateNumerals,
  chineseDateTime,
  GENDER_LABELS,
  ID_TYPE_LABELS,
  moneyText,
} from './format';

/**
 * The neutral document model both renderers draw: a template's blocks with every placeholder and field resolved
 * to text. Placeholders are field keys or the built-ins {agency}, {party}, {cause}, {caseNumber}, {date},
 * {number} and {regionName}; an unknown value becomes a blank line to fill in by hand.
 */

export interface Inline {
  text: string;
  blank?: boolean;
  strong?: boolean;
}

export type ModelBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'para'; inlines: Inline[]; indent: boolean }
  | { kind: 'grid'; rows: { label: string; value: Inline[] }[] }
  | { kind: 'table'; title: string; columns: string[]; rows: string[][] }
  | { kind: 'opinions'; steps: { label: string; text: string }[] }
  | { kind: 'signatures'; labels: string[] };

export interface DocModel {
  title: string;
  number: string;
  agencyName: string;
  layout: 'letter' | 'form';
  internal: boolean;
  sealed: boolean;
  blocks: ModelBlock[];
  /** The date line: 二〇二六年十一月二十三日. */
  dateLine: string;
  footer: string;
}

export interface ModelOptions {
  /** Decrypts a kept ciphertext (content.secrets) to show a full identifier; null keeps the masked value. */
  reveal?: (key: string) => string | null;
}

const SIGNATURE_LABELS: Record<SignatureSlot, string> = {
  PARTY: '当事人（签名或盖章）',
  OFFICER: '执法人员（签名）',
  WITNESS: '见证人（签名）',
  RECORDER: '记录人（签名）',
  HOST: '听证主持人（签名）',
  RECIPIENT: '受送达人（签名或盖章）',
  SERVER: '送达人（签名）',
  ATTENDEE: '参加人员（签名）',
};

const isBlank = (v: unknown): boolean =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** Text of a value for a field (tables excluded): dates, money, choices and lists in their Chinese form. */
export function fieldText(field: FieldDef, v: unknown): string | null {
  if (isBlank(v)) return null;
  switch (field.kind) {
    case 'money':
      return typeof v === 'number' && Number.isSafeInteger(v) ? moneyText(v) : null;
    case 'date':
      return typeof v === 'string' ? chineseDateTime(v) : null;
    case 'datetime':
      return typeof v === 'string' ? chineseDateTime(v) : null;
    case 'days':
      return `${v}`;
    case 'bool':
      return v === true ? '是' : v === false ? '否' : null;
    case 'choice': {
      const keys = Array.isArray(v) ? v : [v];
      return keys.map((k) => field.options?.[String(k)] ?? String(k)).join('、');
    }
    case 'list':
      return Array.isArray(v) ? v.map(String).join('；') : String(v);
    case 'table':
      return null;
    default:
      return typeof v === 'object' ? null : String(v);
  }
}

function whenHolds(when: string | undefined, values: Record<string, unknown>): boolean {
  if (!when) return true;
  const [key, expected] = when.split('=');
  const v = values[key];
  if (expected === undefined) return !isBlank(v) && v !== false && v !== 0;
  return Array.isArray(v) ? v.includes(expected) : v === expected;
}

export function buildModel(template: DocumentTemplate, content: DocumentContent, opts: ModelOptions = {}): DocModel {
  const fields = new Map(template.fields.map((f) => [f.key, f]));
  const values = { ...content.values };
  for (const f of template.fields) {
    if (f.sensitive && opts.reveal) values[f.key] = opts.reveal(`field:${f.key}`) ?? values[f.key];
  }
  const principal = content.parties.filter((p) => !p.agentFor);
  const builtins: Record<string, string> = {
    agency: content.agency.name,
    party: principal.map((p) => p.name).join('、'),
    cause: content.case.cause,
    caseNumber: content.case.caseNumber,
    date: chineseDate(content.date),
    number: content.number,
    regionName: content.agency.regionName ?? '',
  };
  const textOf = (key: string): string | null => {
    const f = fields.get(key);
    if (f) return fieldText(f, values[key]);
    return builtins[key] || null;
  };
  const inlines = (text: string): Inline[] =>
    text
      .split(/(\{[A-Za-z]+\})/)
      .filter((s) => s !== '')
      .map((s) => {
        const m = /^\{([A-Za-z]+)\}$/.exec(s);
        if (!m) return { text: s };
        const t = textOf(m[1]);
        return t === null ? { text: BLANK, blank: true } : { text: t };
      });
  const reveal = (p: ContentParty, what: 'idNumber' | 'phone'): string | null =>
    opts.reveal?.(`party:${p.id}:${what}`) ?? (what === 'idNumber' ? p.idNumberMasked : p.phoneMasked);

  const blocks: ModelBlock[] = [];
  const layout = template.layout;
  const add = (b: Block) => {
    switch (b.kind) {
      case 'heading':
        if (whenHolds(b.when, values)) blocks.push({ kind: 'heading', text: b.text });
        return;
      case 'para':
        if (whenHolds(b.when, values)) blocks.push({ kind: 'para', inlines: inlines(b.text), indent: true });
        return;
      case 'field': {
        if (!whenHolds(b.when, values)) return;
        const f = fields.get(b.key);
        if (!f) return;
        if (f.kind === 'table') return add({ kind: 'table', key: b.key, bare: b.bare });
        const v = values[b.key];
        if (f.kind === 'list' && Array.isArray(v) && v.length) {
          if (!b.bare) blocks.push({ kind: 'para', inlines: [{ text: `${f.label}：`, strong: true }], indent: true });
          for (const [i, item] of v.entries()) {
            blocks.push({ kind: 'para', inlines: [{ text: `${i + 1}. ${String(item)}` }], indent: true });
          }
          return;
        }
        const t = fieldText(f, v);
        const lines = t === null ? [null] : t.split(/\n+/);
        lines.forEach((line, i) => {
          const head: Inline[] = i === 0 && !b.bare ? [{ text: `${f.label}：`, strong: true }] : [];
          blocks.push({
            kind: 'para',
            inlines: [...head, line === null ? { text: BLANK, blank: true } : { text: line }],
            indent: true,
          });
        });
        return;
      }
      case 'grid': {
        const rows = b.keys
          .map((k) => fields.get(k))
          .filter((f): f is FieldDef => !!f)
          .map((f) => {
            const t = fieldText(f, values[f.key]);
            return { label: f.label, value: t === null ? [{ text: '', blank: true }] : [{ text: t }] };
          });
        blocks.push({ kind: 'grid', rows });
        return;
      }
      case 'parties':
        blocks.push(...partyBlocks(principal, content.parties, b.label ?? '当事人', layout, reveal));
        return;
      case 'officers': {
        const label = b.label ?? '执法人员';
        const text = content.officers
          .map((o) => `${o.name}（执法证号：${o.certificateNumbers.join('、') || BLANK}）`)
          .join('、');
        const value: Inline[] = [text ? { text } : { text: BLANK, blank: true }];
        blocks.push(
          layout === 'form'
            ? { kind: 'grid', rows: [{ label, value }] }
            : { kind: 'para', inlines: [{ text: `${label}：`, strong: true }, ...value], indent: true },
        );
        return;
      }
      case 'table': {
        if (!whenHolds(b.when, values)) return;
        const f = fields.get(b.key);
        if (!f?.columns) return;
        const raw = values[b.key];
        const rows = Array.isArray(raw) ? raw : [];
        blocks.push({
          kind: 'table',
          title: b.bare ? '' : f.label,
          columns: f.columns.map((c) => c.label),
          rows: rows.map((r) =>
            f.columns!.map((c) => {
              const cell = typeof r === 'object' && r !== null ? (r as Record<string, unknown>)[c.key] : r;
              if (isBlank(cell)) return '';
              if (c.kind === 'money' && typeof cell === 'number') return moneyText(cell);
              if (c.kind === 'date' && typeof cell === 'string') return chineseDateTime(cell);
              return String(cell);
            }),
          ),
        });
        return;
      }
      case 'opinions':
        blocks.push({
          kind: 'opinions',
          steps: b.steps.map((s) => ({ label: s.label, text: (s.key && textOf(s.key)) || '' })),
        });
        return;
      case 'signatures':
        blocks.push({ kind: 'signatures', labels: b.slots.map((s) => SIGNATURE_LABELS[s]) });
        return;
    }
  };
  for (const b of template.body) add(b);

  return {
    title: content.title,
    number: content.number,
    agencyName: content.agency.name,
    layout,
    internal: template.internal,
    sealed: template.sealed,
    blocks,
    dateLine: chineseDateNumerals(content.date),
    footer: `案件编号：${content.case.caseNumber}　模板：${template.code} 第${template.version}版`,
  };
}

function partyBlocks(
  principal: ContentParty[],
  all: ContentParty[],
  label: string,
  layout: 'letter' | 'form',
  reveal: (p: ContentParty, what: 'idNumber' | 'phone') => string | null,
): ModelBlock[] {
  const describe = (p: ContentParty): { label: string; text: string }[] => {
    const phone = reveal(p, 'phone');
    if (p.kind === 'NATURAL_PERSON') {
      const id = reveal(p, 'idNumber');
      return [
        { label: '姓名', text: p.name },
        { label: '性别', text: GENDER_LABELS[p.gender ?? ''] ?? p.gender ?? '' },
        { label: '出生日期', text: p.birthDate ? chineseDate(p.birthDate) : '' },
        { label: ID_TYPE_LABELS[p.idType as keyof typeof ID_TYPE_LABELS] ?? '身份证件号码', text: id ?? '' },
        { label: '住址', text: p.address },
        { label: '联系电话', text: phone ?? '' },
      ];
    }
    return [
      { label: '名称', text: p.name },
      { label: '统一社会信用代码', text: p.creditCode ?? '' },
      { label: '住所', text: p.address },
      {
        label: p.kind === 'INDIVIDUAL_BUSINESS' ? '经营者' : '法定代表人（负责人）',
        text: p.legalRepresentative ?? '',
      },
      { label: '联系电话', text: phone ?? '' },
    ];
  };
  if (!principal.length) {
    return layout === 'form'
      ? [{ kind: 'grid', rows: [{ label, value: [{ text: '', blank: true }] }] }]
      : [
          {
            kind: 'para',
            inlines: [
              { text: `${label}：`, strong: true },
              { text: BLANK, blank: true },
            ],
            indent: false,
          },
        ];
  }
  const out: ModelBlock[] = [];
  for (const p of principal) {
    const agents = all.filter((a) => a.agentFor === p.id);
    const parts = describe(p);
    if (layout === 'form') {
      const rows = parts.map((x, i) => ({
        label: i === 0 ? `${label}${x.label}` : x.label,
        value: [x.text ? { text: x.text } : { text: '', blank: true }],
      }));
      for (const a of agents) rows.push({ label: '委托代理人', value: [{ text: a.name }] });
      out.push({ kind: 'grid', rows });
    } else {
      const [first, ...rest] = parts;
      const text = [first.text, ...rest.filter((x) => x.text).map((x) => `${x.label}：${x.text}`)].join('，');
      out.push({ kind: 'para', inlines: [{ text: `${label}：`, strong: true }, { text: `${text}。` }], indent: false });
      for (const a of agents) {
        out.push({
          kind: 'para',
          inlines: [{ text: '委托代理人：', strong: true }, { text: `${a.name}。` }],
          indent: false,
        });
      }
    }
  }
  return out;
}
