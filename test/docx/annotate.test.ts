/**
 * The annotated copy of a Word report: the seed report written by the `docx` package (and again by
 * LibreOffice) with one number changed in table 三, read and checked by the real engine, annotated,
 * then read back three ways: by our reader (the document still reads the same), by a plain walk of
 * its XML (the shaded cells and the comments are exactly the findings'), and by LibreOffice (it
 * opens, prints to PDF and keeps the comments).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { checkGrids } from '../../src/check';
import { annotateDocx } from '../../src/docx/annotate';
import { firstChild, scanXml, type ScanNode } from '../../src/docx/scan';
import { cellAt, findTargets } from '../../src/docx/targets';
import type { Finding, Report } from '../../src/report/types';
import { readDocx } from '../../src/sources/docx';
import { parseXml, type XmlElement } from '../../src/sources/xml';
import { seedReportDocx, SEED_TABLES } from '../support/docx-report';
import { fixtureRows } from '../support/fixture';
import { expectedMarks, PALETTE } from '../support/mark-oracle';
import { convert, findSoffice } from '../template/soffice';

const LIMITS = { maxUnpackedBytes: 50 * 1024 * 1024, maxCellsPerSheet: 500_000 };
const NOW = new Date('2024-03-01T08:30:00.123Z');
const AUTHOR = '年报校验助手';

const read = (bytes: Uint8Array) => readDocx(bytes, { sheet: 'report', limits: LIMITS });
const check = (bytes: Uint8Array) => checkGrids(read(bytes).grids);
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const entries = (bytes: Uint8Array) => unzipSync(bytes);
const local = (name: string) => name.slice(name.indexOf(':') + 1);
const kids = (el: XmlElement) => el.children.filter((c): c is XmlElement => typeof c !== 'string');
const named = (el: XmlElement, name: string) => kids(el).filter((c) => local(c.name) === name);
function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}
function descendants(el: XmlElement, name: string): XmlElement[] {
  return kids(el).flatMap((c) => [...(local(c.name) === name ? [c] : []), ...descendants(c, name)]);
}
const attr = (el: XmlElement, name: string) =>
  Object.entries(el.attrs).find(([k]) => local(k) === name && k !== 'xmlns')?.[1];

/** The seed report with table 三's 本年新收 × 自然人 changed from 1 to 3: its totals no longer add up. */
async function brokenSeed(): Promise<Uint8Array> {
  const files = entries(await seedReportDocx());
  const xml = strFromU8(files['word/document.xml']);
  const nth = (tag: string, n: number, from: number) => {
    let at = from - 1;
    for (let i = 0; i < n; i++) at = xml.indexOf(tag, at + 1);
    return at;
  };
  const cell = nth('<w:tc>', 2, nth('<w:tr>', 4, nth('<w:tbl>', 2, 0)));
  const end = xml.indexOf('</w:tc>', cell);
  const edited = xml.slice(cell, end).replace(/(<w:t[^>]*>)1(<\/w:t>)/, '$13$2');
  if (edited === xml.slice(cell, end)) throw new Error('the seed changed: no 1 to edit');
  files['word/document.xml'] = strToU8(xml.slice(0, cell) + edited + xml.slice(end));
  return zipSync(files);
}

