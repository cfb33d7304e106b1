/**
 * Review states (已确认 with a reason) kept in the workbook's add-in settings, beside the marks'
 * snapshot (see snapshot.ts), so that they travel with the file. Stored as JSON text of an
 * `Acceptance[]`; the check reads them in its first sync and leaves accepted findings unpainted.
 */
import { parseAcceptances, type Acceptance } from '../report/reviews';

export const REVIEWS_KEY = 'disclosureCheck.reviews.v1';

/**
 * The acceptances in a stored value. A value that is not a list (hand edits, another add-in's key
 * clash, a truncated file) reads as none rather than failing the check; bad entries are dropped.
 */
export function storedAcceptances(value: unknown): Acceptance[] {
  let data = value;
  if (typeof value === 'string') {
    try {
      data = JSON.parse(value) as unknown;
    } catch {
      // Text that is not JSON stays text, which parseAcceptances reads as no list.
    }
  }
  return parseAcceptances(data) ?? [];
}

/** Queues the read in the caller's next sync; the returned function gives the list after it. */
export function queueReviews(context: Excel.RequestContext): () => Acceptance[] {
  const stored = context.workbook.settings.getItemOrNullObject(REVIEWS_KEY);
  // Stryker disable next-line StringLiteral: equivalent: load('') loads every scalar, this one too
  stored.load('value');
  return () => (stored.isNullObject ? [] : storedAcceptances(stored.value));
}

/** Replaces the stored list; an empty list removes the setting rather than leaving `[]` behind. */
export async function runSaveReviews(
  context: Excel.RequestContext,
  acceptances: readonly Acceptance[],
): Promise<void> {
  const settings = context.workbook.settings;
  if (acceptances.length > 0) {
    settings.add(REVIEWS_KEY, JSON.stringify(acceptances));
    await context.sync();
    return;
  }
  const stored = settings.getItemOrNullObject(REVIEWS_KEY);
  // Stryker disable next-line StringLiteral: equivalent: load('') loads every scalar, this one too
  stored.load('key');
  await context.sync();
  if (stored.isNullObject) return;
  stored.delete();
  await context.sync();
}
