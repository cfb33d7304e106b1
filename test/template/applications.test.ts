import { spanOf } from '../../src/template/applications';

describe('spanOf: the rows a merged label covers', () => {
  const sections = ['一', '二', '二', '二', '三', '三'];
  test.each<[string, number, number]>([
    ['a row alone in its section', 0, 1],
    ['a section of three', 1, 3],
    ['counted from the middle of a run', 2, 2],
    ['a run that reaches the last row stops there', 4, 2],
    ['the last row alone', 5, 1],
  ])('%s', (_name, from, span) => {
    expect(spanOf(sections, from, (s) => s === sections[from])).toBe(span);
  });
});