/** A short report (section 一's paragraphs, no table) with a comment of its own, by the `docx` package. */
async function commentedDocx(): Promise<Uint8Array> {
  const lines = fixtureRows()
    .slice(0, SEED_TABLES.proactive.first - 2)
    .map((row) => String(row[0] ?? '').replace(/^#+\s*/, ''))
    .filter((text) => text.trim() !== '');
  const doc = new Document({
    comments: {
      children: [
        {
          id: 0,
          author: '科员甲',
          date: new Date('2022-01-05T00:00:00Z'),
          children: [new Paragraph('请核对标题')],
        },
      ],
    },
    sections: [
      {
        children: lines.map((text, i) =>
          i === 0
            ? new Paragraph({
                children: [
                  new CommentRangeStart(0),
                  new TextRun(text),
                  new CommentRangeEnd(0),
                  new TextRun({ children: [new CommentReference(0)] }),
                ],
              })
            : new Paragraph(text),
        ),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

interface CellModel {
  tc: XmlElement;
  fill: string | undefined;
  commentIds: string[];
}

/** A plain walk of a copy's document.xml: the body's paragraphs with text and its table cells. */
function documentModel(bytes: Uint8Array) {
  const root = parseXml(strFromU8(entries(bytes)['word/document.xml']), 'document.xml', {
    keepText: (n) => local(n) === 't',
  });
  const body = named(root, 'body')[0];
  const paragraphs = named(body, 'p').filter((p) => textOf(p).trim() !== '');
  const cells = new Map<string, CellModel>();
  named(body, 'tbl').forEach((tbl, t) =>
    named(tbl, 'tr').forEach((tr, r) => {
      let col = 0;
      for (const tc of named(tr, 'tc')) {
        const tcPr = named(tc, 'tcPr')[0];
        const shd = tcPr && named(tcPr, 'shd')[0];
        const ids = descendants(tc, 'commentReference').map((c) => attr(c, 'id') ?? '');
        cells.set(`${t + 1}:${r + 1}:${col + 1}`, { tc, fill: shd && attr(shd, 'fill'), commentIds: ids });
        const span = tcPr && named(tcPr, 'gridSpan')[0];
        col += span ? Number(attr(span, 'val')) : 1;
      }
    }),
  );
  return { root, body, paragraphs, cells };
}

/** The comments of a copy: id → author and text. */
function commentsOf(bytes: Uint8Array): Map<string, { author: string; date: string; text: string }> {
  const part = entries(bytes)['word/comments.xml'];
  const out = new Map<string, { author: string; date: string; text: string }>();
  if (!part) return out;
  const root = parseXml(strFromU8(part), 'comments.xml', { keepText: (n) => local(n) === 't' });
  for (const c of named(root, 'comment'))
    out.set(attr(c, 'id') ?? '', {
      author: attr(c, 'author') ?? '',
      date: attr(c, 'date') ?? '',
      text: textOf(c),
    });
  return out;
}

const cellKey = (f: Finding) =>
  f.location.kind === 'table-cell' ? `${f.location.table}:${f.location.row}:${f.location.column}` : undefined;

/** The shading and comments the findings call for, checked against the copy's XML. */
function expectMarksOf(input: Uint8Array, copy: Uint8Array, report: Report): void {
  const before = documentModel(input);
  const after = documentModel(copy);
  const comments = commentsOf(copy);
  const summaryLines = after.paragraphs.length - before.paragraphs.length;
  // The mark each cell should get, from the rule catalog and the stated precedence (mark-oracle).
  const marks = expectedMarks(report.findings);
  const expectedFills = new Map<string, string>();
  for (const f of report.findings) {
    const mark = marks.get(`${f.sheet}!${f.address}`);
    const key = cellKey(f);
    if (key && mark) expectedFills.set(key, PALETTE[mark].fill);
  }
  const fills = new Map<string, string>();
  for (const [key, cell] of after.cells)
    if (cell.fill !== before.cells.get(key)?.fill) fills.set(key, cell.fill ?? '');
  expect(fills).toEqual(expectedFills);

  // Each table-cell finding's message is a comment referenced from inside its cell.
  for (const f of report.findings) {
    const key = cellKey(f);
    const where =
      key !== undefined
        ? after.cells.get(key)?.commentIds
        : f.location.kind === 'paragraph'
          ? descendants(after.paragraphs[f.location.paragraph - 1 + summaryLines], 'commentReference').map(
              (c) => attr(c, 'id') ?? '',
            )
          : [];
    const texts = (where ?? []).map((id) => comments.get(id)?.text);
    expect(texts).toContain(f.message);
  }
  // Each range covers its paragraph's text: a run with w:t between its start and its end.
  const xml = strFromU8(entries(copy)['word/document.xml']);
  for (const id of comments.keys()) {
    const start = xml.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
    const end = xml.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
    if (start >= 0) expect(xml.slice(start, end)).toMatch(/<w:t[ >][^<]*[^<\s][^<]*<\/w:t>/);
  }
  // tcPr keeps the schema's order around the new w:shd.
  const order = ['cnfStyle', 'tcW', 'gridSpan', 'hMerge', 'vMerge', 'tcBorders', 'shd', 'noWrap', 'tcMar'];
  for (const cell of after.cells.values()) {
    const names = kids(named(cell.tc, 'tcPr')[0] ?? { name: '', attrs: {}, children: [] })
      .map((c) => order.indexOf(local(c.name)))
      .filter((i) => i >= 0);
    expect(names).toEqual([...names].sort((a, b) => a - b));
  }
}

describe('annotateDocx on the seed report with one wrong number', () => {
  let input: Uint8Array;
  let report: Report;
  let copy: Uint8Array;
  let inputHash: string;

  beforeAll(async () => {
    input = await brokenSeed();
    report = check(input);
    inputHash = sha(input);
    copy = annotateDocx({ bytes: input, report, locale: 'zh-CN', source: 'broken.docx', now: NOW });
  });

  it('finds the error it annotates (the fixture alone has none)', () => {
    expect(report.errors).toBeGreaterThan(0);
    expect(report.findings.some((f) => f.location.kind === 'table-cell')).toBe(true);
    expect(report.findings.some((f) => f.location.kind === 'paragraph')).toBe(true);
  });

  it('reads back with the same tables and values, the summary first', () => {
    const [a, b] = [read(input).grids[0], read(copy).grids[0]];
    const tableRows = (g: typeof a) => {
      const rows: unknown[] = [];
      for (let r = 0; r < g.rowCount; r++) {
        const o = g.rowOrigin?.(r);
        if (o?.kind === 'table')
          rows.push([o.table, o.row, ...Array.from({ length: g.colCount }, (_, c) => g.value(r, c))]);
      }
      return rows;
    };
    expect(tableRows(b)).toEqual(tableRows(a));
    expect(b.merges.length).toBe(a.merges.length);
    expect(String(b.value(0, 0))).toBe(
      `政府信息公开年报校验助手：${report.errors} 个错误，${report.warnings} 个警告（已在表格中标出并加批注）`,
    );
    expect(String(b.value(1, 0))).toMatch(/^标注颜色/);
    expect(b.value(2, 0)).toBe(a.value(0, 0));
    // The copy checks the same: the summary adds no finding of its own.
    const same = (r: Report) => r.findings.map((f) => `${f.ruleId} ${f.message}`).sort();
    expect(same(checkGrids([b]))).toEqual(same(report));
  });

  it('shades exactly the finding cells in the marks palette and comments every finding', () => {
    expectMarksOf(input, copy, report);
  });

  it('writes one comment per finding by 年报校验助手, referenced from the document', () => {
    const comments = commentsOf(copy);
    const distinct = new Set(report.findings.map((f) => `${cellKey(f) ?? f.location.kind}|${f.message}`));
    expect(comments.size).toBe(distinct.size);
    for (const c of comments.values())
      expect(c).toMatchObject({ author: AUTHOR, date: '2024-03-01T08:30:00Z' });
    const { root } = documentModel(copy);
    const ids = (name: string) =>
      descendants(root, name)
        .map((e) => attr(e, 'id'))
        .sort();
    expect(ids('commentRangeStart')).toEqual([...comments.keys()].sort());
    expect(ids('commentRangeEnd')).toEqual([...comments.keys()].sort());
    expect(ids('commentReference')).toEqual([...comments.keys()].sort());
  });

  it('registers comments.xml and changes no other entry', () => {
    const [a, b] = [entries(input), entries(copy)];
    // Exactly one Override for the comments part (the docx package may declare it already).
    const overrides = strFromU8(b['[Content_Types].xml']).match(/<Override [^>]*\/>/g) ?? [];
    const forComments = overrides.filter((o) => o.includes('PartName="/word/comments.xml"'));
    expect(forComments).toEqual([
      expect.stringContaining(
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"',
      ),
    ]);
    expect(strFromU8(b['word/_rels/document.xml.rels'])).toMatch(
      /<Relationship Id="rId\d+" Type="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships\/comments" Target="comments.xml"\/>/,
    );
    const changed = Object.keys(b).filter((name) => !a[name] || sha(a[name]) !== sha(b[name]));
    // The docx package (9.7) declares the comments part and its relationship even without comments.
    const typesDeclaredAlready = strFromU8(a['[Content_Types].xml']).includes('/word/comments.xml');
    const relDeclaredAlready = strFromU8(a['word/_rels/document.xml.rels']).includes('comments.xml');
    expect(changed.sort()).toEqual(
      [
        ...(typesDeclaredAlready ? [] : ['[Content_Types].xml']),
        ...(relDeclaredAlready ? [] : ['word/_rels/document.xml.rels']),
        'word/comments.xml',
        'word/document.xml',
      ].sort(),
    );
    // The document part changes only by additions: taking them out gives the original back.
    const original = strFromU8(a['word/document.xml']);
    const annotated = strFromU8(b['word/document.xml'])
      .replace(
        /<w:p><w:r>(<w:rPr><w:b\/><\/w:rPr>)?<w:t xml:space="preserve">(政府信息公开|标注颜色)[^<]*<\/w:t><\/w:r><\/w:p>/g,
        '',
      )
      .replace(/<w:commentRange(Start|End) w:id="\d+"\/>/g, '')
      .replace(/<w:r><w:commentReference w:id="\d+"\/><\/w:r>/g, '')
      .replace(/<w:shd w:val="clear" w:color="auto" w:fill="[0-9A-F]{6}"\/>/g, '')
      .replace(/<w:tcPr><\/w:tcPr>/g, '')
      // The marked cells' text colour (and bold on the dark red of a suspect cell), as in the workbook.
      .replace(/<w:rPr>(<w:b\/>)?<w:color w:val="[0-9A-F]{6}"\/><\/w:rPr>/g, '');
    expect(annotated).toBe(original);
  });

  it('leaves the input bytes as they were', () => {
    expect(sha(input)).toBe(inputHash);
  });

  it('writes the summary in English for an English report', () => {
    const en = checkGrids(read(input).grids, { locale: 'en' });
    const b = read(annotateDocx({ bytes: input, report: en, locale: 'en', source: 'x.docx' })).grids[0];
    expect(b.value(0, 0)).toBe(
      `Disclosure Report Checker: ${en.errors} error(s), ${en.warnings} warning(s) (marked in the tables, with comments)`,
    );
  });
});

describe('findTargets', () => {
  /** The text of a scanned element's w:t, paragraph by paragraph. */
  const scanText = (node: ScanNode): string =>
    node.children
      .map((c) => (typeof c === 'string' ? c : scanText(c) + (local(c.name) === 'p' ? '\n' : '')))
      .join('');
  const squash = (s: unknown) => String(s).replace(/\s+/g, '');

  it.each([
    ['a seed report', () => brokenSeed()],
    ['a report with a comment', () => commentedDocx()],
  ])('finds every paragraph and table cell the reader numbers, in %s', async (_, make) => {
    const bytes = await make();
    const root = scanXml(strFromU8(entries(bytes)['word/document.xml']), 'document.xml', (l) => l === 't');
    const w = (l: string) => `w:${l}`;
    const targets = findTargets(firstChild(root, 'w:body') as ScanNode, { w, mc: (l) => `mc:${l}` });
    const grid = read(bytes).grids[0];
    let paragraphs = 0;
    for (let r = 0; r < grid.rowCount; r++) {
      const origin = grid.rowOrigin?.(r);
      if (origin?.kind === 'paragraph') {
        paragraphs++;
        const p = targets.paragraphs.get(origin.paragraph);
        expect(squash(grid.value(r, 0)).endsWith(squash(p && scanText(p)))).toBe(true);
      } else if (origin?.kind === 'table')
        for (let c = 0; c < grid.colCount; c++) {
          const value = grid.value(r, c);
          const tc = cellAt(targets, origin.table, origin.row, c + 1);
          if (value !== null) expect(squash(tc && scanText(tc))).toBe(squash(value));
        }
    }
    expect(targets.paragraphs.size).toBe(paragraphs);
  });
});

describe('annotateDocx on a table already shaded', () => {
  it('replaces the cell shading in place, before w:vAlign, and leaves the other cells grey', async () => {
    const files = entries(await brokenSeed());
    files['word/document.xml'] = strToU8(
      strFromU8(files['word/document.xml']).replace(
        /<\/w:tcPr>/g,
        '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/><w:vAlign w:val="center"/></w:tcPr>',
      ),
    );
    const input = zipSync(files);
    const report = check(input);
    const copy = annotateDocx({ bytes: input, report, locale: 'zh-CN', source: 'grey.docx' });
    expectMarksOf(input, copy, report);
    const { cells } = documentModel(copy);
    for (const cell of cells.values()) {
      const tcPr = named(cell.tc, 'tcPr')[0];
      expect(
        kids(tcPr)
          .map((c) => local(c.name))
          .slice(-2),
      ).toEqual(['shd', 'vAlign']);
      expect(named(tcPr, 'shd')).toHaveLength(1);
    }
    expect([...cells.values()].filter((c) => c.fill === 'D9D9D9').length).toBe(
      cells.size - new Set(report.findings.map(cellKey).filter(Boolean)).size,
    );
  });
});

describe('annotateDocx on runs that have properties already', () => {
  it('colours the text of the marked cells, each property where the schema puts it', async () => {
    const files = entries(await brokenSeed());
    // Every run gets fonts, a size and a colour of its own, as Word writes them.
    files['word/document.xml'] = strToU8(
      strFromU8(files['word/document.xml']).replace(
        /<w:r><w:t /g,
        '<w:r><w:rPr><w:rFonts w:ascii="SimSun"/><w:color w:val="333333"/><w:sz w:val="21"/></w:rPr><w:t ',
      ),
    );
    const input = zipSync(files);
    const report = check(input);
    const copy = annotateDocx({ bytes: input, report, locale: 'zh-CN', source: 'fonts.docx' });
    const { cells } = documentModel(copy);
    const marked = [...cells.values()].filter((c) => c.fill !== undefined && c.fill !== null);
    expect(marked.length).toBeGreaterThan(0);
    for (const cell of marked) {
      const style = Object.values(PALETTE).find((m) => m.fill === cell.fill);
      expect(style).toBeDefined();
      const runs = descendants(cell.tc, 'rPr');
      expect(runs.length).toBeGreaterThan(0);
      for (const rPr of runs) {
        const order = kids(rPr).map((c) => local(c.name));
        expect(order).toEqual(style?.bold ? ['rFonts', 'b', 'color', 'sz'] : ['rFonts', 'color', 'sz']);
        expect(attr(named(rPr, 'color')[0], 'val')).toBe(style?.font);
      }
    }
    // Cells without a mark keep their own colour.
    const plain = [...cells.values()].find((c) => c.fill === undefined || c.fill === null);
    expect(plain && attr(named(descendants(plain.tc, 'rPr')[0], 'color')[0], 'val')).toBe('333333');
  });
});

describe('annotateDocx on a document that already has comments', () => {
  let input: Uint8Array;
  let report: Report;
  let copy: Uint8Array;

  beforeAll(async () => {
    input = await commentedDocx();
    report = check(input);
    copy = annotateDocx({ bytes: input, report, locale: 'zh-CN', source: 'commented.docx', now: NOW });
  });

  it('keeps the comment there and adds its own with new ids', () => {
    expect(report.findings.length).toBeGreaterThan(0);
    const before = commentsOf(input);
    const after = commentsOf(copy);
    expect([...before.values()].map((c) => c.text)).toEqual(['请核对标题']);
    for (const [id, c] of before) expect(after.get(id)).toEqual(c);
    const added = [...after.entries()].filter(([id]) => !before.has(id));
    expect(added.length).toBe(new Set(report.findings.map((f) => `${f.location.kind}|${f.message}`)).size);
    for (const [, c] of added) expect(c.author).toBe(AUTHOR);
    for (const f of report.findings) expect(added.map(([, c]) => c.text)).toContain(f.message);
    // One relationship and one content type for comments.xml, as before.
    const rels = strFromU8(entries(copy)['word/_rels/document.xml.rels']);
    expect(rels.match(/relationships\/comments"/g)).toHaveLength(1);
    const types = strFromU8(entries(copy)['[Content_Types].xml']);
    expect(types.match(/PartName="\/word\/comments.xml"/g)).toHaveLength(1);
    // One summary line (nothing shaded: no legend), then the document as it was.
    expect(String(read(copy).grids[0].value(0, 0))).toMatch(/^政府信息公开年报校验助手：\d+ 个错误/);
    expect(read(copy).grids[0].value(1, 0)).toBe(read(input).grids[0].value(0, 0));
  });
});

const soffice = findSoffice();
if (!soffice)
  console.warn('LibreOffice (soffice) is not installed: skipping the annotated .docx round trip.');
const describeWithLibreOffice = soffice ? describe : describe.skip;

describeWithLibreOffice('LibreOffice opens the annotated copy', () => {
  let dir: string;
  const annotated: Record<string, { bytes: Uint8Array; report: Report; input: Uint8Array }> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'docx-annotate-'));
    const lo = soffice ?? '';
    // The same report written by LibreOffice (other markup, same content).
    mkdirSync(join(dir, 'lo'));
    writeFileSync(join(dir, 'seed.docx'), await brokenSeed());
    convert(lo, 'docx:MS Word 2007 XML', join(dir, 'lo'), [join(dir, 'seed.docx')]);
    const inputs = {
      word: await brokenSeed(),
      libreoffice: new Uint8Array(readFileSync(join(dir, 'lo', 'seed.docx'))),
      commented: await commentedDocx(),
    };
    for (const [name, input] of Object.entries(inputs)) {
      const report = check(input);
      const bytes = annotateDocx({ bytes: input, report, locale: 'zh-CN', source: `${name}.docx` });
      writeFileSync(join(dir, `${name}.docx`), bytes);
      annotated[name] = { bytes, report, input };
    }
    const files = Object.keys(inputs).map((name) => join(dir, `${name}.docx`));
    convert(lo, 'pdf', dir, files);
    convert(lo, 'odt', dir, files);
  }, 180_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['word', 'libreoffice', 'commented'])('prints %s.docx to PDF', (name) => {
    expect(
      readFileSync(join(dir, `${name}.pdf`))
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('annotates the LibreOffice-written report as well', () => {
    const { input, bytes, report } = annotated.libreoffice;
    expect(report.errors).toBe(annotated.word.report.errors);
    expectMarksOf(input, bytes, report);
  });

  it.each(['word', 'libreoffice', 'commented'])('keeps the comments of %s.docx as annotations', (name) => {
    const content = unzipSync(readFileSync(join(dir, `${name}.odt`)))['content.xml'];
    const root = parseXml(strFromU8(content), 'content.xml', { keepText: () => true });
    const notes = descendants(root, 'annotation').map((a) => ({
      author: textOf(named(a, 'creator')[0]),
      text: named(a, 'p').map(textOf).join('\n'),
    }));
    const { report } = annotated[name];
    for (const f of report.findings) expect(notes).toContainEqual({ author: AUTHOR, text: f.message });
    if (name === 'commented') expect(notes.map((n) => n.text)).toContain('请核对标题');
  });
});
