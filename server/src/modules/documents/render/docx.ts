import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { escapeHtml } from './format';
import type { DocModel, Inline, ModelBlock } from './model';

/**
 * The Word file (.docx, via the `docx` package) of a document model, laid out like the HTML page: A4 with the
 * GB/T 9704 margins, 仿宋 三号 body on a fixed 28 pt line, 小标宋 二号 title. The output is byte-for-byte
 * deterministic for the same model: docx stamps the core properties and the zip entries with the current time,
 * so the core properties are replaced with ones dated by the document and the zip timestamps are rewritten —
 * re-rendering an issued document reproduces its SM3 digest and so its seal.
 */

const MM = 56.7; // twips per millimetre
const PAGE = { width: 11906, height: 16838 };
const MARGIN = {
  top: Math.round(37 * MM),
  right: Math.round(26 * MM),
  bottom: Math.round(35 * MM),
  left: Math.round(28 * MM),
};
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

const BODY_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋', cs: 'Times New Roman' };
const TITLE_FONT = {
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  eastAsia: '方正小标宋简体',
  cs: 'Times New Roman',
};
const HEI_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体', cs: 'Times New Roman' };
const BODY_SIZE = 32; // half-points: 16 pt (三号)
const TABLE_SIZE = 28; // 14 pt (四号)
const LINE = { line: 560, lineRule: LineRuleType.EXACT }; // 28 pt
const SEAL_RED = 'D40000';

function runs(inlines: Inline[], size = BODY_SIZE): TextRun[] {
  return inlines.map((i) =>
    i.blank
      ? new TextRun({ text: '　　　　　　', underline: {}, size })
      : new TextRun({ text: i.text, size, ...(i.strong ? { font: HEI_FONT } : {}) }),
  );
}

const para = (text: string, o: { size?: number; align?: 'left' | 'right' | 'center' } = {}) =>
  new Paragraph({
    alignment:
      o.align === 'right' ? AlignmentType.RIGHT : o.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
    children: [new TextRun({ text, size: o.size ?? TABLE_SIZE })],
  });

const cell = (children: Paragraph[], width: number, o: { columnSpan?: number } = {}) =>
  new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    ...o,
  });

function table(columnWidths: number[], rows: TableRow[]): Table {
  const border = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows,
  });
}

const LABEL_W = Math.round(CONTENT_WIDTH * 0.3);
const VALUE_W = CONTENT_WIDTH - LABEL_W;

function blocks(b: ModelBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [
        new Paragraph({
          indent: { firstLine: 640 },
          spacing: LINE,
          children: [new TextRun({ text: b.text, font: HEI_FONT })],
        }),
      ];
    case 'para':
      return [
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: b.indent ? { firstLine: 640 } : undefined,
          spacing: LINE,
          children: runs(b.inlines),
        }),
      ];
    case 'grid':
      return [
        table(
          [LABEL_W, VALUE_W],
          b.rows.map(
            (r) =>
              new TableRow({
                cantSplit: true,
                children: [
                  cell([para(r.label)], LABEL_W),
                  cell([new Paragraph({ children: runs(r.value, TABLE_SIZE) })], VALUE_W),
                ],
              }),
          ),
        ),
      ];
    case 'table': {
      const w = Math.floor(CONTENT_WIDTH / b.columns.length);
      const widths = b.columns.map(() => w);
      const rows = b.rows.length ? b.rows : [b.columns.map(() => '')];
      return [
        ...(b.title
          ? [new Paragraph({ spacing: LINE, children: [new TextRun({ text: b.title, font: HEI_FONT })] })]
          : []),
        table(widths, [
          new TableRow({ tableHeader: true, children: b.columns.map((c) => cell([para(c, { align: 'center' })], w)) }),
          ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell([para(c)], w)) })),
        ]),
      ];
    }
    case 'opinions':
      return [
        table(
          [LABEL_W, VALUE_W],
          b.steps.map(
            (s) =>
              new TableRow({
                height: { value: Math.round(28 * MM), rule: 'atLeast' },
                children: [
                  cell([para(s.label)], LABEL_W),
                  cell(
                    [para(s.text), para(''), para('签名：　　　　　　　　年　　月　　日', { align: 'right' })],
                    VALUE_W,
                  ),
                ],
              }),
          ),
        ),
      ];
    case 'signatures':
      return b.labels.map(
        (l) =>
          new Paragraph({
            spacing: { ...LINE, before: 200 },
            children: [
              new TextRun(`${l}：`),
              new TextRun({ text: '　　　　　　　　', underline: {} }),
              new TextRun('　　年　　月　　日'),
            ],
          }),
      );
  }
}

