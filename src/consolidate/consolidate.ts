/**
 * Adds up the departments' tables 二, 三 and 四 cell by cell. Only the template's input cells are
 * summed: its totals are formulas over them, so the consolidated totals are the sums of the parts
 * whatever the departments typed as their own totals.
 */
import type { TableId } from '../format';
import type { Grid } from '../grid';
import type { LocatedTable } from '../locate/types';
import { toA1 } from '../grid';
import { isSplitCell, sourceCellOf } from '../locate';
import { cellKey } from '../locate/types';
import { readCell } from '../rules/values';
import { buildTemplate } from '../template/build';
import type { TemplateFill, TemplateValueCell } from '../template/types';
import { departmentStatus, usedTables } from './department';
import type {
  ConsolidatedCell,
  ConsolidateOptions,
  Consolidation,
  Department,
  DepartmentStatus,
  SkippedCell,
} from './types';

export function consolidate(
  departments: readonly Department[],
  options: ConsolidateOptions = {},
): Consolidation {
  const described = departments.map(departmentStatus);
  // Duplicates left out do not vote for the edition and year of the total.
  const voting = described.filter((_, i) => !options.duplicateOf?.has(i));
  const edition = options.edition ?? mostCommon(voting.flatMap((d) => d.editions)) ?? '2021';
  const year =
    options.year !== undefined && options.year !== null
      ? options.year
      : (mostCommon(
          voting
            .filter((d) => d.used.length > 0 && d.editions.every((e) => e === edition))
            .map((d) => d.year),
        ) ?? null);

  const statuses: DepartmentStatus[] = described.map((d, i) => {
    const duplicateOf = options.duplicateOf?.get(i);
    return {
      ...d,
      otherYear: year !== null && d.year !== null && d.year !== year,
      excluded:
        duplicateOf !== undefined
          ? 'duplicate'
          : d.used.length === 0
            ? 'no-tables'
            : d.editions.some((e) => e !== edition)
              ? 'edition'
              : options.excludeInvalid && d.errors > 0
                ? 'errors'
                : null,
      ...(duplicateOf !== undefined ? { duplicateOf } : {}),
    };
  });

  const included = departments
    .filter((_, i) => statuses[i].excluded === null)
    .map((d) => ({ name: d.name, tables: usedTables(d) }));
  const inputs = buildTemplate({ edition }).tables.flatMap((t) => t.cells.filter((c) => c.role === 'input'));
  const skipped: SkippedCell[] = [];
  const cells = inputs.map((cell) => sumCell(cell, included, skipped));
  const fills: TemplateFill[] = cells.map(({ table, rowId, columnId, value }) => ({
    table,
    rowId,
    columnId,
    value,
  }));
  const excludeInvalid = options.excludeInvalid ?? false;
  return { edition, year, excludeInvalid, departments: statuses, cells, skipped, fills };
}

interface IncludedDepartment {
  name: string;
  tables: ReadonlyMap<TableId, { table: LocatedTable; grid: Grid }>;
}

function sumCell(
  cell: TemplateValueCell,
  departments: readonly IncludedDepartment[],
  skipped: SkippedCell[],
): ConsolidatedCell {
  const { table, rowId, columnId, rowLabel, columnLabel, kind } = cell;
  const result: ConsolidatedCell = {
    table,
    rowId,
    columnId,
    rowLabel,
    columnLabel,
    kind,
    value: 0,
    parts: [],
  };
  let sum = 0;
  for (const department of departments) {
    const used = department.tables.get(table);
    if (!used) continue; // listed as a missing table of the department
    const at = used.table.cells.get(cellKey(rowId, columnId));
    const where = { department: department.name, table, rowId, columnId, rowLabel, columnLabel };
    if (!at) {
      skipped.push({ ...where, reason: 'missing' });
      continue;
    }
    const reading = readCell(used.grid, at, kind);
    const raw = used.grid.value(at.row, at.col);
    // The sheet's own cell: a number of a row copied from PDF shares it with the row's other numbers.
    const real = sourceCellOf(used.grid, at);
    result.parts.push({
      department: department.name,
      sheet: used.grid.sheet,
      cell: real,
      ...(isSplitCell(used.grid, at) ? { shared: true } : {}),
      raw,
      kind: reading.parsed.kind,
      value: reading.value,
    });
    if (reading.value === null)
      skipped.push({
        ...where,
        reason: 'unreadable',
        source: `${used.grid.sheet}!${toA1(real.row, real.col)}`,
        raw,
      });
    else sum += reading.value;
  }
  result.value = roundSum(sum);
  return result;
}

/** Amounts (万元) are decimals: drop the binary noise that adding them leaves (0.1 + 0.2). */
const roundSum = (x: number): number => Math.round(x * 1e6) / 1e6;

/** The most frequent non-null value; ties go to the one seen first. */
function mostCommon<T>(values: readonly (T | null)[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let most = 0;
  for (const [v, n] of counts)
    if (n > most) {
      best = v;
      most = n;
    }
  return best;
}
