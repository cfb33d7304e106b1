/**
 * 汇总 in Excel: the chosen department sheets are read (one sync, split only if Excel refuses the
 * response as too large), added up by the engine, checked as the consolidated report, and written
 * as a new sheet in the standard template whose input cells are SUM formulas over the departments'
 * cells (one more sync). If writing fails, the new sheet is deleted again: no half-made sheet.
 */
import {
  consolidate,
  consolidatedTemplate,
  type Consolidation,
  checkTemplate,
  departmentIdentity,
  departmentNote,
  skippedNote,
  describeDepartment,
  duplicateText,
  editionConflict,
  FALLBACK,
  findDuplicates,
  gridsContent,
  invalidPolicy,
  mixedYears,
  planCell,
  SHEET_WORDS,
  TABLE_NAME,
  type FrontEndWords,
} from '../consolidate';
import type { Text } from '../format';
import { renderText } from '../report/render';
import type { Template } from '../template/types';
import { toA1, type Grid } from '../grid';
import { FailureSignal } from './errors';
import { DEGRADED, FAILURE_MESSAGES, fill } from './messages';
import { gridOf, readNamed } from './read';
import {
  queueStructureCheck,
  templateFailure,
  TemplateFailed,
  uniqueSheetName,
  writeTemplateSheet,
} from './template';
import type { TemplateFeatures } from './template-features';
import { planTemplate } from './template-plan';
import type {
  ConsolidateSheetsOptions,
  ConsolidateSheetsResult,
  ConsolidatedDepartment,
  OfficeFailure,
} from './types';

const NO_SHEETS: Text = {
  zh: '请先选择要汇总的各单位工作表。工作簿未做任何改动。',
  en: 'Choose the departments’ sheets to consolidate first. Nothing was changed.',
};

const LEFT_BEHIND: Text = {
  zh: '汇总未完成，且未能删除已添加的工作表“{sheet}”，请手动删除。',
  en: 'Consolidating failed and the partly written sheet “{sheet}” could not be removed; please delete it.',
};

/** The failure the pane shows: the template's mapping, with a stray sheet named in our own words. */
export function consolidateFailure(error: unknown): OfficeFailure {
  if (error instanceof FailureSignal) return error.failure;
  if (!(error instanceof TemplateFailed) || !error.leftBehind) return templateFailure(error);
  const base = templateFailure(new TemplateFailed(error.failedWith));
  const note = renderText(LEFT_BEHIND, { sheet: error.leftBehind });
  return { ...base, message: { zh: `${note.zh}${base.message.zh}`, en: `${note.en} ${base.message.en}` } };
}

/** Errors for which Office refused the whole request, so nothing was applied and nothing needs undoing. */

export async function runConsolidate(
  context: Excel.RequestContext,
  options: ConsolidateSheetsOptions,
  features: TemplateFeatures,
): Promise<ConsolidateSheetsResult> {
  const names = [...new Set(options.sheets)];
  const worksheets = context.workbook.worksheets;
  // Queued with every read attempt: a request refused for its size (or its merged areas) loads nothing.
  let unlocked = (): void => undefined;
  const { grids, unmerged } = await readChosen(context, names, features.read.merges, () => {
    unlocked = queueStructureCheck(context, features);
  });
  unlocked();

  const name = uniqueSheetName(
    SHEET_WORDS.reportSheet,
    worksheets.items.map((ws) => ws.name),
  );
  const made = consolidateGrids(grids, options, name);
  if ('refused' in made) throw new FailureSignal(made.refused);
  const { consolidation, template, summary } = made;

  const plan = planTemplate(template);
  const where = new Map(template.tables.flatMap((t) => t.cells).map((c) => [key(c), c]));
  const values: ConsolidateSheetsResult['values'] = [];
  for (const cell of consolidation.cells) {
    const at = where.get(key(cell))?.cell;
    // Stryker disable next-line ConditionalExpression: unreachable: the consolidation's cells are this template's input cells
    if (!at) continue;
    const planned = planCell(cell);
    if (planned.kind === 'formula') plan.formulas[at.row][at.col] = `=${planned.formula}`;
    else if (planned.reason !== 'no-source')
      values.push({ address: toA1(at.row, at.col), label: labelOf(cell), reason: FALLBACK[planned.reason] });
  }

  const skippedFeatures = await writeTemplateSheet(context, name, template, plan, features);
  if (unmerged.length)
    skippedFeatures.unshift(fill(DEGRADED.tooManyMerges, { sheets: unmerged.join('”、“') }));
  return { ...summary, values, skippedFeatures };
}

/**
 * The pane's names for its controls: the 汇总 dialog's checkbox (en.ts/zh-CN.ts `consolidateExclude`;
 * a test keeps them equal). The pane has no --keep: it refuses duplicates until one is unticked.
 */
export const PANE_WORDS: FrontEndWords = {
  excludeControl: { zh: '“不计入表格有错误的单位”', en: '“Leave out departments whose tables have errors”' },
  excludeHint: {
    zh: '如要排除，请重新汇总并勾选“不计入表格有错误的单位”。',
    en: 'To leave them out, consolidate again with “Leave out departments whose tables have errors” ticked.',
  },
  // Stryker disable next-line StringLiteral: unreachable: the pane refuses duplicates, so no department is left out as one
  keepControl: { zh: '所选', en: 'as chosen' },
};

