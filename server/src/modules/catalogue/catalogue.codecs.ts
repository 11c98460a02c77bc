import { parseCitation } from '@zhifa/domain';
import { citationOf } from './catalogue.domain';
import { reverse, TIME_UNIT_LABELS } from './catalogue.labels';

/**
 * How one spreadsheet cell is read into an entry value and written back. `read` returns
 * `undefined` for an empty cell (so the schema's default or "请填写" applies) and throws a
 * CellError (Chinese) for text it cannot understand.
 */
export interface Codec {
  read(text: string): unknown;
  write(value: unknown): string;
}

export class CellError extends Error {}

const SPLIT_CODES = /[、,，;；\s]+/;
const SPLIT_TEXT = /[；;\n]+/;

function split(text: string, by: RegExp): string[] {
  return text
    .split(by)
    .map((s) => s.trim())
    .filter(Boolean);
}

export const text: Codec = {
  read: (t) => (t === '' ? undefined : t),
  write: (v) => (v === null || v === undefined ? '' : String(v)),
};

export const number: Codec = {
  read(t) {
    if (t === '') return undefined;
    const n = Number(t.replace(/[,，\s%％]/g, ''));
    if (!Number.isFinite(n)) throw new CellError(`"${t}"不是数字`);
    return n;
  },
  write: (v) => (typeof v === 'number' ? String(v) : ''),
};

/** Amounts are typed in 元 (at most two decimals) and stored in 分. */
export const yuan: Codec = {
  read(t) {
    if (t === '') return undefined;
    const s = t.replace(/[,，\s元]/g, '');
    if (!/^\d+(\.\d{1,2})?$/.test(s)) throw new CellError(`金额"${t}"应为不超过两位小数的元数`);
    const [whole, frac = ''] = s.split('.');
    return Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  },
  write: (v) => (typeof v === 'number' ? (v / 100).toFixed(2) : ''),
};

export const bool: Codec = {
  read(t) {
    if (t === '') return undefined;
    if (['是', 'Y', 'y', 'TRUE', 'true', '1'].includes(t)) return true;
    if (['否', 'N', 'n', 'FALSE', 'false', '0'].includes(t)) return false;
    throw new CellError(`应填写"是"或"否"，而不是"${t}"`);
  },
  write: (v) => (v === true ? '是' : v === false ? '否' : ''),
};

export function choice(labels: Record<string, string>): Codec {
  const codes = reverse(labels);
  return {
    read(t) {
      if (t === '') return undefined;
      const code = codes.get(t);
      if (!code) throw new CellError(`"${t}"不是有效的选项（可选：${Object.values(labels).join('、')}）`);
      return code;
    },
    write: (v) => (typeof v === 'string' ? (labels[v] ?? v) : ''),
  };
}

export function choices(labels: Record<string, string>): Codec {
  const one = choice(labels);
  return {
    read: (t) => (t === '' ? undefined : split(t, SPLIT_CODES).map((x) => one.read(x))),
    write: (v) => (Array.isArray(v) ? v.map((x) => one.write(x)).join('、') : ''),
  };
}

export const codes: Codec = {
  read: (t) => (t === '' ? undefined : split(t, SPLIT_CODES)),
  write: (v) => (Array.isArray(v) ? v.join('、') : ''),
};

export const texts: Codec = {
  read: (t) => (t === '' ? undefined : split(t, SPLIT_TEXT)),
  write: (v) => (Array.isArray(v) ? v.join('；') : ''),
};

/** 《中华人民共和国食品安全法》第一百二十二条第一款；《…》第…条 — parsed with the domain's parseCitation. */
export const refs: Codec = {
  read(t) {
    if (t === '') return undefined;
    return split(t, SPLIT_TEXT).map((part) => {
      const c = parseCitation(part);
      if (!c)
        throw new CellError(
          `无法识别法律依据"${part}"，应写作《法律名称》第X条第X款第X项（条款号用汉字，多条用"；"分隔）`,
        );
      return { lawName: c.lawName, article: c.article, paragraph: c.paragraph ?? null, item: c.item ?? null };
    });
  },
  write: (v) => (Array.isArray(v) ? v.map((r) => citationOf(r as Parameters<typeof citationOf>[0])).join('；') : ''),
};

export const timeLimit: Codec = {
  read(t) {
    if (t === '') return undefined;
    const m = /^(\d+)\s*(个工作日|工作日|日|天|个自然日|自然日)$/.exec(t);
    if (!m) throw new CellError(`办理时限"${t}"应写作"20个工作日"或"30日"`);
    const unit = m[2].includes('工作日') ? 'WORKING_DAY' : 'CALENDAR_DAY';
    return { amount: Number(m[1]), unit };
  },
  write(v) {
    if (!v || typeof v !== 'object') return '';
    const { amount, unit } = v as { amount: number; unit: string };
    return `${amount}${TIME_UNIT_LABELS[unit] ?? unit}`;
  },
};

/** A profile value: a number, 是/否, JSON text for nested values, or text. */
export const profileValue: Codec = {
  read(t) {
    if (t === '') return undefined;
    if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
    if (t === '是' || t === 'true') return true;
    if (t === '否' || t === 'false') return false;
    return t;
  },
  write: (v) => (v === true ? '是' : v === false ? '否' : v === null || v === undefined ? '' : String(v)),
};
