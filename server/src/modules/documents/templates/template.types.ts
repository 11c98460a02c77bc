/**
 * Document templates (文书模板) are versioned data: a code of DOMAIN §5.1, a version, the title, the 文号
 * abbreviation, the fields the document states (DOMAIN §5.2) and a body of blocks that place them. One renderer
 * (render/) turns any template + content into the A4 HTML page and the Word file; templates hold no code.
 * A change of wording or fields is a new version: issued documents keep the version they were issued with.
 */

export type FieldKind =
  /** one line of text */
  | 'text'
  /** free text, may span paragraphs */
  | 'paragraph'
  /** IsoDate → 2026年11月23日 */
  | 'date'
  /** ISO date-time or free text ("2026年3月2日9时至11时") */
  | 'datetime'
  /** integer fen → 人民币12,000.00元（大写：壹万贰仟元整） */
  | 'money'
  /** a whole number of days */
  | 'days'
  /** string[] → numbered lines */
  | 'list'
  /** rows of objects with `columns` */
  | 'table'
  /** one key of `options` (or several, as an array) → its label */
  | 'choice'
  | 'bool';

export interface ColumnDef {
  key: string;
  label: string;
  kind?: 'text' | 'money' | 'date';
}

export interface FieldDef {
  key: string;
  label: string;
  kind: FieldKind;
  /** The document is incomplete without it (listed in `missing` when absent; the form shows a blank line). */
  required?: boolean;
  /** Further fact paths tried after `key` (dotted, e.g. 'penalty.fineFen'), so case facts fill the field. */
  from?: readonly string[];
  /**
   * Used when no fact gives a value: text may hold placeholders such as {agency} (no default when one is
   * unknown); a list or table default is given as its value.
   */
  default?: string | readonly string[] | readonly Readonly<Record<string, string>>[];
  options?: Readonly<Record<string, string>>;
  columns?: readonly ColumnDef[];
  /** Personal data shown in full in the rendered file only: masked in `content`, kept SM4-encrypted beside it. */
  sensitive?: 'idNumber' | 'bankAccount' | 'phone';
}

/** Who signs on the paper (the signatures themselves are recorded through POST /api/documents/:id/signatures). */
export type SignatureSlot = 'PARTY' | 'OFFICER' | 'WITNESS' | 'RECORDER' | 'HOST' | 'RECIPIENT' | 'SERVER' | 'ATTENDEE';

export type Block =
  /** A section heading (一、违法事实). */
  | { kind: 'heading'; text: string; when?: string }
  /** A paragraph with {placeholders}: field keys or the built-ins listed in render/model.ts. */
  | { kind: 'para'; text: string; when?: string }
  /** "label：value" (or the value as paragraphs for long text); `bare`: the value alone, under a heading. */
  | { kind: 'field'; key: string; when?: string; bare?: boolean }
  /** Form rows (label | value) in a bordered table. */
  | { kind: 'grid'; keys: readonly string[] }
  /** The parties (and their agents), natural persons and organisations each in their standard form. */
  | { kind: 'parties'; label?: string }
  /** The officers with their enforcement certificate numbers. */
  | { kind: 'officers'; label?: string }
  /** A table field (item list, evidence list, file index …); `bare`: without its caption, under a heading. */
  | { kind: 'table'; key: string; when?: string; bare?: boolean }
  /** Approval boxes: each step an opinion (field `key` when given) with signature and date lines. */
  | { kind: 'opinions'; steps: readonly { label: string; key?: string }[] }
  | { kind: 'signatures'; slots: readonly SignatureSlot[] };

export interface DocumentTemplate {
  code: string;
  version: number;
  title: string;
  /** Another title chosen by a choice field, e.g. 代履行决定书 for EXEC_DECISION when executionKind = SUBSTITUTE. */
  titleVariants?: { key: string; titles: Readonly<Record<string, string>> };
  /** 文号 abbreviation: 青溪市监<罚>〔2026〕3号. Templates sharing one share the sequence. */
  numbering: string;
  /** 内部文书 (approval forms, reports) or 外部文书 (served on or signed by the party). */
  internal: boolean;
  /** letter: title, 文号, flowing text, agency and date; form: bordered tables (审批表, 笔录). */
  layout: 'letter' | 'form';
  /** Carries the agency's seal: the closing block shows the seal mark and the file is SM2-sealed. */
  sealed: boolean;
  fields: readonly FieldDef[];
  body: readonly Block[];
}

