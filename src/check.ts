import type { Grid } from './grid';
import type { Locale, Report } from './report/types';

export interface CheckOptions {
  locale?: Locale;
  /** Report year if known; otherwise taken from a title such as `2021年政府信息公开工作年度报告`. */
  year?: number | null;
  /** Run only these rule ids. */
  only?: readonly string[];
  /** Skip these rule ids. */
  disable?: readonly string[];
}

/** Finds the report tables on one sheet and checks every rule. Never throws on bad cells. */
export function checkGrid(grid: Grid, options: CheckOptions = {}): Report {
  return checkGrids([grid], options);
}

/** Checks several sheets (a workbook) into one report. */
export function checkGrids(_grids: readonly Grid[], _options: CheckOptions = {}): Report {
  throw new Error('not implemented yet');
}
