/**
 * The pdf.js glue shared by the CLI and the task pane: items through a viewport, and failures as
 * error codes. pdf.js itself (ESM) is exercised through the worker in test/sources/node/pdf-extract.test.ts;
 * the viewport matrices here are the ones pdf.js builds for an A4 page (checked there on real PDFs).
 */
import {
  isPdfjsSetupFailure,
  pdfjsError,
  pdfjsErrorOf,
  pdfjsPage,
  pdfjsPages,
  pdfjsTextRun,
  readPdfWithPdfjs,
  type PdfJsContentItem,
  type PdfJsDocument,
  type PdfJsViewport,
} from '../../src/sources/pdfjs-glue';
import { minimalPdf } from '../support/report-pdf';
import { SourceReadError, type ReadSourceOptions } from '../../src/sources/types';

const A4: PdfJsViewport = { width: 595, height: 842, transform: [1, 0, 0, -1, 0, 842] };
const A4_TURNED: PdfJsViewport = { width: 842, height: 595, transform: [0, 1, 1, 0, 0, 0] };
/** A MediaBox starting at (10, 20): user space is shifted against the page's corner. */
const SHIFTED: PdfJsViewport = { width: 595, height: 842, transform: [1, 0, 0, -1, -10, 862] };

const item = (str: string, transform: number[], width = 40, height = 12): PdfJsContentItem => ({
  str,
  transform,
  width,
  height,
});

describe('pdfjsTextRun', () => {
  test.each([
    ['upright page', A4, item('Total', [12, 0, 0, 12, 72, 700]), { x: 72, y: 142, height: 12 }],
    ['turned page', A4_TURNED, item('Total', [12, 0, 0, 12, 72, 700]), { x: 700, y: 72, height: 12 }],
    ['shifted MediaBox', SHIFTED, item('Total', [12, 0, 0, 12, 72, 700]), { x: 62, y: 162, height: 12 }],
    ['font size from a scaled matrix', A4, item('Total', [6, 0, 0, 6, 0, 0]), { x: 0, y: 842, height: 6 }],
    ['degenerate matrix: pdf.js height', A4, item('Total', [0, 0, 0, 0, 5, 5], 0, 9), { height: 9 }],
  ])('%s', (_name, viewport, input, expected) => {
    expect(pdfjsTextRun(input, viewport)).toMatchObject({ text: 'Total', ...expected });
  });

  test.each([
    ['a marked-content marker', { type: 'beginMarkedContent' }],
    ['blank text', item('  ', [12, 0, 0, 12, 72, 700])],
    ['empty text', item('', [12, 0, 0, 12, 72, 700])],
  ])('%s → no run', (_name, input) => {
    expect(pdfjsTextRun(input, A4)).toBeUndefined();
  });
});

test('pdfjsPage keeps the viewport size and the text runs in order', () => {
  const page = pdfjsPage(A4, [
    item('一', [10, 0, 0, 10, 0, 800]),
    { type: 'endMarkedContent' },
    item('二', [10, 0, 0, 10, 20, 800]),
  ]);
  expect(page).toEqual({
    width: 595,
    height: 842,
    runs: [
      { text: '一', x: 0, y: 42, width: 40, height: 10 },
      { text: '二', x: 20, y: 42, width: 40, height: 10 },
    ],
  });
});