/** Compact constructors, so each template reads as a list of fields. */
export const F = {
  text: (key: string, label: string, o: Partial<FieldDef> = {}): FieldDef => ({ key, label, kind: 'text', ...o }),
  para: (key: string, label: string, o: Partial<FieldDef> = {}): FieldDef => ({ key, label, kind: 'paragraph', ...o }),
  date: (key: string, label: string, o: Partial<FieldDef> = {}): FieldDef => ({ key, label, kind: 'date', ...o }),
  time: (key: string, label: string, o: Partial<FieldDef> = {}): FieldDef => ({ key, label, kind: 'datetime', ...o }),
  money: (key: string, label: string, o: Partial<FieldDef> = {}): FieldDef => ({ key, label, kind: 'money', ...o }),
  days: (key: string, label: string, o: Partial<FieldDef> = {}): FieldDef => ({ key, label, kind: 'days', ...o }),
  list: (key: string, label: string, o: Partial<FieldDef> = {}): FieldDef => ({ key, label, kind: 'list', ...o }),
  bool: (key: string, label: string, o: Partial<FieldDef> = {}): FieldDef => ({ key, label, kind: 'bool', ...o }),
  choice: (key: string, label: string, options: Record<string, string>, o: Partial<FieldDef> = {}): FieldDef => ({
    key,
    label,
    kind: 'choice',
    options,
    ...o,
  }),
  table: (key: string, label: string, columns: ColumnDef[], o: Partial<FieldDef> = {}): FieldDef => ({
    key,
    label,
    kind: 'table',
    columns,
    ...o,
  }),
};

/** Block constructors. */
export const B = {
  h: (text: string, when?: string): Block => ({ kind: 'heading', text, ...(when ? { when } : {}) }),
  p: (text: string, when?: string): Block => ({ kind: 'para', text, ...(when ? { when } : {}) }),
  f: (key: string, when?: string): Block => ({ kind: 'field', key, ...(when ? { when } : {}) }),
  /** The field's value alone (under a heading that names it). */
  v: (key: string, when?: string): Block => ({ kind: 'field', key, bare: true, ...(when ? { when } : {}) }),
  grid: (...keys: string[]): Block => ({ kind: 'grid', keys }),
  parties: (label?: string): Block => ({ kind: 'parties', ...(label ? { label } : {}) }),
  officers: (label?: string): Block => ({ kind: 'officers', ...(label ? { label } : {}) }),
  table: (key: string, when?: string): Block => ({ kind: 'table', key, ...(when ? { when } : {}) }),
  /** A table without its caption (under a heading that names it). */
  rows: (key: string, when?: string): Block => ({ kind: 'table', key, bare: true, ...(when ? { when } : {}) }),
  opinions: (...steps: (string | { label: string; key?: string })[]): Block => ({
    kind: 'opinions',
    steps: steps.map((s) => (typeof s === 'string' ? { label: s } : s)),
  }),
  sign: (...slots: SignatureSlot[]): Block => ({ kind: 'signatures', slots }),
};

/** Columns of the usual item list (查封扣押 / 先行登记保存 / 涉案物品清单), ACL-24. */
export const ITEM_COLUMNS: ColumnDef[] = [
  { key: 'name', label: '名称' },
  { key: 'spec', label: '规格' },
  { key: 'quantity', label: '数量' },
  { key: 'condition', label: '状况' },
  { key: 'location', label: '存放地点' },
];

export const EVIDENCE_COLUMNS: ColumnDef[] = [
  { key: 'name', label: '证据名称' },
  { key: 'proves', label: '证明事项' },
];
