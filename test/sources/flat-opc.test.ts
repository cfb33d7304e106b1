/**
 * The body Word's getOoxml() hands over (a flat OPC package) reads exactly as the .docx it came
 * from: real Word files (the seed report by the `docx` package, and documents LibreOffice made
 * from web pages and re-wrote) turned into flat packages, then read both ways.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Grid } from '../../src/grid';
import { readDocx } from '../../src/sources/docx';
import { flatParts, readFlatOpc, scanFlatOpc, scannedPart } from '../../src/sources/flat-opc';
import { SourceReadError, type SourceDocument } from '../../src/sources/types';
import { seedReportDocx, SEED_INSERTED } from '../support/docx-report';
import { seedReportHtmlText } from '../support/report-html';
import { docxToFlatOpc } from '../support/word-host/flat-opc';
import { libreOfficeDocx, WORD_PAGES } from '../support/word-documents';
import { findSoffice } from '../template/soffice';

const LIMITS = { maxUnpackedBytes: 20 * 1024 * 1024, maxCellsPerSheet: 200_000 };
const options = (limits = LIMITS) => ({ sheet: 'doc', limits });

/** Everything a grid says: values, merges and row origins. */
function contents(grid: Grid) {
  const rows = [];
  for (let r = 0; r < grid.rowCount; r++) {
    const values = [];
    for (let c = 0; c < grid.colCount; c++) values.push(grid.value(r, c));
    rows.push({ origin: grid.rowOrigin?.(r), values });
  }
  return { sheet: grid.sheet, rows, merges: grid.merges };
}

const read = (doc: SourceDocument) => ({
  format: doc.format,
  notices: doc.notices,
  grids: doc.grids.map(contents),
});

function expectSameAsDocx(docx: Uint8Array): SourceDocument {
  const flat = readFlatOpc(docxToFlatOpc(docx), options());
  expect(read(flat)).toEqual(read(readDocx(docx, options())));
  return flat;
}

