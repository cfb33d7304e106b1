import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkGrids } from '../../src/check';
import type { CellValue, Grid, MergedArea } from '../../src/grid';
import { collapseWhitespace, readHtml } from '../../src/sources/html';
import { SourceReadError, type ReadSourceOptions } from '../../src/sources/types';
import { fixtureGrid } from '../support/fixture';
import { findingsSummary, seedReportHtml } from '../support/report-html';
import { convert, findSoffice } from '../template/soffice';

const options: ReadSourceOptions = {
  sheet: 'page',
  limits: { maxUnpackedBytes: 100 * 1024 * 1024, maxCellsPerSheet: 500_000 },
};
const utf8 = (s: string) => new TextEncoder().encode(s);
const read = (html: string, o: ReadSourceOptions = options) => readHtml(utf8(html), o);
const gridOf = (html: string): Grid => read(html).grids[0];

/** Rows as arrays of values, trailing nulls dropped. */
function rowsOf(grid: Grid): CellValue[][] {
  const rows: CellValue[][] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c < grid.colCount; c++) row.push(grid.value(r, c));
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    rows.push(row);
  }
  return rows;
}

const area = (top: number, left: number, bottom: number, right: number): MergedArea => ({
  top,
  left,
  bottom,
  right,
});

describe('tables: the HTML table algorithm', () => {
  const cases: { name: string; html: string; rows: CellValue[][]; merges: MergedArea[] }[] = [
    {
      name: 'colspan and rowspan become merged areas; later cells skip slots taken from above',
      html: `<table>
        <tr><td rowspan="2">a</td><td colspan="2">b</td></tr>
        <tr><td>1</td><td>2</td></tr>
        <tr><td>c</td><td>3</td><td>4</td></tr></table>`,
      rows: [
        ['a', 'b'],
        [null, 1, 2],
        ['c', 3, 4],
      ],
      merges: [area(0, 0, 1, 0), area(0, 1, 0, 2)],
    },
    {
      name: 'upper-case tags and attributes of old table-layout sites read as lower-case ones',
      html: `<TABLE><TR><TD ROWSPAN=2>a</TD><TD COLSPAN="2">b&AMP;c</TD></TR>
        <TR><Td>1</Td><TD>2</TD></TR></TABLE>`,
      rows: [
        ['a', 'b&c'],
        [null, 1, 2],
      ],
      merges: [area(0, 0, 1, 0), area(0, 1, 0, 2)],
    },
    {
      name: 'a rowspan in the middle pushes the next row’s cells right of it',
      html: `<table><tr><td>x</td><td rowspan="3">m</td><td>y</td></tr>
        <tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></table>`,
      rows: [
        ['x', 'm', 'y'],
        [1, null, 2],
        [3, null, 4],
      ],
      merges: [area(0, 1, 2, 1)],
    },
    {
      name: 'rowspan="0" reaches the end of its row group, not into the next',
      html: `<table><tbody><tr><td rowspan="0">s</td><td>1</td></tr><tr><td>2</td></tr></tbody>
        <tbody><tr><td>t</td><td>3</td></tr></tbody></table>`,
      rows: [
        ['s', 1],
        [null, 2],
        ['t', 3],
      ],
      merges: [area(0, 0, 1, 0)],
    },
    {
      name: 'a rowspan past the table’s end stops at its last row; an absurd colspan is clamped to 1000',
      html: `<table><tr><td rowspan="99999">a</td><td colspan="99999">b</td></tr><tr><td>1</td></tr></table>`,
      rows: [
        ['a', 'b'],
        [null, 1],
      ],
      merges: [area(0, 0, 1, 0), area(0, 1, 0, 1000)],
    },
    {
      name: 'bad spans (negative, text, empty) count as 1',
      html: `<table><tr><td colspan="-2" rowspan="x">a</td><td colspan="">b</td></tr></table>`,
      rows: [['a', 'b']],
      merges: [],
    },
    {
      name: 'a colspan running into a rowspan from above is cut short: merged areas never overlap',
      html: `<table><tr><td>a</td><td>b</td><td rowspan="2">c</td></tr>
        <tr><td colspan="3">wide</td><td>d</td></tr></table>`,
      rows: [
        ['a', 'b', 'c'],
        ['wide', null, null, 'd'],
      ],
      merges: [area(0, 2, 1, 2), area(1, 0, 1, 1)],
    },
    {
      name: 'thead first and tfoot last, wherever they stand in the source',
      html: `<table><tfoot><tr><td>foot</td><td>9</td></tr></tfoot><tbody><tr><td>body</td><td>1</td></tr></tbody>
        <thead><tr><th>head</th><th>n</th></tr></thead><tr><td>bare</td><td>2</td></tr></table>`,
      rows: [
        ['head', 'n'],
        ['body', 1],
        ['bare', 2],
        ['foot', 9],
      ],
      merges: [],
    },
    {
      name: 'cell text: <br> and paragraphs join with a line break, &nbsp; and entities read, white space collapsed',
      html: `<table><tr><td>第一行<br>第二行</td><td><p>甲</p><p>&nbsp;</p><p>乙&amp;丙</p></td>
        <td>  a&nbsp;&nbsp;b
          c </td><td>&lt;空&gt;&#x4E00;</td></tr></table>`,
      rows: [['第一行\n第二行', '甲\n乙&丙', 'a b c', '<空>一']],
      merges: [],
    },
    {
      name: 'plain numbers become numbers; 1,234, full-width and unit-suffixed numbers stay text',
      html: `<table><tr><td> 12 </td><td>-3</td><td>1.5</td><td>1,234</td><td>１２</td><td>5件</td><td></td><td>0</td></tr></table>`,
      rows: [[12, -3, 1.5, '1,234', '１２', '5件', null, 0]],
      merges: [],
    },
    {
      name: 'cells outside a <tr> get a row; an empty <tr> is still a row',
      html: `<table><td>a</td><td>b</td><tr></tr><tr><td>c</td><td>d</td></tr></table>`,
      rows: [['a', 'b'], [], ['c', 'd']],
      merges: [],
    },
  ];

  it.each(cases)('$name', ({ html, rows, merges }) => {
    const grid = gridOf(html);
    expect(rowsOf(grid)).toEqual(rows);
    expect(grid.merges).toEqual(merges);
    for (let r = 0; r < grid.rowCount; r++)
      expect(grid.rowOrigin?.(r)).toEqual({ kind: 'table', table: 1, row: r + 1 });
  });
});

