import { fenToChineseCapital } from '@zhifa/domain';
import { describe, expect, it } from 'vitest';
import { deriveFieldKeys, FieldCipher } from '../../platform/crypto';
import { buildContent, maskIdsInText } from './content';
import { issuingOrder } from './documents.issue';
import { COMPANY, PERSON, SAMPLE_ID_NUMBER, sampleInput, unzip } from './documents.test-support';
import type { DocumentContent } from './documents.types';
import { chineseDate, chineseDateNumerals, documentDocx, documentHtml } from './render';
import { currentTemplates, type DocumentTemplate, type FieldDef, latestTemplate } from './templates';

/** Renderer tests: pure functions, no database. */

const CODES_REQUIRED = [
  'FILING_APPROVAL',
  'SITE_RECORD',
  'INQUIRY_RECORD',
  'PRESERVE_NOTICE',
  'COERCION_DECISION',
  'COERCION_EXTEND',
  'COERCION_RELEASE',
  'ORDER_CORRECT',
  'INVESTIGATION_END',
  'PENALTY_PRENOTICE',
  'HEARING_RIGHT_NOTICE',
  'HEARING_NOTICE',
  'HEARING_RECORD',
  'STATEMENT_RECORD',
  'GROUP_DISCUSSION',
  'LEGAL_REVIEW',
  'DECISION_APPROVAL',
  'PENALTY_DECISION',
  'ONSPOT_DECISION',
  'NO_PENALTY_DECISION',
  'SERVICE_RECEIPT',
  'PERFORM_REMINDER',
  'EXEC_DECISION',
  'FREEZE_DECISION',
  'DEFER_PAYMENT',
  'CRIME_TRANSFER',
  'CLOSE_APPROVAL',
  'FILE_COVER',
  'CREDIT_REPAIR_NOTICE',
];

const MONEY = 1_234_567;

/** A distinct value of the field's kind, and the text the rendered page must then contain. */
function sample(f: FieldDef): { value: unknown; shows: string | null } {
  const marker = `样例${f.key}`;
  switch (f.kind) {
    case 'money':
      return { value: MONEY, shows: fenToChineseCapital(MONEY) };
    case 'date':
      return { value: '2026-10-09', shows: chineseDate('2026-10-09') };
    case 'days':
      return { value: 17, shows: '17' };
    case 'bool':
      return { value: true, shows: null };
    case 'choice': {
      const [k, label] = Object.entries(f.options ?? {})[0];
      return { value: k, shows: label };
    }
    case 'list':
      return { value: [`${marker}一`, `${marker}二`], shows: `${marker}一` };
    case 'table': {
      const row = Object.fromEntries(
        (f.columns ?? []).map((c) => [
          c.key,
          c.kind === 'money' ? MONEY : c.kind === 'date' ? '2026-10-02' : `${marker}${c.key}`,
        ]),
      );
      const text = (f.columns ?? []).find((c) => !c.kind || c.kind === 'text');
      return { value: [row], shows: text ? `${marker}${text.key}` : null };
    }
    default:
      return { value: marker, shows: f.sensitive ? null : marker };
  }
}

function filled(t: DocumentTemplate): { content: DocumentContent; expected: string[] } {
  const own: Record<string, unknown> = {};
  const expected: string[] = [];
  for (const f of t.fields) {
    const s = sample(f);
    own[f.key] = s.value;
    if (f.required && s.shows) expected.push(s.shows);
  }
  const input = sampleInput({ codes: [t.code], facts: { documents: { [t.code]: own } } });
  const content = buildContent(t, input, { number: `青溪市监${t.numbering}〔2026〕7号`, batch: [], caseDocs: [] });
  return { content, expected };
}

describe('document templates', () => {
  it('cover every code the issue asks for and every code the procedures produce', () => {
    const codes = currentTemplates().map((t) => t.code);
    for (const c of CODES_REQUIRED) expect(codes, c).toContain(c);
    const abbreviations = currentTemplates().map((t) => t.numbering);
    expect(new Set(abbreviations).size, '文号 kinds are distinct').toBe(abbreviations.length);
  });

  it('every body block names a field of its template', () => {
    for (const t of currentTemplates()) {
      const keys = new Set(t.fields.map((f) => f.key));
      for (const b of t.body) {
        if (b.kind === 'field' || b.kind === 'table') expect(keys.has(b.key), `${t.code}: ${b.key}`).toBe(true);
        if (b.kind === 'grid') for (const k of b.keys) expect(keys.has(k), `${t.code}: ${k}`).toBe(true);
      }
    }
  });

  for (const t of currentTemplates()) {
    it(`${t.code}: renders its title, number and every required field (HTML and Word)`, async () => {
      const { content, expected } = filled(t);
      expect(content.missing).toEqual([]);
      const html = documentHtml(t, content);
      expect(html).toContain(`<h1>${content.title}</h1>`);
      expect(html).toContain(content.number);
      for (const text of expected) expect(html, `${t.code} shows ${text}`).toContain(text);
      expect(html).not.toMatch(/<script/i);
      const files = await unzip(await documentDocx(t, content));
      const xml = files.get('word/document.xml')?.toString('utf8') ?? '';
      expect(xml).toContain(content.title);
      for (const text of expected) expect(xml, `${t.code} docx shows ${text}`).toContain(text);
    });
  }
});