describe('pdfjsError', () => {
  const valid = minimalPdf('Total 42', 72, 700, 12);
  const ascii = (s: string) => new TextEncoder().encode(s);
  test.each([
    ['a password', 'encrypted', 'PasswordException', 'No password given', valid],
    // A password wins over the bytes: pdf.js found the encryption dictionary.
    [
      'a password, whatever the bytes',
      'encrypted',
      'PasswordException',
      'Incorrect Password',
      valid.subarray(0, 100),
    ],
    ['no %PDF- header', 'wrong-format', 'InvalidPDFException', 'Invalid PDF structure.', ascii('plain text')],
    [
      'no %%EOF',
      'truncated',
      'InvalidPDFException',
      'Invalid PDF structure.',
      valid.subarray(0, valid.length / 2),
    ],
    ['header and %%EOF', 'corrupt', 'InvalidPDFException', 'Invalid PDF structure.', valid],
    // The header may follow up to 1 KB of junk; the %%EOF may be followed by a little padding.
    [
      'header after 1000 bytes',
      'corrupt',
      'UnknownErrorException',
      'x',
      ascii(`${' '.repeat(1000)}%PDF-1.4\n%%EOF\n`),
    ],
    [
      'header after 1030 bytes',
      'wrong-format',
      'UnknownErrorException',
      'x',
      ascii(`${' '.repeat(1030)}%PDF-1.4\n%%EOF\n`),
    ],
    [
      '%%EOF 1030 bytes before the end',
      'truncated',
      'UnknownErrorException',
      'x',
      ascii(`%PDF-1.4\n%%EOF${' '.repeat(1030)}`),
    ],
  ])('%s → %s', (_case, code, name, message, bytes) => {
    const error = pdfjsError(name, message, bytes);
    expect(error).toMatchObject({ name: 'SourceReadError', code });
    expect(error.detail).toContain(`${name}: ${message}`);
  });
});

describe('pdfjsErrorOf', () => {
  const valid = minimalPdf('Total 42', 72, 700, 12);
  class PasswordException extends Error {
    override name = 'PasswordException';
  }
  test.each([
    [
      'an Error subclass by its name',
      new PasswordException('No password given'),
      'encrypted',
      'PasswordException',
    ],
    ['a plain object (pdf.js posts them)', { name: 'InvalidPDFException', message: 'bad' }, 'corrupt', 'bad'],
    ['a string', 'boom', 'corrupt', 'Error: boom'],
    ['null', null, 'corrupt', 'Error: null'],
  ])('%s', (_name, thrown, code, detail) => {
    const error = pdfjsErrorOf(thrown, valid);
    expect(error.code).toBe(code);
    expect(error.detail).toContain(detail);
  });
});

describe('isPdfjsSetupFailure', () => {
  test.each<[string, unknown, boolean]>([
    [
      "pdf.js's worker script did not load",
      new Error('Setting up fake worker failed: "Failed to fetch dynamically imported module: x.mjs".'),
      true,
    ],
    ['a damaged file', new Error('Invalid PDF structure.'), false],
    ['a password', Object.assign(new Error('No password given'), { name: 'PasswordException' }), false],
    ['the words later in a message', new Error('Bad XRef: Setting up fake worker failed'), false],
    ['a thrown string', 'Setting up fake worker failed: x', true],
  ])('%s → %s', (_name, thrown, expected) => {
    expect(isPdfjsSetupFailure(thrown)).toBe(expected);
  });
});

/**
 * A document as pdf.js hands it over (PDFDocumentProxy: `numPages`, `getPage(n)` numbered from 1,
 * the page's `cleanup()`, the document's `destroy()`; mozilla.github.io/pdf.js/api), recording the
 * calls the glue makes. pdf.js itself runs on these paths in the page's browser tests (test/e2e).
 */
function recordingDocument(texts: readonly string[], failOnPage?: number) {
  const calls: string[] = [];
  const doc: PdfJsDocument = {
    numPages: texts.length,
    getPage(n) {
      calls.push(`getPage ${n}`);
      if (n === failOnPage) return Promise.reject(new Error('Bad XRef entry'));
      const text = texts[n - 1];
      if (text === undefined) return Promise.reject(new Error(`Invalid page request: ${n}`));
      return Promise.resolve({
        getTextContent: () =>
          Promise.resolve({ items: [item(text, [10, 0, 0, 10, 72, 700], 10 * text.length, 10)] }),
        getViewport: () => A4,
        cleanup: () => calls.push(`cleanup ${n}`),
      });
    },
    destroy() {
      calls.push('destroy');
      return Promise.resolve();
    },
  };
  return { doc, calls };
}

