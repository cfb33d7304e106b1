import { WORD_DEGRADED, WORD_FAILURES, withCount, wordFailure } from '../../src/word/messages';
import { catalogRows, expectBilingual } from '../support/bilingual';

describe('the Word adapter’s messages', () => {
  test.each([...catalogRows('WORD_FAILURES', WORD_FAILURES), ...catalogRows('WORD_DEGRADED', WORD_DEGRADED)])(
    '%s: Chinese and English, with the same placeholders',
    (_, text) => expectBilingual(text),
  );

  test('withCount fills {n} in both languages', () => {
    const text = { zh: '{n} 处', en: '{n} places' };
    expect(withCount(text, 3)).toEqual({ zh: '3 处', en: '3 places' });
  });
});

describe('wordFailure', () => {
  test('puts the detail before the refusal, and keeps it apart', () => {
    expect(wordFailure('refused', {}, '文档只读。')).toEqual({
      code: 'refused',
      message: { zh: '文档只读。文档未做任何改动。', en: '文档只读。 Nothing was changed.' },
      detail: '文档只读。',
    });
  });

  test('names WordApi 1.1 unless told otherwise, and lets the caller give the limit', () => {
    expect(wordFailure('requirement').message.en).toContain('(WordApi 1.1)');
    expect(wordFailure('requirement', { version: '1.3' }).message.zh).toContain('需要 WordApi 1.3');
    expect(wordFailure('payload', { limit: '5 MB' }).message.zh).toContain('（网页版约 5 MB）');
    // A placeholder never shows as `{limit}`, even when a caller forgets to give it.
    expect(wordFailure('payload').message.en).not.toMatch(/[{}]/);
  });

  test('without a detail, nothing stands in its place', () => {
    expect(wordFailure('unknown').message.zh).toBe('Word 返回了意外错误，文档未做改动。详细信息：');
    expect(wordFailure('unknown').detail).toBeUndefined();
  });
});
