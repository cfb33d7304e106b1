/** @jest-environment ./test/support/dom-environment.js */
import type { Acceptance } from '../../src/report/reviews';
import {
  loadReviews,
  REVIEWS_KEY,
  reviewKey,
  saveReviews,
  type ReviewBook,
} from '../../src/web/reviews-store';

const acceptance = (fingerprint: string, reason = '已在报告中说明'): Acceptance => ({
  fingerprint,
  ruleId: 'reviews/group-total',
  reason,
  message: '合计不等于各项之和',
  accepted: '2025-03-01',
});

const book: ReviewBook = {
  [reviewKey('各单位年报/民政局2024年报.xlsx', 20480)]: [acceptance('fp-1'), acceptance('fp-2', '笔误')],
  [reviewKey('财政局.docx', 512)]: [{ fingerprint: 'fp-3', ruleId: 'cell/text-number', reason: '原文如此' }],
};

/** A storage that refuses, as Safari's private mode or a full quota does. */
const refusing: Storage = Object.assign(Object.create(localStorage) as Storage, {
  getItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('Quota exceeded', 'QuotaExceededError');
  },
});

beforeEach(() => localStorage.clear());

describe('review states in local storage', () => {
  test('key: the path and the size, so a resubmitted file starts afresh', () => {
    expect(reviewKey('科室/a.docx', 12)).toBe('科室/a.docx|12');
    expect(reviewKey('科室/a.docx', 13)).not.toBe(reviewKey('科室/a.docx', 12));
  });

  test('round trip: saved under REVIEWS_KEY as JSON, loaded back the same', () => {
    expect(saveReviews(localStorage, book)).toBe(true);
    expect(JSON.parse(localStorage.getItem(REVIEWS_KEY) ?? 'null')).toEqual(book);
    expect(loadReviews(localStorage)).toEqual(book);
  });

  test('nothing saved yet, or no storage at all: no review states', () => {
    expect(loadReviews(localStorage)).toEqual({});
    expect(loadReviews(null)).toEqual({});
    expect(saveReviews(null, book)).toBe(false);
  });

  test.each([
    ['not JSON', '{"各单位年报/a.xlsx|1": [{'],
    ['null', 'null'],
    ['a number', '42'],
    ['a string', '"fp-1"'],
  ])('a damaged entry (%s) is ignored', (_what, raw) => {
    localStorage.setItem(REVIEWS_KEY, raw);
    expect(loadReviews(localStorage)).toEqual({});
  });

  test('damaged lists and acceptances are dropped, sound ones kept', () => {
    localStorage.setItem(
      REVIEWS_KEY,
      JSON.stringify({
        'good.xlsx|1': [acceptance('fp-1'), { fingerprint: 'no-rule', reason: 'x' }, null, 'fp-2'],
        'not-a-list.xlsx|2': { fingerprint: 'fp-1', ruleId: 'r', reason: 'x' },
        'empty.xlsx|3': [],
        'all-bad.xlsx|4': [{ fingerprint: 5, ruleId: 'r', reason: 'x' }],
      }),
    );
    expect(loadReviews(localStorage)).toEqual({ 'good.xlsx|1': [acceptance('fp-1')] });
  });

  test('storage that refuses (private mode, full): loads nothing and says the save failed', () => {
    expect(loadReviews(refusing)).toEqual({});
    expect(saveReviews(refusing, book)).toBe(false);
  });
});
