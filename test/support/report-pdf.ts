/**
 * The seed report as a Word file laid out as published (tables 二/三/四 with the official merges,
 * A4, a running header and page numbers), built with the `docx` package for LibreOffice to turn
 * into PDF. The numbers and the narrative come from the seed fixture, so a PDF read must give the
 * same findings as the .txt. (LibreOffice's HTML import, "Writer/Web", loses the first page's text
 * in PDF export and ignores page headers, so the report goes through .docx.)
 */
import {
  AlignmentType,
  Document,
  ImageRun,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { fieldValue } from '../../src/grid/text';

const FONT = 'Noto Serif CJK SC';
/** A4 in twentieths of a point, with 2 cm margins. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

export interface ReportDocxOptions {
  /** A running header (the body's name) and a centred page number `- n -` in the footer. */
  furniture?: boolean;
  /** Paragraphs of filler narrative before table 三, to move where its page break falls. */
  fillerBeforeApplications?: number;
  /**
   * Table 三's merged label cells centred vertically (Word's 中部两端对齐, common in published
   * reports), so a group label such as （三）不予公开 is printed beside a middle row of its items.
   */
  centredMerges?: boolean;
}

type Valign = typeof VerticalAlign.TOP | typeof VerticalAlign.CENTER;

interface Section {
  heading?: string;
  paragraphs: string[];
  table: string[][] | undefined;
}

/** The fixture cut at its headings: each heading's paragraphs and the tab-separated table after them. */
function fixtureSections(): Section[] {
  const text = readFileSync(join(__dirname, '..', 'fixtures', 'zhengzhou-zwfwb-2021.txt'), 'utf8');
  const sections: Section[] = [{ paragraphs: [], table: undefined }];
  for (const line of text.replace(/\r\n/g, '\n').split('\n')) {
    const current = sections[sections.length - 1];
    if (line.startsWith('#'))
      sections.push({ heading: line.replace(/^#+\s*/, ''), paragraphs: [], table: undefined });
    else if (line.includes('\t')) (current.table ??= []).push(line.split('\t'));
    else if (line.trim() !== '') current.paragraphs.push(line.trim());
  }
  return sections;
}

const numbersOf = (row: string[]): number[] =>
  row.map(fieldValue).filter((v): v is number => typeof v === 'number');

const run = (text: string, size = 21, bold = false) => new TextRun({ text, font: FONT, size, bold });
const para = (text: string, options: { size?: number; bold?: boolean; indent?: boolean } = {}) =>
  new Paragraph({
    children: [run(text, options.size, options.bold)],
    indent: options.indent ? { firstLine: 420 } : undefined,
    alignment: AlignmentType.JUSTIFIED,
  });

interface CellSpec {
  text: string;
  span?: number;
  rows?: number;
  center?: boolean;
}

function cell(spec: CellSpec, width: number, mergedAlign: Valign): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        children: [run(spec.text, 18)],
        alignment: spec.center ? AlignmentType.CENTER : AlignmentType.LEFT,
      }),
    ],
    columnSpan: spec.span,
    rowSpan: spec.rows,
    // Top by default, as Word and LibreOffice: a merged label stands on its first row.
    verticalAlign: (spec.rows ?? 1) > 1 ? mergedAlign : VerticalAlign.TOP,
    width: { size: width, type: WidthType.DXA },
  });
}

/** A table from rows of cell specs over columns of the given relative widths. */
function table(widths: number[], rows: CellSpec[][], mergedAlign: Valign = VerticalAlign.TOP): Table {
  const total = widths.reduce((a, b) => a + b, 0);
  const cols = widths.map((w) => Math.round((w / total) * TEXT_WIDTH));
  // Columns already covered by a rowSpan from above, per row.
  const covered: Set<number>[] = rows.map(() => new Set());
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: cols,
    rows: rows.map((specs, r) => {
      let col = 0;
      const cells = specs.map((spec) => {
        while (covered[r].has(col)) col++;
        const span = spec.span ?? 1;
        for (let dr = 1; dr < (spec.rows ?? 1); dr++)
          for (let c = col; c < col + span; c++) covered[r + dr]?.add(c);
        const width = cols.slice(col, col + span).reduce((a, b) => a + b, 0);
        col += span;
        return cell(spec, width, mergedAlign);
      });
      return new TableRow({ children: cells, cantSplit: true });
    }),
  });
}

