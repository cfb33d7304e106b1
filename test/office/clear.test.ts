/** 清除标记's own decisions (src/office/clear.ts); the whole clear runs in service.test.ts. */
import { missingSheets } from '../../src/office/clear';
import type { UnrestoredSheet } from '../../src/office/types';

describe('missingSheets', () => {
  const m = (sheet: string, cells: number): UnrestoredSheet => ({ sheet, cells });
  it.each<[string, UnrestoredSheet[], UnrestoredSheet[]]>([
    ['none', [], []],
    ['each once already', [m('其他', 3), m('旧表', 1)], [m('其他', 3), m('旧表', 1)]],
    [
      'stored and rollback name one sheet: once, the first count',
      [m('其他', 3), m('其他', 5)],
      [m('其他', 3)],
    ],
    ['order kept', [m('乙', 1), m('甲', 2), m('乙', 4), m('丙', 1)], [m('乙', 1), m('甲', 2), m('丙', 1)]],
  ])('%s', (_name, found, expected) => {
    expect(missingSheets(found)).toEqual(expected);
  });
});
