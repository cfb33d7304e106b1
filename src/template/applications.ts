/** Table 三 (收到和处理政府信息公开申请情况) in the template: header, labels, inputs, totals, checks. */
import { APPLICATIONS, type Edition, type LabelPart } from '../format';
import type { CellRef } from '../locate/types';
import { editionEquations } from '../rules/equations';
import type { SheetBuilder } from './builder';
import { putChecks, totalFormulas } from './equations';
import { putValueCell } from './layout';
import { STATUS } from './messages';
import type { TemplateTable, TemplateValueCell, TotalsMode } from './types';

const NUMERALS = '一二三四五六七八九十';
/** Label columns: section (1 column), group (2) and item (5); then seven number columns. */
const L1 = 0;
const L2 = 1;
const L3 = 3;
const FIRST_NUMBER = 8;
/** The label columns are the first ones: the numbers start right after them. */
const LABEL_COLS = FIRST_NUMBER;

export function labelText(part: LabelPart): string {
  const n = NUMERALS[part.index - 1];
  if (part.marker === 'section') return `${n}、${part.text}`;
  if (part.marker === 'group') return `（${n}）${part.text}`;
  return `${part.index}.${part.text}`;
}

/** Writes the table with its header at `top`; returns it with its bottom row in `bounds`. */
export function buildApplications(
  b: SheetBuilder,
  top: number,
  edition: Edition,
  totals: TotalsMode,
  status: CellRef,
): TemplateTable {
  const format = APPLICATIONS[edition];
  const h = format.header;
  const header = { style: 'header' as const };
  b.put(top, L1, { ...header, value: h.note }, { rows: 3, cols: LABEL_COLS });
  b.put(top, FIRST_NUMBER, { ...header, value: h.applicants }, { cols: 7 });
  b.put(top + 1, FIRST_NUMBER, { ...header, value: h.naturalPerson }, { rows: 2 });
  b.put(top + 1, FIRST_NUMBER + 1, { ...header, value: h.organisations }, { cols: 5 });
  b.put(top + 1, FIRST_NUMBER + 6, { ...header, value: h.total }, { rows: 2 });
  format.columns
    .slice(1, 6)
    .forEach((c, i) => b.put(top + 2, FIRST_NUMBER + 1 + i, { ...header, value: c.label.zh }));
  // The header rows need no height floor: each holds a one-row label, which `put` fits (taller
  // than a table row).

  const first = top + 3;
  const rowOf = new Map(format.rows.map((row, i) => [row.id, first + i]));
  const colOf = new Map(format.columns.map((c, i) => [c.id, FIRST_NUMBER + i]));
  // The equations name only the format's own rows and columns: a lookup cannot miss.
  const at = (rowId: string, columnId: string): CellRef => ({
    row: rowOf.get(rowId)!,
    col: colOf.get(columnId)!,
  });

  writeLabels(b, first, edition);

  const equations = editionEquations('applications', edition);
  const formulaOf = totalFormulas(equations, at);
  const cells: TemplateValueCell[] = [];
  for (const row of format.rows)
    for (const column of format.columns) {
      const cell: TemplateValueCell = {
        table: 'applications',
        rowId: row.id,
        columnId: column.id,
        rowLabel: row.label,
        columnLabel: column.label,
        kind: column.kind,
        role: row.role === 'total' || column.role === 'total' ? 'total' : 'input',
        cell: at(row.id, column.id),
      };
      putValueCell(b, cell, totals, formulaOf(row.id, column.id));
      cells.push(cell);
    }
  putChecks(b, equations, at, totals, status, STATUS.applications[totals]);

  const bottom = first + format.rows.length - 1;
  return {
    table: 'applications',
    edition,
    bounds: { top, left: L1, bottom, right: FIRST_NUMBER + 6 },
    status,
    cells,
  };
}

/** Row labels with the official merges: section over its rows, group over its items. */
function writeLabels(b: SheetBuilder, first: number, edition: Edition): void {
  const rows = APPLICATIONS[edition].rows;
  rows.forEach((row, i) => {
    // No height floor for the label rows either: each gets a one-row label below.
    const r = first + i;
    const [section, group, item] = row.path;
    const firstOfSection = i === 0 || rows[i - 1].path[0] !== section;
    const firstOfGroup = i === 0 || rows[i - 1].path[1] !== group;
    if (!group) {
      b.put(r, L1, { value: labelText(section), style: 'label' }, { cols: LABEL_COLS });
      return;
    }
    if (firstOfSection) {
      const rowsInSection = spanOf(rows, i, (other) => other.path[0] === section);
      b.put(r, L1, { value: labelText(section), style: 'label-center' }, { rows: rowsInSection });
    }
    if (!item) {
      b.put(r, L2, { value: labelText(group), style: 'label' }, { cols: LABEL_COLS - L2 });
      return;
    }
    if (firstOfGroup) {
      const rowsInGroup = spanOf(rows, i, (other) => other.path[1] === group);
      b.put(r, L2, { value: labelText(group), style: 'label-center' }, { rows: rowsInGroup, cols: L3 - L2 });
    }
    b.put(r, L3, { value: labelText(item), style: 'label' }, { cols: FIRST_NUMBER - L3 });
  });
}

/** How many items from `from` on (itself included) `same` holds for: the rows a label spans. */
export function spanOf<T>(items: readonly T[], from: number, same: (item: T) => boolean): number {
  const after = items.slice(from + 1);
  const other = after.findIndex((item) => !same(item));
  return 1 + (other === -1 ? after.length : other);
}
