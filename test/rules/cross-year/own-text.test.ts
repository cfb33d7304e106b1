import { locateWithFlattened } from '../../../src/locate';
import { ownSentences } from '../../../src/rules/cross-year/own-text';
import { reportSheet } from '../../support/report-sheet';

/** The keys of the own sentences of a report sheet with `lines` added under its tables. */
const own = (lines: readonly string[]) => {
  const s = reportSheet({ title: '某某市某某局2021年政府信息公开工作年度报告' });
  for (const l of lines) s.rows.push([l]);
  const grid = s.grid();
  return ownSentences(grid, locateWithFlattened(grid).tables).map((o) => o.key);
};

describe('ownSentences: a numbered heading run into its paragraph is left out, the paragraph kept', () => {
  const sentence = '2021年，我局全年主动公开信息1200条。';
  const kept = '2021年我局全年主动公开信息1200条';
  const base = own([]);

  it.each([
    '一、',
    '十二、',
    '三.',
    '（一）',
    '(十)',
    '（1）',
    '(12)',
    '（123）',
    '1.',
    '12、',
    '3．',
    '### （一）',
    '**一、',
  ])('%s政府信息公开平台建设。', (marker) => {
    expect(own([`${marker}政府信息公开平台建设。${sentence}`])).toEqual([...base, kept]);
  });

  // Not markers: the words after them are not a heading, and the sentence is the body's own.
  it.each([
    ['three digits', '123.政府信息公开平台建设。', '123政府信息公开平台建设'],
    ['a decimal', '1.5倍于上年的政府信息公开量。', '15倍于上年的政府信息公开量'],
    ['words in brackets', '（我们）政府信息公开平台建设。', '我们政府信息公开平台建设'],
    ['four numerals in brackets', '（一二三四）政府信息公开平台建设。', '一二三四政府信息公开平台建设'],
  ])('%s: %s', (_name, heading, key) => {
    expect(own([`${heading}${sentence}`])).toEqual([...base, key, kept]);
  });
});