function closing(model: DocModel): Paragraph[] {
  if (!model.sealed && model.layout !== 'letter') return [];
  const right = (children: TextRun[], before = 0) =>
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { ...LINE, before }, indent: { right: 640 }, children });
  return [
    ...(model.sealed ? [right([new TextRun({ text: '（印章）', color: SEAL_RED })], 560)] : []),
    right([new TextRun(model.agencyName)], model.sealed ? 0 : 560),
    right([new TextRun(model.dateLine)]),
  ];
}

/** docProps/core.xml with fixed, document-derived times instead of "now". */
function coreXml(model: DocModel, isoDate: string): string {
  const x = escapeHtml;
  const at = `${isoDate}T00:00:00Z`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${x(model.title)}</dc:title><dc:subject>${x(model.number)}</dc:subject><dc:creator>${x(model.agencyName)}</dc:creator><cp:lastModifiedBy>Zhifa</cp:lastModifiedBy><cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified></cp:coreProperties>`;
}

export async function renderDocx(model: DocModel, isoDate: string): Promise<Buffer> {
  const header: Paragraph[] = [];
  if (model.layout === 'letter') {
    header.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { line: 720, lineRule: LineRuleType.EXACT },
        children: [new TextRun({ text: model.agencyName, font: TITLE_FONT, size: 44 })],
      }),
    );
  }
  header.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 720, lineRule: LineRuleType.EXACT, after: 160 },
      children: [new TextRun({ text: model.title, font: TITLE_FONT, size: 44, bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { ...LINE, after: 280 },
      children: [new TextRun(model.layout === 'letter' ? model.number : `编号：${model.number}`)],
    }),
  );
  const doc = new Document({
    creator: model.agencyName,
    title: model.title,
    styles: { default: { document: { run: { font: BODY_FONT, size: BODY_SIZE } } } },
    sections: [
      {
        properties: { page: { size: PAGE, margin: MARGIN } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 28 })],
              }),
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ text: model.footer, size: 16 })],
              }),
            ],
          }),
        },
        children: [...header, ...model.blocks.flatMap(blocks), ...closing(model)],
      },
    ],
  });
  const zip = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreXml(model, isoDate) }]);
  return fixZipTimes(zip, isoDate);
}

/**
 * Sets the modification time of every entry (local header and central directory) to 00:00 of `isoDate`
 * (MS-DOS date/time fields, APPNOTE 4.4.6). Only those four bytes per header change; CRCs cover data only.
 */
export function fixZipTimes(zip: Buffer, isoDate: string): Buffer {
  const out = Buffer.from(zip);
  const [y, m, d] = isoDate.split('-').map(Number);
  const dosDate = ((Math.max(1980, y) - 1980) << 9) | (m << 5) | d;
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (out.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('docx: end of central directory not found');
  const entries = out.readUInt16LE(eocd + 10);
  let p = out.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (out.readUInt32LE(p) !== 0x02014b50) throw new Error('docx: bad central directory entry');
    out.writeUInt16LE(0, p + 12);
    out.writeUInt16LE(dosDate, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) !== 0x04034b50) throw new Error('docx: bad local file header');
    out.writeUInt16LE(0, local + 10);
    out.writeUInt16LE(dosDate, local + 12);
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}
