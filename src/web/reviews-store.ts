/**
 * The page's review states (已确认 with a reason), kept in the browser's local storage so that
 * reopening the page on the same machine keeps them. Keyed by the file's path and size: a changed
 * file (resubmitted) starts afresh, and a finding accepted in it before simply no longer matches.
 */
import { parseAcceptances, type Acceptance } from '../report/reviews';

export const REVIEWS_KEY = 'disclosureCheck.web.reviews.v1';

export type ReviewBook = Record<string, Acceptance[]>;

export const reviewKey = (path: string, size: number): string => `${path}|${size}`;

export function loadReviews(storage: Pick<Storage, 'getItem'> | null): ReviewBook {
  try {
    const raw = storage?.getItem(REVIEWS_KEY);
    if (!raw) return {};
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return {};
    const book: ReviewBook = {};
    for (const [key, value] of Object.entries(parsed)) {
      const list = parseAcceptances(value);
      if (list && list.length > 0) book[key] = list;
    }
    return book;
  } catch {
    // Storage switched off or a damaged entry: the page works without saved review states.
    return {};
  }
}

/** Saves; false when the browser refused (private mode, storage full). */
export function saveReviews(storage: Pick<Storage, 'setItem'> | null, book: ReviewBook): boolean {
  try {
    if (!storage) return false;
    storage.setItem(REVIEWS_KEY, JSON.stringify(book));
    return true;
  } catch {
    return false;
  }
}
