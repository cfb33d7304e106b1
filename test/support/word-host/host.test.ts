/**
 * The simulated Word host behind Microsoft's real Word runtimes (win32, mac, web), driven through
 * Word.run as the add-in drives it, over documents LibreOffice made from HTML: a small one with a
 * shaded cell and a nested table, and the seed report.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CellValue, Grid } from '../../../src/grid/types';
import { readDocx } from '../../../src/sources/docx';
import { readFlatOpc } from '../../../src/sources/flat-opc';
import { DEFAULT_LIMITS } from '../../../src/xlsx/limits';
import { convert, findSoffice } from '../../template/soffice';
import { seedReportHtml } from '../report-html';
import { docxToFlatOpc } from './flat-opc';
import { WORD_FLAVOURS, type WordFlavour, type WordHostOptions } from '.';
import { connectWordRuntime } from './runtime';

const soffice = findSoffice();
if (!soffice) console.warn('LibreOffice (soffice) not found: the Word host tests are skipped');

const SMALL_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>t</title></head><body>
<p>一、总体情况</p>
<p>本机关2021年主动公开信息100条，Case case CASE。</p>
<table border="1"><tr><td>甲</td><td bgcolor="#FFFF00">乙</td></tr>
<tr><td><p>丙</p><table border="1"><tr><td>内1</td><td>内2</td></tr></table></td><td>丁</td></tr></table>
<p>二、其他情况</p>
<p>最后一段。</p>
</body></html>`;

/** A flat OPC package holding a one-cell table and a paragraph, as an add-in inserts a template. */
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const TEMPLATE = `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">
<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>
<w:document xmlns:w="${W}"><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>模板</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t>模板后</w:t></w:r></w:p><w:sectPr/></w:body></w:document>
</pkg:xmlData></pkg:part></pkg:package>`;

