/**
 * 插入模板 over the Excel JS API, in at most three syncs: 1. sheet names and the active sheet;
 * 2. (only when filling from the active sheet) its cells, through the check's read path; 3. add the
 * new sheet, write everything and activate it. A report file comes already read (grids from the
 * pane), so filling from it needs no extra sync. If the last sync fails, the new sheet is deleted again,
 * so the workbook is never left with half a template; the user's sheets are only ever read.
 */
import { locateWithFlattened } from '../locate';
import { buildTemplate } from '../template/build';
import type { Template } from '../template/types';
import { fillTemplate } from '../template/fill';
import { SHEET_NAME } from '../template/messages';
import { failure, FailureSignal, officeErrorCode, toFailure } from './errors';
import { DEGRADED, fill as fillText } from './messages';
import { gridOf, readNamed } from './read';
import type { TemplateFeatures } from './template-features';
import { TEMPLATE_FAILURES, TEMPLATE_SKIPPED } from './template-messages';
import { planTemplate, type SheetPlan } from './template-plan';
import { queuePageSetup, queueTemplate } from './template-render';
import { summarize, summarizeFile } from './template-summary';
import type {
  InsertTemplateOptions,
  InsertTemplateResult,
  OfficeFailure,
  TemplateFillSummary,
} from './types';
import type { Text } from '../format';

/** The write failed; `leftBehind` names the new sheet when deleting it failed too. */
export class TemplateFailed extends Error {
  constructor(
    readonly failedWith: unknown,
    readonly leftBehind?: string,
  ) {
    super('inserting the template failed');
  }
}

/** Errors for which Office refused the whole request, so nothing was applied and nothing needs undoing. */
const NOTHING_APPLIED = new Set(['InvalidOperationInCellEditMode', 'RequestPayloadSizeLimitExceeded']);

export async function runInsertTemplate(
  context: Excel.RequestContext,
  options: InsertTemplateOptions,
  features: TemplateFeatures,
): Promise<InsertTemplateResult> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const active = worksheets.getActiveWorksheet();
  active.load('name');
  const unlocked = queueStructureCheck(context, features);
  await context.sync();
  unlocked();

  const name = uniqueSheetName(
    SHEET_NAME,
    worksheets.items.map((ws) => ws.name),
  );
  let template = buildTemplate({
    edition: options.edition,
    year: options.year,
    body: options.body,
    totals: options.totals,
  });
  const skipped: Text[] = [];
  let summary: TemplateFillSummary | undefined;
  if (options.fill === 'active-sheet') {
    if (features.read.base) {
      const sheets = await readNamed(context, [active.name], {
        formats: true,
        merges: features.read.merges,
        notes: false,
        valuesOnly: false,
      });
      const grid = gridOf(sheets[0]);
      if (sheets[0].mergesUnread) skipped.push(fillText(DEGRADED.tooManyMerges, { sheets: active.name }));
      const result = fillTemplate(template, [locateWithFlattened(grid)]);
      template = result.template;
      summary = summarize(active.name, result);
    } else skipped.push(TEMPLATE_SKIPPED.readSheet);
  } else if (options.fill !== 'none') {
    const { file, grids } = options.fill;
    const result = fillTemplate(template, grids.map(locateWithFlattened));
    template = result.template;
    summary = summarizeFile(file, grids, result);
  }

  skipped.push(...(await writeTemplateSheet(context, name, template, planTemplate(template), features)));
  return { sheet: name, skipped, ...(summary ? { fill: summary } : {}) };
}

/**
 * Adds the sheet, queues the whole template on it, activates it and syncs once. All or nothing: when
 * the sync fails the new sheet is deleted again (TemplateFailed names it if even that fails). Page
 * setup follows in its own sync and is optional: if Excel refuses it, the sheet stays and the pane
 * is told. Returns the features this Excel skipped.
 */
export async function writeTemplateSheet(
  context: Excel.RequestContext,
  name: string,
  template: Template,
  plan: SheetPlan,
  features: TemplateFeatures,
): Promise<Text[]> {
  const sheet = context.workbook.worksheets.add(name);
  const skipped = queueTemplate(sheet, template, plan, features);
  sheet.activate();
  sheet.getRange('A1').select();
  try {
    await context.sync();
  } catch (error) {
    const code = officeErrorCode(error);
    if (code && NOTHING_APPLIED.has(code)) throw new TemplateFailed(error);
    throw new TemplateFailed(error, (await removeSheet(context, name)) ? undefined : name);
  }
  if (features.pageLayout) {
    // The proxy `worksheets.add` returned is invalid after its request (isInvalidAfterRequest).
    queuePageSetup(context.workbook.worksheets.getItem(name), template.page);
    try {
      await context.sync();
    } catch {
      skipped.push(TEMPLATE_SKIPPED.pageSetupFailed);
    }
  }
  return skipped;
}

/**
 * Deletes the half-written sheet by name: the proxy `worksheets.add` returned cannot be used after the
 * failed request (InvalidObjectPath). True when it is gone or was never added.
 */
async function removeSheet(context: Excel.RequestContext, name: string): Promise<boolean> {
  try {
    context.workbook.worksheets.getItemOrNullObject(name).delete();
    await context.sync();
    return true;
  } catch {
    return false;
  }
}

/** `年报模板`, else `年报模板 (2)`, `年报模板 (3)`, …; Excel compares sheet names case-insensitively. */
export function uniqueSheetName(base: string, taken: readonly string[]): string {
  const names = new Set(taken.map((n) => n.toLowerCase()));
  if (!names.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!names.has(`${base} (${n})`.toLowerCase())) return `${base} (${n})`;
}

/**
 * Queues a read of the workbook's structure lock (ExcelApi 1.7); the returned function, called after
 * the sync, refuses before anything is added. Older Excel finds out from AccessDenied on the add.
 */
export function queueStructureCheck(context: Excel.RequestContext, features: TemplateFeatures): () => void {
  if (!features.workbookProtection) return () => undefined;
  const protection = context.workbook.protection.load('protected');
  return () => {
    if (protection.protected)
      throw new FailureSignal({ ...failure('protected'), message: TEMPLATE_FAILURES.structureProtected });
  };
}

export function templateFailure(error: unknown): OfficeFailure {
  if (error instanceof FailureSignal) return error.failure;
  const cause = error instanceof TemplateFailed ? error.failedWith : error;
  const mapped = toFailure(cause);
  // A new sheet cannot hit a protected sheet; access is denied when the workbook structure is protected.
  const base =
    mapped.code === 'protected' ? { ...mapped, message: TEMPLATE_FAILURES.structureProtected } : mapped;
  if (!(error instanceof TemplateFailed) || !error.leftBehind) return base;
  const note = fillText(TEMPLATE_FAILURES.leftBehind, { sheet: error.leftBehind });
  return { ...base, message: { zh: `${note.zh}${base.message.zh}`, en: `${note.en} ${base.message.en}` } };
}
