/** PATH arguments of `check` expanded into files: folders walked, globs matched (tinyglobby). */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import {
  expandPaths,
  isSavedPageFolder,
  picomatchPattern,
  wanted,
  type BatchEntry,
} from '../../src/cli/paths';

let root: string;
const FILES = [
  'a.txt',
  'A2.TXT',
  'b.txt',
  'c.md',
  'report(1).xlsx',
  'report1.xlsx',
  '!bang.txt',
  '~$lock.txt',
  '.hidden.txt',
  'dir.txt/in.txt',
  'dir.txt/photo.png',
  'sub/x.txt',
  'sub/deep/y.txt',
  'sub/.git/z.txt',
  '.dot/w.txt',
  'out/o.txt',
  'outer/v.txt', // beside the skipped out/, not in it
  'page.htm',
  'page_files/p.htm',
  '2021/k.xlsx',
  '2022/k.xlsx',
  '2023/k.xlsx',
];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'paths-'));
  for (const file of FILES) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), 'x');
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The entries as paths under the root, `/`-separated; `!` marks an argument that matched nothing. */
const under = (entries: BatchEntry[]) =>
  entries.map((e) => ('noMatch' in e ? '!' : '') + relative(root, e.path).split(sep).join('/'));
const expand = async (pattern: string) =>
  under(await expandPaths([join(root, ...pattern.split('/'))], { skipDirs: [join(root, 'out')] }));

describe('expandPaths: globs', () => {
  test.each<[string, string, string[]]>([
    [
      '`*`: not dotfiles, not lock files; a matched folder walked',
      '*.txt',
      ['!bang.txt', 'A2.TXT', 'a.txt', 'b.txt', 'dir.txt/in.txt'],
    ],
    ['case-insensitive', '*.TXT', ['!bang.txt', 'A2.TXT', 'a.txt', 'b.txt', 'dir.txt/in.txt']],
    ['a file of another type, named by the glob, is kept', '*.md', ['c.md']],
    ['braces', '{a,b}.txt', ['a.txt', 'b.txt']],
    ['braces in a folder name', '20{21,22}/*.xlsx', ['2021/k.xlsx', '2022/k.xlsx']],
    ['`?` is one character', '?.txt', ['a.txt', 'b.txt']],
    ['a class', '[ab].txt', ['a.txt', 'b.txt']],
    ['a negated class', '[!ab]*.txt', ['!bang.txt', 'dir.txt/in.txt']],
    ['a matched folder, walked', '202[!1]', ['2022/k.xlsx', '2023/k.xlsx']],
    ['an extglob', '@(a|b).txt', ['a.txt', 'b.txt']],
    ['a negated extglob', '!(a|b|dir|a2).txt', ['!bang.txt']],
    ['`+(…)` is an extglob', 'report+(1).xlsx', ['report1.xlsx']],
    ['other parentheses are the file name’s', 'report(1)*', ['report(1).xlsx']],
    ['a leading `!` is the file name’s', '!bang*', ['!bang.txt']],
    [
      '`**`: any depth, not into dot folders, not into skipped ones, in folder-walk order',
      '**/*.txt',
      [
        '!bang.txt',
        'A2.TXT',
        'a.txt',
        'b.txt',
        'dir.txt/in.txt',
        'outer/v.txt',
        'sub/deep/y.txt',
        'sub/x.txt',
      ],
    ],
    ['`**` at the end', 'sub/**', ['sub/deep/y.txt', 'sub/x.txt']],
    ['a written leading dot matches dotfiles', '.*', ['.dot/w.txt', '.hidden.txt']],
    ['a written dot folder is entered', 'sub/.git/*', ['sub/.git/z.txt']],
    ['a dot folder written after a wildcard is entered', 's*/.git/*', ['sub/.git/z.txt']],
    ['a saved page and, named by the glob, its parts folder', 'page*', ['page.htm', 'page_files/p.htm']],
    ['the skipped folder matches nothing', 'out/*', ['!out/*']],
    ['no match', 'none-*.xlsx', ['!none-*.xlsx']],
    ['a fixed prefix that does not exist', 'missing/*.txt', ['!missing/*.txt']],
  ])('%s: %s', async (_name, pattern, expected) => {
    expect(await expand(pattern)).toEqual(expected);
  });

  test('a relative glob gives relative paths', async () => {
    const rel = relative(process.cwd(), root);
    expect(await expandPaths([`${rel}/*.md`])).toEqual([{ path: join(rel, 'c.md') }]);
  });

  // Symbolic links are neither walked nor matched, as in a folder walk (and no link loop is followed).
  (process.platform === 'win32' ? test.skip : test)('symbolic links are left out', async () => {
    const links = mkdtempSync(join(tmpdir(), 'paths-links-'));
    try {
      mkdirSync(join(links, 'real'));
      writeFileSync(join(links, 'real', 'r.txt'), 'x');
      symlinkSync(join(links, 'real'), join(links, 'linked'));
      symlinkSync(join(links, 'real', 'r.txt'), join(links, 'l.txt'));
      const found = await expandPaths([join(links, '**', '*.txt')]);
      expect(found).toEqual([{ path: join(links, 'real', 'r.txt') }]);
    } finally {
      rmSync(links, { recursive: true, force: true });
    }
  });

  (sep === '\\' ? test.skip : test)('an absolute glob with a wildcard in its first folder', async () => {
    const [, top, ...below] = root.split('/');
    const pattern = ['', `${top.slice(0, -1)}?`, ...below, '*.md'].join('/');
    expect(await expandPaths([pattern])).toEqual([{ path: join(root, 'c.md') }]);
  });

  test('a file named by two arguments is listed once, where first named', async () => {
    const paths = [join(root, 'b.txt'), join(root, '*.txt')];
    expect(under(await expandPaths(paths))).toEqual([
      'b.txt',
      '!bang.txt',
      'A2.TXT',
      'a.txt',
      'dir.txt/in.txt',
    ]);
  });
});