describe('pdfjsPages', () => {
  test('reads every page from the first to the last, cleaning each up, then lets the document go', async () => {
    const { doc, calls } = recordingDocument(['一', '二', '三']);
    const pages = await pdfjsPages(doc);
    expect(pages.map((p) => p.runs.map((r) => r.text))).toEqual([['一'], ['二'], ['三']]);
    expect(calls).toEqual([
      'getPage 1',
      'cleanup 1',
      'getPage 2',
      'cleanup 2',
      'getPage 3',
      'cleanup 3',
      'destroy',
    ]);
  });

  test('a page that fails still lets the document go, and the failure surfaces', async () => {
    const { doc, calls } = recordingDocument(['一', '二', '三'], 2);
    await expect(pdfjsPages(doc)).rejects.toThrow('Bad XRef entry');
    expect(calls).toEqual(['getPage 1', 'cleanup 1', 'getPage 2', 'destroy']);
  });
});

describe('readPdfWithPdfjs', () => {
  const OPTIONS: ReadSourceOptions = {
    sheet: 'report',
    limits: { maxUnpackedBytes: 1e9, maxCellsPerSheet: 1e6 },
  };
  const bytes = minimalPdf('Total 42', 72, 700, 12);
  /** What readPdfWithPdfjs fails with when pdf.js's opening of the file throws `thrown`. */
  const failureOf = (thrown: unknown): Promise<unknown> =>
    readPdfWithPdfjs(bytes, OPTIONS, () => Promise.resolve(() => Promise.reject(thrown))).catch(
      (e: unknown) => e,
    );

  test('an empty file is refused before pdf.js is loaded', async () => {
    const load = jest.fn();
    const error = await readPdfWithPdfjs(new Uint8Array(0), OPTIONS, load).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceReadError);
    expect(error).toMatchObject({ code: 'empty', detail: 'the file is empty' });
    expect(load).not.toHaveBeenCalled();
  });

  test("pdf.js gets a copy of the bytes (it detaches its buffer); the pages' text is laid out", async () => {
    let given: Uint8Array | undefined;
    const doc = await readPdfWithPdfjs(bytes, OPTIONS, () =>
      Promise.resolve((data: Uint8Array) => {
        given = data;
        return Promise.resolve(recordingDocument(['收到申请', '办理结果']).doc);
      }),
    );
    expect(given).toEqual(bytes);
    expect(given?.buffer).not.toBe(bytes.buffer);
    const grid = doc.grids[0];
    expect(doc.format).toBe('pdf');
    // The second page's line continues the first page's paragraph.
    expect(grid?.value(0, 0)).toBe('收到申请办理结果');
  });

  test.each<[string, unknown, string | undefined]>([
    [
      'a damaged file → corrupt',
      { name: 'InvalidPDFException', message: 'Invalid PDF structure.' },
      'corrupt',
    ],
    ['a password → encrypted', { name: 'PasswordException', message: 'No password given' }, 'encrypted'],
  ])('%s', async (_name, thrown, code) => {
    const error = await failureOf(thrown);
    expect(error).toBeInstanceOf(SourceReadError);
    expect(error).toMatchObject({ code });
  });

  const setupFailure = 'Setting up fake worker failed: "Failed to fetch".';
  const thrownError = new Error(setupFailure);
  test.each<[string, unknown, (e: unknown) => void]>([
    ['an Error: rethrown as it is', thrownError, (e) => expect(e).toBe(thrownError)],
    ['a string: as an Error', setupFailure, (e) => expect(e).toBeInstanceOf(Error)],
  ])(
    "pdf.js's worker that did not load (%s) is the page's failure, not the file's",
    async (_name, thrown, check) => {
      const error = await failureOf(thrown);
      check(error);
      expect(error).not.toBeInstanceOf(SourceReadError);
      expect((error as Error).message).toBe(setupFailure);
    },
  );
});
