/**
 * Pairs the files of a batch with last year's report of the same body, for the cross-year rules:
 * `某某局2021年报.xlsx` with `某某局2020年报.xlsx`. Year and body come from the report's title
 * where a cheap look finds one (the first strings of the workbook, the head of a text file), else
 * from the file name. The look reads no more than a few MB, and never through exceljs.
 */
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { ArrayGrid } from '../grid/grid';
import { decodeText } from '../grid/text';
import { detectBody } from '../report/body';
import { detectYear } from '../report/year';
import { openZip } from '../sources/zip';
import { DEFAULT_LIMITS } from '../xlsx/limits';
import { identityFromName, type Identity } from './identity';

export { identityFromName, pairPrevious, type Identity } from './identity';

/** Bytes looked at: the head of a text file, or a whole small workbook. */
const PEEK_BYTES = 4 * 1024 * 1024;

/** Year and body from the file's title when found, the name filling what the title lacks. */
export async function identify(path: string): Promise<Identity> {
  const named = identityFromName(path);
  const strings = await peekStrings(path).catch(() => []);
  if (strings.length === 0) return named;
  const grid = new ArrayGrid({ sheet: '', values: strings.map((s) => [s]) });
  return { year: detectYear(grid) ?? named.year, body: detectBody(grid) ?? named.body };
}

async function peekStrings(path: string): Promise<string[]> {
  const handle = await open(path, 'r');
  let bytes: Buffer;
  try {
    const { size } = await handle.stat();
    const ext = extname(path).toLowerCase();
    const isText = ext === '.txt' || ext === '.tsv' || ext === '.csv';
    if (!isText && size > PEEK_BYTES) return [];
    bytes = Buffer.alloc(Math.min(size, PEEK_BYTES));
    await handle.read(bytes, 0, bytes.length, 0);
    if (isText) return decodeText(bytes).text.split(/\r?\n/, 200);
  } finally {
    await handle.close();
  }
  return workbookStrings(bytes);
}

/**
 * The first shared strings of an .xlsx (where titles live), read through the zip's central
 * directory; the part alone may unpack to no more than the bytes looked at.
 */
export function workbookStrings(bytes: Uint8Array): string[] {
  const zip = openZip(bytes, DEFAULT_LIMITS);
  const name = zip.find('xl/sharedStrings.xml');
  if (name === undefined) return [];
  const xml = new TextDecoder('utf-8').decode(zip.read(name, PEEK_BYTES));
  const texts: string[] = [];
  for (const m of xml.matchAll(/<si>([\s\S]*?)<\/si>/g)) {
    texts.push([...m[1].matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((t) => unescapeXml(t[1])).join(''));
    if (texts.length >= 200) break;
  }
  return texts;
}

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (e[0] !== '#') return named[e.toLowerCase()];
    return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
}