const DUPLICATES_REFUSED: Text = {
  zh: '所选工作表中有同一单位同一年度的报告，汇总会重复计算：{groups}。请每组只勾选一个。',
  en: 'Some chosen sheets are one department’s report for one year and would be counted twice: {groups}. Tick one of each group only.',
};

/**
 * The pure part of 汇总: the engine's reading of the department grids, the consolidated template
 * (named `sheet`) and what the pane is told about it, checked on the sums before anything is written.
 * Refused, with nothing to write, when two sheets are one report or editions cannot be added.
 */
export function consolidateGrids(
  grids: readonly Grid[],
  options: Pick<ConsolidateSheetsOptions, 'excludeInvalid' | 'body' | 'locale'>,
  sheet: string,
):
  | {
      consolidation: Consolidation;
      template: Template;
      summary: Omit<ConsolidateSheetsResult, 'values' | 'skippedFeatures'>;
    }
  | { refused: OfficeFailure } {
  // Stryker disable next-line ObjectLiteral: equivalent: the locale words the departments' error messages, which the pane does not show (the CLI and the 汇总 workbook do)
  const departments = grids.map((grid) => describeDepartment(grid.sheet, [grid], { locale: options.locale }));
  const groups = findDuplicates(
    departments.map((d, i) => ({ ...departmentIdentity(d), content: gridsContent([grids[i]]) })),
  );
  if (groups.length) {
    const names = grids.map((g) => g.sheet);
    const notes = groups.map((g) => duplicateText(g, names));
    const list = (l: 'zh' | 'en') => notes.map((n) => n[l]).join(l === 'zh' ? '；' : '; ');
    const message = renderText(DUPLICATES_REFUSED, { groups: list('zh') }, { groups: list('en') });
    return {
      refused: {
        ...refusal(message),
        duplicates: groups.map((g, i) => ({ sheets: g.members.map((m) => names[m]), note: notes[i] })),
      },
    };
  }
  const consolidation = consolidate(departments, { excludeInvalid: options.excludeInvalid });
  const editions = editionConflict(consolidation);
  if (editions) return { refused: refusal(editions) };
  const template = { ...consolidatedTemplate(consolidation, options.body), sheetName: sheet };
  // The formulas written compute exactly these sums from the cells read: check them now.
  const report = checkTemplate(template, options.locale, sheet);
  const summary = {
    sheet,
    edition: consolidation.edition,
    year: consolidation.year,
    departments: consolidation.departments.map((d): ConsolidatedDepartment => ({
      sheet: d.name,
      included: d.excluded === null,
      errors: d.errors,
      warnings: d.warnings,
      missing: d.missing,
      note: departmentNote(d, consolidation, PANE_WORDS),
    })),
    skipped: consolidation.skipped.map((s) => ({
      sheet: s.department,
      label: labelOf(s),
      note: skippedNote(s),
    })),
    report,
    policy: invalidPolicy(consolidation, PANE_WORDS),
    warnings: [mixedYears(consolidation)].filter((t): t is Text => t !== null),
  };
  return { consolidation, template, summary };
}

/** A refusal in the pane's failure words: what is wrong, then that nothing was changed. */
const refusal = (message: Text): OfficeFailure => ({
  code: 'refused',
  message: renderText(FAILURE_MESSAGES.refused, { detail: message.zh }, { detail: message.en }),
});

const key = (c: { table: string; rowId: string; columnId: string }) => `${c.table}|${c.rowId}|${c.columnId}`;

const labelOf = (c: { table: keyof typeof TABLE_NAME; rowLabel: Text; columnLabel: Text }): Text => ({
  zh: `${TABLE_NAME[c.table].zh} ${c.rowLabel.zh} × ${c.columnLabel.zh}`,
  en: `${TABLE_NAME[c.table].en} ${c.rowLabel.en} × ${c.columnLabel.en}`,
});

/**
 * Values (and merges, where the API has them) of the chosen sheets: one sync, more only where Excel's
 * limits force a split (read.ts). A chosen sheet renamed or deleted meanwhile is named in the failure.
 */
async function readChosen(
  context: Excel.RequestContext,
  names: readonly string[],
  merges: boolean,
  alsoQueue: () => void,
): Promise<{ grids: Grid[]; unmerged: string[] }> {
  if (names.length === 0) throw new FailureSignal({ code: 'sheet-missing', message: NO_SHEETS });
  // Queued with every attempt: runConsolidate reads `worksheets.items` once the values are in.
  const sheets = await readNamed(
    context,
    names,
    { formats: false, merges, notes: false, valuesOnly: true },
    () => {
      context.workbook.worksheets.load('items/name');
      alsoQueue();
    },
  );
  return { grids: sheets.map(gridOf), unmerged: sheets.filter((s) => s.mergesUnread).map((s) => s.name) };
}
