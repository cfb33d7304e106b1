/**
 * Where findings are in Word's terms: the cell table.getCell(row, cell) of the k-th top-level table
 * returns, or the text body.search finds and which result. Checked against a plain walk of the
 * package (top-level w:tbl, their w:tr and w:tc; the body's paragraphs in order) that knows
 * nothing of the reader's numbering, over documents LibreOffice made and handwritten OOXML for
 * what LibreOffice does not write (w:gridBefore, tracked deleted rows, text boxes).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { checkGrids } from '../../src/check';
import type { Finding, FindingLocation } from '../../src/report/types';
import { readFlatOpc } from '../../src/sources/flat-opc';
import { parseXml, type XmlElement } from '../../src/sources/xml';
import { MAX_SEARCH_TEXT, wordPlaces, type WordPlace } from '../../src/word/places';
import { SEED_DELETED, SEED_INSERTED, seedReportDocx } from '../support/docx-report';
import { seedReportHtmlText } from '../support/report-html';
import { docxToFlatOpc } from '../support/word-host/flat-opc';
import { libreOfficeDocx, WORD_PAGES } from '../support/word-documents';
import { findSoffice } from '../template/soffice';

const LIMITS = { maxUnpackedBytes: 20 * 1024 * 1024, maxCellsPerSheet: 200_000 };
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

// ---------------------------------------------------------------------------------------------
// The plain walk: what Word's API would see, from the package alone.

const local = (name: string) => name.slice(name.indexOf(':') + 1);
const kids = (el: XmlElement) => el.children.filter((c): c is XmlElement => typeof c !== 'string');
const named = (el: XmlElement, name: string) => kids(el).filter((c) => local(c.name) === name);

/** The body of the package's /word/document.xml, text kept in w:t. */
function bodyOf(flat: string): XmlElement {
  const start = flat.indexOf('<pkg:part pkg:name="/word/document.xml"');
  const from = flat.indexOf('<pkg:xmlData>', start) + '<pkg:xmlData>'.length;
  const xml = flat.slice(from, flat.indexOf('</pkg:xmlData>', from));
  const doc = parseXml(xml, 'document', { keepText: (n) => local(n) === 't' });
  return named(doc, 'body')[0];
}

/** Text of w:t under an element, leaving out nested tables; paragraphs joined with '\n'. */
function textOf(el: XmlElement): string {
  if (local(el.name) === 't') return el.children.filter((c) => typeof c === 'string').join('');
  if (local(el.name) === 'tbl') return '';
  const parts = kids(el).map(textOf);
  return local(el.name) === 'tc' ? parts.filter((p) => p !== '').join('\n') : parts.join('');
}

/** The text of the cell Word's table.getCell(row, cell) gives in the table-th top-level table. */
function cellText(flat: string, place: WordPlace | null): string | undefined {
  if (place?.kind !== 'cell') return undefined;
  const table = named(bodyOf(flat), 'tbl')[place.table];
  const tc = table && named(named(table, 'tr')[place.row] ?? table, 'tc')[place.cell];
  return tc && textOf(tc);
}

/** Every paragraph of the body (cells and nested tables included) in order, as search goes. */
function searchedParagraphs(el: XmlElement, out: XmlElement[] = []): XmlElement[] {
  for (const c of kids(el)) {
    if (local(c.name) === 'p') out.push(c);
    else if (local(c.name) !== 'txbxContent') searchedParagraphs(c, out);
  }
  return out;
}