describe('expandPaths: files and folders', () => {
  test('a folder: walked in name order; lock, hidden, unrelated files, dot and saved-page folders skipped', async () => {
    expect(under(await expandPaths([root], { skipDirs: [join(root, 'out')] }))).toEqual([
      '!bang.txt',
      '2021/k.xlsx',
      '2022/k.xlsx',
      '2023/k.xlsx',
      'A2.TXT',
      'a.txt',
      'b.txt',
      'dir.txt/in.txt',
      'outer/v.txt',
      'page.htm',
      'report(1).xlsx',
      'report1.xlsx',
      'sub/deep/y.txt',
      'sub/x.txt',
    ]);
  });

  test('an existing file is taken as it is, even with glob characters in its name', async () => {
    expect(await expandPaths([join(root, 'report(1).xlsx')])).toEqual([
      { path: join(root, 'report(1).xlsx') },
    ]);
  });

  test('a missing plain path is kept for the reader to report', async () => {
    expect(await expandPaths([join(root, 'gone.xlsx')])).toEqual([{ path: join(root, 'gone.xlsx') }]);
  });

  test('an empty folder, or a skipped one, matches nothing', async () => {
    mkdirSync(join(root, 'empty'), { recursive: true });
    expect(
      under(await expandPaths([join(root, 'empty'), join(root, 'out')], { skipDirs: [join(root, 'out')] })),
    ).toEqual(['!empty', '!out']);
  });
});

describe('picomatchPattern', () => {
  test.each<[string, string]>([
    ['*.xlsx', '*.xlsx'],
    ['年报(1).xlsx', '年报\\(1\\).xlsx'],
    ['a(b(c))', 'a\\(b\\(c\\)\\)'],
    ['@(a|b)', '@(a|b)'],
    ['*(1)', '*(1)'],
    ['?(x)', '?(x)'],
    ['+(x)(1)', '+(x)\\(1\\)'],
    ['!(x)', '!(x)'],
    ['!x*', '\\!x*'],
    ['(x)', '\\(x\\)'],
    ['a\\(b', 'a\\(b'],
    ['x)', 'x\\)'],
  ])('%s → %s', (pattern, expected) => {
    expect(picomatchPattern(pattern)).toBe(expected);
  });
});

describe('wanted and isSavedPageFolder', () => {
  test.each<[string, boolean]>([
    ['a.xlsx', true],
    ['A.XLSX', true],
    ['a.docx', true],
    ['a.xls', true],
    ['a.numbers', true],
    ['a.png', false],
    ['README', false],
    ['~$a.xlsx', false],
    ['.a.xlsx', false],
  ])('wanted(%s) is %s', (name, expected) => {
    expect(wanted(name)).toBe(expected);
  });

  test.each<[string, string[], boolean]>([
    ['page_files', ['page.htm'], true],
    ['Page.files', ['page.mhtml'], true],
    ['page_files', ['other.htm'], false],
    ['page', ['page.htm'], false],
  ])('isSavedPageFolder(%s, %j) is %s', (name, siblings, expected) => {
    expect(isSavedPageFolder(name, new Set(siblings))).toBe(expected);
  });
});