describe('paragraphs', () => {
  const cases: { name: string; html: string; rows: string[] }[] = [
    {
      name: 'p, div text runs, headings, list items: one row each, in document order',
      html: `<h1>标题</h1><div>前言<p>第一段</p>后记</div><ul><li>甲</li><li>乙</li></ul><h6>尾</h6>`,
      rows: ['标题', '前言', '第一段', '后记', '甲', '乙', '尾'],
    },
    {
      name: 'br-separated lines inside a block are paragraphs of their own; empty ones are dropped',
      html: `<p>一行<br>二行<br><br>三行</p><p>&nbsp;</p><p>   </p>`,
      rows: ['一行', '二行', '三行'],
    },
    {
      name: 'pre: each source line its own paragraph',
      html: `<pre>规章  0
行政许可 1

末行</pre>`,
      rows: ['规章 0', '行政许可 1', '末行'],
    },
    {
      name: 'inline elements do not break a paragraph; white space collapses across them',
      html: `<p><span>市政务办</span><b>主动</b> <i>公开</i>&nbsp; <a href="#">信息</a></p>`,
      rows: ['市政务办主动 公开 信息'],
    },
    {
      name: 'script, style, noscript, template, title, head, select and buttons are not text',
      html: `<html><head><title>页面标题</title><style>p{}</style></head><body><script>var a="x";</script>
        <noscript>请启用脚本</noscript><template><p>模板</p></template><p>正文</p>
        <select><option>选项</option></select><button>打印</button></body></html>`,
      rows: ['正文'],
    },
    {
      name: 'hidden elements (display:none, hidden, mso-hide:all, visibility:hidden) are skipped',
      html: `<p>看得见</p><div style="display: none">看不见1</div><p hidden>看不见2</p>
        <span style="color:red;mso-hide:all">看不见3</span><p style="visibility:hidden">看不见4</p><p style="display:block">也看得见</p>`,
      rows: ['看得见', '也看得见'],
    },
    {
      name: 'a source line break between Chinese characters disappears; between Latin words it is a space',
      html: `<p>市政务办主动公开信息33条，其中：
机构领导1条，
机构设置1条 and
more</p>`,
      rows: ['市政务办主动公开信息33条，其中：机构领导1条，机构设置1条 and more'],
    },
  ];

  it.each(cases)('$name', ({ html, rows }) => {
    const grid = gridOf(html);
    expect(rowsOf(grid)).toEqual(rows.map((r) => [r]));
    rows.forEach((_, i) => expect(grid.rowOrigin?.(i)).toEqual({ kind: 'paragraph', paragraph: i + 1 }));
  });

  it('numbers paragraphs over non-empty ones and tables separately, in document order', () => {
    const grid = gridOf(
      `<p>一</p><p></p><table><tr><td>1</td><td>a</td></tr><tr><td>2</td></tr></table><p>二</p><table><caption>表题</caption><tr><td>x</td><td>y</td></tr></table>`,
    );
    expect(rowsOf(grid)).toEqual([['一'], [1, 'a'], [2], ['二'], ['表题'], ['x', 'y']]);
    expect([...Array(grid.rowCount).keys()].map((r) => grid.rowOrigin?.(r))).toEqual([
      { kind: 'paragraph', paragraph: 1 },
      { kind: 'table', table: 1, row: 1 },
      { kind: 'table', table: 1, row: 2 },
      { kind: 'paragraph', paragraph: 2 },
      { kind: 'paragraph', paragraph: 3 },
      { kind: 'table', table: 2, row: 1 },
    ]);
  });

  it.each([
    ['a\u00a0 b', 'a b'],
    ['  中\n  文  ', '中文'],
    ['中\u00a0\n文', '中 文'],
    ['x\t\ty', 'x y'],
  ])('collapseWhitespace(%j) = %j', (raw, out) => expect(collapseWhitespace(raw)).toBe(out));
});

