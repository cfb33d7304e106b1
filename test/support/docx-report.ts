/**
 * The seed report (test/fixtures/zhengzhou-zwfwb-2021.txt) as a real Word file, written by the
 * `docx` npm package: its paragraphs (headings without the fixture's '#'), tables 二, 三 and 四 with
 * the official merged cells, the "（一）…（五）" paragraphs of section 一 numbered by Word (a
 * chineseCounting list with lvlText "（%1）", the literal prefix dropped), and one paragraph with
 * tracked changes (an insertion, which reads as written, and a deletion, which must not be read).
 */
import {
  Document,
  HeadingLevel,
  InsertedTextRun,
  DeletedTextRun,
  LevelFormat,
  LevelSuffix,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';
import type { CellValue } from '../../src/grid';
import { fixtureRows } from './fixture';

/** 1-based line ranges of the fixture's tables. */
export const SEED_TABLES = {
  proactive: { first: 23, last: 36 },
  applications: { first: 40, last: 67 },
  reviews: { first: 71, last: 74 },
} as const;

/** The inserted words (tracked) and the deleted ones, which the reader must leave out. */
export const SEED_INSERTED = '以及实际收取的总金额';
export const SEED_DELETED = '（待核实）';

const SECTION_MARK = /^（[一二三四五六七八九十]+）/;
const NUMBERING = 'section-one';

type Merge = { span?: number; v?: 'restart' | 'continue' };

/** A cell to be: its value and merge; `table` makes the Word cell, with its width in the grid. */
interface CellSpec {
  value: CellValue;
  merge: Merge;
}

const cell = (value: CellValue, merge: Merge = {}): CellSpec => ({ value, merge });

/** 6 inches. Column widths are whole multiples of 72 twips (127/100 mm), which LibreOffice keeps
 * exactly; other widths come back rounded, with a stray 1-twip grid column. */
const TABLE_WIDTH = 8640;

function table(columns: number, rows: CellSpec[][]): Table {
  const column = Math.floor(TABLE_WIDTH / columns / 72) * 72;
  const make = ({ value, merge }: CellSpec) =>
    new TableCell({
      children: (value === null ? '' : String(value)).split('\n').map((line) => new Paragraph(line)),
      columnSpan: merge.span,
      // Explicit widths, as Word writes them: without them LibreOffice re-derives the grid.
      width: { size: column * (merge.span ?? 1), type: WidthType.DXA },
      verticalMerge:
        merge.v === 'restart'
          ? VerticalMergeType.RESTART
          : merge.v === 'continue'
            ? VerticalMergeType.CONTINUE
            : undefined,
    });
  return new Table({
    columnWidths: new Array(columns).fill(column),
    width: { size: column * columns, type: WidthType.DXA },
    rows: rows.map((cells) => new TableRow({ children: cells.map(make) })),
  });
}

const present = (row: CellValue[]) => row.filter((v) => v !== null && v !== '');

/** Table 二: clause rows across all four columns, single-figure blocks with the figure across three. */
function proactiveTable(rows: CellValue[][]): Table {
  return table(
    4,
    rows.map((row) => {
      const values = present(row);
      if (values.length === 1) return [cell(values[0], { span: 4 })];
      if (values.length === 2) return [cell(values[0]), cell(values[1], { span: 3 })];
      return values.map((v) => cell(v));
    }),
  );
}

/**
 * Table 三 in the official layout: three label columns, seven number columns. The header's note
 * spans the label columns and three rows; "申请人情况" spans six columns; "三、本年度办理结果" and
 * each group with items ("（三）不予公开"…) span their rows vertically.
 */
function applicationsTable(rows: CellValue[][]): Table {
  const [h1, h2, h3, ...body] = rows.map(present);
  const out: CellSpec[][] = [
    [cell(h1[0], { span: 3, v: 'restart' }), cell(h1[1], { span: 6 }), cell(h1[2], { v: 'restart' })],
    [
      cell(null, { span: 3, v: 'continue' }),
      cell(h2[0], { v: 'restart' }),
      cell(h2[1], { span: 5 }),
      cell(null, { v: 'continue' }),
    ],
    [
      cell(null, { span: 3, v: 'continue' }),
      cell(null, { v: 'continue' }),
      ...h3.map((v) => cell(v)),
      cell(null, { v: 'continue' }),
    ],
  ];
  let inResults = false;
  for (const values of body) {
    const labels = values.filter((v): v is string => typeof v === 'string');
    const numbers = values.filter((v) => typeof v === 'number').map((v) => cell(v));
    const section = labels.find((l) => /^[一二三四]、/.test(l));
    const group = labels.find((l) => /^\([一二三四五六七]\)/.test(l));
    const item = labels.find((l) => /^\d\. /.test(l));
    if (section && !section.startsWith('三、')) inResults = false;
    if (section?.startsWith('三、')) inResults = true;
    const sectionCell = inResults
      ? cell(section ?? null, { v: section ? 'restart' : 'continue' })
      : undefined;
    if (!inResults) out.push([cell(section ?? labels[0], { span: 3 }), ...numbers]);
    else if (group && !item) out.push([sectionCell!, cell(group, { span: 2 }), ...numbers]);
    else {
      // A group with items: its label spans its item rows (the next rows that hold only an item).
      const groupCell = cell(group ?? null, { v: group ? 'restart' : 'continue' });
      out.push([sectionCell!, groupCell, cell(item ?? null), ...numbers]);
    }
  }
  return table(10, out);
}

/** Table 四: 行政复议 over five columns, 行政诉讼 over ten, the review labels over two rows. */
function reviewsTable(rows: CellValue[][]): Table {
  const [r1, r2, r3, r4] = rows.map(present);
  return table(15, [
    [cell(r1[0], { span: 5 }), cell(r1[1], { span: 10 })],
    [
      ...r2.slice(0, 5).map((v) => cell(v, { v: 'restart' })),
      cell(r2[5], { span: 5 }),
      cell(r2[6], { span: 5 }),
    ],
    [...new Array(5).fill(null).map(() => cell(null, { v: 'continue' })), ...r3.map((v) => cell(v))],
    r4.map((v) => cell(v)),
  ]);
}

/** The fixture's text of paragraph lines, each paragraph of the Word file. */
function paragraph(text: string, id: { next: number }): Paragraph {
  const heading = /^(#+)\s*(.*)$/.exec(text);
  if (heading)
    return new Paragraph({
      text: heading[2],
      heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][
        Math.min(heading[1].length, 3) - 1
      ],
    });
  if (SECTION_MARK.test(text))
    return new Paragraph({
      numbering: { reference: NUMBERING, level: 0 },
      children: [new TextRun(text.replace(SECTION_MARK, ''))],
    });
  const at = text.indexOf(SEED_INSERTED);
  if (at >= 0) {
    const change = { author: 'tester', date: '2022-01-10T00:00:00Z' };
    return new Paragraph({
      children: [
        new TextRun(text.slice(0, at)),
        new InsertedTextRun({ ...change, id: id.next++, text: SEED_INSERTED }),
        new DeletedTextRun({ ...change, id: id.next++, text: SEED_DELETED }),
        new TextRun(text.slice(at + SEED_INSERTED.length)),
      ],
    });
  }
  return new Paragraph(text);
}

/** The seed report as .docx bytes. */
export async function seedReportDocx(): Promise<Uint8Array> {
  const lines = fixtureRows();
  const children: (Paragraph | Table)[] = [];
  const id = { next: 1 };
  const tableAt = new Map<number, { last: number; build: (rows: CellValue[][]) => Table }>([
    [SEED_TABLES.proactive.first, { last: SEED_TABLES.proactive.last, build: proactiveTable }],
    [SEED_TABLES.applications.first, { last: SEED_TABLES.applications.last, build: applicationsTable }],
    [SEED_TABLES.reviews.first, { last: SEED_TABLES.reviews.last, build: reviewsTable }],
  ]);
  for (let line = 1; line <= lines.length; line++) {
    const t = tableAt.get(line);
    if (t) {
      children.push(t.build(lines.slice(line - 1, t.last)));
      line = t.last;
      continue;
    }
    const text = lines[line - 1][0];
    if (typeof text === 'string' && text.trim() !== '') children.push(paragraph(text, id));
  }
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: NUMBERING,
          levels: [
            {
              level: 0,
              format: LevelFormat.CHINESE_COUNTING,
              text: '（%1）',
              start: 1,
              suffix: LevelSuffix.NOTHING,
            },
          ],
        },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
