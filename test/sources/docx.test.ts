import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { checkGrids } from '../../src/check';
import type { CellValue, Grid, MergedArea, RowOrigin } from '../../src/grid';
import { readDocx } from '../../src/sources/docx';
import { formatNumber } from '../../src/sources/numbering';
import { openZip } from '../../src/sources/zip';
import { SourceReadError, type SourceDocument } from '../../src/sources/types';
import { SEED_DELETED, SEED_INSERTED, SEED_TABLES, seedReportDocx } from '../support/docx-report';
import { fixtureGrid, fixtureRows } from '../support/fixture';
import { convert, findSoffice } from '../template/soffice';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const LIMITS = { maxUnpackedBytes: 10 * 1024 * 1024, maxCellsPerSheet: 100_000 };
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal but complete .docx package around a body (and numbering / styles parts). */
function docx(body: string, parts: { numbering?: string; styles?: string } = {}): Uint8Array {
  const rels = [
    parts.numbering ? `<Relationship Id="rId1" Type="${REL}/numbering" Target="numbering.xml"/>` : '',
    parts.styles ? `<Relationship Id="rId2" Type="${REL}/styles" Target="/word/styles.xml"/>` : '',
  ].join('');
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'word/_rels/document.xml.rels': strToU8(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:mc="${MC}"><w:body>${body}<w:sectPr/></w:body></w:document>`,
    ),
  };
  if (parts.numbering)
    files['word/numbering.xml'] = strToU8(`<w:numbering xmlns:w="${W}">${parts.numbering}</w:numbering>`);
  if (parts.styles) files['word/styles.xml'] = strToU8(`<w:styles xmlns:w="${W}">${parts.styles}</w:styles>`);
  return zipSync(files);
}

/** A .docx around `body` with its document part's XML changed by `edit`; also that XML. */
function docxEdited(body: string, edit: (xml: string) => string): { bytes: Uint8Array; xml: string } {
  const files = unzipSync(docx(body));
  const xml = edit(strFromU8(files['word/document.xml']));
  files['word/document.xml'] = strToU8(xml);
  return { bytes: zipSync(files), xml };
}

const p = (text: string, pPr = '') =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (content: string, tcPr = '') =>
  `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${content.startsWith('<') ? content : p(content)}</w:tc>`;
const tr = (cells: string[], trPr = '') =>
  `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells.join('')}</w:tr>`;
const tbl = (...rows: string[]) => `<w:tbl><w:tblPr/><w:tblGrid/>${rows.join('')}</w:tbl>`;
const span = (n: number) => `<w:gridSpan w:val="${n}"/>`;
const restart = '<w:vMerge w:val="restart"/>';
const cont = '<w:vMerge/>';

function read(bytes: Uint8Array, limits = LIMITS): SourceDocument {
  return readDocx(bytes, { sheet: 'doc', limits });
}

/** Rows of values, each cut after its last non-empty cell. */
function values(grid: Grid): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const row: CellValue[] = [];
    for (let c = 0; c < grid.colCount; c++) row.push(grid.value(r, c));
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    out.push(row);
  }
  return out;
}

function origins(grid: Grid): (RowOrigin | undefined)[] {
  return Array.from({ length: grid.rowCount }, (_, r) => grid.rowOrigin?.(r));
}

interface Case {
  name: string;
  body: string;
  rows: CellValue[][];
  merges?: MergedArea[];
  notices?: SourceDocument['notices'];
}

const cases: Case[] = [
  {
    name: 'gridSpan: a horizontal merged area',
    body: tbl(tr([tc('合计', span(2)), tc('B')]), tr([tc('1'), tc('2'), tc('3')])),
    rows: [
      ['合计', null, 'B'],
      [1, 2, 3],
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
  },
  {
    name: 'vMerge restart/continue: a vertical merged area, the value only at the top',
    body: tbl(
      tr([tc('三、办理结果', restart), tc('a')]),
      tr([tc('', cont), tc('b')]),
      tr([tc('', cont), tc('c')]),
      tr([tc('四'), tc('d')]),
    ),
    rows: [
      ['三、办理结果', 'a'],
      [null, 'b'],
      [null, 'c'],
      ['四', 'd'],
    ],
    merges: [{ top: 0, left: 0, bottom: 2, right: 0 }],
  },
  {
    name: 'vMerge with gridSpan: a block two wide and two high',
    body: tbl(tr([tc('说明', span(2) + restart), tc('x')]), tr([tc('', span(2) + cont), tc('y')])),
    rows: [
      ['说明', null, 'x'],
      [null, null, 'y'],
    ],
    merges: [{ top: 0, left: 0, bottom: 1, right: 1 }],
  },
  {
    name: 'gridBefore / gridAfter shift and pad the row',
    body: tbl(
      tr([tc('x'), tc('y')], '<w:gridBefore w:val="1"/>'),
      tr([tc('1'), tc('2')], '<w:gridAfter w:val="1"/>'),
    ),
    rows: [
      [null, 'x', 'y'],
      [1, 2],
    ],
  },
  {
    name: 'a cell with several paragraphs, a line break and a tab',
    body: tbl(
      tr([
        tc(
          p('第一行') +
            p('') +
            '<w:p><w:r><w:t>第二</w:t><w:br/><w:t>行</w:t><w:tab/><w:t>末</w:t></w:r></w:p>',
        ),
      ]),
    ),
    rows: [['第一行\n第二\n行 末']],
  },
  {
    name: 'w:cr and w:ptab as w:br and w:tab: in a cell and in a paragraph',
    body:
      tbl(
        tr([
          tc(
            '<w:p><w:r><w:t>第二</w:t><w:cr/><w:t>行</w:t><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/><w:t>末</w:t></w:r></w:p>',
          ),
        ]),
      ) +
      '<w:p><w:r><w:t>甲</w:t><w:cr/><w:t>乙</w:t><w:ptab w:relativeTo="margin" w:alignment="center" w:leader="none"/><w:t>丙</w:t></w:r></w:p>',
    rows: [['第二\n行 末'], ['甲 乙 丙']],
  },
  {
    name: 'plain numbers become numbers, other text stays as written',
    body: tbl(tr([tc(' 12 '), tc('0'), tc('1.5'), tc('1,234'), tc('１２'), tc('3件')])),
    rows: [[12, 0, 1.5, '1,234', '１２', '3件']],
  },
  {
    name: 'a nested table: its own table after the outer one',
    body:
      tbl(tr([tc(p('外') + tbl(tr([tc('内1'), tc('内2')])) + p('')), tc('z')]), tr([tc('a'), tc('b')])) +
      p('后'),
    rows: [['外', 'z'], ['a', 'b'], ['内1', '内2'], ['后']],
    notices: [{ code: 'nested-table', count: 1 }],
  },
  {
    name: 'tracked changes read as accepted and counted',
    body:
      '<w:p><w:r><w:t>发出</w:t></w:r><w:ins w:id="1" w:author="a"><w:r><w:t>收费</w:t></w:r></w:ins>' +
      '<w:del w:id="2" w:author="a"><w:r><w:delText>删去</w:delText></w:r></w:del>' +
      '<w:moveFrom w:id="3" w:author="a"><w:r><w:t>旧处</w:t></w:r></w:moveFrom>' +
      '<w:moveTo w:id="4" w:author="a"><w:r><w:t>通知</w:t></w:r></w:moveTo></w:p>' +
      tbl(tr([tc('留')]), tr([tc('删')], '<w:del w:id="5" w:author="a"/>')),
    rows: [['发出收费通知'], ['留']],
    notices: [{ code: 'tracked-changes', count: 5 }],
  },
  {
    name: 'mc:AlternateContent: one branch only, the text box after its paragraph',
    body:
      '<w:p><w:r><w:t>正文</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>' +
      p('框内') +
      '</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>' +
      p('框内') +
      '</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>',
    rows: [['正文'], ['框内']],
  },
  {
    name: 'content controls read, placeholders not; fields show results, not codes',
    body:
      `<w:sdt><w:sdtPr/><w:sdtContent>${p('控件内容')}</w:sdtContent></w:sdt>` +
      `<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>${p('单击此处输入文字')}</w:sdtContent></w:sdt>` +
      '<w:p><w:r><w:t>第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页</w:t></w:r></w:p>',
    rows: [['控件内容'], ['第3页']],
  },
  {
    name: 'block-level wrappers: custom XML, an inserted or moved-in block, one branch of mc:AlternateContent (the Fallback when there is no Choice)',
    body:
      `<w:customXml w:element="x">${p('自定义')}</w:customXml>` +
      `<w:ins w:id="1" w:author="a">${p('插入段')}</w:ins>` +
      `<w:moveTo w:id="2" w:author="a">${p('移入段')}</w:moveTo>` +
      `<w:moveFrom w:id="3" w:author="a">${p('移出段')}</w:moveFrom>` +
      `<w:del w:id="4" w:author="a">${p('删除段')}</w:del>` +
      `<mc:AlternateContent><mc:Choice Requires="w14">${p('新版')}</mc:Choice><mc:Fallback>${p('旧版')}</mc:Fallback></mc:AlternateContent>` +
      `<mc:AlternateContent><mc:Fallback>${p('仅有旧版')}</mc:Fallback></mc:AlternateContent>`,
    rows: [['自定义'], ['插入段'], ['移入段'], ['新版'], ['仅有旧版']],
    notices: [{ code: 'tracked-changes', count: 4 }],
  },
  {
    name: 'inline: content controls, a non-breaking hyphen, symbols (private-use ones dropped), a paragraph mark inserted',
    body:
      '<w:p><w:pPr><w:rPr><w:ins w:id="1" w:author="a"/></w:rPr></w:pPr>' +
      '<w:sdt><w:sdtContent><w:r><w:t>控件</w:t></w:r></w:sdtContent></w:sdt>' +
      '<w:r><w:t>2021</w:t><w:noBreakHyphen/><w:t>2022</w:t><w:sym w:font="Symbol" w:char="00B1"/><w:sym w:font="Wingdings" w:char="F0B7"/></w:r></w:p>',
    rows: [['控件2021-2022±']],
    notices: [{ code: 'tracked-changes', count: 1 }],
  },
  {
    name: 'rows and cells inside content controls and custom XML; an inserted row and cell counted, a deleted cell counted and gone',
    body: `<w:tbl><w:tblPr/><w:tblGrid/><w:sdt><w:sdtContent>${tr([tc('甲'), tc('乙')])}</w:sdtContent></w:sdt>${`<w:customXml w:element="r">${tr([tc('丙'), tc('丁')], '<w:ins w:id="1" w:author="a"/>')}</w:customXml>`}${tr([tc('戊', '<w:cellIns w:id="2" w:author="a"/>'), tc('删', '<w:cellDel w:id="3" w:author="a"/>'), `<w:sdt><w:sdtContent>${tc('己')}</w:sdtContent></w:sdt>`])}</w:tbl>`,
    rows: [
      ['甲', '乙'],
      ['丙', '丁'],
      ['戊', '己'],
    ],
    notices: [{ code: 'tracked-changes', count: 3 }],
  },
  {
    name: 'legacy w:hMerge: the continuing cell widens the one before it',
    body: tbl(
      tr([tc('合并', '<w:hMerge w:val="restart"/>'), tc('', '<w:hMerge/>'), tc('C')]),
      tr([tc('1'), tc('2'), tc('3')]),
    ),
    rows: [
      ['合并', null, 'C'],
      [1, 2, 3],
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 1 }],
  },
  {
    name: 'legacy w:hMerge with w:vMerge: merges across and down, side by side',
    body: tbl(
      tr([
        tc('甲', '<w:hMerge w:val="restart"/><w:vMerge w:val="restart"/>'),
        tc('', '<w:hMerge/><w:vMerge w:val="restart"/>'),
        tc('乙', '<w:hMerge w:val="restart"/><w:vMerge w:val="restart"/>'),
        tc('', '<w:gridSpan w:val="2"/><w:hMerge/><w:vMerge w:val="restart"/>'),
      ]),
      tr([
        tc('', '<w:hMerge w:val="restart"/><w:vMerge/>'),
        // What a covered cell still holds is not shown.
        tc('旧', '<w:hMerge/><w:vMerge/>'),
        tc('', '<w:hMerge w:val="restart"/><w:vMerge/>'),
        tc('', '<w:gridSpan w:val="2"/><w:hMerge/><w:vMerge/>'),
      ]),
      tr([tc('1'), tc('2'), tc('3'), tc('4'), tc('5')]),
    ),
    rows: [['甲', null, '乙'], [], [1, 2, 3, 4, 5]],
    merges: [
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 0, left: 2, bottom: 1, right: 4 },
    ],
  },
  {
    name: 'entities decoded; w:tab and w:br are spaces in a paragraph',
    body: '<w:p><w:r><w:t>&lt;a&gt; &amp; &#x4E00;&#20108;</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r></w:p>',
    rows: [['<a> & 一二 b c']],
  },
];

describe('readDocx: body, tables and merges', () => {
  test.each([
    ['whose prefix the document never declares: still by its usual prefix', 'mc:', ''],
    ['in the default namespace (no prefix)', '', ` xmlns="${MC}"`],
  ])('mc:AlternateContent %s: one branch', (_name, prefix, declaration) => {
    const { bytes, xml } = docxEdited(
      `<${prefix}AlternateContent><${prefix}Choice Requires="w14">${p('新版')}</${prefix}Choice>` +
        `<${prefix}Fallback>${p('旧版')}</${prefix}Fallback></${prefix}AlternateContent>`,
      (document) => document.replace(` xmlns:mc="${MC}"`, declaration),
    );
    expect(xml).not.toContain('xmlns:mc');
    expect(xml).toContain(declaration);
    expect(values(read(bytes).grids[0])).toEqual([['新版']]);
  });

  test.each(cases)('$name', ({ body, rows, merges, notices }) => {
    const doc = read(docx(body));
    expect(doc.format).toBe('docx');
    expect(doc.grids).toHaveLength(1);
    expect(doc.grids[0].sheet).toBe('doc');
    expect(values(doc.grids[0])).toEqual(rows);
    if (merges) expect(doc.grids[0].merges).toEqual(merges);
    expect(doc.notices).toEqual(notices ?? []);
  });

  test('origins: paragraphs counted without the empty ones, tables and rows from 1', () => {
    const body =
      p('一') +
      p('') +
      p('  ') +
      tbl(tr([tc('a')]), tr([tc('b')])) +
      p('二') +
      tbl(tr([tc(p('外') + tbl(tr([tc('内')])))]));
    expect(origins(read(docx(body)).grids[0])).toEqual([
      { kind: 'paragraph', paragraph: 1 },
      { kind: 'table', table: 1, row: 1 },
      { kind: 'table', table: 1, row: 2 },
      { kind: 'paragraph', paragraph: 2 },
      { kind: 'table', table: 2, row: 1 },
      { kind: 'table', table: 3, row: 1 },
    ]);
  });
});

describe('list numbering', () => {
  test.each([
    [1, 'chineseCounting', '一'],
    [10, 'chineseCounting', '十'],
    [11, 'chineseCounting', '十一'],
    [20, 'chineseCounting', '二十'],
    [21, 'chineseCountingThousand', '二十一'],
    [101, 'chineseCounting', '一百零一'],
    [110, 'chineseCounting', '一百一十'],
    [10010, 'chineseCounting', '一万零一十'],
    [12, 'chineseLegalSimplified', '壹拾贰'],
    [2, 'ideographTraditional', '乙'],
    [3, 'decimalEnclosedCircle', '③'],
    [21, 'decimalEnclosedCircleChinese', '㉑'],
    [3, 'upperLetter', 'C'],
    [27, 'lowerLetter', 'aa'],
    [4, 'lowerRoman', 'iv'],
    [1994, 'upperRoman', 'MCMXCIV'],
    [5, 'decimalZero', '05'],
    [12, 'decimalFullWidth', '１２'],
    [7, 'none', ''],
    [7, 'someFutureFormat', '7'],
    [0, 'chineseCounting', '〇'],
    [20000, 'chineseCounting', '二万'],
    [1e8, 'chineseCounting', '100000000'], // past 99999999: digits
    [-1, 'chineseCounting', '-1'],
    [1005, 'chineseCounting', '一千零五'],
    [12, 'ideographLegalTraditional', '壹拾貳'],
    [10000, 'japaneseLegal', '壹萬'],
    [205, 'ideographDigital', '二〇五'],
    [-3, 'taiwaneseDigital', '-3'],
    [13, 'ideographZodiac', '子'],
    [0, 'ideographTraditional', '0'],
    [0, 'upperLetter', '0'],
    [4000, 'upperRoman', '4000'],
    [0, 'lowerRoman', '0'],
    [12, 'decimalZero', '12'],
    [9, 'decimalZero', '09'],
    [36, 'decimalEnclosedCircle', '㊱'],
    [50, 'decimalEnclosedCircle', '㊿'],
    [51, 'decimalEnclosedCircle', '51'],
    [0, 'decimalEnclosedCircle', '0'],
    [20, 'decimalEnclosedFullstop', '⒛'],
    [21, 'decimalEnclosedFullstop', '21.'],
    [1, 'decimalEnclosedParen', '⑴'],
    [21, 'decimalEnclosedParen', '(21)'],
    [20, 'decimalEnclosedParen', '⒇'],
    [0, 'decimalEnclosedParen', '(0)'],
    [1, 'decimalEnclosedFullstop', '⒈'],
    [0, 'decimalEnclosedFullstop', '0.'],
    [3, 'decimalFullWidth2', '３'],
  ])('%d as %s → %s', (n, format, label) => {
    expect(formatNumber(n as number, format as string)).toBe(label);
  });

  const lvl = (i: number, fmt: string, text: string, extra = '') =>
    `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${extra}<w:lvlText w:val="${text}"/></w:lvl>`;
  const numbering =
    `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '（%1）', '<w:suff w:val="nothing"/>')}` +
    `${lvl(1, 'decimal', '%2.')}${lvl(2, 'decimal', '%1.%2.%3', '<w:isLgl/><w:suff w:val="space"/>')}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>` +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
    '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>' +
    '<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>';
  const styles =
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Base"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Sec"><w:basedOn w:val="Base"/></w:style>';
  const num = (id: number, level: number) =>
    `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${id}"/></w:numPr>`;

  test('labels as Word shows them: formats, levels, resets, overrides, styles', () => {
    const body = [
      p('甲', num(1, 0)),
      p('乙', num(1, 1)),
      p('丙', num(1, 1)),
      p('丁', num(1, 2)),
      p('戊', num(1, 0)),
      p('己', num(1, 1)),
      p('庚', num(2, 0)), // another instance restarting at 5
      p('辛', num(1, 0)), // instances of one definition share its counters
      p('壬', '<w:pStyle w:val="Sec"/>'), // numbered by its style's base, starting at 3
      p('癸', `<w:pStyle w:val="Sec"/>${num(0, 0)}`), // numId 0 removes the style's numbering
      tbl(tr([tc(p('表内', num(1, 1)))])),
    ].join('');
    expect(values(read(docx(body, { numbering, styles })).grids[0])).toEqual([
      ['（一）甲'],
      ['1. 乙'],
      ['2. 丙'],
      ['1.2.1 丁'],
      ['（二）戊'],
      ['1. 己'],
      ['（五）庚'],
      ['（六）辛'],
      ['III. 壬'],
      ['癸'],
      ['1. 表内'],
    ]);
  });

  test('more of Word’s list features: list styles, levels by style, hidden and bullet levels, fallbacks', () => {
    const more =
      // A list style's definition: its levels live in the definition the numbering style points at.
      '<w:abstractNum w:abstractNumId="10"><w:numStyleLink w:val="ReportList"/></w:abstractNum>' +
      `<w:abstractNum w:abstractNumId="11"><w:styleLink w:val="ReportList"/>${lvl(0, 'chineseCounting', '%1、')}</w:abstractNum>` +
      // A level tied to a paragraph style, a hidden level, a bullet, a format behind mc:AlternateContent.
      '<w:abstractNum w:abstractNumId="12">' +
      `${lvl(0, 'decimal', '%1)')}${lvl(1, 'decimal', '%2)', '<w:pStyle w:val="Item"/>')}` +
      `${lvl(2, 'decimal', '%3.', '<w:rPr><w:vanish/></w:rPr>')}${lvl(3, 'bullet', '\uf0b7')}` +
      '<w:lvl w:ilvl="4"><w:start w:val="1"/><mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001"/></mc:Choice>' +
      '<mc:Fallback><w:numFmt w:val="decimalZero"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%5"/></w:lvl>' +
      '</w:abstractNum>' +
      '<w:num w:numId="10"><w:abstractNumId w:val="10"/></w:num>' +
      '<w:num w:numId="11"><w:abstractNumId w:val="11"/></w:num>' +
      '<w:num w:numId="12"><w:abstractNumId w:val="12"/></w:num>' +
      '<w:num w:numId="13"><w:abstractNumId w:val="99"/></w:num>';
    const listStyles =
      '<w:style w:type="numbering" w:styleId="ReportList"><w:pPr><w:numPr><w:numId w:val="11"/></w:numPr></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Item"><w:pPr><w:numPr><w:numId w:val="12"/></w:numPr></w:pPr></w:style>';
    const body = [
      p('甲', num(10, 0)), // through the list style to definition 11
      p('乙', num(10, 0)),
      p('丙', num(12, 0)),
      p('丁', '<w:pStyle w:val="Item"/>'), // the style's level (1), no ilvl given
      p('戊', num(12, 2)), // hidden: no label, but counted
      p('己', num(12, 3)),
      p('庚', num(12, 4)),
      p('辛', num(13, 0)), // an instance of a definition that does not exist
      p('壬', num(14, 0)), // an instance that does not exist
    ].join('');
    expect(
      values(read(docx(body, { numbering: numbering + more, styles: styles + listStyles })).grids[0]),
    ).toEqual([['一、 甲'], ['二、 乙'], ['1) 丙'], ['1) 丁'], ['戊'], ['• 己'], ['01 庚'], ['辛'], ['壬']]);
  });

  // A level's w:lvlRestart is one-based: the level restarts after a level at or above it (0: never).
  test.each<[string, string, string[]]>([
    ['no w:lvlRestart: after any higher level', '', ['(1)', '(1)', '(1)']],
    ['w:lvlRestart 1: after the first level only', '<w:lvlRestart w:val="1"/>', ['(1)', '(2)', '(1)']],
    ['w:lvlRestart 2: after the first two levels', '<w:lvlRestart w:val="2"/>', ['(1)', '(1)', '(1)']],
    ['w:lvlRestart 0: never', '<w:lvlRestart w:val="0"/>', ['(1)', '(2)', '(3)']],
  ])('a third level restarting %s', (_name, restart, third) => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1.')}${lvl(1, 'decimal', '%1.%2')}` +
      `${lvl(2, 'decimal', '(%3)', restart)}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const body = [0, 2, 1, 2, 0, 2].map((level, i) => p(`${i}`, num(1, level))).join('');
    expect(values(read(docx(body, { numbering })).grids[0])).toEqual([
      ['1. 0'],
      [`${third[0]} 1`],
      ['1.1 2'],
      [`${third[1]} 3`],
      ['2. 4'],
      [`${third[2]} 5`],
    ]);
  });

  test.each<[string, string, string]>([
    ['present', '<w:isLgl/>', '1.1'],
    ['on', '<w:isLgl w:val="1"/>', '1.1'],
    ['true', '<w:isLgl w:val="true"/>', '1.1'],
    ['off by 0', '<w:isLgl w:val="0"/>', '一.1'],
    ['off by false', '<w:isLgl w:val="false"/>', '一.1'],
    ['off by off', '<w:isLgl w:val="off"/>', '一.1'],
  ])('w:isLgl %s: the upper level in digits or as it is', (_name, isLgl, label) => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'decimal', '%1.%2', isLgl)}` +
      '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>';
    const body = p('甲', num(1, 0)) + p('乙', num(1, 1));
    expect(values(read(docx(body, { numbering })).grids[0])).toEqual([['一、 甲'], [`${label} 乙`]]);
  });

  test('instance overrides: a whole level with its start, one without a start, one out of range; a level not defined', () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1.')}${lvl(1, 'decimal', '%1.%2')}</w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/>' +
      '<w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="7"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:lvlOverride>' +
      '<w:lvlOverride w:ilvl="1"><w:lvl w:ilvl="1"><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="%2."/></w:lvl></w:lvlOverride>' +
      '<w:lvlOverride w:ilvl="12"><w:startOverride w:val="4"/></w:lvlOverride>' +
      '</w:num>';
    const body = [p('甲', num(1, 0)), p('乙', num(1, 1)), p('丙', num(1, 1)), p('丁', num(1, 5))].join('');
    // Level 1's override has no w:start, which ECMA-376 (17.9.25) reads as 0: 0, then i (zero has no roman).
    expect(values(read(docx(body, { numbering })).grids[0])).toEqual([
      ['G) 甲'],
      ['0. 乙'],
      ['i. 丙'],
      ['丁'],
    ]);
  });

  test('without numbering.xml a numbered paragraph is plain text', () => {
    expect(values(read(docx(p('甲', num(1, 0)))).grids[0])).toEqual([['甲']]);
  });
});

