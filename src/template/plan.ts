/**
 * Which template to write, and filled from what: the decisions every front end makes the same way
 * (the CLI's `template`, the browser page's 下载模板). The year comes from the option, else from
 * the source's title; the edition from the option, else from the source's tables, else from the
 * year (reports for 2019–2020 use the 2019 edition).
 */
import type { Edition } from '../format';
import type { Grid } from '../grid';
import { locateWithFlattened } from '../locate';
import { detectYear } from '../report/year';
import { buildTemplate } from './build';
import { fillTemplate, type FillResult } from './fill';
import type { Template, TotalsMode } from './types';

export interface TemplatePlanOptions {
  /** The report to fill from; none for a blank template. */
  grids?: readonly Grid[] | null;
  year?: number | null;
  edition?: Edition | null;
  body?: string | null;
  totals?: TotalsMode;
}

export type TemplatePlan =
  | { template: Template; edition: Edition; year: number | null; fill: FillResult | null }
  /** A source was given but holds no table 二, 三 or 四: nothing to fill from. */
  | { noTables: true };

export function planTemplate(options: TemplatePlanOptions): TemplatePlan {
  const grids = options.grids ?? null;
  const sources = (grids ?? []).map(locateWithFlattened);
  if (grids !== null && sources.every((s) => s.tables.length === 0)) return { noTables: true };
  const year = options.year ?? (grids ?? []).map(detectYear).find((y) => y !== null) ?? null;
  const sourceEdition = sources.flatMap((s) => s.tables).find((t) => t.table !== 'reviews')?.edition;
  const edition: Edition =
    options.edition ?? sourceEdition ?? (year !== null && year < 2021 ? '2019' : '2021');
  const blank = buildTemplate({ edition, year, body: options.body ?? null, totals: options.totals });
  if (grids === null) return { template: blank, edition, year, fill: null };
  const fill = fillTemplate(blank, sources);
  return { template: fill.template, edition, year, fill };
}