/** The paragraph text of the occurrence-th match of body.search(text), in a plain walk. */
function searchResult(flat: string, place: WordPlace | null): string | undefined {
  if (place?.kind !== 'paragraph') return undefined;
  let seen = 0;
  for (const p of searchedParagraphs(bodyOf(flat))) {
    const text = textOf(p);
    for (let at = text.indexOf(place.text); at >= 0; at = text.indexOf(place.text, at + place.text.length))
      if (seen++ === place.occurrence) return text;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Handwritten packages.

const cell = (text: string, tcPr = '') =>
  `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}<w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
const row = (cells: string[], trPr = '') =>
  `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}${cells.join('')}</w:tr>`;
const table = (...rows: string[]) => `<w:tbl><w:tblPr/><w:tblGrid/>${rows.join('')}</w:tbl>`;
const para = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const deleted = (text: string) =>
  `<w:del w:id="9" w:author="x"><w:r><w:delText>${text}</w:delText></w:r></w:del>`;
const textBox = (inner: string) =>
  `<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent>${inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`;

const MATH = 'http://schemas.openxmlformats.org/officeDocument/2006/math';
const alternate = (choice: string | null, fallback: string) =>
  '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
  (choice === null ? '' : `<mc:Choice Requires="w14">${choice}</mc:Choice>`) +
  `<mc:Fallback>${fallback}</mc:Fallback></mc:AlternateContent>`;
const placeholder = (val: string, text: string) =>
  `<w:sdt><w:sdtPr><w:showingPlcHdr w:val="${val}"/></w:sdtPr><w:sdtContent>${para(run(text))}</w:sdtContent></w:sdt>`;

/** A table in each branch of an mc:AlternateContent, then a top-level table. */
const AFTER_ALTERNATE =
  alternate(table(row([cell('1')])), table(row([cell('2')]))) + table(row([cell('a'), cell('b')]));

/** A flat package as body.getOoxml() returns it, around a body. */
function flatPackage(body: string): string {
  const part = (name: string, xml: string) =>
    `<pkg:part pkg:name="${name}" pkg:contentType="application/xml"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
  return (
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    part(
      '/_rels/.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
    ) +
    part(
      '/word/document.xml',
      `<w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`,
    ) +
    '</pkg:package>'
  );
}

const at = (table: number, row: number, column: number): FindingLocation => ({
  kind: 'table-cell',
  table,
  row,
  column,
  page: null,
});
const paragraph = (n: number): FindingLocation => ({
  kind: 'paragraph',
  paragraph: n,
  quote: '',
  page: null,
});

interface Case {
  name: string;
  body: string;
  location: FindingLocation;
  /** The sentence the finding quotes (data.quote), when it has one. */
  sentence?: string;
  place: WordPlace | null;
}

const handwritten: Case[] = [
  {
    name: 'w:gridBefore: the first w:tc stands at grid column 2',
    body: table(
      row([cell('a'), cell('b'), cell('c')]),
      row([cell('e'), cell('f')], '<w:gridBefore w:val="1"/>'),
    ),
    location: at(1, 2, 2),
    place: { kind: 'cell', table: 0, row: 1, cell: 0 },
  },
  {
    name: 'w:gridBefore: no cell under the skipped column',
    body: table(
      row([cell('a'), cell('b'), cell('c')]),
      row([cell('e'), cell('f')], '<w:gridBefore w:val="1"/>'),
    ),
    location: at(1, 2, 1),
    place: null,
  },
  {
    name: 'a row deleted with tracking still counts for Word (the reader skips it)',
    body: table(
      row([cell('a'), cell('b')]),
      row([cell('x'), cell('y')], '<w:del w:id="1" w:author="t"/>'),
      row([cell('c'), cell('d')]),
    ),
    location: at(1, 2, 2),
    place: { kind: 'cell', table: 0, row: 2, cell: 1 },
  },
  {
    name: 'a cell deleted with tracking still counts for Word (the reader skips it: the next cell moves left)',
    body: table(row([cell('a'), cell('x', '<w:cellDel w:id="1" w:author="t"/>'), cell('b')])),
    location: at(1, 1, 2),
    place: { kind: 'cell', table: 0, row: 0, cell: 2 },
  },
  {
    name: 'legacy w:hMerge: the continued cell points at the one holding the value',
    body: table(row([cell('合并', '<w:hMerge w:val="restart"/>'), cell('', '<w:hMerge/>'), cell('z')])),
    location: at(1, 1, 2),
    place: { kind: 'cell', table: 0, row: 0, cell: 0 },
  },
  {
    name: 'a table in a text box is not among body.tables',
    body: para(run('见框'), textBox(table(row([cell('1')])))) + table(row([cell('2')])),
    location: at(1, 1, 1),
    place: null,
  },
  {
    name: 'the table after a text box table is the first top-level one',
    body: para(run('见框'), textBox(table(row([cell('1')])))) + table(row([cell('2')])),
    location: at(2, 1, 1),
    place: { kind: 'cell', table: 0, row: 0, cell: 0 },
  },
  {
    name: 'a content control round a table: still top-level',
    body: `<w:sdt><w:sdtPr/><w:sdtContent>${table(row([cell('1')]))}</w:sdtContent></w:sdt>${table(row([cell('a'), cell('b')]))}`,
    location: at(2, 1, 2),
    place: { kind: 'cell', table: 1, row: 0, cell: 1 },
  },
  {
    name: 'a tab splits the search text; the first piece is unique',
    body: para(run('收到申请'), '<w:r><w:tab/></w:r>', run('30件')) + para(run('其他')),
    location: paragraph(1),
    place: { kind: 'paragraph', text: '收到申请', occurrence: 0 },
  },
  {
    name: 'marks without text (proofing, bookmarks, comment ranges, permissions, page breaks) are searched across',
    body: para(
      run('本年'),
      '<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="0" w:name="a"/>',
      run('收到'),
      '<w:proofErr w:type="spellEnd"/><w:bookmarkEnd w:id="0"/><w:commentRangeStart w:id="1"/>',
      run('申请'),
      '<w:commentRangeEnd w:id="1"/><w:permStart w:id="2" w:edGrp="everyone"/>',
      '<w:r><w:rPr><w:b/></w:rPr><w:lastRenderedPageBreak/><w:t>30</w:t></w:r>',
      '<w:permEnd w:id="2"/>',
      run('件'),
    ),
    location: paragraph(1),
    place: { kind: 'paragraph', text: '本年收到申请30件', occurrence: 0 },
  },
  {
    name: "a '^' is never searched (Word's special codes)",
    body: para(run('a^b 第二段')),
    location: paragraph(1),
    place: { kind: 'paragraph', text: 'a', occurrence: 0 },
  },
  {
    name: 'text that also occurs in deleted text before it: the next piece, whose count is sure',
    body: para(run('前'), deleted('共收到')) + para(run('共收到'), '<w:r><w:br/></w:r>', run('申请')),
    location: paragraph(2),
    place: { kind: 'paragraph', text: '申请', occurrence: 0 },
  },
  {
    name: 'deleted text in the paragraph itself is not searched across',
    body: para(run('本年'), deleted('（待核实）'), run('收到申请30件')),
    location: paragraph(1),
    place: { kind: 'paragraph', text: '本年', occurrence: 0 },
  },
  {
    name: 'full-width digits before: counted differently if search folds widths, so not sure',
    body: para(run('申请１２件')) + para(run('申请12件')),
    location: paragraph(2),
    place: null,
  },
  {
    name: 'text that occurs in a text box: its place among the results is unknown',
    body: para(run('甲'), textBox(para(run('说明文字')))) + para(run('说明文字')),
    location: paragraph(3),
    place: null,
  },
  {
    name: 'a paragraph inside a text box is not searchable by place',
    body: para(run('甲'), textBox(para(run('框内文字')))),
    location: paragraph(2),
    place: null,
  },
  {
    name: 'a repeated paragraph: counted through cells and earlier paragraphs',
    body: para(run('重复')) + table(row([cell('重复'), cell('重复')])) + para(run('重复')),
    location: paragraph(2),
    place: { kind: 'paragraph', text: '重复', occurrence: 3 },
  },
  {
    name: 'field codes are not searched across, the result is',
    body: para(
      run('见'),
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>',
      run('3'),
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
      run('页'),
    ),
    location: paragraph(1),
    place: { kind: 'paragraph', text: '见', occurrence: 0 },
  },
  {
    name: 'a long paragraph: the search text stops at 200 characters',
    body: para(run('长'.repeat(250))),
    location: paragraph(1),
    place: { kind: 'paragraph', text: '长'.repeat(MAX_SEARCH_TEXT), occurrence: 0 },
  },
  {
    name: 'a table in an mc:AlternateContent branch: not placed (the reader reads the branch aside)',
    body: AFTER_ALTERNATE,
    location: at(1, 1, 1),
    place: null,
  },
  {
    name: 'the table after an mc:AlternateContent block: Word counts the Choice table before it',
    body: AFTER_ALTERNATE,
    location: at(2, 1, 2),
    place: { kind: 'cell', table: 1, row: 0, cell: 1 },
  },
  {
    name: 'the table after an mc:AlternateContent with only a Fallback: counted after it too',
    body: alternate(null, table(row([cell('2')]))) + table(row([cell('a'), cell('b')])),
    location: at(2, 1, 1),
    place: { kind: 'cell', table: 1, row: 0, cell: 0 },
  },
  {
    name: 'a row the reader does not have',
    body: table(row([cell('a')])),
    location: at(1, 5, 1),
    place: null,
  },
  {
    name: 'a paragraph deleted with tracking before: counted by Word only when it shows deletions',
    body:
      para(run('甲')) + `<w:del w:id="3" w:author="x">${para(run('共收到'))}</w:del>` + para(run('共收到')),
    location: paragraph(2),
    place: null,
  },
  {
    name: 'text in an inline content control is searched with the text around it',
    body: para(run('本年'), `<w:sdt><w:sdtPr/><w:sdtContent>${run('收到申请')}</w:sdtContent></w:sdt>`),
    location: paragraph(1),
    place: { kind: 'paragraph', text: '本年收到申请', occurrence: 0 },
  },
  {
    name: 'a content control showing its placeholder: that text may be found, so not sure',
    body: placeholder('true', '单击输入') + para(run('单击输入')),
    location: paragraph(1),
    place: null,
  },
  {
    name: 'a content control whose placeholder is off is a paragraph like any other',
    body: placeholder('0', '单击输入') + para(run('单击输入')),
    location: paragraph(2),
    place: { kind: 'paragraph', text: '单击输入', occurrence: 1 },
  },
  {
    name: 'text that occurs in an equation: its place among the results is unknown',
    body:
      para(run('公式'), `<m:oMath xmlns:m="${MATH}"><m:r><m:t>申请</m:t></m:r></m:oMath>`) +
      para(run('申请')),
    location: paragraph(2),
    place: null,
  },
  {
    name: 'an ideographic space before: the same text to a search that folds widths, so not sure',
    body: para(run('甲\u3000乙')) + para(run('甲 乙')),
    location: paragraph(2),
    place: null,
  },
  {
    name: 'curly quotes before: the same text to a search that folds quotes, so not sure',
    body: para(run('‘说明’')) + para(run("'说明'")),
    location: paragraph(2),
    place: null,
  },
  {
    name: 'a long paragraph with a surrogate pair at the cut: the pair is left out whole',
    body: para(run('长'.repeat(MAX_SEARCH_TEXT - 1) + '𠀀' + '长'.repeat(10))),
    location: paragraph(1),
    place: { kind: 'paragraph', text: '长'.repeat(MAX_SEARCH_TEXT - 1), occurrence: 0 },
  },
  {
    name: 'the sentence the finding quotes is searched for first',
    body: para(run('本年收到申请30件。其中自然人20件。')),
    location: paragraph(1),
    sentence: '其中自然人20件。',
    place: { kind: 'paragraph', text: '其中自然人20件。', occurrence: 0 },
  },
  {
    name: 'a quoted sentence cut with … is searched without the …',
    body: para(run('本年收到申请30件。其中自然人20件。')),
    location: paragraph(1),
    sentence: '其中自然人…',
    place: { kind: 'paragraph', text: '其中自然人', occurrence: 0 },
  },
  {
    name: 'a quoted sentence ending in …… (a cut after an ellipsis) is searched without either',
    body: para(run('本年收到申请30件。其中自然人……')),
    location: paragraph(1),
    sentence: '其中自然人……',
    place: { kind: 'paragraph', text: '其中自然人', occurrence: 0 },
  },
  {
    name: 'an ellipsis inside a quoted sentence is searched for as written',
    body: para(run('本年收到申请30件。其中…自然人20件。')),
    location: paragraph(1),
    sentence: '其中…自然人20件。',
    place: { kind: 'paragraph', text: '其中…自然人20件。', occurrence: 0 },
  },
  {
    name: 'a quoted sentence the paragraph does not show: the paragraph’s own text',
    body: para(run('本年收到申请30件。')),
    location: paragraph(1),
    sentence: '其中自然人20件。',
    place: { kind: 'paragraph', text: '本年收到申请30件。', occurrence: 0 },
  },
  {
    name: 'a quoted sentence that occurs twice gives way to a text found once',
    body: para(run('同上。')) + para(run('同上。另见附表')),
    location: paragraph(2),
    sentence: '同上。',
    place: { kind: 'paragraph', text: '同上。另见附表', occurrence: 0 },
  },
  {
    name: 'no text found once: the first text whose count is sure',
    body: para(run('同上')) + para(run('同上')),
    location: paragraph(2),
    place: { kind: 'paragraph', text: '同上', occurrence: 1 },
  },
  {
    name: 'a location kind Word has none of',
    body: para(run('a')),
    location: { kind: 'cell', sheet: 'x', address: 'A1' },
    place: null,
  },
];

describe('wordPlaces: handwritten OOXML', () => {
  test.each(handwritten)('$name', ({ body, location, sentence, place }) => {
    expect(wordPlaces(flatPackage(body)).placeOf(location, sentence)).toEqual(place);
  });

  test('a document part without a body is a damaged document', () => {
    const flat = flatPackage('').replace(/<w:body>.*<\/w:body>/, '');
    expect(() => wordPlaces(flat)).toThrow(expect.objectContaining({ code: 'wrong-format' }));
  });

  test('the cell found is the one the plain walk finds (deleted row, gridBefore)', () => {
    const flat = flatPackage(handwritten[2].body);
    expect(cellText(flat, wordPlaces(flat).placeOf(at(1, 2, 1)))).toBe('c');
    const grid = readFlatOpc(flat, { sheet: 'd', limits: LIMITS }).grids[0];
    expect(grid.value(1, 0)).toBe('c'); // the reader's row 2 is the third w:tr
  });
});

// ---------------------------------------------------------------------------------------------
// Documents LibreOffice made.

const soffice = findSoffice();
if (!soffice)
  console.warn('LibreOffice (soffice) is not installed: skipping the Word place tests on its files.');
const describeWithLibreOffice = soffice ? describe : describe.skip;

/** The seed report as a web page, with the same change. */
function brokenSeedPage(): string {
  const html = seedReportHtmlText('utf-8');
  const row = html.indexOf('一、本年新收政府信息公开申请数量');
  const one = html.indexOf('>1</p>', row);
  if (row < 0 || one < 0) throw new Error('the seed page changed: no 1 to edit');
  return `${html.slice(0, one)}>3</p>${html.slice(one + 6)}`;
}

/** The seed report with table 三's 本年新收 × 自然人 changed from 1 to 3: its totals no longer add up. */
async function brokenSeed(): Promise<Uint8Array> {
  const files = unzipSync(await seedReportDocx());
  const xml = strFromU8(files['word/document.xml']);
  const nth = (tag: string, n: number, from: number) => {
    let i = from - 1;
    for (let k = 0; k < n; k++) i = xml.indexOf(tag, i + 1);
    return i;
  };
  const start = nth('<w:tc>', 2, nth('<w:tr>', 4, nth('<w:tbl>', 2, 0)));
  const end = xml.indexOf('</w:tc>', start);
  const edited = xml.slice(start, end).replace(/(<w:t[^>]*>)1(<\/w:t>)/, '$13$2');
  if (edited === xml.slice(start, end)) throw new Error('the seed changed: no 1 to edit');
  files['word/document.xml'] = strToU8(xml.slice(0, start) + edited + xml.slice(end));
  return zipSync(files);
}

describeWithLibreOffice('wordPlaces: documents LibreOffice made', () => {
  const flat: Record<string, string> = {};
  beforeAll(async () => {
    const docs = libreOfficeDocx(soffice ?? '', {
      ...Object.fromEntries(Object.entries(WORD_PAGES).map(([name, html]) => [`${name}.html`, html])),
      'seed-page.html': brokenSeedPage(),
      'broken.docx': await brokenSeed(),
    });
    for (const [name, bytes] of Object.entries(docs)) flat[name] = docxToFlatOpc(bytes);
    flat['broken-docx-package'] = docxToFlatOpc(await brokenSeed());
  }, 180_000);

  const cells: {
    doc: keyof typeof WORD_PAGES;
    location: FindingLocation;
    place: WordPlace | null;
    text: string | null;
  }[] = [
    {
      doc: 'merges',
      location: at(1, 1, 1),
      place: { kind: 'cell', table: 0, row: 0, cell: 0 },
      text: '三、本年度办理结果',
    },
    // Under a vertical merge: the cell holding the merged value, in the row it starts.
    {
      doc: 'merges',
      location: at(1, 3, 1),
      place: { kind: 'cell', table: 0, row: 0, cell: 0 },
      text: '三、本年度办理结果',
    },
    {
      doc: 'merges',
      location: at(1, 3, 2),
      place: { kind: 'cell', table: 0, row: 1, cell: 1 },
      text: '（三）不予公开',
    },
    { doc: 'merges', location: at(1, 3, 4), place: { kind: 'cell', table: 0, row: 2, cell: 3 }, text: '1' },
    // Across a gridSpan: the spanning cell, and the cells after it shift in w:tc index.
    {
      doc: 'merges',
      location: at(1, 1, 3),
      place: { kind: 'cell', table: 0, row: 0, cell: 1 },
      text: '（一）予以公开',
    },
    { doc: 'merges', location: at(1, 1, 4), place: { kind: 'cell', table: 0, row: 0, cell: 2 }, text: '5' },
    { doc: 'merges', location: at(1, 4, 4), place: { kind: 'cell', table: 0, row: 3, cell: 1 }, text: '2' },
    { doc: 'merges', location: at(2, 3, 3), place: { kind: 'cell', table: 1, row: 2, cell: 2 }, text: '4' },
    // A nested table is read as table 2, but Word reaches only top-level tables.
    {
      doc: 'nested',
      location: at(1, 1, 2),
      place: { kind: 'cell', table: 0, row: 0, cell: 1 },
      text: '旁边',
    },
    { doc: 'nested', location: at(2, 2, 1), place: null, text: null },
    { doc: 'nested', location: at(3, 1, 2), place: { kind: 'cell', table: 1, row: 0, cell: 1 }, text: '11' },
  ];
  test.each(cells)(
    '$doc $location.table:$location.row:$location.column → $text',
    ({ doc, location, place, text }) => {
      const found = wordPlaces(flat[doc]).placeOf(location);
      expect(found).toEqual(place);
      if (text !== null) expect(cellText(flat[doc], found)).toBe(text);
    },
  );

  const paragraphs: { doc: keyof typeof WORD_PAGES; paragraph: number; place: WordPlace }[] = [
    {
      doc: 'repeated',
      paragraph: 1,
      place: { kind: 'paragraph', text: '本机关共收到申请30件。', occurrence: 0 },
    },
    {
      doc: 'repeated',
      paragraph: 2,
      place: { kind: 'paragraph', text: '其中自然人申请28件。', occurrence: 0 },
    },
    // The same text once before it in the body and once in a table cell.
    {
      doc: 'repeated',
      paragraph: 3,
      place: { kind: 'paragraph', text: '本机关共收到申请30件。', occurrence: 2 },
    },
    // A numbered paragraph: its label is Word's numbering, not searchable text.
    { doc: 'lists', paragraph: 2, place: { kind: 'paragraph', text: '主动公开政府信息', occurrence: 0 } },
    { doc: 'lists', paragraph: 4, place: { kind: 'paragraph', text: '收到申请', occurrence: 0 } },
  ];
  test.each(paragraphs)(
    '$doc paragraph $paragraph → $place.text #$place.occurrence',
    ({ doc, paragraph: n, place }) => {
      const found = wordPlaces(flat[doc]).placeOf(paragraph(n));
      expect(found).toEqual(place);
      // The plain search lands in the paragraph the reader numbered n.
      const grid = readFlatOpc(flat[doc], { sheet: 'd', limits: LIMITS }).grids[0];
      const row = Array.from({ length: grid.rowCount }, (_, r) => r).find((r) => {
        const o = grid.rowOrigin?.(r);
        return o?.kind === 'paragraph' && o.paragraph === n;
      });
      expect(String(grid.value(row ?? -1, 0))).toContain(searchResult(flat[doc], found));
    },
  );

  /** Every place of a finding (and of its parts). */
  const placesOf = (f: Finding) => (f.parts ?? [f]).map((p) => ({ location: p.location, actual: p.actual }));

  test.each(['broken', 'broken-docx-package', 'seed-page'])(
    '%s: every table finding maps to the cell whose text is its actual value',
    (name) => {
      const report = checkGrids(readFlatOpc(flat[name], { sheet: 'd', limits: LIMITS }).grids);
      const placer = wordPlaces(flat[name]);
      const tableFindings = report.findings.flatMap(placesOf).filter((p) => p.location.kind === 'table-cell');
      expect(tableFindings.length).toBeGreaterThan(2);
      for (const { location, actual } of tableFindings) {
        const place = placer.placeOf(location);
        expect(place).not.toBeNull();
        expect(cellText(flat[name], place)).toBe(actual === null ? '' : String(actual));
      }
      // The changed cell itself is among them: 3 where the fixture has 1.
      expect(tableFindings.some((p) => p.actual === 3)).toBe(true);
      // The narrative finding lands in its paragraph.
      const narrative = report.findings.filter((f) => f.location.kind === 'paragraph');
      expect(narrative.length).toBeGreaterThan(0);
      for (const f of narrative) {
        const place = placer.placeOf(f.location);
        expect(place).not.toBeNull();
        const quote = f.location.kind === 'paragraph' ? f.location.quote.replace(/…$/, '') : '';
        expect(searchResult(flat[name], place)).toContain(quote.replace(/^（[一二三四五六七八九十]+）/, ''));
      }
    },
  );

  test('the tracked change of the seed: the search text never runs across the deletion', () => {
    const report = checkGrids(readFlatOpc(flat['broken-docx-package'], { sheet: 'd', limits: LIMITS }).grids);
    expect(report.findings.length).toBeGreaterThan(0);
    const grid = readFlatOpc(flat['broken-docx-package'], { sheet: 'd', limits: LIMITS }).grids[0];
    const placer = wordPlaces(flat['broken-docx-package']);
    let checked = 0;
    for (let r = 0; r < grid.rowCount; r++) {
      const o = grid.rowOrigin?.(r);
      if (o?.kind !== 'paragraph' || !String(grid.value(r, 0)).includes(SEED_INSERTED)) continue;
      const place = placer.placeOf(paragraph(o.paragraph));
      expect(place).not.toBeNull();
      expect(place?.kind === 'paragraph' && place.text).not.toContain(SEED_DELETED);
      checked++;
    }
    expect(checked).toBe(1);
  });
});