describe('the WordprocessingML namespace under another prefix', () => {
  const STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
  it.each([
    ['transitional', W],
    ['ISO/IEC 29500 Strict', STRICT],
  ])('%s, bound to x:', (_name, namespace) => {
    const { bytes, xml } = docxEdited(p('标题') + tbl(tr([tc('甲'), tc('1')])), (document) =>
      document.replace(/\bw:/g, 'x:').replace(`xmlns:w="${W}"`, `xmlns:x="${namespace}"`),
    );
    expect(xml).toContain(`xmlns:x="${namespace}"`);
    expect(values(read(bytes).grids[0])).toEqual([['标题'], ['甲', 1]]);
  });

  it('never declared: still read by its usual prefix w:', () => {
    const { bytes, xml } = docxEdited(p('标题') + tbl(tr([tc('甲'), tc('1')])), (document) =>
      document.replace(` xmlns:w="${W}"`, ''),
    );
    expect(xml).not.toContain('xmlns:w=');
    expect(values(read(bytes).grids[0])).toEqual([['标题'], ['甲', 1]]);
  });
});

/** A minimal OLE compound file (512-byte sectors: header, FAT, one directory sector). */
function oleFile(names: string[]): Uint8Array {
  const bytes = new Uint8Array(512 * 3);
  const v = new DataView(bytes.buffer);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  v.setUint16(24, 0x3e, true);
  v.setUint16(26, 3, true);
  v.setUint16(28, 0xfffe, true);
  v.setUint16(30, 9, true);
  v.setUint16(32, 6, true);
  v.setUint32(44, 1, true); // one FAT sector
  v.setUint32(48, 1, true); // directory at sector 1
  v.setUint32(60, 0xfffffffe, true);
  v.setUint32(68, 0xfffffffe, true);
  for (let i = 0; i < 109; i++) v.setUint32(76 + 4 * i, i === 0 ? 0 : 0xffffffff, true);
  for (let i = 0; i < 128; i++) v.setUint32(512 + 4 * i, [0xfffffffd, 0xfffffffe][i] ?? 0xffffffff, true);
  names.forEach((name, i) => {
    const at = 1024 + 128 * i;
    for (let k = 0; k < name.length; k++) v.setUint16(at + 2 * k, name.charCodeAt(k), true);
    v.setUint16(at + 64, (name.length + 1) * 2, true);
    bytes[at + 66] = i === 0 ? 5 : 2;
  });
  return bytes;
}