describe('nested and layout tables', () => {
  it('reads a table inside a cell after its outer table, as its own table, with a notice', () => {
    const doc = read(`<table><tr><td>外1</td><td>外2<table><tr><td>内1</td><td>内2</td></tr></table></td></tr>
      <tr><td>外3</td><td>外4</td></tr></table><p>后</p>`);
    const grid = doc.grids[0];
    expect(rowsOf(grid)).toEqual([['外1', '外2'], ['外3', '外4'], ['内1', '内2'], ['后']]);
    expect(grid.rowOrigin?.(2)).toEqual({ kind: 'table', table: 2, row: 1 });
    expect(doc.notices).toEqual([{ code: 'nested-table', count: 1 }]);
  });

  it('reads a page laid out in a table (one content cell per row) as the paragraphs and tables it holds', () => {
    const doc = read(`<table width="1000"><tr><td>网站头</td></tr><tr><td width="10"></td><td>
      <div class="TRS_Editor"><p>第一段</p><table><tr><td>项目</td><td>数</td></tr><tr><td>甲</td><td>3</td></tr></table><p>第二段</p></div>
      </td><td>&nbsp;</td></tr></table>`);
    const grid = doc.grids[0];
    expect(rowsOf(grid)).toEqual([['网站头'], ['第一段'], ['项目', '数'], ['甲', 3], ['第二段']]);
    expect(grid.rowOrigin?.(2)).toEqual({ kind: 'table', table: 1, row: 1 });
    expect(doc.notices).toEqual([]);
  });

  it.each(['presentation', 'none'])('reads a table marked role="%s" as the text it lays out', (role) => {
    const grid = gridOf(
      `<table role="${role}"><tr><td>甲</td><td>乙</td></tr><tr><td>1</td><td>2</td></tr></table>`,
    );
    expect(rowsOf(grid)).toEqual([['甲'], ['乙'], ['1'], ['2']]);
    expect(grid.rowOrigin?.(0)).toEqual({ kind: 'paragraph', paragraph: 1 });
  });

  it('keeps the lines of a <pre> in a cell as lines of the cell', () => {
    const grid = gridOf(
      '<table><tr><td><pre>甲\n乙</pre></td><td>2</td></tr><tr><td>丙</td><td>3</td></tr></table>',
    );
    expect(rowsOf(grid)).toEqual([
      ['甲\n乙', 2],
      ['丙', 3],
    ]);
  });

  it('takes a two-column frame around a bigger table for layout', () => {
    const rows = [...Array(5).keys()].map((i) => `<tr><td>行${i}</td><td>${i}</td></tr>`).join('');
    const grid = gridOf(`<table><tr><td>导航</td><td><p>正文</p><table>${rows}</table></td></tr></table>`);
    expect(rowsOf(grid).slice(0, 3)).toEqual([['导航'], ['正文'], ['行0', 0]]);
  });
});