describe('renderer', () => {
  const t = latestTemplate('PENALTY_DECISION')!;
  const number = '青溪市监罚〔2026〕3号';

  it('writes amounts in figures and Chinese capitals, and the decision date in Chinese numerals', async () => {
    const content = buildContent(t, sampleInput(), { number, batch: [], caseDocs: [] });
    const html = documentHtml(t, content);
    expect(html).toContain('人民币50,000.00元（大写：伍万元整）');
    expect(html).toContain('人民币360.00元（大写：叁佰陆拾元整）');
    expect(html).toContain('二〇二六年十一月二十三日');
    const xml = (await unzip(await documentDocx(t, content))).get('word/document.xml')!.toString('utf8');
    expect(xml).toContain('伍万元整');
    expect(xml).toContain('二〇二六年十一月二十三日');
  });

  it('Chinese date numerals', () => {
    expect(chineseDateNumerals('2026-11-23')).toBe('二〇二六年十一月二十三日');
    expect(chineseDateNumerals('2026-10-10')).toBe('二〇二六年十月十日');
    expect(chineseDateNumerals('2030-01-31')).toBe('二〇三〇年一月三十一日');
  });

  it('is deterministic: the same content gives the same bytes, whatever was rendered in between', async () => {
    const content = buildContent(t, sampleInput(), { number, batch: [], caseDocs: [] });
    const a = await documentDocx(t, content);
    const other = latestTemplate('FILE_COVER')!;
    await documentDocx(other, buildContent(other, sampleInput(), { number: 'x', batch: [], caseDocs: [] }));
    await new Promise((r) => setTimeout(r, 1100)); // past a zip timestamp tick
    const b = await documentDocx(t, content);
    expect(b.equals(a)).toBe(true);
    expect(documentHtml(t, content)).toBe(documentHtml(t, content));
    const files = await unzip(a);
    expect(files.get('docProps/core.xml')!.toString()).toContain('2026-11-23T00:00:00Z');
  });

  it('keeps full ID numbers out of content, and prints them only when the cipher reveals them', () => {
    const cipher = new FieldCipher(deriveFieldKeys(Buffer.alloc(32, 1)));
    const input = sampleInput({
      facts: {
        violationFacts: `当事人（身份证号 ${SAMPLE_ID_NUMBER}）销售过期食品。`,
        documents: { INQUIRY_RECORD: { intervieweeIdNumber: '430699197505050027', intervieweeName: '王五' } },
      },
    });
    const content = buildContent(t, input, { number, batch: [], caseDocs: [] }, cipher);
    const json = JSON.stringify(content);
    expect(json).not.toContain(SAMPLE_ID_NUMBER);
    expect(json).not.toContain(PERSON.phone);
    expect(json).toContain('430699********0018');
    const reveal = (k: string) => (content.secrets[k] ? cipher.decrypt(content.secrets[k]) : null);
    expect(documentHtml(t, content, { reveal })).toContain(`居民身份证：${SAMPLE_ID_NUMBER}`);
    expect(documentHtml(t, content)).toContain('居民身份证：430699********0018');

    const inquiry = latestTemplate('INQUIRY_RECORD')!;
    const ic = buildContent(inquiry, input, { number, batch: [], caseDocs: [] }, cipher);
    expect(JSON.stringify(ic)).not.toContain('430699197505050027');
    const r2 = (k: string) => (ic.secrets[k] ? cipher.decrypt(ic.secrets[k]) : null);
    expect(documentHtml(inquiry, ic, { reveal: r2 })).toContain('430699197505050027');
  });

  it('masks valid resident ID numbers in free text only', () => {
    expect(maskIdsInText(`号码${SAMPLE_ID_NUMBER}。`)).toBe('号码430699********0018。');
    expect(maskIdsInText('订单号 123456789012345678')).toBe('订单号 123456789012345678');
  });

  it('两书同达: a penalty decision on an organisation brings the credit-repair notice; receipts go last', () => {
    const codes = ['SERVICE_RECEIPT', 'DECISION_APPROVAL', 'PENALTY_DECISION'];
    expect(issuingOrder({ codes, parties: [COMPANY], facts: {} })).toEqual([
      'DECISION_APPROVAL',
      'PENALTY_DECISION',
      'CREDIT_REPAIR_NOTICE',
      'SERVICE_RECEIPT',
    ]);
    expect(issuingOrder({ codes, parties: [PERSON], facts: {} })).toEqual([
      'DECISION_APPROVAL',
      'PENALTY_DECISION',
      'SERVICE_RECEIPT',
    ]);
    const warningOnly = { penalty: { types: ['WARNING'] } };
    expect(issuingOrder({ codes, parties: [COMPANY], facts: warningOnly })).not.toContain('CREDIT_REPAIR_NOTICE');
  });

  it('a service receipt lists the documents served with it, and defaults fill remedy bodies', () => {
    const receipt = latestTemplate('SERVICE_RECEIPT')!;
    const batch = [
      { code: 'DECISION_APPROVAL', title: '行政处罚决定审批表', number: 'A', internal: true, issuedOn: '2026-11-23' },
      {
        code: 'PENALTY_DECISION',
        title: '行政处罚决定书',
        number: '青溪市监罚〔2026〕3号',
        internal: false,
        issuedOn: '2026-11-23',
      },
    ];
    const c = buildContent(receipt, sampleInput(), { number: 'R', batch, caseDocs: [] });
    expect(c.values.servedDocuments).toEqual(['《行政处罚决定书》（青溪市监罚〔2026〕3号）']);
    const d = buildContent(t, sampleInput(), { number, batch: [], caseDocs: [] });
    expect(d.values.reconsiderationBody).toBe('青溪县人民政府');
    const noRegion = sampleInput();
    noRegion.agency = { ...noRegion.agency, regionName: undefined };
    expect(buildContent(t, noRegion, { number, batch: [], caseDocs: [] }).values.reconsiderationBody).toBeUndefined();
  });
});