/** The OLE file above with sectors added after it and its header or sectors changed. */
function oleChanged(names: string[], change: (v: DataView) => void, addedSectors = 0): Uint8Array {
  const base = oleFile(names);
  const bytes = new Uint8Array(base.length + 512 * addedSectors);
  bytes.set(base);
  change(new DataView(bytes.buffer));
  return bytes;
}

/**
 * An OLE file with a DIFAT sector (sector 2, the last), as files of more than 109 FAT sectors have:
 * its entries (free here) follow the header's 109, and its last entry ends the chain.
 */
const OLE_WITH_DIFAT = oleChanged(
  ['Root Entry', 'EncryptionInfo'],
  (v) => {
    v.setUint32(68, 2, true);
    v.setUint32(72, 1, true);
    const difat = 512 * 3;
    for (let i = 0; i < 127; i++) v.setUint32(difat + 4 * i, 0xffffffff, true);
    v.setUint32(difat + 508, 0xfffffffe, true);
  },
  1,
);

describe('readDocx: hostile and wrong input', () => {
  const big = p('x'.repeat(200_000));
  const wide = tbl(tr(Array.from({ length: 20 }, (_, i) => tc(String(i)))), tr([tc('a')]), tr([tc('b')]));
  const xlsx = zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'xl/workbook.xml': strToU8('<workbook/>'),
  });
  const encryptedEntry = docx(p('x'));
  {
    const v = new DataView(encryptedEntry.buffer);
    for (let at = 0; at < encryptedEntry.length - 4; at++)
      if (v.getUint32(at, true) === 0x02014b50) v.setUint16(at + 8, 1, true);
  }
  const hostile: {
    name: string;
    bytes: Uint8Array;
    code: string;
    limit?: number;
    detail?: RegExp;
    limits?: typeof LIMITS;
  }[] = [
    { name: 'an empty file', bytes: new Uint8Array(0), code: 'empty', detail: /^the file is empty$/ },
    {
      name: 'garbage bytes',
      bytes: strToU8('this is not a word file at all'),
      code: 'wrong-format',
      detail: /^neither a zip \(\.docx\) nor an OLE file$/,
    },
    { name: 'a truncated .docx', bytes: docx(p('甲')).subarray(0, 200), code: 'truncated' },
    {
      name: 'a zip bomb (a part inflating past the limit)',
      bytes: docx(big),
      code: 'unpacked-too-large',
      limits: { ...LIMITS, maxUnpackedBytes: 100_000 },
      limit: 100_000,
    },
    { name: 'an encrypted zip entry', bytes: encryptedEntry, code: 'encrypted' },
    { name: 'an .xlsx', bytes: xlsx, code: 'wrong-format', detail: /Excel workbook/ },
    {
      name: 'a .pptx',
      bytes: zipSync({ 'ppt/presentation.xml': strToU8('<p:presentation/>') }),
      code: 'wrong-format',
      detail: /PowerPoint presentation/,
    },
    {
      name: 'an OpenDocument file (.odt)',
      bytes: zipSync({
        mimetype: strToU8('application/vnd.oasis.opendocument.text'),
        'content.xml': strToU8('<office:document-content/>'),
      }),
      code: 'wrong-format',
      detail: /OpenDocument/,
    },
    {
      name: 'a document part that holds no Word body',
      bytes: zipSync({ 'word/document.xml': strToU8(`<w:settings xmlns:w="${W}"><w:body/></w:settings>`) }),
      code: 'wrong-format',
      detail: /not a Word document body/,
    },
    {
      name: 'an OLE file cut short inside its header',
      bytes: oleFile(['Root Entry', 'WordDocument']).subarray(0, 300),
      code: 'truncated',
      detail: /OLE header cut short/,
    },
    {
      name: 'a zip without word/document.xml',
      bytes: zipSync({ 'readme.txt': strToU8('hi') }),
      code: 'wrong-format',
      detail: /^no word\/document\.xml: a zip of 1 entries \(readme\.txt\)$/,
    },
    {
      name: 'a zip of many entries without word/document.xml: the first five named',
      bytes: zipSync(Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((x) => [`${x}.txt`, strToU8(x)]))),
      code: 'wrong-format',
      detail: /^no word\/document\.xml: a zip of 6 entries \(a\.txt, b\.txt, c\.txt, d\.txt, e\.txt, …\)$/,
    },
    {
      name: 'malformed XML (an element left open)',
      bytes: zipSync({ 'word/document.xml': strToU8(`<w:document xmlns:w="${W}"><w:body><w:p>`) }),
      code: 'corrupt',
    },
    {
      name: 'malformed XML (mismatched tags)',
      bytes: zipSync({
        'word/document.xml': strToU8(`<w:document xmlns:w="${W}"><w:body></w:p></w:body></w:document>`),
      }),
      code: 'corrupt',
    },
    {
      name: 'malformed XML (an unknown entity)',
      bytes: docx('<w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p>'),
      code: 'corrupt',
    },
    {
      name: 'a DTD (entity expansion refused)',
      bytes: zipSync({ 'word/document.xml': strToU8('<!DOCTYPE x [<!ENTITY a "b">]><w:document/>') }),
      code: 'corrupt',
    },
    {
      name: 'an OLE file with EncryptionInfo (a password-protected .docx)',
      bytes: oleFile(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']),
      code: 'encrypted',
    },
    {
      name: 'another OLE file (an old .doc)',
      bytes: oleFile(['Root Entry', 'WordDocument', '1Table']),
      code: 'wrong-format',
    },
    { name: 'a cut OLE file', bytes: oleFile(['Root Entry']).subarray(0, 700), code: 'truncated' },
    {
      name: 'an OLE file of an unknown sector size',
      bytes: oleChanged(['Root Entry'], (v) => v.setUint16(30, 7, true)),
      code: 'corrupt',
      detail: /OLE sector shift 7/,
    },
    {
      name: 'an OLE file with a DIFAT sector',
      bytes: OLE_WITH_DIFAT,
      code: 'encrypted',
    },
    {
      name: 'an OLE file whose DIFAT chain points past its end',
      bytes: oleChanged(['Root Entry'], (v) => v.setUint32(68, 40, true)),
      code: 'truncated',
      detail: /sector 40 beyond the end/,
    },
    {
      name: 'an OLE file without its allocation table',
      bytes: oleChanged(['Root Entry'], (v) => v.setUint32(76, 0xffffffff, true)),
      code: 'corrupt',
      detail: /allocation table damaged/,
    },
    {
      name: 'an OLE directory whose chain loops',
      bytes: oleChanged(['Root Entry'], (v) => v.setUint32(512 + 4, 1, true)),
      code: 'corrupt',
      detail: /chain loops/,
    },
    {
      name: 'more cells than the limit',
      bytes: docx(wide),
      code: 'too-many-cells',
      limits: { ...LIMITS, maxCellsPerSheet: 50 },
      limit: 50,
    },
  ];
  test.each(hostile)('$name → $code', ({ bytes, code, limit, detail, limits }) => {
    let error: unknown;
    try {
      read(bytes, limits);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SourceReadError);
    const e = error as SourceReadError;
    expect(e.code).toBe(code);
    if (limit !== undefined) expect(e.limit).toBe(limit);
    if (detail) expect(e.detail).toMatch(detail);
  });

  test('random damage never throws anything but SourceReadError', () => {
    const good = docx(tbl(tr([tc('合计', span(2)), tc('B')])) + p('（一）'));
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 300; i++) {
      const bad = good.slice();
      for (let k = 0; k < 4; k++) bad[Math.floor(random() * bad.length)] = Math.floor(random() * 256);
      try {
        read(bad);
      } catch (e) {
        expect(e).toBeInstanceOf(SourceReadError);
      }
    }
  });
});

