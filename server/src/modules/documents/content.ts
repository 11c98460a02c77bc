import {
  type IsoDate,
  isValidIsoDate,
  maskBankAccount,
  maskIdNumber,
  maskPhone,
  validateResidentIdNumber,
} from '@zhifa/domain';
import type { FieldCipher } from '../../platform/crypto';
import type { ContentParty, DocumentContent, IssueInput } from './documents.types';
import type { DocumentTemplate, FieldDef } from './templates';

/**
 * Builds the immutable `content` of a document from the case: every template field resolved from the facts
 * (document-specific facts first, then the case facts, then the template's fact paths, then its default),
 * identifiers masked — the full ones kept only as SM4 ciphertext for the renderer — and any resident ID number
 * that slipped into free text masked as well, so `documents.content` never holds an unmasked one.
 */

export interface PriorDocument {
  code: string;
  title: string;
  number: string;
  internal: boolean;
  issuedOn: IsoDate;
}

export interface ResolveContext {
  number: string;
  /** Documents issued before this one in the same call. */
  batch: PriorDocument[];
  /** Documents already in the case, oldest first. */
  caseDocs: PriorDocument[];
}

const isBlank = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

export function lookup(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** A value of the right shape for the field's kind, or undefined. */
export function coerce(f: FieldDef, v: unknown): unknown {
  if (isBlank(v)) return undefined;
  switch (f.kind) {
    case 'text':
    case 'paragraph':
      if (typeof v === 'string') return v.trim();
      if (typeof v === 'number') return String(v);
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.join('、');
      return undefined;
    case 'date':
      if (typeof v !== 'string') return undefined;
      return isValidIsoDate(v.slice(0, 10)) ? v.slice(0, 10) : undefined;
    case 'datetime':
      return typeof v === 'string' ? v.trim() : undefined;
    case 'money':
      if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v;
      return undefined;
    case 'days': {
      const n = typeof v === 'string' ? Number(v) : v;
      return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : undefined;
    }
    case 'bool':
      return typeof v === 'boolean' ? v : undefined;
    case 'choice':
      if (typeof v === 'string') return v;
      if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v;
      return undefined;
    case 'list':
      if (typeof v === 'string') return [v.trim()];
      if (Array.isArray(v)) return v.filter((x) => typeof x === 'string' || typeof x === 'number').map(String);
      return undefined;
    case 'table':
      if (!Array.isArray(v)) return undefined;
      return v
        .map((r) => (typeof r === 'string' ? { [f.columns?.[0]?.key ?? 'name']: r } : r))
        .filter((r) => r !== null && typeof r === 'object' && !Array.isArray(r));
  }
}

/** Built-in values a default may use ({agency}, {date} …). */
function builtins(input: IssueInput): Record<string, string> {
  const principal = input.parties.filter((p) => !p.agentFor);
  const first = principal[0];
  return {
    agency: input.agency.name,
    regionName: input.agency.regionName ?? '',
    agencyAddress: input.agency.address ?? '',
    agencyPhone: input.agency.phone ?? '',
    party: principal.map((p) => p.name).join('、'),
    partyServiceAddress: first?.serviceAddress?.address ?? first?.address ?? '',
    date: input.date,
    cause: input.caseRow.cause,
    caseNumber: input.caseRow.caseNumber,
  };
}

function special(path: string, input: IssueInput, ctx: ResolveContext): unknown {
  if (path.startsWith('$case.')) return (input.caseRow as Record<string, unknown>)[path.slice(6)];
  const prior = [...ctx.caseDocs, ...ctx.batch];
  if (path.startsWith('$doc.')) return prior.filter((d) => d.code === path.slice(5)).at(-1)?.number;
  if (path === '$batch') {
    const served = (ds: PriorDocument[]) => ds.filter((d) => !d.internal && d.code !== 'SERVICE_RECEIPT');
    const docs = served(ctx.batch).length ? served(ctx.batch) : served(ctx.caseDocs).slice(-1);
    return docs.map((d) => `《${d.title}》（${d.number}）`);
  }
  if (path === '$caseIndex') {
    return prior.map((d, i) => ({ seq: String(i + 1), number: d.number, title: d.title, date: d.issuedOn, pages: '' }));
  }
  return undefined;
}

function resolve(t: DocumentTemplate, f: FieldDef, input: IssueInput, ctx: ResolveContext): unknown {
  const own = lookup(input.facts, `documents.${t.code}`);
  const candidates = [
    () => (own && typeof own === 'object' ? (own as Record<string, unknown>)[f.key] : undefined),
    () => input.facts[f.key],
    ...(f.from ?? []).map((p) => () => (p.startsWith('$') ? special(p, input, ctx) : lookup(input.facts, p))),
  ];
  for (const c of candidates) {
    const v = coerce(f, c());
    if (v !== undefined) return v;
  }
  if (f.default === undefined) return undefined;
  if (typeof f.default !== 'string') return coerce(f, f.default);
  const b = builtins(input);
  let unknown = false;
  const text = f.default.replace(/\{([A-Za-z]+)\}/g, (_, k: string) => {
    if (!b[k]) unknown = true;
    return b[k] ?? '';
  });
  return unknown ? undefined : coerce(f, text);
}

const MASKERS = { idNumber: maskIdNumber, bankAccount: maskBankAccount, phone: maskPhone } as const;

/** Masks every valid resident ID number (18 digits, checksum and birth date valid) inside free text. */
export function maskIdsInText(s: string): string {
  return s.replace(/(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/g, (m) =>
    validateResidentIdNumber(m).ok ? maskIdNumber(m) : m,
  );
}

function scrub(v: unknown, fn: (s: string) => string): unknown {
  if (typeof v === 'string') return fn(v);
  if (Array.isArray(v)) return v.map((x) => scrub(x, fn));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, scrub(x, fn)]));
  return v;
}