describe('readFlatOpc: the seed report written by the docx package', () => {
  let seed: Uint8Array;
  beforeAll(async () => {
    seed = await seedReportDocx();
  });

  test('same grid, merges, origins and notices as the .docx', () => {
    const doc = expectSameAsDocx(seed);
    // What the comparison covers is there: three tables, numbered paragraphs, tracked changes.
    const origins = contents(doc.grids[0]).rows.map((r) => r.origin);
    expect(
      new Set(origins.filter((o) => o?.kind === 'table').map((o) => o?.kind === 'table' && o.table)),
    ).toEqual(new Set([1, 2, 3]));
    expect(doc.grids[0].merges.length).toBeGreaterThan(10);
    expect(doc.notices).toEqual([{ code: 'tracked-changes', count: 2 }]);
    expect(JSON.stringify(contents(doc.grids[0]))).toContain(SEED_INSERTED);
    expect(JSON.stringify(contents(doc.grids[0]))).toContain('（三）政府信息管理');
  });

  test('the package relationships find the document part wherever it is', () => {
    // The document under another name, found through /_rels/.rels as Word would.
    const files = unzipSync(seed);
    files['doc/main.xml'] = files['word/document.xml'];
    files['doc/_rels/main.xml.rels'] = files['word/_rels/document.xml.rels'];
    files['doc/numbering.xml'] = files['word/numbering.xml'];
    files['doc/styles.xml'] = files['word/styles.xml'];
    for (const name of Object.keys(files)) if (name.startsWith('word/')) delete files[name];
    files['_rels/.rels'] = strToU8(
      strFromU8(files['_rels/.rels']).replace('word/document.xml', 'doc/main.xml'),
    );
    files['[Content_Types].xml'] = strToU8(
      strFromU8(files['[Content_Types].xml'])
        .replace(/\/word\//g, '/doc/')
        .replace('/doc/document.xml', '/doc/main.xml'),
    );
    const moved = zipSync(files);
    expect(read(readFlatOpc(docxToFlatOpc(moved), options()))).toEqual(read(readDocx(seed, options())));
  });

  test('an XML part stored as binary data (base64) reads the same', () => {
    const flat = docxToFlatOpc(seed);
    const xml =
      /<pkg:part pkg:name="\/word\/numbering\.xml"[^>]*><pkg:xmlData>([\s\S]*?)<\/pkg:xmlData><\/pkg:part>/.exec(
        flat,
      );
    if (!xml) throw new Error('no numbering part');
    const base64 = Buffer.from(xml[1], 'utf8').toString('base64').replace(/.{76}/g, '$&\n');
    const binary = flat.replace(
      xml[0],
      `<pkg:part pkg:name="/word/numbering.xml" pkg:contentType="application/xml"><pkg:binaryData>${base64}</pkg:binaryData></pkg:part>`,
    );
    expect(read(readFlatOpc(binary, options()))).toEqual(read(readDocx(seed, options())));
    // And the numbering is really read from it: without the part, the section labels go.
    const without = flat.replace(xml[0], '');
    expect(JSON.stringify(read(readFlatOpc(without, options())))).not.toContain('（三）政府信息管理');
  });
});

const soffice = findSoffice();
if (!soffice)
  console.warn('LibreOffice (soffice) is not installed: skipping the flat OPC tests on its files.');
const describeWithLibreOffice = soffice ? describe : describe.skip;

describeWithLibreOffice('readFlatOpc: documents LibreOffice made', () => {
  let docs: Record<string, Uint8Array>;
  beforeAll(async () => {
    docs = libreOfficeDocx(soffice ?? '', {
      ...Object.fromEntries(Object.entries(WORD_PAGES).map(([name, html]) => [`${name}.html`, html])),
      'seed-page.html': seedReportHtmlText('utf-8'),
      'seed.docx': await seedReportDocx(),
    });
  }, 180_000);

  test.each([...Object.keys(WORD_PAGES), 'seed-page', 'seed'])('%s: same as the .docx', (name) => {
    expectSameAsDocx(docs[name]);
  });

  test('what the documents hold is read: list numbers, merges down and across, the nested table', () => {
    const text = (name: string) =>
      JSON.stringify(contents(readFlatOpc(docxToFlatOpc(docs[name]), options()).grids[0]));
    expect(text('lists')).toMatch(/"1\. ?主动公开政府信息"/);
    expect(text('lists')).toMatch(/"3\. ?政府信息管理"/);
    const merges = readFlatOpc(docxToFlatOpc(docs.merges), options()).grids[0].merges;
    expect(merges.some((m) => m.bottom - m.top === 2)).toBe(true);
    expect(merges.some((m) => m.right - m.left === 1)).toBe(true);
    expect(readFlatOpc(docxToFlatOpc(docs.nested), options()).notices).toEqual([
      { code: 'nested-table', count: 1 },
    ]);
  });
});

describe('readFlatOpc: hostile input', () => {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const PKG = 'http://schemas.microsoft.com/office/2006/xmlPackage';
  const part = (name: string, xml: string) =>
    `<pkg:part pkg:name="${name}" pkg:contentType="application/xml"><pkg:xmlData>${xml}</pkg:xmlData></pkg:part>`;
  const rels = part(
    '/_rels/.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  const pkg = (...parts: string[]) => `<pkg:package xmlns:pkg="${PKG}">${parts.join('')}</pkg:package>`;
  const documentPart = (body: string) =>
    part('/word/document.xml', `<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`);
  const good = pkg(rels, documentPart('<w:p><w:r><w:t>正文</w:t></w:r></w:p>'));
  const wide = `<w:tbl><w:tr>${'<w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>'.repeat(60)}</w:tr></w:tbl>`;

  test('a good package reads', () => {
    expect(contents(readFlatOpc(good, options()).grids[0]).rows).toEqual([
      { origin: { kind: 'paragraph', paragraph: 1 }, values: ['正文'] },
    ]);
  });

  test('text and other elements between the parts are passed over', () => {
    const spaced = pkg(
      '\n  ',
      rels,
      '<pkg:note>x</pkg:note>\n',
      documentPart('<w:p><w:r><w:t>正文</w:t></w:r></w:p>'),
    );
    expect(contents(readFlatOpc(spaced, options()).grids[0])).toEqual(
      contents(readFlatOpc(good, options()).grids[0]),
    );
  });

  test('a part stored as binary data is scanned from its decoded text', () => {
    const xml = `<w:document xmlns:w="${W}"><w:body><w:p/></w:body></w:document>`;
    const binary = pkg(
      rels,
      `<pkg:part pkg:name="/word/document.xml"><pkg:binaryData>${Buffer.from(xml).toString('base64')}</pkg:binaryData></pkg:part>`,
    );
    for (const text of [binary, pkg(rels, part('/word/document.xml', xml))]) {
      const root = scannedPart(scanFlatOpc(text, LIMITS), 'word/document.xml', () => false);
      expect(root.name).toBe('w:document');
      expect(
        root.children.filter((c) => typeof c !== 'string').map((c) => (c as { name: string }).name),
      ).toEqual(['w:body']);
      // Positions point into the text scanned: the package's own for pkg:xmlData, else the decoded part.
      expect((text === binary ? xml : text).slice(root.start, root.end)).toBe(xml);
    }
  });

  /** A good document part in base64 without padding (its length a multiple of 3 bytes). */
  const wholeBase64 = (() => {
    let xml = `<w:document xmlns:w="${W}"><w:body><w:p/></w:body></w:document>`;
    while (Buffer.byteLength(xml) % 3 !== 0) xml += ' ';
    return Buffer.from(xml).toString('base64');
  })();
  test('a document part in base64 without padding reads', () => {
    const text = pkg(
      rels,
      `<pkg:part pkg:name="/word/document.xml"><pkg:binaryData>${wholeBase64}</pkg:binaryData></pkg:part>`,
    );
    expect(readFlatOpc(text, options()).grids).toHaveLength(1);
  });

  /** A package of the relationships part and `count - 1` other parts, none of them a document. */
  const named = (count: number) =>
    pkg(rels, ...Array.from({ length: count - 1 }, (_, i) => part(`/p${i + 1}.xml`, '<x/>')));
  const cases: { name: string; text: string; code: string; limits?: typeof LIMITS; detail?: string }[] = [
    { name: 'empty', text: '  ', code: 'empty' },
    { name: 'not XML', text: 'hello', code: 'corrupt' },
    {
      name: 'a bare document part, not a package',
      text: `<w:document xmlns:w="${W}"><w:body/></w:document>`,
      code: 'wrong-format',
    },
    { name: 'a package without a document part', text: pkg(rels), code: 'wrong-format' },
    {
      name: 'a package without a document part names its parts',
      text: named(2),
      code: 'wrong-format',
      detail: 'no word/document.xml: a flat OPC package of 2 parts (/_rels/.rels, /p1.xml)',
    },
    {
      name: 'a package without a document part names the first five of its parts',
      text: named(6),
      code: 'wrong-format',
      detail:
        'no word/document.xml: a flat OPC package of 6 parts (/_rels/.rels, /p1.xml, /p2.xml, /p3.xml, /p4.xml, …)',
    },
    { name: 'an Excel package', text: pkg(part('/xl/workbook.xml', '<workbook/>')), code: 'wrong-format' },
    {
      name: 'a document part that is not a Word body',
      text: pkg(rels, part('/word/document.xml', '<x/>')),
      code: 'wrong-format',
    },
    { name: 'the envelope cut short', text: good.slice(0, good.length - 20), code: 'corrupt' },
    {
      name: 'bad XML in the document part',
      text: pkg(rels, documentPart('<w:p><w:r><w:t>a &bogus; b</w:t></w:r></w:p>')),
      code: 'corrupt',
    },
    {
      name: 'tags that do not match in the document part',
      text: pkg(rels, documentPart('<w:p><w:r></w:p></w:r>')),
      code: 'corrupt',
    },
    { name: 'a DTD', text: `<!DOCTYPE x [<!ENTITY a "b">]>${good}`, code: 'corrupt' },
    { name: 'two parts of one name', text: pkg(rels, rels, documentPart('')), code: 'corrupt' },
    {
      name: 'bad base64',
      text: pkg(
        rels,
        '<pkg:part pkg:name="/word/document.xml"><pkg:binaryData>@@@@</pkg:binaryData></pkg:part>',
      ),
      code: 'corrupt',
    },
    {
      name: 'base64 one character too long',
      text: pkg(
        rels,
        `<pkg:part pkg:name="/word/document.xml"><pkg:binaryData>${wholeBase64}\nQ</pkg:binaryData></pkg:part>`,
      ),
      code: 'corrupt',
    },
    {
      name: 'a part without a name',
      text: pkg(
        rels,
        '<pkg:part pkg:contentType="application/xml"><pkg:xmlData><x/></pkg:xmlData></pkg:part>',
      ),
      code: 'corrupt',
    },
    {
      name: 'a document part without data',
      text: pkg(rels, '<pkg:part pkg:name="/word/document.xml"/>'),
      code: 'corrupt',
    },
    {
      name: 'longer than the unpacked limit',
      text: good,
      code: 'unpacked-too-large',
      limits: { ...LIMITS, maxUnpackedBytes: 100 },
    },
    {
      name: 'more cells than the limit',
      text: pkg(rels, documentPart(wide)),
      code: 'too-many-cells',
      limits: { ...LIMITS, maxCellsPerSheet: 50 },
    },
  ];
  test.each(cases)('$name → $code', ({ text, code, limits, detail }) => {
    let error: unknown;
    try {
      readFlatOpc(text, options(limits));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SourceReadError);
    expect((error as SourceReadError).code).toBe(code);
    if (detail) expect((error as SourceReadError).detail).toBe(detail);
  });

  test('a part with empty pkg:xmlData has empty text', () => {
    const empty =
      '<pkg:part pkg:name="/word/styles.xml" pkg:contentType="application/xml"><pkg:xmlData/></pkg:part>';
    const parts = flatParts(scanFlatOpc(pkg(rels, documentPart(''), empty), LIMITS));
    expect(parts.text('word/styles.xml')).toBe('');
    expect(parts.text('word/document.xml')).toBe(`<w:document xmlns:w="${W}"><w:body></w:body></w:document>`);
  });

  test('random damage never throws anything but SourceReadError', async () => {
    const flat = docxToFlatOpc(await seedReportDocx());
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = '<>/&"=: wxp';
    for (let i = 0; i < 200; i++) {
      const chars = [...flat];
      for (let k = 0; k < 3; k++)
        chars[Math.floor(random() * chars.length)] = alphabet[Math.floor(random() * alphabet.length)];
      try {
        readFlatOpc(chars.join(''), options());
      } catch (e) {
        expect(e).toBeInstanceOf(SourceReadError);
      }
    }
  });
});
