/** Table 三 (收到和处理政府信息公开申请情况) in the template: header, labels, inputs, totals, checks. */
import { APPLICATIONS, type Edition, type LabelPart } from '../format';
import type { CellRef } from '../locate/types';
import type { SheetBuilder } from './builder';
import { a1, putStatus, putValueCell, sum, TABLE_ROW_HEIGHT } from './layout';
import { STATUS } from './messages';
import type { TemplateTable, TemplateValueCell, TotalsMode } from './types';

const NUMERALS = '一二三四五六七八九十';
/** Label columns: section (1 column), group (2) and item (5); then seven number columns. */
const L1 = 0;
const L2 = 1;
const L3 = 3;
const FIRST_NUMBER = 8;
const LABEL_COLS = FIRST_NUMBER - L1;

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
  for (let r = top; r < top + 3; r++) b.height(r, TABLE_ROW_HEIGHT);

  const first = top + 3;
  const rowOf = new Map(format.rows.map((row, i) => [row.id, first + i]));
  const colOf = new Map(format.columns.map((c, i) => [c.id, FIRST_NUMBER + i]));
  const at = (rowId: string, columnId: string): CellRef => ({
    row: rowOf.get(rowId) ?? -1,
    col: colOf.get(columnId) ?? -1,
  });

  writeLabels(b, first, edition);

  const outcomeRows = format.rows.filter((r) => r.outcome).map((r) => r.id);
  const firstOutcome = outcomeRows[0];
  const lastOutcome = outcomeRows[outcomeRows.length - 1];
  const cells: TemplateValueCell[] = [];
  for (const row of format.rows)
    for (const column of format.columns) {
      const role = row.role === 'total' || column.role === 'total' ? 'total' : 'input';
      const cell: TemplateValueCell = {
        table: 'applications',
        rowId: row.id,
        columnId: column.id,
        rowLabel: row.label,
        columnLabel: column.label,
        kind: column.kind,
        role,
        cell: at(row.id, column.id),
      };
      const rowSum = sum(at(row.id, 'natural-person'), at(row.id, 'other-org'));
      const columnSum = sum(at(firstOutcome, column.id), at(lastOutcome, column.id));
      // The corner （七）总计 × 总计 is both sums; the row sum is written, both are checked.
      const formula = column.role === 'total' ? rowSum : columnSum;
      putValueCell(b, cell, totals, formula);
      cells.push(cell);
      if (totals === 'input' && role === 'total') {
        const checks: string[] = [];
        if (column.role === 'total') checks.push(`${a1(cell.cell)}<>${rowSum}`);
        if (row.role === 'total') checks.push(`${a1(cell.cell)}<>${columnSum}`);
        b.conditionalFormats.push({
          cell: cell.cell,
          formula: checks.length > 1 ? `OR(${checks.join(',')})` : checks[0],
          style: 'fail',
          target: 'value',
        });
      }
    }

  // The balance rule printed in the header, per column: 一 + 二 = 三（七）+ 四.
  const balances = format.columns.map((column) => {
    const [n, i, o, f] = ['new', 'carried-in', 'outcome-total', 'carried-forward'].map((id) =>
      a1(at(id, column.id)),
    );
    const fwd = at('carried-forward', column.id);
    b.conditionalFormats.push({ cell: fwd, formula: `${n}+${i}<>${o}+${f}`, style: 'fail', target: 'value' });
    return `${n}+${i}=${o}+${f}`;
  });
  const totalChecks =
    totals === 'input'
      ? cells
          .filter((c) => c.role === 'total')
          .map((c) =>
            c.columnId === 'total'
              ? `${a1(c.cell)}=${sum(at(c.rowId, 'natural-person'), at(c.rowId, 'other-org'))}`
              : `${a1(c.cell)}=${sum(at(firstOutcome, c.columnId), at(lastOutcome, c.columnId))}`,
          )
      : [];
  putStatus(b, status, `AND(${[...balances, ...totalChecks].join(',')})`, STATUS.applications[totals]);

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
  const spanOf = (from: number, same: (i: number) => boolean) => {
    let n = 1;
    while (from + n < rows.length && same(from + n)) n++;
    return n;
  };
  rows.forEach((row, i) => {
    const r = first + i;
    b.height(r, TABLE_ROW_HEIGHT);
    const [section, group, item] = row.path;
    const firstOfSection = i === 0 || rows[i - 1].path[0] !== section;
    const firstOfGroup = i === 0 || rows[i - 1].path[1] !== group;
    if (!group) {
      b.put(r, L1, { value: labelText(section), style: 'label' }, { cols: LABEL_COLS });
      return;
    }
    if (firstOfSection) {
      const rowsInSection = spanOf(i, (j) => rows[j].path[0] === section);
      b.put(r, L1, { value: labelText(section), style: 'label-center' }, { rows: rowsInSection });
    }
    if (!item) {
      b.put(r, L2, { value: labelText(group), style: 'label' }, { cols: LABEL_COLS - L2 });
      return;
    }
    if (firstOfGroup) {
      const rowsInGroup = spanOf(i, (j) => rows[j].path[1] === group);
      b.put(r, L2, { value: labelText(group), style: 'label-center' }, { rows: rowsInGroup, cols: L3 - L2 });
    }
    b.put(r, L3, { value: labelText(item), style: 'label' }, { cols: FIRST_NUMBER - L3 });
  });
}