describe('Word-exported HTML (网页，筛选过的 / 网页，全部)', () => {
  const word = (
    body: string,
  ) => `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15">
<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>张三</o:Author><o:Pages>3</o:Pages></o:DocumentProperties></xml><![endif]-->
<style><!-- p.MsoNormal {margin:0cm; font-size:10.5pt;} --></style></head>
<body lang=ZH-CN style='text-justify-trim:punctuation'><div class=WordSection1>${body}</div></body></html>`;

  const cases: { name: string; body: string; rows: CellValue[][] }[] = [
    {
      name: 'MsoNormal paragraphs with <o:p> tags',
      body: `<p class=MsoNormal><span lang=EN-US>2021</span><span style='font-family:宋体'>年，市政务办</span><o:p></o:p></p>
<p class=MsoNormal><span style='font-family:宋体'>第二段</span><span lang=EN-US><o:p>&nbsp;</o:p></span></p>`,
      rows: [['2021年，市政务办'], ['第二段']],
    },
    {
      name: 'empty paragraphs holding only <o:p>&nbsp;</o:p> are dropped',
      body: `<p class=MsoNormal>甲</p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>乙</p>`,
      rows: [['甲'], ['乙']],
    },
    {
      name: 'conditional comments <!--[if …]>…<![endif]--> are not text',
      body: `<p class=MsoNormal>前<!--[if gte mso 9]><xml><w:Word>隐藏</w:Word></xml><![endif]-->后</p>
<!--[if !supportLineBreakNewLine]--><br><!--[endif]--><p class=MsoNormal>尾</p>`,
      rows: [['前后'], ['尾']],
    },
    {
      name: 'downlevel-revealed <![if !supportLists]> list numbers are shown, as browsers show them',
      body: `<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]><span>规章</span></p>`,
      rows: [['1. 规章']],
    },
    {
      name: "<span style='mso-spacerun:yes'> runs of &nbsp; read as one space",
      body: `<p class=MsoNormal><span>行政复议</span><span style='mso-spacerun:yes'>&nbsp;&nbsp;&nbsp; </span><span>0</span><span style='mso-spacerun:yes'>&nbsp; </span>件</p>`,
      rows: [['行政复议 0 件']],
    },
    {
      name: 'Word tables: MsoNormalTable cells wrapping numbers in MsoNormal paragraphs',
      body: `<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
<tr style='mso-yfti-irow:0'><td width=100 colspan=2 style='width:75pt'><p class=MsoNormal align=center><span style='font-family:宋体'>行政复议</span><span lang=EN-US><o:p></o:p></span></p></td></tr>
<tr><td><p class=MsoNormal align=center><span lang=EN-US>12<o:p></o:p></span></p></td><td><p class=MsoNormal align=center><span lang=EN-US>0<o:p></o:p></span></p></td></tr></table>`,
      rows: [['行政复议'], [12, 0]],
    },
    {
      name: "text Word hid (style='display:none;mso-hide:all') is skipped",
      body: `<p class=MsoNormal>可见<span style='display:none;mso-hide:all'>隐藏</span></p>`,
      rows: [['可见']],
    },
  ];

  it.each(cases)('$name', ({ body, rows }) => {
    expect(rowsOf(gridOf(word(body)))).toEqual(rows);
  });
});

