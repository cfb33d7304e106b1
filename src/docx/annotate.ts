/**
 * The annotated copy of a checked Word report (`check --annotate` on a .docx), for the return loop:
 * the reviewer sends the copy back to the department as it is. In the copy:
 * - each table cell a finding points at is shaded in the add-in's colours (src/report/marks.ts);
 * - each finding is a Word comment (author 年报校验助手) on its cell's first paragraph, or on the
 *   body paragraph a narrative finding points at;
 * - a summary of the check opens the body.
 * Only the document part, the comments part, the document's relationships and [Content_Types].xml
 * change, by splicing into their text; every other entry keeps its content. The input is not touched.
 * Pure TypeScript (fflate): it runs in the browser as well.
 */
import { zipSync } from 'fflate';
import { MARK_STYLES, planMarks, type MarkKind } from '../report/marks';
import type { Finding, Locale, Report } from '../report/types';
import { partlyMissing, tableNames } from '../report/verdict';
import { wordNames } from '../sources/numbering';
import { SourceReadError } from '../sources/types';
import { readZip } from '../sources/zip';
import { DEFAULT_LIMITS } from '../xlsx/limits';
import { anchorMarkup, commentsPart, commentXml, maxId } from './comments';
import { Splices } from './edits';
import {
  addOverride,
  addRelationship,
  documentPath,
  insertInto,
  PackageFiles,
  readPart,
  relationships,
  relsPathOf,
} from './package';
import { formatCellRuns } from './run-format';
import { elements, escapeXml, firstChild, scanXml, type ScanNode } from './scan';
import { cellAt, findTargets, type Names } from './targets';

export interface AnnotateDocxInput {
  /** The .docx as read for the check; never modified. */
  bytes: Uint8Array;
  /** The report of checking that file (its findings' locations come from src/sources/docx.ts). */
  report: Report;
  locale: Locale;
  /** The input's file name, for error messages. */
  source: string;
  /** The comments' date; now by default. */
  now?: Date;
}

const TEXT = {
  'zh-CN': {
    author: '年报校验助手',
    initials: '校验',
    summary: (r: Report, marked: boolean, commented: boolean) =>
      `政府信息公开年报校验助手：${r.errors} 个错误，${r.warnings} 个警告` +
      (marked ? '（已在表格中标出并加批注）' : commented ? '（已加批注）' : '；没有发现问题'),
    legend: '标注颜色：深红 = 最可能填错的格；浅红 = 错误；浅黄 = 警告。',
    missing: (tables: string) => `未找到${tables}：这些表格的规则没有运行。`,
    unplaced: (n: number) => `另有 ${n} 个问题无法在文档中定位，见校验报告。`,
  },
  en: {
    author: 'Disclosure Report Checker',
    initials: 'DRC',
    summary: (r: Report, marked: boolean, commented: boolean) =>
      `Disclosure Report Checker: ${r.errors} error(s), ${r.warnings} warning(s)` +
      (marked
        ? ' (marked in the tables, with comments)'
        : commented
          ? ' (with comments)'
          : '; no problems found'),
    legend: 'Colours: dark red = the cell most likely mistyped; light red = error; light yellow = warning.',
    missing: (tables: string) => `Not found: ${tables}; their rules did not run.`,
    unplaced: (n: number) => `${n} more problem(s) could not be placed in the document; see the report.`,
  },
} satisfies Record<Locale, unknown>;

