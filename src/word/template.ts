/**
 * 插入模板 in Word: the official tables as OOXML at the cursor, in two syncs (the selection and, when
 * filling from the document, its body; then the insert). Text the user selected is never replaced:
 * the tables go after it; with the cursor in a table, after that table. Nothing else is touched.
 */
import type { Grid } from '../grid/types';
import { locateWithFlattened } from '../locate';
import { FailureSignal } from '../office/errors';
import { summarizeFile } from '../office/template-summary';
import type { InsertTemplateOptions, InsertTemplateResult, TemplateFillSummary } from '../office/types';
import type { WordFeatures } from './features';
import { wordFailure } from './messages';
import { DOCUMENT_SHEET, readBody } from './read';
import { templateOoxml } from './template-ooxml';

/** What the pane shows as the fill's source when the numbers come from the open document. */
export const THIS_DOCUMENT = '本文档';

export async function runWordTemplate(
  context: Word.RequestContext,
  options: InsertTemplateOptions,
  features: WordFeatures,
  payloadLimit: number,
): Promise<InsertTemplateResult> {
  const selection = context.document.getSelection();
  const body = options.fill === 'active-sheet' ? context.document.body.getOoxml() : null;
  // Range.parentTableOrNullObject is WordApi 1.3; below it the tables go right after the selection.
  const table = features.shading ? selection.parentTableOrNullObject : null;
  table?.load('nestingLevel');
  await context.sync();

  let grids: readonly Grid[] | null = null;
  let source = '';
  if (body) {
    grids = readBody(body.value).grids;
    source = THIS_DOCUMENT;
  } else if (typeof options.fill === 'object') {
    grids = options.fill.grids;
    source = options.fill.file;
  }
  const built = templateOoxml({
    edition: options.edition,
    totals: options.totals,
    ...(grids ? { fill: grids.map(locateWithFlattened) } : {}),
  });
  // Word on the web refuses larger requests; say so before sending rather than after.
  if (built.bytes > payloadLimit)
    throw new FailureSignal(
      wordFailure('payload', { limit: `${Math.round(payloadLimit / 1024 / 1024)} MB` }),
    );

  const at = table && !table.isNullObject ? table.getRange('After') : selection.getRange('End');
  at.insertOoxml(built.ooxml, 'Replace');
  await context.sync();

  let fill: TemplateFillSummary | undefined;
  if (grids && built.fill) {
    const summary = summarizeFile(source, grids, built.fill);
    fill = body ? { ...summary, file: false } : summary;
  }
  return { sheet: DOCUMENT_SHEET, skipped: [], ...(fill ? { fill } : {}) };
}
