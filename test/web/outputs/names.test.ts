import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  annotatedName,
  downloadName,
  MAX_NAME_LENGTH,
  opinionName,
  stemOf,
  uniqueNames,
} from '../../../src/web/outputs/names';

describe('downloadName', () => {
  it.each<[string, string, string, string]>([
    ['keeps Chinese and spaces', '某某局 2024年报', 'xlsx', '某某局 2024年报.xlsx'],
    ['takes the extension with its dot', '审核意见', '.docx', '审核意见.docx'],
    ['drops characters Windows refuses', 'a<b>c:d"e/f\\g|h?i*j', 'csv', 'abcdefghij.csv'],
    ['drops control characters', 'a\u0000b\u0007c\u001fd\u007fe\u0085', 'csv', 'abcde.csv'],
    ['turns tabs and new lines into one space', '某某局\t2024\r\n年报', 'csv', '某某局 2024 年报.csv'],
    ['trims spaces and dots at both ends', '  .年报. . ', 'docx', '年报.docx'],
    ['keeps dots inside', '年报.v2', 'docx', '年报.v2.docx'],
    ['names what is left of nothing', '<>?*', 'zip', '未命名.zip'],
    ['leaves no extension when there is none', '年报', '', '年报'],
    ['avoids device names', 'CON', 'docx', '_CON.docx'],
    ['avoids device names with a dot', 'lpt1.checked', 'xlsx', '_lpt1.checked.xlsx'],
    ['keeps longer words that start like one', 'console', 'txt', 'console.txt'],
  ])('%s', (_, base, ext, want) => {
    expect(downloadName(base, ext)).toBe(want);
  });

  it('cuts long names to the limit, keeping the extension and whole characters', () => {
    const name = downloadName('局'.repeat(150), 'docx');
    expect([...name]).toHaveLength(MAX_NAME_LENGTH);
    expect(name.endsWith('局.docx')).toBe(true);
    const emoji = downloadName('😀'.repeat(150), 'csv');
    expect([...emoji]).toHaveLength(MAX_NAME_LENGTH);
    expect(emoji).toBe(`${'😀'.repeat(MAX_NAME_LENGTH - 4)}.csv`); // no half surrogate pair
  });
});

describe('uniqueNames', () => {
  it.each<[string, string[], string[]]>([
    ['leaves distinct names', ['a.docx', 'b.docx'], ['a.docx', 'b.docx']],
    ['numbers repeats from 2', ['a.docx', 'a.docx', 'a.docx'], ['a.docx', 'a (2).docx', 'a (3).docx']],
    ['compares without case', ['A.xlsx', 'a.XLSX'], ['A.xlsx', 'a (2).XLSX']],
    [
      'numbers before .checked, as the CLI',
      ['a.checked.xlsx', 'a.checked.xlsx'],
      ['a.checked.xlsx', 'a (2).checked.xlsx'],
    ],
    ['never takes a name already used', ['a.csv', 'a.csv', 'a (2).csv'], ['a.csv', 'a (3).csv', 'a (2).csv']],
    ['numbers names without extension', ['说明', '说明'], ['说明', '说明 (2)']],
    [
      'keeps Chinese',
      ['某某局审核意见.docx', '某某局审核意见.docx'],
      ['某某局审核意见.docx', '某某局审核意见 (2).docx'],
    ],
  ])('%s', (_, names, want) => {
    expect(uniqueNames(names)).toEqual(want);
  });
});

describe('annotatedName and stemOf', () => {
  it.each<[string, boolean, string]>([
    ['某某局2024年报.xlsx', false, '某某局2024年报.checked.xlsx'],
    ['某某局2024年报.docx', true, '某某局2024年报.checked.docx'],
    ['某某局2024年报.pdf', false, '某某局2024年报.checked.xlsx'],
    ['科室/年报.v2.docx', true, '年报.v2.checked.docx'],
    ['C:\\报告\\年报.txt', false, '年报.checked.xlsx'],
    ['.hidden', false, 'hidden.checked.xlsx'], // no leading dot: not a hidden file
  ])('%s → %s', (name, isDocx, want) => {
    expect(annotatedName(name, isDocx)).toBe(want);
  });

  it.each([
    ['a.tar.gz', 'a.tar'],
    ['noext', 'noext'],
    ['.bashrc', '.bashrc'],
    ['dir.v1/file', 'file'],
  ])('stem of %s is %s (as Node basename/extname)', (name, want) => {
    expect(stemOf(name)).toBe(want);
  });
});

describe('opinionName', () => {
  it.each<[string, { name: string; body: string | null; year: number | null }, string]>([
    ['body and year', { name: 'x.docx', body: '某某局', year: 2024 }, '某某局2024审核意见.docx'],
    ['body only', { name: 'x.docx', body: '某某局', year: null }, '某某局审核意见.docx'],
    [
      'the stem without a body',
      { name: '乙局年报.xlsx', body: null, year: 2024 },
      '乙局年报2024审核意见.docx',
    ],
    [
      'the stem holding the year',
      { name: '乙局2024年报.xlsx', body: null, year: 2024 },
      '乙局2024年报审核意见.docx',
    ],
    [
      'a cleaned body',
      { name: 'x.docx', body: '某某局/办公室', year: 2024 },
      '某某局办公室2024审核意见.docx',
    ],
  ])('from %s', (_, file, want) => {
    expect(opinionName(file)).toBe(want);
  });

  it('has an English name for locale en', () => {
    expect(opinionName({ name: 'x.docx', body: '某某局', year: 2024 }, 'en')).toBe(
      '某某局 2024 review opinion.docx',
    );
  });
});

describe('src/web/outputs', () => {
  const dir = join(__dirname, '../../../src/web/outputs');
  it.each(readdirSync(dir).filter((f) => f.endsWith('.ts')))(
    '%s uses no Node built-in (it runs in a Web Worker)',
    (file) => {
      const source = readFileSync(join(dir, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(source).not.toMatch(
        /from '(node:)?(fs|path|buffer|stream|os|util)'|from 'node:|\bBuffer\b|require\(/,
      );
    },
  );
});
