import { parseNumberCell, type CellValue } from '../../src/grid';

describe('parseNumberCell', () => {
  it.each<[CellValue, string, number | null, string[]?]>([
    [12, 'number', 12],
    [0, 'number', 0],
    [-3, 'number', -3],
    [1.5, 'number', 1.5],
    [null, 'blank', 0],
    ['', 'blank', 0],
    ['   ', 'blank', 0],
    ['\u3000', 'blank', 0],
    ['—', 'placeholder', 0],
    ['——', 'placeholder', 0],
    ['-', 'placeholder', 0],
    ['/', 'placeholder', 0],
    ['无', 'placeholder', 0],
    ['空', 'placeholder', 0],
    ['none', 'placeholder', 0],
    ['N/A', 'placeholder', 0],
    // A placeholder is the whole cell: a sign, a word or a dash that only starts or ends it is not one.
    ['-3', 'text-number', -3, ['text']],
    ['+5', 'text-number', 5, ['text']],
    ['无法统计', 'invalid', null],
    ['约—', 'invalid', null],
    // Likewise a number: text before or after it leaves the cell unreadable.
    ['约12', 'invalid', null],
    ['约1,234', 'invalid', null],
    ['1,234abc', 'invalid', null],
    ['12', 'text-number', 12, ['text']],
    ['１２', 'text-number', 12, ['full-width']],
    [' 12 ', 'text-number', 12, ['text']],
    ['1 2', 'text-number', 12, ['spaces']],
    ['1,234', 'text-number', 1234, ['separators']],
    ['１，２３４', 'text-number', 1234, ['full-width', 'separators']],
    ['0.35', 'text-number', 0.35, ['text']],
    ['5件', 'unit-text', 5],
    ['0.3万元', 'unit-text', 0.3],
    ['2（其中1件为…）', 'unit-text', 2],
    ['1,234件', 'unit-text', 1234],
    ['-1,234.5万元', 'unit-text', -1234.5],
    // Separators before a unit follow the rule for a number alone (groups of three).
    ['12,34件', 'invalid', null],
    ['1,,234件', 'invalid', null],
    ['1234,件', 'invalid', null],
    ['1、属于国家秘密', 'invalid', null],
    ['1.属于国家秘密', 'invalid', null],
    ['abc', 'invalid', null],
    ['三', 'invalid', null],
    [true, 'invalid', null],
    [Number.NaN, 'invalid', null],
    [Number.POSITIVE_INFINITY, 'invalid', null],
  ])('%j → %s %j', (raw, kind, value, ...rest) => {
    const issues = rest[0];
    const parsed = parseNumberCell(raw);
    expect(parsed.kind).toBe(kind);
    expect(parsed.value).toBe(value);
    // Only a text number says what made it text.
    expect(parsed.kind === 'text-number' ? parsed.issues : undefined).toEqual(issues);
  });

  it.each([
    ['5件', '件'],
    ['0.3万元', '万元'],
    ['1,234人次', '人次'],
    ['2（其中1件为…）', '(其中1件为...)'],
  ])('keeps the text after the number in %j as its unit', (raw, unit) => {
    expect(parseNumberCell(raw)).toMatchObject({ kind: 'unit-text', unit });
  });
});