const num = (n: number, span?: number): CellSpec => ({ text: String(n), center: true, span });

/** Table 二 as in the fixture: clause rows across the table, single-number blocks spanning 3 columns. */
function proactiveTable(rows: string[][]): Table {
  const specs = rows.map((row): CellSpec[] => {
    const fields = row.filter((f) => f.trim() !== '');
    if (fields.length === 1) return [{ text: fields[0], span: 4 }];
    const [label, ...rest] = fields;
    const values = rest.map((f): CellSpec => ({ text: f, center: true }));
    if (values.length === 1) values[0].span = 3;
    return [{ text: label }, ...values];
  });
  return table([3, 2, 2, 2], specs);
}

/** Table 三 in the official 2021 layout: 3 label columns, a 3-row header, 25 rows of 7 numbers. */
function applicationsTable(rows: string[][], mergedAlign?: Valign): Table {
  const values = rows.map(numbersOf).filter((n) => n.length === 7);
  if (values.length !== 25) throw new Error(`table 三 of the fixture has ${values.length} rows`);
  const labels: CellSpec[][] = [
    [{ text: '一、本年新收政府信息公开申请数量', span: 3 }],
    [{ text: '二、上年结转政府信息公开申请数量', span: 3 }],
    [
      { text: '三、本年度办理结果', rows: 22 },
      { text: '（一）予以公开', span: 2 },
    ],
    [{ text: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', span: 2 }],
    [{ text: '（三）不予公开', rows: 8 }, { text: '1.属于国家秘密' }],
    ...[
      '2.其他法律行政法规禁止公开',
      '3.危及“三安全一稳定”',
      '4.保护第三方合法权益',
      '5.属于三类内部事务信息',
    ]
      .concat(['6.属于四类过程性信息', '7.属于行政执法案卷', '8.属于行政查询事项'])
      .map((text) => [{ text }]),
    [{ text: '（四）无法提供', rows: 3 }, { text: '1.本机关不掌握相关政府信息' }],
    [{ text: '2.没有现成信息需要另行制作' }],
    [{ text: '3.补正后申请内容仍不明确' }],
    [{ text: '（五）不予处理', rows: 5 }, { text: '1.信访举报投诉类申请' }],
    ...[
      '2.重复申请',
      '3.要求提供公开出版物',
      '4.无正当理由大量反复申请',
      '5.要求行政机关确认或重新出具已获取信息',
    ].map((text) => [{ text }]),
    [
      { text: '（六）其他处理', rows: 3 },
      { text: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请' },
    ],
    [{ text: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请' }],
    [{ text: '3.其他' }],
    [{ text: '（七）总计', span: 2 }],
    [{ text: '四、结转下年度继续办理', span: 3 }],
  ];
  const header: CellSpec[][] = [
    [
      { text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', span: 3, rows: 3 },
      { text: '申请人情况', span: 6, center: true },
      { text: '总计', rows: 3, center: true },
    ],
    [
      { text: '自然人', rows: 2, center: true },
      { text: '法人或其他组织', span: 5, center: true },
    ],
    ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((text) => ({ text, center: true })),
  ];
  const body = labels.map((row, i) => [...row, ...values[i].map((n) => num(n))]);
  return table([2, 2.4, 4.2, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3, 1.3], [...header, ...body], mergedAlign);
}

/** Table 四: two header levels over 15 columns and one row of numbers. */
function reviewsTable(rows: string[][]): Table {
  const values = rows.map(numbersOf).find((n) => n.length === 15);
  if (!values) throw new Error('table 四 of the fixture has no row of 15 numbers');
  const five = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const header: CellSpec[][] = [
    [
      { text: '行政复议', span: 5, center: true },
      { text: '行政诉讼', span: 10, center: true },
    ],
    [
      ...five.map((text) => ({ text, rows: 2, center: true })),
      { text: '未经复议直接起诉', span: 5, center: true },
      { text: '复议后起诉', span: 5, center: true },
    ],
    [...five, ...five].map((text) => ({ text, center: true })),
  ];
  return table(new Array<number>(15).fill(1), [...header, values.map((n) => num(n))]);
}

const FILLER =
  '本部分为测试用的补充说明文字，用于调整版面，使表格跨页排列。内容不含任何数字，也不影响校验结果，仅占用篇幅。';

/** The seed report as .docx bytes. */
export async function reportDocx(options: ReportDocxOptions = {}): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  const tableBuilders = [proactiveTable, applicationsTable, reviewsTable];
  const mergedAlign = options.centredMerges ? VerticalAlign.CENTER : VerticalAlign.TOP;
  for (const section of fixtureSections()) {
    const build = section.table ? tableBuilders.shift() : undefined;
    if (build === applicationsTable)
      for (let i = 0; i < (options.fillerBeforeApplications ?? 0); i++)
        children.push(para(FILLER, { indent: true }));
    if (section.heading) children.push(para(section.heading, { size: 28, bold: true }));
    if (build && section.table) children.push(build(section.table, mergedAlign));
    for (const p of section.paragraphs) children.push(para(p, { indent: true }));
  }
  const section: ISectionOptions = {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
      },
    },
    headers: options.furniture
      ? {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [run('郑州市政务服务办公室政府信息公开工作年度报告', 18)],
              }),
            ],
          }),
        }
      : undefined,
    footers: options.furniture
      ? {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ font: FONT, size: 18, children: ['- ', PageNumber.CURRENT, ' -'] })],
              }),
            ],
          }),
        }
      : undefined,
    children,
  };
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [section] })));
}

