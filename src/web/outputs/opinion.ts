/**
 * 审核意见: the letter a city office sends a department with the marked copy of its report. One
 * printable A4 document, no tables (it is read, printed and filed): the title, the file and date,
 * the verdict in one sentence, then every open finding in plain words (what, with 应为/实际为 in
 * its message, and where),
 * errors first, and the findings a reviewer accepted. Built in the checking worker from plain data;
 * `docx` zips it to bytes without Node's Buffer.
 */
import { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { describeFindingLocation, describeLocation } from '../../report/location';
import { counted, pick } from '../../report/render';
import type { Finding, FindingPart, Locale } from '../../report/types';
import { tableNames, verdictOf } from '../../report/verdict';
import type { TableId } from '../../format';
import type { CheckedFile } from '../types';

export interface OpinionInput {
  file: CheckedFile;
  locale: Locale;
  /** The date the opinion is signed. */
  date: Date;
  /** Who signs it; no signature line without one. */
  reviewer?: string;
}

interface Counts {
  errors: number;
  warnings: number;
}

interface OpinionWords {
  title(body: string, year: number): string;
  titleOfFile(name: string): string;
  fileLine(name: string, date: string): string;
  date(date: Date): string;
  pass(c: Counts): string;
  fail(c: Counts, missing: readonly TableId[]): string;
  noTable: string;
  partial(c: Counts, missing: readonly TableId[]): string;
  unreadable: string;
  reason(error: string): string;
  findingsHeading(n: number): string;
  acceptedHeading(n: number): string;
  error: string;
  warning: string;
  item(n: number, label: string, message: string): string;
  place(place: string): string;
  places(count: number, places: readonly string[]): string;
  partPlace(labels: string, place: string): string;
  acceptedReason(reason: string): string;
  reviewer(name: string): string;
}

const HEADING_NUMBERS = '一二三四五六七八九十';

const WORDS: Record<Locale, OpinionWords> = {
  'zh-CN': {
    title: (body, year) => `关于《${body}${year}年政府信息公开工作年度报告》的审核意见`,
    titleOfFile: (name) => `关于《${name}》的审核意见`,
    fileLine: (name, date) => `审核文件：${name}\u3000审核日期：${date}`, // an ideographic space apart
    date: (d) => `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`,
    pass: (c) => `审核结论：通过，未发现错误${c.warnings > 0 ? `，另有 ${c.warnings} 个警告建议核实` : ''}。`,
    fail: (c, missing) =>
      `审核结论：未通过，共 ${c.errors} 个错误、${c.warnings} 个警告` +
      (missing.length > 0 ? `（另未找到${tableNames(missing, 'zh-CN')}，该部分未能审核）` : '') +
      '，请按下列意见修改后重新报送。',
    noTable: '审核结论：未找到年报表格（表二、表三、表四），无法审核表格数据，请核对报送的文件。',
    partial: (c, missing) =>
      `审核结论：找到的表格中未发现错误${c.warnings > 0 ? `（有 ${c.warnings} 个警告建议核实）` : ''}，` +
      `但未找到${tableNames(missing, 'zh-CN')}，该部分未能审核，请补充后重新报送。`,
    unreadable: '审核结论：该文件无法读取，未能审核，请重新报送。',
    reason: (error) => `原因：${error}`,
    findingsHeading: (n) => `${HEADING_NUMBERS[n - 1]}、需要修改的问题`,
    acceptedHeading: (n) => `${HEADING_NUMBERS[n - 1]}、已确认无误的事项`,
    error: '错误',
    warning: '建议核实',
    item: (n, label, message) => `${n}.【${label}】${message}`,
    place: (place) => `位置：${place}`,
    places: (count, places) => `位置（共 ${count} 格）：${places.join('；')}`,
    partPlace: (labels, place) => `${labels}（${place}）`,
    acceptedReason: (reason) => `确认理由：${reason}`,
    reviewer: (name) => `审核人：${name}`,
  },
  en: {
    title: (body, year) =>
      `Review of the ${year} Annual Report on Government Information Disclosure of ${body}`,
    titleOfFile: (name) => `Review of “${name}”`,
    fileLine: (name, date) => `File reviewed: ${name}    Date: ${date}`,
    date: (d) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`,
    pass: (c) =>
      `Verdict: passed; no errors found${c.warnings > 0 ? `, ${counted(c.warnings, 'warning', 'warnings')} to verify` : ''}.`,
    fail: (c, missing) =>
      `Verdict: not passed: ${counted(c.errors, 'error', 'errors')} and ${counted(c.warnings, 'warning', 'warnings')}` +
      (missing.length > 0 ? ` (${tableNames(missing, 'en')} not found, not reviewed)` : '') +
      '. Please correct the points below and submit the report again.',
    noTable:
      'Verdict: no table of the annual report (tables 二, 三 and 四) was found, so its figures could not be ' +
      'reviewed. Please check the file submitted.',
    partial: (c, missing) =>
      `Verdict: no errors in the tables found${c.warnings > 0 ? ` (${counted(c.warnings, 'warning', 'warnings')} to verify)` : ''}, ` +
      `but ${tableNames(missing, 'en')} ${missing.length === 1 ? 'was' : 'were'} not found and could not be ` +
      'reviewed. Please complete the report and submit it again.',
    unreadable: 'Verdict: the file could not be read and was not reviewed. Please submit it again.',
    reason: (error) => `Reason: ${error}`,
    findingsHeading: (n) => `${n}. Points to correct`,
    acceptedHeading: (n) => `${n}. Findings confirmed as correct`,
    error: 'Error',
    warning: 'Please verify',
    item: (n, label, message) => `${n}. [${label}] ${message}`,
    place: (place) => `Where: ${place}`,
    places: (count, places) => `Where (${counted(count, 'cell', 'cells')}): ${places.join('; ')}`,
    partPlace: (labels, place) => `${labels} (${place})`,
    acceptedReason: (reason) => `Reason given: ${reason}`,
    reviewer: (name) => `Reviewer: ${name}`,
  },
};

/** What the document says, block by block; the layout is decided apart (see `paragraphOf`). */
export interface Block {
  kind: 'title' | 'meta' | 'text' | 'heading' | 'item' | 'detail' | 'signature';
  text: string;
  /** Space above: the signature stands apart from the text. */
  gap?: boolean;
}

/** Builds the 审核意见 of one file as .docx bytes. */
export async function reviewOpinionDocx(input: OpinionInput): Promise<Uint8Array> {
  const blocks = opinionBlocks(input);
  const style = STYLES[input.locale];
  const document = new Document({
    title: blocks[0].text,
    creator: input.reviewer,
    styles: { default: { document: { run: { font: style.body, size: style.size } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height },
            margin: { top: 2098, bottom: 1984, left: 1588, right: 1474, footer: 992 },
          },
        },
        footers: { default: pageNumberFooter() },
        children: blocks.map((b) => paragraphOf(b, style)),
      },
    ],
  });
  return Packer.pack(document, 'uint8array');
}

/** The opinion's text, in order. */
export function opinionBlocks({ file, locale, date, reviewer }: OpinionInput): Block[] {
  const t = WORDS[locale];
  const title =
    file.body !== null && file.year !== null ? t.title(file.body, file.year) : t.titleOfFile(file.name);
  const blocks: Block[] = [
    { kind: 'title', text: title },
    { kind: 'meta', text: t.fileLine(file.name, t.date(date)) },
  ];
  const { report } = file;
  if (report === null) {
    blocks.push({ kind: 'text', text: t.unreadable });
    if (file.error) blocks.push({ kind: 'text', text: t.reason(file.error) });
  } else {
    blocks.push({ kind: 'text', text: verdictSentence(t, report) });
    let section = 0;
    // Errors first; the sort is stable, so the report's order stays within each severity.
    const open = [...report.findings].sort((a, b) => severityRank(a) - severityRank(b));
    if (open.length > 0) {
      blocks.push({ kind: 'heading', text: t.findingsHeading(++section) });
      open.forEach((f, i) => blocks.push(...findingBlocks(t, f, i + 1, locale)));
    }
    const accepted = report.accepted ?? [];
    if (accepted.length > 0) {
      blocks.push({ kind: 'heading', text: t.acceptedHeading(++section) });
      accepted.forEach(({ finding, reason }, i) =>
        blocks.push(
          { kind: 'item', text: `${i + 1}. ${finding.message}` },
          { kind: 'detail', text: placeLine(t, finding, locale) },
          { kind: 'detail', text: t.acceptedReason(reason) },
        ),
      );
    }
  }
  if (reviewer) blocks.push({ kind: 'signature', text: t.reviewer(reviewer), gap: true });
  blocks.push({ kind: 'signature', text: t.date(date), gap: !reviewer });
  return blocks;
}

function verdictSentence(t: OpinionWords, report: NonNullable<CheckedFile['report']>): string {
  const counts = { errors: report.errors, warnings: report.warnings };
  switch (verdictOf(report)) {
    case 'pass':
      return t.pass(counts);
    case 'fail':
      return t.fail(counts, report.missingTables);
    case 'partial':
      return t.partial(counts, report.missingTables);
    case 'no-table':
      return t.noTable;
  }
}

const severityRank = (f: Finding) => (f.severity === 'error' ? 0 : 1);

/** The message already says what was expected and found (a blank as 为空): no second line repeats it. */
function findingBlocks(t: OpinionWords, f: Finding, n: number, locale: Locale): Block[] {
  const label = f.severity === 'error' ? t.error : t.warning;
  return [
    { kind: 'item', text: t.item(n, label, f.message) },
    { kind: 'detail', text: placeLine(t, f, locale) },
  ];
}

/** Where to fix it: one place, or each cell of a grouped finding with its labels. */
function placeLine(t: OpinionWords, f: Finding, locale: Locale): string {
  if (!f.parts || f.parts.length === 0) return t.place(describeFindingLocation(f, locale));
  return t.places(
    f.parts.length,
    f.parts.map((p) => partPlace(t, p, locale)),
  );
}

function partPlace(t: OpinionWords, part: FindingPart, locale: Locale): string {
  // The group's message names the table; each cell needs only its labels and its place.
  const place = describeLocation(part.location, { table: null }, locale);
  const labels = [part.rowLabel, part.columnLabel]
    .filter((l): l is NonNullable<typeof l> => l !== undefined)
    .map((l) => pick(l, locale))
    .join(' × ');
  return labels ? t.partPlace(labels, place) : place;
}

// ---------------------------------------------------------------------------------------------
// Layout: A4, the margins and sizes of an official letter (GB/T 9704 in spirit), fonts as hints.

const A4 = { width: 11906, height: 16838 };

interface Style {
  body: { ascii: string; hAnsi: string; eastAsia: string };
  title: { ascii: string; hAnsi: string; eastAsia: string };
  heading: { ascii: string; hAnsi: string; eastAsia: string };
  /** Half-points. */
  size: number;
  titleSize: number;
  /** Twips; exact line height keeps the page even in Chinese. */
  line: { line: number; lineRule: (typeof LineRuleType)[keyof typeof LineRuleType] };
  /** Two characters, in twips. */
  indent: number;
}

const latin = (eastAsia: string, ascii = 'Times New Roman') => ({ ascii, hAnsi: ascii, eastAsia });

const STYLES: Record<Locale, Style> = {
  'zh-CN': {
    body: latin('仿宋'),
    title: latin('宋体'),
    heading: latin('黑体'),
    size: 32, // 三号
    titleSize: 44, // 二号
    line: { line: 560, lineRule: LineRuleType.EXACT },
    indent: 640,
  },
  en: {
    body: latin('宋体'),
    title: latin('宋体'),
    heading: latin('宋体'),
    size: 24,
    titleSize: 32,
    line: { line: 276, lineRule: LineRuleType.AUTO },
    indent: 0,
  },
};

function paragraphOf(block: Block, s: Style): Paragraph {
  const run = (options: { bold?: boolean; size?: number; font?: Style['body'] } = {}) =>
    new TextRun({ text: block.text, ...options });
  switch (block.kind) {
    case 'title':
      return new Paragraph({
        children: [run({ bold: true, size: s.titleSize, font: s.title })],
        alignment: AlignmentType.CENTER,
        spacing: { after: 240 },
      });
    case 'meta':
      return new Paragraph({
        children: [run()],
        alignment: AlignmentType.CENTER,
        spacing: { ...s.line, after: 240 },
      });
    case 'heading':
      return new Paragraph({
        children: [run({ bold: s.indent === 0, font: s.heading })],
        indent: { firstLine: s.indent },
        spacing: { ...s.line, before: 120 },
        keepNext: true,
      });
    case 'item':
      return new Paragraph({ children: [run()], indent: { firstLine: s.indent }, spacing: s.line });
    case 'detail':
      return new Paragraph({ children: [run()], indent: { left: s.indent * 2 || 360 }, spacing: s.line });
    case 'signature':
      return new Paragraph({
        children: [run()],
        alignment: AlignmentType.RIGHT,
        spacing: { ...s.line, before: block.gap ? 480 : 0 },
      });
    case 'text':
      return new Paragraph({ children: [run()], indent: { firstLine: s.indent }, spacing: s.line });
  }
}

/** `— 1 —`, centred, as official documents number their pages. */
function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
    ],
  });
}
