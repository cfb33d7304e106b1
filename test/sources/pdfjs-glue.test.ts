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
  pdfjsTextRun,
  type PdfJsContentItem,
  type PdfJsViewport,
} from '../../src/sources/pdfjs-glue';
import { minimalPdf } from '../support/report-pdf';

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
