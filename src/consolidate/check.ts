/** The consolidated template as the engine reads it, and its check: done before anything is shown. */
import { checkGrids } from '../check';
import { ArrayGrid, type CellValue } from '../grid';
import type { Locale, Report } from '../report/types';
import type { Template } from '../template/types';

/** The sheet the template renders, as a grid of what Excel shows (formula cells by their result). */
export function templateGrid(template: Template, sheet = template.sheetName): ArrayGrid {
  const values: CellValue[][] = [];
  for (const c of template.cells) {
    const v = c.formula !== undefined ? c.result : c.value;
    // Stryker disable next-line ConditionalExpression: equivalent: a style-only cell would read as blank, and the template's last row and column hold values
    if (v === undefined || v === null) continue;
    (values[c.row] ??= [])[c.col] = typeof v === 'boolean' ? String(v).toUpperCase() : v;
  }
  for (let r = 0; r < values.length; r++) values[r] ??= [];
  return new ArrayGrid({ sheet, values, merges: template.merges });
}

export function checkTemplate(template: Template, locale: Locale = 'zh-CN', sheet?: string): Report {
  return checkGrids([templateGrid(template, sheet)], { locale, year: template.year });
}
