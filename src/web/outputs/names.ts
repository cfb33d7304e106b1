/**
 * Names of the files the page lets a reviewer download: safe on Windows (the offices' machines),
 * Chinese kept as it is, unique within one zip, and the annotated copies named as the CLI names
 * them (`…checked.xlsx`, see src/cli/check.ts).
 */
import type { CheckedFile } from '../types';
import type { Locale } from '../../report/types';

/** Characters longer names get cut to: whole paths stay well under Windows' 260. */
export const MAX_NAME_LENGTH = 100;

/** Used when nothing is left of a name once it is cleaned. */
const FALLBACK = '未命名';

/** Invalid in Windows file names, plus C0/C1 control characters. */
// eslint-disable-next-line no-control-regex
const INVALID = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/g;

/** Device names Windows reserves whatever the extension (`con.docx` cannot be created). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;

/** Without invalid characters, blank runs as one space, no leading or trailing spaces or dots. */
function clean(text: string): string {
  return text
    .replace(/\s+/g, ' ') // tabs and line breaks too, before the control characters go
    .replace(INVALID, '')
    .replace(/^[\s.]+|[\s.]+$/g, '');
}

/**
 * `base.ext` made safe to save: characters Windows refuses and control characters dropped, no
 * reserved device name, at most MAX_NAME_LENGTH characters (the base is cut, never the extension,
 * and never inside a character). `ext` with or without its dot; empty for none.
 */
export function downloadName(base: string, ext: string): string {
  const suffix = clean(ext.replace(/^\.+/, ''));
  const tail = suffix ? `.${suffix}` : '';
  let stem = clean(base) || FALLBACK;
  if (RESERVED.test(stem)) stem = `_${stem}`;
  const room = Math.max(1, MAX_NAME_LENGTH - [...tail].length);
  const chars = [...stem]; // code points: a cut never splits a surrogate pair
  if (chars.length > room) stem = clean(chars.slice(0, room).join('')) || FALLBACK;
  return `${stem}${tail}`;
}

/** `a.checked.docx` → [`a`, `.checked.docx`]; the CLI numbers its copies before `.checked`. */
function splitExtension(name: string): [string, string] {
  const m = /^(.+?)((?:\.checked)?\.[^./\\]+)$/i.exec(name);
  return m ? [m[1], m[2]] : [name, ''];
}

/**
 * The names made unique for one zip, compared case-insensitively as Windows does: the first of
 * each name stays, the repeats become `name (2).ext`, `name (3).ext`, never a name already used.
 */
export function uniqueNames(names: readonly string[]): string[] {
  const taken = new Set(names.map((n) => n.toLowerCase()));
  const kept = new Set<string>();
  return names.map((name) => {
    const key = name.toLowerCase();
    if (!kept.has(key)) {
      kept.add(key);
      return name;
    }
    const [stem, ext] = splitExtension(name);
    for (let i = 2; ; i++) {
      const candidate = `${stem} (${i})${ext}`;
      if (!taken.has(candidate.toLowerCase())) {
        taken.add(candidate.toLowerCase());
        return candidate;
      }
    }
  });
}

/** The file name without folders and without its last extension (as Node's basename/extname). */
export function stemOf(fileName: string): string {
  const name = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** The marked copy: `{stem}.checked.docx` for a Word file, `{stem}.checked.xlsx` otherwise. */
export function annotatedName(fileName: string, isDocx: boolean): string {
  return downloadName(stemOf(fileName), isDocx ? 'checked.docx' : 'checked.xlsx');
}

/**
 * The review opinion: `{body}{year}审核意见.docx`, or from the file's stem when the body is not
 * known (its year added only when the stem does not already hold it).
 */
export function opinionName(
  file: Pick<CheckedFile, 'name' | 'body' | 'year'>,
  locale: Locale = 'zh-CN',
): string {
  const base = file.body ?? stemOf(file.name);
  const year =
    file.year === null || (file.body === null && base.includes(String(file.year))) ? null : file.year;
  const en = locale === 'en';
  const named = year === null ? base : en ? `${base} ${year}` : `${base}${year}`;
  return downloadName(en ? `${named} review opinion` : `${named}审核意见`, 'docx');
}