describe('UTF-16 pages (Word’s “Unicode” web page): NULs are text, not binary', () => {
  const page = '<html><body><p>本年新收 12</p></body></html>';
  const utf16 = (bigEndian: boolean, bom: boolean): Uint8Array => {
    const le = Buffer.from(`${bom ? '\uFEFF' : ''}${page}`, 'utf16le');
    return new Uint8Array(bigEndian ? le.swap16() : le);
  };
  it.each([
    ['little-endian, with its byte-order mark', utf16(false, true), undefined],
    ['big-endian, with its byte-order mark', utf16(true, true), undefined],
    ['little-endian without a mark, declared by the server', utf16(false, false), 'UTF-16LE'],
    ['little-endian without a mark, declared by another label of it', utf16(false, false), ' unicode '],
    ['big-endian without a mark, declared', utf16(true, false), 'UTF-16BE'],
  ])('%s', (_name, bytes, declared) => {
    expect(rowsOf(readHtml(bytes, options, declared).grids[0])).toEqual([['本年新收 12']]);
  });
  it.each([
    ['a mark cut short: binary', new Uint8Array([0xff, 0x00, 0x41, 0x00])],
    ['the two bytes of a mark reversed in part: binary', new Uint8Array([0xfe, 0xfe, 0x41, 0x00])],
    ['a big-endian mark cut short: binary', new Uint8Array([0xfe, 0x00, 0x00, 0x41])],
    ['0xFF second without 0xFE first is no mark: binary', new Uint8Array([0x3c, 0xff, 0x00, 0x41])],
  ])('%s', (_name, bytes) => {
    expect(() => readHtml(bytes, options)).toThrow(
      expect.objectContaining({ code: 'wrong-format', detail: 'binary data, not a web page' }),
    );
  });
});

describe('bad input', () => {
  const cases: { name: string; bytes: Uint8Array; code: string; detail?: RegExp }[] = [
    { name: 'no bytes', bytes: new Uint8Array(0), code: 'empty', detail: /^the file is empty$/ },
    { name: 'white space only', bytes: utf8(' \n\t '), code: 'empty', detail: /^the page is blank$/ },
    {
      name: 'markup without text',
      bytes: utf8('<html><head><title>t</title></head><body><p> </p></body></html>'),
      code: 'empty',
      detail: /^the page has no text$/,
    },
    {
      name: 'a zip (a .docx renamed)',
      bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
      code: 'wrong-format',
      detail: /^a zip archive/,
    },
    { name: 'a PDF', bytes: utf8('%PDF-1.7\n1 0 obj'), code: 'wrong-format', detail: /^a PDF/ },
    {
      name: 'an OLE file (a .doc renamed)',
      bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      code: 'wrong-format',
      detail: /^an OLE file/,
    },
    {
      name: 'binary with NUL bytes',
      bytes: new Uint8Array([0x3c, 0x70, 0x3e, 0, 0, 1, 2]),
      code: 'wrong-format',
      detail: /^binary data/,
    },
  ];
  it.each(cases)('$name → $code', ({ bytes, code, detail }) => {
    expect(() => readHtml(bytes, options)).toThrow(
      expect.objectContaining({ code, ...(detail ? { detail: expect.stringMatching(detail) } : {}) }),
    );
  });

  it('throws too-many-cells when the tables’ slots pass the limit, before laying out more', () => {
    const limited = { ...options, limits: { ...options.limits, maxCellsPerSheet: 100 } };
    const html = `<table><tr><td>a</td><td colspan="1000" rowspan="1000">x</td></tr>${'<tr></tr>'.repeat(999)}</table>`;
    expect(() => read(html, limited)).toThrow(
      expect.objectContaining({ code: 'too-many-cells', limit: 100 }),
    );
    expect(() => read(`<table>${'<tr><td>1</td><td>2</td></tr>'.repeat(51)}</table>`, limited)).toThrow(
      SourceReadError,
    );
    expect(
      read(`<table>${'<tr><td>1</td><td>2</td></tr>'.repeat(50)}</table>`, limited).grids[0].rowCount,
    ).toBe(50);
  });

  it('survives deep nesting without overflowing the stack', () => {
    expect(rowsOf(gridOf(`${'<div>'.repeat(30_000)}深处${'</div>'.repeat(10)}`))).toEqual([['深处']]);
    const tables = read(`${'<table><tr><td>a</td><td>'.repeat(3000)}x`);
    expect(tables.grids[0].rowCount).toBe(3000);
    expect(tables.notices).toEqual([{ code: 'nested-table', count: 2999 }]);
  });

  it('reads unclosed tags and stray markup as browsers roughly do', () => {
    expect(rowsOf(gridOf('<p>a<td>b</td></tr></table><p>c</li></ul>d<!-- open comment'))).toEqual([
      ['a'],
      ['b'],
      ['cd'],
    ]);
  });

  it('never throws anything but SourceReadError on random bytes', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const alphabet = utf8('<>/="\' tdrpablecol span0123 中\n&;#x!-');
    for (let i = 0; i < 200; i++) {
      const bytes = Uint8Array.from({ length: 200 }, () => alphabet[Math.floor(rand() * alphabet.length)]);
      try {
        readHtml(bytes, options);
      } catch (e) {
        expect(e).toBeInstanceOf(SourceReadError);
      }
    }
  });

  it('reads a large page in linear time', () => {
    const para = '<p>市政务办主动公开信息33条，其中：机构领导1条。</p>\n';
    const row = '<tr><td>项目</td><td>1</td><td>2</td><td>3</td></tr>';
    const page = (n: number) => utf8(para.repeat(n) + `<table>${row.repeat(n)}</table>`);
    // The fastest of three runs: a shared machine only ever adds time, and a quadratic reader
    // would take 64 times as long for 8 times the page, far above the bound below.
    const time = (bytes: Uint8Array) =>
      Math.min(
        ...[0, 1, 2].map(() => {
          const t = performance.now();
          readHtml(bytes, options);
          return performance.now() - t;
        }),
      );
    time(page(1000)); // warm up
    const small = time(page(2000));
    const big = time(page(16_000));
    expect(big).toBeLessThan(small * 8 * 3 + 200);
  });
});

