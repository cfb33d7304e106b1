/**
 * Old binary formats (Word 97-2003 .doc, WPS .wps, Excel 97-2003 .xls, WPS .et, and .rtf/.odt/.ods)
 * are converted with LibreOffice when it is installed: `soffice --headless --convert-to docx|xlsx`.
 * The input is copied into a fresh temporary folder first and converted there with a throw-away
 * profile, so the user's file and folder are never touched (LibreOffice leaves lock files next to
 * what it opens) and parallel conversions never share a profile. Everything is removed afterwards.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { OldFormat } from '../route';

/** What an old format becomes: Word-like documents a .docx, spreadsheets an .xlsx. */
export const CONVERTIBLE: Readonly<Record<string, OldFormat>> = {
  '.doc': 'docx',
  '.wps': 'docx',
  '.rtf': 'docx',
  '.odt': 'docx',
  '.xls': 'xlsx',
  '.et': 'xlsx',
  '.ods': 'xlsx',
};

/** Where LibreOffice installs itself on Windows and macOS, when it is not on PATH. */
const KNOWN_LOCATIONS = [
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
];

/**
 * The LibreOffice binary: $DISCLOSURE_CHECK_SOFFICE when set (empty = none, for tests and for users
 * who do not want conversions), else `soffice` or `libreoffice` on PATH, else a known location.
 */
export function findSoffice(
  env: NodeJS.ProcessEnv = process.env,
  system: { platform: NodeJS.Platform; exists: (path: string) => boolean } = {
    platform: process.platform,
    exists: existsSync,
  },
): string | null {
  const forced = env.DISCLOSURE_CHECK_SOFFICE;
  if (forced !== undefined) return forced === '' ? null : forced;
  const names = system.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  // Stryker disable next-line StringLiteral: equivalent: a PATH of one folder without soffice finds nothing, as none does
  for (const dir of (env.PATH ?? '').split(delimiter))
    for (const name of names) if (dir && system.exists(join(dir, name))) return join(dir, name);
  return KNOWN_LOCATIONS.find((p) => system.exists(p)) ?? null;
}

export class ConversionError extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'ConversionError';
  }
}

/**
 * Converts a copy of `path` and returns the converted bytes. Throws ConversionError when LibreOffice
 * fails, times out or writes nothing (a damaged or password-protected file).
 */
export async function convertWithLibreOffice(
  soffice: string,
  path: string,
  ext: string,
  target: OldFormat,
  timeoutMs: number,
): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'disclosure-convert-'));
  try {
    // A plain ASCII name: LibreOffice and some shells mishandle names with spaces or CJK on Windows.
    const input = join(dir, `input${ext}`);
    await copyFile(path, input);
    // Stryker disable next-line StringLiteral: equivalent: in the folder itself the input and profile never end in .<target> either
    const out = join(dir, 'out');
    const profile = pathToFileURL(join(dir, 'profile')).href;
    await new Promise<void>((ok, fail) => {
      execFile(
        soffice,
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--norestore',
          '--nolockcheck',
          '--convert-to',
          target,
          '--outdir',
          out,
          input,
        ],
        // Stryker disable next-line BooleanLiteral: not observable in tests: on Windows it only hides a console window
        { timeout: timeoutMs, windowsHide: true, env: { ...process.env, HOME: dir } },
        (error, _stdout, stderr) =>
          error
            ? fail(
                new ConversionError(
                  `${error.killed ? 'timed out' : error.message.split('\n')[0]} ${stderr}`.trim(),
                ),
              )
            : ok(),
      );
    });
    const produced = (await readdir(out).catch(() => [] as string[])).find((n) => n.endsWith(`.${target}`));
    if (!produced) throw new ConversionError('LibreOffice wrote no file (damaged or password-protected?)');
    return new Uint8Array(await readFile(join(out, produced)));
  } finally {
    // Stryker disable next-line BooleanLiteral: equivalent: force only quiets a folder already gone, and this one exists
    await rm(dir, { recursive: true, force: true });
  }
}