const made: { small?: string; seed?: string; seedDocx?: Uint8Array } = {};
beforeAll(() => {
  if (!soffice) return;
  const dir = mkdtempSync(join(tmpdir(), 'word-host-'));
  try {
    writeFileSync(join(dir, 'small.html'), SMALL_HTML);
    writeFileSync(join(dir, 'seed.html'), seedReportHtml());
    convert(soffice, 'docx:MS Word 2007 XML', dir, [join(dir, 'small.html'), join(dir, 'seed.html')]);
    made.small = docxToFlatOpc(new Uint8Array(readFileSync(join(dir, 'small.docx'))));
    made.seedDocx = new Uint8Array(readFileSync(join(dir, 'seed.docx')));
    made.seed = docxToFlatOpc(made.seedDocx);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);

/** A grid's values row by row (a Grid's methods do not compare). */
const valuesOf = (grid: Grid): CellValue[] =>
  Array.from({ length: grid.rowCount }, (_, r) =>
    Array.from({ length: grid.colCount }, (_, c) => grid.value(r, c)),
  ).flat();

type Run = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

function connect(flavour: WordFlavour, options: WordHostOptions = {}, seed = made.small) {
  const connected = connectWordRuntime(flavour, seed as string, {
    now: () => new Date(Date.UTC(2026, 0, 2)),
    ...options,
  });
  const run: Run = (batch) => connected.globals.Word.run(batch);
  return { ...connected, run };
}

/** Each jest project (jest.config.js) runs its own flavour; run alone, the file runs all three. */
const projectFlavour = (globalThis as { EXCEL_FLAVOUR?: WordFlavour }).EXCEL_FLAVOUR;
const flavours = projectFlavour ? [projectFlavour] : WORD_FLAVOURS;
const describeLo = soffice ? describe.each(flavours) : describe.skip.each(flavours);

describeLo('the %s Word runtime over the simulated host', (flavour) => {
  it('lists every table in document order with its nesting level, and returns the body as OOXML', async () => {
    const { run, host, window } = connect(flavour);
    const office = window.Office as unknown as {
      context: { host: string };
      onReady(): Promise<{ host: string }>;
    };
    expect([office.context.host, (await office.onReady()).host]).toEqual(['Word', 'Word']);
    const out = await run(async (context) => {
      const tables = context.document.body.tables.load('items/nestingLevel');
      const ooxml = context.document.body.getOoxml();
      await context.sync();
      return { levels: tables.items.map((t) => t.nestingLevel), ooxml: ooxml.value };
    });
    expect(out.levels).toEqual([1, 2]);
    expect(host.tables()[1].rows).toEqual([['内1', '内2']]);
    expect(out.ooxml).toContain('<pkg:package');
    expect(out.ooxml).toContain('本机关');
    expect(host.unsupported).toEqual([]);
  });

  it('reads and writes cell shading: "" for none, #RRGGBB written as w:shd, "" removes it', async () => {
    const { run, host } = connect(flavour);
    const read = await run(async (context) => {
      const tables = context.document.body.tables.load('items/nestingLevel');
      await context.sync();
      const table = tables.items[0];
      const plain = table.getCell(0, 0).load('shadingColor');
      const shaded = table.getCell(0, 1).load('shadingColor');
      await context.sync();
      table.getCell(0, 0).shadingColor = '#ff0000';
      table.getCell(0, 1).shadingColor = '';
      await context.sync();
      return [plain.shadingColor, shaded.shadingColor];
    });
    expect(read).toEqual(['', '#FFFF00']);
    expect(host.cellShading(0, 0, 0)).toBe('#FF0000');
    expect(host.cellShading(0, 0, 1)).toBeNull();
    const ooxml = await run(async (context) => {
      const xml = context.document.body.getOoxml();
      await context.sync();
      return xml.value;
    });
    expect(ooxml).toMatch(
      /<w:tc><w:tcPr>(?:(?!<\/w:tcPr>).)*<w:shd w:val="clear" w:color="auto" w:fill="FF0000"\/>/,
    );
    expect(ooxml).not.toContain('FFFF00');
  });

  it('raises ItemNotFound for a cell out of range, as Table.getCell documents', async () => {
    const { run } = connect(flavour);
    const attempt = run(async (context) => {
      const tables = context.document.body.tables.load('items');
      await context.sync();
      tables.items[0].getCell(2, 0).load('shadingColor');
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('searches paragraphs and cells in document order, with and without matchCase', async () => {
    const { run } = connect(flavour);
    const out = await run(async (context) => {
      const exact = context.document.body.search('case', { matchCase: true }).load('items/text');
      const any = context.document.body.search('case', { matchCase: false }).load('items/text');
      const cells = context.document.body.search('内', { matchCase: true }).load('items/text');
      await context.sync();
      return [exact.items.map((r) => r.text), any.items.map((r) => r.text), cells.items.length];
    });
    expect(out).toEqual([['case'], ['Case', 'case', 'CASE'], 2]);
  });

  it('comments on a search result and on a cell, lists threads with replies, deletes only its own', async () => {
    const { run, host } = connect(flavour, { userName: '审核员' });
    const other = host.addComment({ text: '最后一段' }, '请核实', '张三', [
      { content: '已核实', author: '李四' },
    ]);
    const ids = await run(async (context) => {
      const body = context.document.body;
      const found = body.search('2021', { matchCase: true });
      found.load('items');
      await context.sync();
      const onText = found.items[0].insertComment('年份有误').load('id');
      const tables = body.tables.load('items/nestingLevel');
      await context.sync();
      const onCell = tables.items[0].getCell(1, 1).body.getRange('Whole').insertComment('应为 5').load('id');
      await context.sync();
      return [onText.id, onCell.id];
    });
    expect(
      host
        .comments()
        .map(({ content, author, anchorText, replies }) => [content, author, anchorText, replies.length]),
    ).toEqual([
      ['年份有误', '审核员', '2021', 0],
      ['应为 5', '审核员', '丁', 0],
      ['请核实', '张三', '最后一段', 1],
    ]);
    const listed = await run(async (context) => {
      // One load: a second load of the same collection replaces its items (the runtime's doing).
      const comments = context.document.body
        .getComments()
        .load('items/id,items/content,items/authorName,items/replies/items/id');
      await context.sync();
      const out = comments.items.map((c) => [c.id, c.authorName, c.replies.items.length]);
      comments.items.filter((c) => c.authorName === '审核员').forEach((c) => c.delete());
      await context.sync();
      return out;
    });
    expect(listed).toEqual([
      [ids[0], '审核员', 0],
      [ids[1], '审核员', 0],
      [other, '张三', 1],
    ]);
    expect(host.comments().map((c) => c.id)).toEqual([other]);
    const ooxml = host.documentOoxml();
    expect(ooxml).toContain('/word/comments.xml');
    expect(ooxml.match(/<w:commentRangeStart /g)).toHaveLength(2); // 张三's and 李四's reply
    expect(host.tables()[0].rows[1][1]).toBe('丁');
    expect(host.unsupported).toEqual([]);
  });

  it('adds, reads, finds and deletes custom properties; desktop Word cuts string values at 255', async () => {
    const { run, host } = connect(flavour);
    const long = '长'.repeat(300);
    const out = await run(async (context) => {
      const props = context.document.properties.customProperties;
      props.add('DisclosureMarks', long);
      props.add('Count', 3);
      await context.sync();
      const missing = props.getItemOrNullObject('none').load('value');
      const found = props.getItemOrNullObject('disclosuremarks').load('key,value');
      props.load('items/key,items/value');
      await context.sync();
      const listed = props.items.map((p) => [p.key, typeof p.value === 'string' ? p.value.length : p.value]);
      found.delete();
      await context.sync();
      return { missing: missing.isNullObject, found: found.key, listed };
    });
    const kept = flavour === 'web' ? 300 : 255;
    expect(out).toEqual({
      missing: true,
      found: 'DisclosureMarks',
      listed: [
        ['DisclosureMarks', kept],
        ['Count', 3],
      ],
    });
    expect(host.customProperties()).toEqual({ Count: 3 });
  });

  it('gives the selection, its parent table or a null object, and inserts OOXML at the cursor', async () => {
    const { run, host } = connect(flavour);
    host.setCursor({ paragraph: 1 });
    const outside = await run(async (context) => {
      const selection = context.document.getSelection();
      const table = selection.parentTableOrNullObject.load('nestingLevel');
      await context.sync();
      if (table.isNullObject) selection.getRange('End').insertOoxml(TEMPLATE, 'Replace');
      await context.sync();
      return table.isNullObject;
    });
    expect(outside).toBe(true);
    expect(host.tables().map((t) => t.rows[0][0])).toEqual(['模板', '甲', '内1']);
    host.setCursor({ table: 1, row: 1, cell: 0 });
    const inside = await run(async (context) => {
      const table = context.document.getSelection().parentTableOrNullObject.load('nestingLevel');
      await context.sync();
      table.getRange('After').insertOoxml(TEMPLATE, 'Replace');
      await context.sync();
      return table.nestingLevel;
    });
    expect(inside).toBe(1);
    expect(host.tables().map((t) => t.rows[0][0])).toEqual(['模板', '甲', '内1', '模板']);
    // In the order the document reads now (through the add-in's own .docx reader).
    const values = valuesOf(
      readFlatOpc(host.documentOoxml(), { sheet: 'doc', limits: DEFAULT_LIMITS }).grids[0],
    );
    const order = ['本机关', '模板', '模板后', '甲', '丁', '模板', '模板后', '二、其他情况'];
    let from = 0;
    for (const text of order) {
      const at = values.findIndex((v, i) => i >= from && String(v).startsWith(text));
      expect([text, at >= 0]).toEqual([text, true]);
      from = at + 1;
    }
  });

  it('selects a range: the selection and the next getSelection follow it', async () => {
    const { run, host } = connect(flavour);
    const text = await run(async (context) => {
      const tables = context.document.body.tables.load('items/nestingLevel');
      await context.sync();
      tables.items[0].getCell(1, 1).body.getRange('Whole').select('Select');
      await context.sync();
      const selection = context.document.getSelection().load('text');
      await context.sync();
      return selection.text;
    });
    expect(text).toBe('丁');
    expect(host.selection).toEqual({ text: '丁', paragraph: null, cell: { table: 0, row: 1, cell: 1 } });
  });

  it('throws PropertyNotLoaded before sync, and records members it does not implement', async () => {
    const { run, host } = connect(flavour);
    const attempt = run(async (context) => {
      const tables = context.document.body.tables;
      expect(() => tables.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      context.document.body.paragraphs.load('items/text');
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: 'UnsupportedByTestHost' });
    expect(host.unsupported).toEqual(['Body.Paragraphs']);
  });

  it('answers requirement sets: below WordApi 1.4 the runtime refuses comments', async () => {
    const { run, host } = connect(flavour, { apiVersion: '1.3' });
    expect([host.isSetSupported('WordApi', '1.3'), host.isSetSupported('WordApi', '1.4')]).toEqual([
      true,
      false,
    ]);
    const attempt = run(async (context) => {
      context.document.body.getRange('Whole').insertComment('x');
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('refuses a response over the payload limit: nothing of the request is loaded', async () => {
    const { run, host } = connect(flavour);
    host.inject({ kind: 'response-payload', maxBytes: 1000 });
    await run(async (context) => {
      const ooxml = context.document.body.getOoxml();
      await expect(context.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
      expect(() => ooxml.value).toThrow();
    });
  });

  it('returns the seed report as LibreOffice wrote it: the same grid as the .docx file', async () => {
    const { run, host } = connect(flavour, {}, made.seed);
    const ooxml = await run(async (context) => {
      const xml = context.document.body.getOoxml();
      await context.sync();
      return xml.value;
    });
    const options = { sheet: 'seed', limits: DEFAULT_LIMITS };
    const fromHost = readFlatOpc(ooxml, options).grids;
    const fromFile = readDocx(made.seedDocx as Uint8Array, options).grids;
    expect(fromHost.map(valuesOf)).toEqual(fromFile.map(valuesOf));
    expect(fromHost.map((g) => g.merges)).toEqual(fromFile.map((g) => g.merges));
    expect(valuesOf(fromHost[0])).toContain('行政规范性文件');
    expect(host.tables().filter((t) => t.nestingLevel === 1).length).toBeGreaterThanOrEqual(3);
  });
});