const SECTION_LABEL = /^（[一二三四五六七八九十]+）/;

/** The non-empty values of a row, in order (the fixture's copied text shifts some of them). */
const present = (row: readonly CellValue[]) => row.filter((v) => v !== null && v !== '');

/** Rows of one table (by its number in the grid's origins). */
function tableRows(grid: Grid, table: number): CellValue[][] {
  const rows = values(grid);
  return rows.filter((_, r) => {
    const o = grid.rowOrigin?.(r);
    return o?.kind === 'table' && o.table === table;
  });
}

function paragraphTexts(grid: Grid): CellValue[] {
  return values(grid)
    .filter((_, r) => grid.rowOrigin?.(r)?.kind === 'paragraph')
    .map((row) => row[0]);
}

/** What checkGrids finds, reduced to what must not depend on the file format. */
function findings(grids: readonly Grid[]) {
  const report = checkGrids(grids);
  return {
    errors: report.errors,
    warnings: report.warnings,
    tables: report.tables.map((t) => t.table),
    findings: report.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message })),
  };
}

/** The same report read from Word files written by the docx package and by LibreOffice. */
function expectSeedReport(
  doc: SourceDocument,
  options: { tracked: boolean; sectionLabels?: string[]; extraGridColumn?: boolean },
): void {
  const grid = doc.grids[0];
  const fixture = fixtureRows();
  const tables = Object.values(SEED_TABLES);
  tables.forEach(({ first, last }, t) => {
    expect(tableRows(grid, t + 1).map(present)).toEqual(fixture.slice(first - 1, last).map(present));
  });
  const inTable = (line: number) => tables.some((t) => line >= t.first && line <= t.last);
  const narrative = fixture
    .map((row, i) => ({ text: row[0], line: i + 1 }))
    .filter(({ text, line }) => !inTable(line) && typeof text === 'string' && text.trim() !== '')
    .map(({ text }) => (text as string).replace(/^#+\s*/, ''));
  if (options.sectionLabels) {
    // The labels as the file numbers them; the text after them as in the fixture.
    const texts = paragraphTexts(grid) as string[];
    const numbered = texts.filter((t) => SECTION_LABEL.test(t));
    expect(numbered.map((t) => SECTION_LABEL.exec(t)?.[0])).toEqual(options.sectionLabels);
    const strip = (t: string) => t.replace(SECTION_LABEL, '');
    expect(texts.map(strip)).toEqual(narrative.map(strip));
  } else expect(paragraphTexts(grid)).toEqual(narrative);
  expect(JSON.stringify(values(grid))).not.toContain(SEED_DELETED);
  expect(JSON.stringify(values(grid))).toContain(SEED_INSERTED);
  if (options.tracked) expect(doc.notices).toEqual([{ code: 'tracked-changes', count: 2 }]);

  // Table 三's official merges: the header, 申请人情况 and 法人或其他组织 across, the row groups down.
  const at = (text: string) => {
    for (let r = 0; r < grid.rowCount; r++)
      for (let c = 0; c < grid.colCount; c++) if (grid.value(r, c) === text) return grid.mergeAt(r, c);
    throw new Error(`no cell ${text}`);
  };
  const size = (m: MergedArea | undefined) => m && [m.bottom - m.top + 1, m.right - m.left + 1];
  expect(size(at('申请人情况'))).toEqual([1, 6]);
  expect(size(at('法人或其他组织'))).toEqual([1, 5]);
  expect(size(at('自然人'))).toEqual([2, 1]);
  expect(size(at('三、本年度办理结果'))).toEqual([22, 1]);
  expect(size(at('(三) 不予公开'))).toEqual([8, 1]);
  expect(size(at('(一) 予以公开'))).toEqual([1, 2]);
  // LibreOffice adds a 1-twip grid column to table 四 (its 总计 then spans two): read as written.
  expect(size(at('行政诉讼'))).toEqual([1, options.extraGridColumn ? 11 : 10]);

  // The acceptance test: the engine finds in the Word file what it finds in the text.
  expect(findings(doc.grids)).toEqual(findings([fixtureGrid('doc')]));
  expect(findings(doc.grids)).toMatchObject({
    errors: 0,
    warnings: 1,
    tables: ['proactive', 'applications', 'reviews'],
  });
}

describe('readDocx: the seed report as a real Word file', () => {
  let seed: Uint8Array;
  beforeAll(async () => {
    seed = await seedReportDocx();
  });

  test('written by the docx package: same tables, text and findings as the .txt', () => {
    const doc = read(seed);
    expectSeedReport(doc, { tracked: true });
    expect(findings(doc.grids).findings).toEqual([
      expect.objectContaining({ ruleId: 'narrative/itemized-sum', severity: 'warning' }),
    ]);
  });

  test('the section 一 markers come from Word numbering, not from the text', () => {
    const xml = new TextDecoder().decode(readZipEntry(seed, 'word/document.xml'));
    expect(xml).not.toContain('（一）');
    expect(paragraphTexts(read(seed).grids[0])).toContain(
      '（三）政府信息管理。2021年，市政务办进一步严格管理政府信息，规范信息采集、审核、发布、更新等流程。严格落实“三审制”要求。',
    );
  });
});

function readZipEntry(bytes: Uint8Array, name: string): Uint8Array {
  return openZip(bytes, LIMITS).read(name);
}

const soffice = findSoffice();
if (!soffice)
  console.warn('LibreOffice (soffice) is not installed: skipping the LibreOffice .docx/.doc tests.');
const describeWithLibreOffice = soffice ? describe : describe.skip;

describeWithLibreOffice('readDocx: the seed report re-written by LibreOffice', () => {
  jest.setTimeout(120_000);
  const out: Record<'rewritten' | 'doc' | 'fromDoc', Uint8Array> = {} as never;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'docx-lo-'));
    const first = join(dir, 'first');
    const second = join(dir, 'second');
    mkdirSync(first);
    writeFileSync(join(first, 'seed.docx'), await seedReportDocx());
    // Two runs: .docx → .doc, then both the .docx and that .doc → .docx (LibreOffice's own writing).
    convert(soffice ?? '', 'doc:MS Word 97', first, [join(first, 'seed.docx')]);
    writeFileSync(join(first, 'seed-doc.doc'), readFileSync(join(first, 'seed.doc')));
    convert(soffice ?? '', 'docx:MS Word 2007 XML', second, [
      join(first, 'seed.docx'),
      join(first, 'seed-doc.doc'),
    ]);
    out.doc = new Uint8Array(readFileSync(join(first, 'seed.doc')));
    out.rewritten = new Uint8Array(readFileSync(join(second, 'seed.docx')));
    out.fromDoc = new Uint8Array(readFileSync(join(second, 'seed-doc.docx')));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("LibreOffice's .docx: same tables, text and findings as the .txt", () => {
    expectSeedReport(read(out.rewritten), { tracked: true, extraGridColumn: true });
  });

  test('a Word 97 .doc is refused as another format', () => {
    expect(() => read(out.doc)).toThrow(expect.objectContaining({ code: 'wrong-format' }));
  });

  test('.doc → LibreOffice → .docx reads back the same report', () => {
    // The trip through .doc splits the list in two (the first item keeps its own restart), and
    // LibreOffice itself then shows （一）（一）（二）（三）（四): so do we.
    expectSeedReport(read(out.fromDoc), {
      tracked: false,
      extraGridColumn: true,
      sectionLabels: ['（一）', '（一）', '（二）', '（三）', '（四）'],
    });
  });
});
