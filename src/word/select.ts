import { FailureSignal } from '../office/errors';
import { wordFailure } from './messages';
import type { WordPlace } from './places';
import { topLevel } from './read';

/** Scrolls to and selects a finding's cell (its whole content) or sentence. */
export async function runWordSelect(context: Word.RequestContext, place: WordPlace): Promise<void> {
  const body = context.document.body;
  if (place.kind === 'cell') {
    const tables = body.tables;
    tables.load('items/nestingLevel');
    await context.sync();
    const table = topLevel(tables)[place.table];
    const cell = table?.getCellOrNullObject(place.row, place.cell);
    if (!cell) throw new FailureSignal(wordFailure('sheet-missing'));
    cell.load('shadingColor');
    await context.sync();
    if (cell.isNullObject) throw new FailureSignal(wordFailure('sheet-missing'));
    cell.body.getRange('Whole').select('Select');
    await context.sync();
    return;
  }
  const results = body.search(place.text, { matchCase: true });
  results.load('items/text');
  await context.sync();
  const range = results.items[place.occurrence];
  if (!range) throw new FailureSignal(wordFailure('sheet-missing'));
  range.select('Select');
  await context.sync();
}
