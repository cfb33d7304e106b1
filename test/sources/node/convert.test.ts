/**
 * Finding LibreOffice (src/sources/node/convert.ts `findSoffice`) on each platform, with the file
 * system given as the set of files that exist; and converting with a stand-in LibreOffice, a real
 * process (a shell script) that fails, hangs, writes nothing or writes what it was asked.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { ConversionError, convertWithLibreOffice, findSoffice } from '../../../src/sources/node/convert';

describe('findSoffice', () => {
  const path = (...dirs: string[]) => dirs.join(delimiter);
  it.each<[string, NodeJS.ProcessEnv, NodeJS.Platform, string[], string | null]>([
    [
      'the variable names it',
      { DISCLOSURE_CHECK_SOFFICE: '/opt/lo/soffice' },
      'linux',
      [],
      '/opt/lo/soffice',
    ],
    [
      'the variable empty: none, even on PATH',
      { DISCLOSURE_CHECK_SOFFICE: '', PATH: '/a' },
      'linux',
      ['/a/soffice'],
      null,
    ],
    ['soffice on PATH', { PATH: path('/a', '/b') }, 'linux', ['/b/soffice'], '/b/soffice'],
    ['libreoffice on PATH', { PATH: path('/a', '/b') }, 'linux', ['/b/libreoffice'], '/b/libreoffice'],
    [
      'the first folder of PATH wins',
      { PATH: path('/a', '/b') },
      'linux',
      ['/b/soffice', '/a/libreoffice'],
      '/a/libreoffice',
    ],
    [
      'in one folder soffice before libreoffice',
      { PATH: '/a' },
      'linux',
      ['/a/libreoffice', '/a/soffice'],
      '/a/soffice',
    ],
    [
      'an empty PATH entry is not the current folder',
      { PATH: path('', '/b') },
      'linux',
      ['soffice', '/b/soffice'],
      '/b/soffice',
    ],
    ['Windows: soffice.exe', { PATH: '/w' }, 'win32', ['/w/soffice', '/w/soffice.exe'], '/w/soffice.exe'],
    ['Windows: soffice.com', { PATH: '/w' }, 'win32', ['/w/soffice.com'], '/w/soffice.com'],
    [
      'Windows: Program Files',
      {},
      'win32',
      ['C:\\Program Files\\LibreOffice\\program\\soffice.exe'],
      'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
    ],
    [
      'Windows: Program Files (x86)',
      { PATH: '/w' },
      'win32',
      ['C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe'],
      'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
    ],
    [
      'macOS: the application bundle',
      { PATH: '/usr/bin' },
      'darwin',
      ['/Applications/LibreOffice.app/Contents/MacOS/soffice'],
      '/Applications/LibreOffice.app/Contents/MacOS/soffice',
    ],
    [
      'PATH before a known location',
      { PATH: '/a' },
      'darwin',
      ['/Applications/LibreOffice.app/Contents/MacOS/soffice', '/a/soffice'],
      '/a/soffice',
    ],
    ['nowhere', { PATH: '/a' }, 'linux', ['/a/soffice.exe'], null],
  ])('%s', (_name, env, platform, files, found) => {
    const exists = (p: string) => files.includes(p);
    expect(findSoffice(env, { platform, exists })).toBe(found);
  });
});

(process.platform === 'win32' ? describe.skip : describe)('converting with a stand-in LibreOffice', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'convert-test-'));
    writeFileSync(join(dir, 'report.doc'), 'not really a .doc');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const script = (name: string, body: string) => {
    const file = join(dir, name);
    writeFileSync(file, `#!/bin/sh\n${body}\n`);
    chmodSync(file, 0o755);
    return file;
  };

  it('fails with the first line of the error and what LibreOffice printed', async () => {
    const soffice = script('failing', 'echo "Error: source file could not be loaded" >&2; exit 3');
    const converting = convertWithLibreOffice(soffice, join(dir, 'report.doc'), '.doc', 'docx', 30_000);
    await expect(converting).rejects.toBeInstanceOf(ConversionError);
    await expect(converting).rejects.toMatchObject({
      name: 'ConversionError',
      detail: expect.stringMatching(/^Command failed: .*failing .* Error: source file could not be loaded$/),
    });
  });

  it('says "timed out" when it runs past its time', async () => {
    const soffice = script('stuck', 'exec sleep 20');
    await expect(
      convertWithLibreOffice(soffice, join(dir, 'report.doc'), '.doc', 'docx', 300),
    ).rejects.toMatchObject({ detail: 'timed out' });
  });

  /** A LibreOffice stand-in that writes what it was asked, and its HOME, as the converted file. */
  const echoing = (files: string) =>
    script(
      'echoing',
      [
        'for a in "$@"; do printf "%s\\n" "$a"; done > "$0.args"',
        'while [ $# -gt 0 ]; do [ "$1" = --outdir ] && out="$2"; shift; done',
        `mkdir -p "$out"; for f in ${files}; do { cat "$0.args"; echo "HOME=$HOME"; } > "$out/$f"; done`,
        'rm "$0.args"',
      ].join('\n'),
    );

  it('runs LibreOffice headless on a copy, in its own profile and HOME, and returns what it wrote', async () => {
    const bytes = await convertWithLibreOffice(
      echoing('input.docx'),
      join(dir, 'report.doc'),
      '.doc',
      'docx',
      30_000,
    );
    const lines = Buffer.from(bytes).toString('utf8').trim().split('\n');
    const work = /^-env:UserInstallation=file:\/\/(.*)\/profile$/.exec(lines[0])?.[1] ?? '';
    expect(work).toMatch(/disclosure-convert-/);
    expect(lines).toEqual([
      `-env:UserInstallation=file://${work}/profile`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      'docx',
      '--outdir',
      `${work}/out`,
      `${work}/input.doc`,
      `HOME=${work}`,
    ]);
    // The working folder goes with the conversion.
    expect(() => readFileSync(`${work}/input.doc`)).toThrow();
  });

  it('takes only a file of the target format', async () => {
    await expect(
      convertWithLibreOffice(echoing('input.log'), join(dir, 'report.doc'), '.doc', 'docx', 30_000),
    ).rejects.toMatchObject({ detail: 'LibreOffice wrote no file (damaged or password-protected?)' });
  });

  it('fails when it writes nothing', async () => {
    const soffice = script('silent', 'exit 0');
    await expect(
      convertWithLibreOffice(soffice, join(dir, 'report.doc'), '.doc', 'docx', 30_000),
    ).rejects.toMatchObject({ detail: 'LibreOffice wrote no file (damaged or password-protected?)' });
  });
});
