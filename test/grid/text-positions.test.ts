/**
 * Where each field of a text file starts, as an editor's status bar counts: line and column from 1,
 * columns in code points (a tab, 汉 and an emoji are one each), line breaks LF, CRLF or CR.
 */
import { scanDelimited, splitDelimited, textGrid } from '../../src/grid/text';
import type { TextPosition } from '../../src/grid/types';

/** `[line, column]` pairs: short enough to read a table of cases. */
type At = [number, number];
const at = ([line, column]: At): TextPosition => ({ line, column });

describe('scanDelimited', () => {
  test.each<{ name: string; text: string; delimiter: string; rows: { starts: At[]; end: At }[] }>([
    {
      name: 'tabs: each field after its tab, a tab one column',
      text: 'a\tbc\td',
      delimiter: '\t',
      rows: [
        {
          starts: [
            [1, 1],
            [1, 3],
            [1, 6],
          ],
          end: [1, 7],
        },
      ],
    },
    {
      name: 'LF lines: one row a line',
      text: 'ab\ncd\n',
      delimiter: '\t',
      rows: [
        { starts: [[1, 1]], end: [1, 3] },
        { starts: [[2, 1]], end: [2, 3] },
      ],
    },
    {
      name: 'CRLF is one line break, CR alone is one too',
      text: 'a,b\r\nc\rd',
      delimiter: ',',
      rows: [
        {
          starts: [
            [1, 1],
            [1, 3],
          ],
          end: [1, 4],
        },
        { starts: [[2, 1]], end: [2, 2] },
        { starts: [[3, 1]], end: [3, 2] },
      ],
    },
    {
      name: 'blank lines are rows of their own',
      text: 'a\n\nb',
      delimiter: '\t',
      rows: [
        { starts: [[1, 1]], end: [1, 2] },
        { starts: [[2, 1]], end: [2, 1] },
        { starts: [[3, 1]], end: [3, 2] },
      ],
    },
    {
      name: 'empty fields still start somewhere',
      text: '\ta\t',
      delimiter: '\t',
      rows: [
        {
          starts: [
            [1, 1],
            [1, 2],
            [1, 4],
          ],
          end: [1, 4],
        },
      ],
    },
    {
      name: 'Chinese characters are one column each',
      text: '（七）总计\t1',
      delimiter: '\t',
      rows: [
        {
          starts: [
            [1, 1],
            [1, 7],
          ],
          end: [1, 8],
        },
      ],
    },
    {
      name: 'a quoted field starts at its quote; doubled quotes count as typed',
      text: '"x""y",z',
      delimiter: ',',
      rows: [
        {
          starts: [
            [1, 1],
            [1, 8],
          ],
          end: [1, 9],
        },
      ],
    },
    {
      name: 'a quoted line break: the row spans two lines, the next row starts on the third',
      text: '"商业\n企业",1\r\nx,2',
      delimiter: ',',
      rows: [
        {
          starts: [
            [1, 1],
            [2, 5],
          ],
          end: [2, 6],
        },
        {
          starts: [
            [3, 1],
            [3, 3],
          ],
          end: [3, 4],
        },
      ],
    },
    {
      name: 'a quoted CRLF is one line break',
      text: '"a\r\nb"\tc\nd',
      delimiter: '\t',
      rows: [
        {
          starts: [
            [1, 1],
            [2, 4],
          ],
          end: [2, 5],
        },
        { starts: [[3, 1]], end: [3, 2] },
      ],
    },
  ])('$name', ({ text, delimiter, rows }) => {
    const scanned = scanDelimited(text, delimiter);
    expect(scanned.map((r) => ({ starts: r.starts, end: r.end }))).toEqual(
      rows.map((r) => ({ starts: r.starts.map(at), end: at(r.end) })),
    );
    // Positions come with the same fields splitDelimited gives.
    expect(scanned.map((r) => r.fields)).toEqual(splitDelimited(text, delimiter));
  });
});

describe('scanDelimited: a surrogate pair is one column, a lone surrogate one of its own', () => {
  // Lone surrogates come from text pasted out of a broken source. Each case is one line of two
  // comma-separated fields: the column the second field starts at.
  test.each([
    ['a character outside the BMP (two UTF-16 units) is one column', '😀𠀀,x', 4],
    ['the first and the last pair (U+10000, U+10FFFF) are one column each', '\ud800\udc00\udbff\udfff,x', 4],
    ['a high surrogate before an ordinary character: two columns', '\ud83dx,y', 4],
    [
      'a high surrogate before a character above the surrogates (U+FF0C, a full-width comma)',
      '\ud83d，,y',
      4,
    ],
    ['a low surrogate after another low surrogate (only a high one pairs with it)', '\ude00\ude00,y', 4],
    ['a low surrogate after an ordinary character', 'a\ude00,y', 4],
    ['a low surrogate at the very start', '\ude00,y', 3],
  ])('%s', (_name, text, second) => {
    const scanned = scanDelimited(text, ',');
    expect(scanned).toMatchObject([{ starts: [at([1, 1]), at([1, second])], end: at([1, second + 1]) }]);
    // Positions come with the same fields splitDelimited gives.
    expect(scanned.map((r) => r.fields)).toEqual(splitDelimited(text, ','));
  });
});

describe('textGrid row origins', () => {
  test('every row is a text row: its first line, each field, its end', () => {
    const grid = textGrid('t', 'title\n"a\nb"\t1\t2\nx', 'tsv');
    expect([0, 1, 2].map((r) => grid.rowOrigin(r))).toEqual([
      { kind: 'text', line: 1, fields: [at([1, 1])], end: at([1, 6]) },
      { kind: 'text', line: 2, fields: [at([2, 1]), at([3, 4]), at([3, 6])], end: at([3, 7]) },
      { kind: 'text', line: 4, fields: [at([4, 1])], end: at([4, 2]) },
    ]);
  });

  test('a BOM left in the text is not a column', () => {
    expect(textGrid('t', '\ufeffa,b', 'csv').rowOrigin(0)).toMatchObject({
      fields: [at([1, 1]), at([1, 3])],
    });
  });
});