/** A grey greyscale PNG: an image with no text, as a scanned page is. */
export function greyPng(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth; colour type 0 (grey)
  const raw = Buffer.alloc((width + 1) * height, 0x80);
  for (let y = 0; y < height; y++) raw[y * (width + 1)] = 0; // filter: none
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A "scanned" report: a Word file whose only page holds an image and no text. */
export async function scanDocx(): Promise<Uint8Array> {
  const image = new ImageRun({
    type: 'png',
    data: greyPng(400, 300),
    transformation: { width: 400, height: 300 },
  });
  const doc = new Document({ sections: [{ children: [new Paragraph({ children: [image] })] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * A one-page PDF written by hand (Helvetica, A4, correct xref): `text` with its baseline at
 * `(x, y)` in PDF user space (y up from the bottom), to check the extractor's coordinates exactly.
 * `rotate`: the page's /Rotate (degrees clockwise for display).
 */
export function minimalPdf(text: string, x: number, y: number, size: number, rotate = 0): Uint8Array {
  return onePagePdf(
    `BT /F1 ${size} Tf ${x} ${y} Td (${text}) Tj ET`,
    ['<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'],
    rotate,
  );
}

/**
 * A one-page PDF as many Chinese government reports are made: the text drawn with a non-embedded
 * CID font (STSong-Light, Adobe-GB1-4) through the predefined CMap UniGB-UCS2-H, with no /ToUnicode.
 * The codes are the text's UCS-2 (UTF-16BE) units, so only the CMap tells a reader which CIDs,
 * and so which characters, they are.
 */
export function cidFontPdf(text: string, x: number, y: number, size: number): Uint8Array {
  const ucs2 = Array.from(text, (ch) => {
    if (ch.length !== 1) throw new Error(`${ch} is outside UCS-2`);
    return ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  }).join('');
  return onePagePdf(`BT /F1 ${size} Tf ${x} ${y} Td <${ucs2}> Tj ET`, [
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [5 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light ' +
      '/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 6 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] ' +
      '/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  ]);
}

/**
 * An A4 page whose content stream is `content` and whose font /F1 is object 4; `fonts` are objects
 * 4, 5, …, written with a correct xref.
 */
function onePagePdf(content: string, fonts: string[], rotate = 0): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Rotate ${rotate} /Resources << /Font << /F1 4 0 R >> >> /Contents ${4 + fonts.length} 0 R >>`,
    ...fonts,
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}
