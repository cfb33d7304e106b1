import { ownSentenceKeys as own } from '../../support/own-sentences';

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

describe('ownSentences: the report’s title is the format’s, a sentence naming the report is the body’s', () => {
  const base = own([]);
  it.each([
    ['the title alone', '某某县某某镇人民政府2021年政府信息公开工作年度报告', 0],
    ['words after the report’s name', '我局按时发布2020年政府信息公开工作年度报告，接受社会监督', 1],
    [
      'more than 60 characters before it',
      `${'我局认真落实条例各项要求'.repeat(6)}，按时编制政府信息公开工作年度报告`,
      1,
    ],
  ])('%s', (_name, line, added) => {
    expect(own([line]).length - base.length).toBe(added);
  });
});