const COMMENTS_TYPE = '/comments';
const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const STRICT_W = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
const TRANSITIONAL_W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** The elements w:shd must follow inside w:tcPr (the schema's sequence). */
const BEFORE_SHD = new Set(['cnfStyle', 'tcW', 'gridSpan', 'hMerge', 'vMerge', 'tcBorders']);

/** Returns the bytes of the annotated copy of a .docx. Throws SourceReadError for a damaged file. */
export function annotateDocx(input: AnnotateDocxInput): Uint8Array {
  const t = TEXT[input.locale];
  const files = new PackageFiles(readZip(input.bytes, { maxUnpackedBytes: DEFAULT_LIMITS.maxUnpackedBytes }));
  const docPath = documentPath(files);
  if (!docPath) throw new SourceReadError('wrong-format', `${input.source}: no word/document.xml`);
  const folder = docPath.slice(0, docPath.lastIndexOf('/') + 1);

  const doc = readPart(files.files.get(docPath) as Uint8Array);
  const root = scanXml(doc.text, docPath, (local) => local === 't');
  const w = wordNames(root);
  const mcPrefix = Object.entries(root.attrs).find(([k, v]) => v === MC_NAMESPACE && k.startsWith('xmlns:'));
  const names: Names = { w, mc: (local) => `${mcPrefix ? mcPrefix[0].slice(6) : 'mc'}:${local}` };
  const body = firstChild(root, w('body'));
  if (!body) throw new SourceReadError('wrong-format', `${input.source}: ${docPath} has no body`);
  const targets = findTargets(body, names);

  // Comments already in the package: new ones are appended with ids above every id in use.
  const relsPath = files.find(relsPathOf(docPath)) ?? relsPathOf(docPath);
  const relsBytes = files.files.get(relsPath);
  const relsText = relsBytes ? readPart(relsBytes) : undefined;
  const existingRel = relsText
    ? relationships(relsText.text, relsPath, folder).find(
        (r) => !r.external && r.type.endsWith(COMMENTS_TYPE),
      )
    : undefined;
  const commentsPath = existingRel
    ? (files.find(existingRel.path) ?? existingRel.path)
    : unusedName(files, folder);
  const commentsBytes = files.files.get(commentsPath);
  const comments = commentsBytes ? readPart(commentsBytes) : undefined;
  const commentsRoot = comments ? scanXml(comments.text, commentsPath) : undefined;
  let nextId =
    Math.max(maxId(root, w('id')), commentsRoot ? maxId(commentsRoot, wordNames(commentsRoot)('id')) : -1) +
    1;

  // Where each finding goes: shading per cell (the strongest mark), comments per paragraph.
  const marks = planMarks(input.report.findings);
  const shading = new Map<ScanNode, MarkKind>();
  const anchors = new Map<ScanNode, { ids: number[]; messages: Set<string> }>();
  const newComments: { id: number; text: string }[] = [];
  let unplaced = 0;
  for (const f of input.report.findings) {
    const place = placeOf(f, targets, names);
    if (!place) {
      unplaced++;
      continue;
    }
    const kind = place.tc ? marks.get(f.sheet)?.get(f.address)?.kind : undefined;
    if (place.tc && kind) shading.set(place.tc, kind);
    let anchor = anchors.get(place.paragraph);
    if (!anchor) anchors.set(place.paragraph, (anchor = { ids: [], messages: new Set() }));
    if (anchor.messages.has(f.message)) continue;
    anchor.messages.add(f.message);
    anchor.ids.push(nextId);
    newComments.push({ id: nextId++, text: f.message });
  }

  const splices = new Splices();
  for (const [tc, kind] of shading) {
    const style = MARK_STYLES[kind];
    shade(splices, tc, w, hex(style.fill));
    formatCellRuns(splices, tc, w, { color: hex(style.fontColor), bold: style.bold });
  }
  for (const [p, anchor] of anchors) anchorComments(splices, p, w, anchor.ids);
  const summary = [t.summary(input.report, shading.size > 0, newComments.length > 0)];
  if (shading.size > 0) summary.push(t.legend);
  const missing = partlyMissing(input.report);
  if (missing.length > 0) summary.push(t.missing(tableNames(missing, input.locale)));
  if (unplaced > 0) summary.push(t.unplaced(unplaced));
  insertInto(splices, body, 'start', summary.map((line, i) => summaryParagraph(w, line, i === 0)).join(''));
  files.set(docPath, doc.encode(splices.apply(doc.text)));

  if (newComments.length > 0) {
    const date = (input.now ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const cw = commentsRoot ? wordNames(commentsRoot) : (local: string) => `w:${local}`;
    const markup = newComments
      .map((c) => commentXml(cw, { ...c, author: t.author, initials: t.initials, date }))
      .join('');
    if (comments && commentsRoot) {
      const added = new Splices();
      insertInto(added, commentsRoot, 'end', markup);
      files.set(commentsPath, comments.encode(added.apply(comments.text)));
    } else {
      // A new part (or one the relationships name but the package lacks: then only the part is added).
      const strict = Object.values(root.attrs).includes(STRICT_W);
      files.set(
        commentsPath,
        new TextEncoder().encode(commentsPart(strict ? STRICT_W : TRANSITIONAL_W, markup)),
      );
      const type = strict
        ? 'http://purl.oclc.org/ooxml/officeDocument/relationships/comments'
        : 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
      if (!existingRel) {
        const rels = addRelationship(relsText?.text, relsPath, type, commentsPath.slice(folder.length));
        files.set(relsPath, relsText ? relsText.encode(rels) : new TextEncoder().encode(rels));
      }
    }
    const typesPath = files.find('[Content_Types].xml');
    if (typesPath) {
      const types = readPart(files.files.get(typesPath) as Uint8Array);
      const updated = addOverride(types.text, commentsPath, COMMENTS_CONTENT_TYPE);
      if (updated !== types.text) files.set(typesPath, types.encode(updated));
    }
  }
  return zipSync(Object.fromEntries(files.files));
}

/** The cell (if any) and the paragraph a finding's comment is anchored to. */
function placeOf(
  f: Finding,
  targets: ReturnType<typeof findTargets>,
  names: Names,
): { tc?: ScanNode; paragraph: ScanNode } | undefined {
  const loc = f.location;
  if (loc.kind === 'paragraph') {
    const paragraph = targets.paragraphs.get(loc.paragraph);
    return paragraph && { paragraph };
  }
  if (loc.kind !== 'table-cell') return undefined;
  const tc = cellAt(targets, loc.table, loc.row, loc.column);
  const paragraph = tc && firstParagraph(tc, names);
  return tc && paragraph && { tc, paragraph };
}

/** A cell's first paragraph (through content controls), not one of a nested table's. */
function firstParagraph(container: ScanNode, names: Names): ScanNode | undefined {
  for (const el of elements(container)) {
    if (el.name === names.w('p')) return el;
    if (el.name === names.w('tbl') || el.name === names.w('tcPr')) continue;
    const inner = firstParagraph(el, names);
    if (inner) return inner;
  }
  return undefined;
}

/** `#c00000` → `C00000`, as WordprocessingML writes colours. */
const hex = (colour: string): string => colour.replace('#', '').toUpperCase();

/** Sets the cell's w:shd (replacing one already there), in the schema's order inside w:tcPr. */
function shade(splices: Splices, tc: ScanNode, w: (local: string) => string, fill: string): void {
  const shd = `<${w('shd')} ${w('val')}="clear" ${w('color')}="auto" ${w('fill')}="${fill}"/>`;
  const tcPr = firstChild(tc, w('tcPr'));
  if (!tcPr) return insertInto(splices, tc, 'start', `<${w('tcPr')}>${shd}</${w('tcPr')}>`);
  const children = elements(tcPr);
  const existing = children.find((c) => c.name === w('shd'));
  if (existing) return splices.replace(existing.start, existing.end, shd);
  const before = children.filter((c) => BEFORE_SHD.has(c.name.slice(c.name.indexOf(':') + 1))).pop();
  if (before) splices.insert(before.end, shd);
  else insertInto(splices, tcPr, 'start', shd);
}

/** Comment ranges around a paragraph's content (after its properties), references at its end. */
function anchorComments(splices: Splices, p: ScanNode, w: (local: string) => string, ids: number[]): void {
  const { open, close } = anchorMarkup(w, ids);
  if (p.selfClosing) return insertInto(splices, p, 'end', open + close);
  const pPr = firstChild(p, w('pPr'));
  splices.insert(pPr ? pPr.end : p.openEnd, open);
  splices.insert(p.closeStart, close);
}

function summaryParagraph(w: (local: string) => string, text: string, bold: boolean): string {
  const rPr = bold ? `<${w('rPr')}><${w('b')}/></${w('rPr')}>` : '';
  return `<${w('p')}><${w('r')}>${rPr}<${w('t')} xml:space="preserve">${escapeXml(text)}</${w('t')}></${w('r')}></${w('p')}>`;
}

/** A name for a new comments part that the package does not use yet. */
function unusedName(files: PackageFiles, folder: string): string {
  for (let i = 0; ; i++) {
    const name = `${folder}comments${i === 0 ? '' : i}.xml`;
    if (!files.find(name)) return name;
  }
}
