/**
 * Filled templates with a few wrong numbers, and what their sheet should show, worked out from
 * the typed numbers with FORMAT.md's rules (test/support/format-totals.ts): the value of every
 * formula total, the cells that should be red and the words in each status cell. No template
 * formula and no evaluator of the product is involved, so the tests can hold both to it.
 */
import type { Edition } from '../../src/format';
import { toA1 } from '../../src/grid/a1';
import { applyValues, isTyped } from '../../src/template/fill';
import { STATUS } from '../../src/template/messages';
import type { Template, TemplateValueCell } from '../../src/template/types';
import { buildTemplate } from '../../src/template/build';
import {
  applicationsTotal,
  applicationsViolations,
  reviewsTotal,
  reviewsViolations,
  type Values,
} from '../support/format-totals';
import { consistentFills, seeded } from './data';

export interface Expected {
  /** Formula totals: A1 → the sum FORMAT.md defines. */
  totals: Map<string, number>;
  /** A1 of every cell a failing rule points at, sorted. */
  red: string[];
  /** The status cell's words per table, in template order: proactive, applications, reviews. */
  status: string[];
}

const a1 = (c: TemplateValueCell) => toA1(c.cell.row, c.cell.col);

/**
 * A template of `edition` and `totals` mode holding consistent numbers, then `wrong` typed cells
 * of tables 三 and 四 moved by 1 to 3; with `negative`, one table 二 count set to −1.
 */
export function wrongTemplate(
  edition: Edition,
  totals: Template['totals'],
  seed: number,
  wrong: number,
  negative = false,
): Template {
  const int = seeded(seed);
  const good = applyValues(buildTemplate({ edition, totals, year: 2022 }), consistentFills(edition, seed));
  const typed = (table: string) =>
    good.tables.filter((t) => t.table === table).flatMap((t) => t.cells.filter((c) => isTyped(good, c)));
  const candidates = [...typed('applications'), ...typed('reviews')];
  const fills = Array.from({ length: wrong }, () => {
    const victim = candidates.splice(int(candidates.length - 1), 1)[0];
    return { ...victim, value: typedValue(good, victim) + 1 + int(2) };
  });
  if (negative) {
    const counts = typed('proactive').filter((c) => c.kind === 'count');
    fills.push({ ...counts[int(counts.length - 1)], value: -1 });
  }
  return applyValues(good, fills);
}

/** A typed cell's number as the template holds it. */
function typedValue(t: Template, cell: TemplateValueCell): number {
  const held = t.cells.find((c) => c.row === cell.cell.row && c.col === cell.cell.col)?.value;
  if (typeof held !== 'number') throw new Error(`${a1(cell)} holds ${String(held)}, not a number`);
  return held;
}

export function expected(t: Template): Expected {
  const table = (id: string) => {
    const found = t.tables.find((x) => x.table === id);
    if (!found) throw new Error(`no table ${id}`);
    return found;
  };
  const cellOf = (id: string) => {
    const cells = new Map(table(id).cells.map((c) => [`${c.rowId}|${c.columnId}`, c]));
    return (rowId: string, columnId: string) => {
      const c = cells.get(`${rowId}|${columnId}`);
      if (!c) throw new Error(`table ${id} has no ${rowId} × ${columnId}`);
      return c;
    };
  };
  const applications = cellOf('applications');
  const reviews = cellOf('reviews');
  const typedIn =
    (cell: (r: string, c: string) => TemplateValueCell): Values =>
    (r, c) =>
      typedValue(t, cell(r, c));

  // A total that is a formula takes FORMAT.md's sum of the typed cells; a typed one, what was typed.
  const totals = new Map<string, number>();
  const full =
    (cell: (r: string, c: string) => TemplateValueCell, sum: (r: string, c: string) => number): Values =>
    (r, c) => {
      if (isTyped(t, cell(r, c))) return typedValue(t, cell(r, c));
      const value = sum(r, c);
      totals.set(a1(cell(r, c)), value);
      return value;
    };
  const applicationValues = full(applications, (r, c) =>
    applicationsTotal(t.edition, typedIn(applications), r, c),
  );
  const reviewValues = full(reviews, (g) => reviewsTotal(typedIn(reviews), g));
  const appsBroken = applicationsViolations(t.edition, applicationValues);
  const reviewsBroken = reviewsViolations(reviewValues);
  // Every total once, so `totals` lists them all even where no rule reads them.
  for (const c of table('applications').cells) applicationValues(c.rowId, c.columnId);
  for (const c of table('reviews').cells) reviewValues(c.rowId, c.columnId);

  const proactiveHolds = table('proactive').cells.every((c) => c.kind === 'delta' || typedValue(t, c) >= 0);
  const red = [
    ...appsBroken.map((v) => a1(applications(v.rowId, v.columnId))),
    ...reviewsBroken.map((v) => a1(reviews(v.rowId, v.columnId))),
  ];
  return {
    totals,
    red: [...new Set(red)].sort(),
    status: [
      STATUS.proactive[proactiveHolds ? 0 : 1],
      STATUS.applications[t.totals][appsBroken.length ? 1 : 0],
      STATUS.reviews[reviewsBroken.length ? 1 : 0],
    ],
  };
}