describe('the seed report as a web page gives the same findings as the .txt', () => {
  const expected = findingsSummary(checkGrids([fixtureGrid()]));

  it('has 0 errors, 1 itemized-sum warning and 3 tables in the .txt', () => {
    expect(expected.errors).toBe(0);
    expect(expected.findings).toHaveLength(1);
    expect(expected.findings[0]).toMatch(/narrative\/itemized-sum/);
    expect(expected.tables).toHaveLength(3);
  });

  it.each(['utf-8', 'gbk'] as const)('hand-made page in %s', (charset) => {
    const doc = readHtml(seedReportHtml({ charset }), options);
    expect(findingsSummary(checkGrids(doc.grids))).toEqual(expected);
    // Table 三 carries its official merges.
    const grid = doc.grids[0];
    const at = (text: string) => {
      for (let r = 0; r < grid.rowCount; r++)
        for (let c = 0; c < grid.colCount; c++) if (grid.value(r, c) === text) return { r, c };
      throw new Error(`${text} not found`);
    };
    const merge = (text: string) => {
      const { r, c } = at(text);
      const m = grid.mergeAt(r, c);
      return m && { rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 };
    };
    expect(merge('申请人情况')).toEqual({ rows: 1, cols: 6 });
    expect(merge('法人或其他组织')).toEqual({ rows: 1, cols: 5 });
    expect(merge('三、本年度办理结果')).toEqual({ rows: 22, cols: 1 });
    expect(merge('(三) 不予公开')).toEqual({ rows: 8, cols: 1 });
    expect(doc.notices).toEqual([]);
  });

  const soffice = findSoffice();
  if (!soffice) console.warn('LibreOffice (soffice) is not installed: skipping the LibreOffice HTML test.');
  (soffice ? describe : describe.skip)('saved by LibreOffice Writer', () => {
    let dir = '';
    let saved: Uint8Array;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'html-lo-'));
      writeFileSync(join(dir, 'report.html'), seedReportHtml({ charset: 'gbk' }));
      // Out to its own folder: the export has the same name as its input.
      convert(soffice ?? '', 'html:HTML (StarWriter)', join(dir, 'out'), [join(dir, 'report.html')]);
      saved = new Uint8Array(readFileSync(join(dir, 'out', 'report.html')));
    }, 120_000);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('is LibreOffice’s own HTML (its generator meta, UTF-8)', () => {
      const text = new TextDecoder().decode(saved);
      expect(text).toMatch(/<meta name="generator" content="LibreOffice/);
    });

    it('reads with the same findings', () => {
      expect(findingsSummary(checkGrids(readHtml(saved, options).grids))).toEqual(expected);
    });
  });
});