export function buildContent(
  t: DocumentTemplate,
  input: IssueInput,
  ctx: ResolveContext,
  cipher?: FieldCipher,
): DocumentContent {
  const secrets: Record<string, string> = {};
  const keep = (key: string, plain: string | null | undefined) => {
    if (cipher && plain) secrets[key] = cipher.encrypt(plain);
  };
  const values: Record<string, unknown> = {};
  const revealed: [string, string][] = [];
  for (const f of t.fields) {
    let v = resolve(t, f, input, ctx);
    if (f.sensitive && typeof v === 'string') {
      keep(`field:${f.key}`, v);
      const masked = MASKERS[f.sensitive](v);
      revealed.push([v, masked]);
      v = masked;
    }
    if (v !== undefined) values[f.key] = v;
  }
  const parties: ContentParty[] = input.parties.map((p) => {
    keep(`party:${p.id}:idNumber`, p.idNumber);
    keep(`party:${p.id}:phone`, p.phone);
    return {
      id: p.id,
      kind: p.kind,
      agentFor: p.agentFor ?? null,
      name: p.name,
      gender: p.gender ?? null,
      birthDate: p.birthDate ?? null,
      idType: p.idType ?? null,
      idNumberMasked: p.idNumber ? maskIdNumber(p.idNumber) : null,
      creditCode: p.creditCode ?? null,
      legalRepresentative: p.legalRepresentative ?? null,
      address: p.address ?? '',
      phoneMasked: p.phone ? maskPhone(p.phone) : null,
      serviceAddress: p.serviceAddress?.address ?? null,
    };
  });
  const variant = t.titleVariants ? values[t.titleVariants.key] : undefined;
  const title = (typeof variant === 'string' && t.titleVariants?.titles[variant]) || t.title;
  const missing = t.fields.filter((f) => f.required && values[f.key] === undefined).map((f) => f.label);
  // Identifiers given in full anywhere in the facts (a witness's ID in free text, the party's number repeated
  // in the findings) are masked too: the content is shown and exported, the full numbers only ever printed.
  const full: [string, string][] = [
    ...input.parties.flatMap((p) => [
      [p.idNumber, p.idNumber && maskIdNumber(p.idNumber)],
      [p.phone, p.phone && maskPhone(p.phone)],
    ]),
    ...revealed,
  ].filter((x): x is [string, string] => !!x[0] && !!x[1] && x[0].length >= 6);
  const clean = (s: string) => full.reduce((acc, [plain, masked]) => acc.split(plain).join(masked), maskIdsInText(s));
  return {
    v: 1,
    code: t.code,
    title,
    number: ctx.number,
    templateVersion: t.version,
    date: input.date,
    agency: {
      id: input.agency.id,
      name: input.agency.name,
      shortName: input.agency.shortName,
      regionCode: input.agency.regionCode,
      regionName: input.agency.regionName ?? null,
    },
    case: {
      id: input.caseRow.id,
      caseNumber: input.caseRow.caseNumber,
      cause: clean(input.caseRow.cause),
      procedure: input.caseRow.procedure,
      category: input.caseRow.category,
      source: input.caseRow.source,
    },
    parties: scrub(parties, clean) as ContentParty[],
    officers: input.officers.map((o) => ({ ...o, certificateNumbers: [...o.certificateNumbers] })),
    values: scrub(values, clean) as Record<string, unknown>,
    secrets,
    missing,
  };
}
