import { checkGrid } from '../../src/check';
import { APPLICATIONS } from '../../src/format';
import { ArrayGrid, columnName } from '../../src/grid';
import { fixtureRows } from '../support/fixture';

/**
 * Acceptance: changing any one of the 175 numbers of table 三 in the published report yields exactly
 * the totals findings the arithmetic implies, at the cells FORMAT.md names, plus the suspect cell
 * with the original value. Addresses come from the fixture's layout, independently of the locator:
 * line 43 is row `new`; rows with three label cells (the items) and 四、结转 start their numbers at D,
 * the others at C (text pasted from Word shifts them).
 */
const format = APPLICATIONS['2021'];
const FIRST_LINE = 43;
const startsAtD = (rowId: string) => rowId.includes('.') || rowId === 'carried-forward';
const address = (rowId: string, columnId: string): string => {
  const r = format.rows.findIndex((x) => x.id === rowId);
  const c = format.columns.findIndex((x) => x.id === columnId);
  return `${columnName((startsAtD(rowId) ? 3 : 2) + c)}${FIRST_LINE + r}`;
};
const OUTCOME_ROWS = new Set(format.rows.filter((r) => r.outcome).map((r) => r.id));
const BALANCE_ROWS = new Set(['new', 'carried-in', 'outcome-total', 'carried-forward']);

const cases = format.rows.flatMap((row) => format.columns.map((col) => [row.id, col.id] as const));

describe('every single-number change of table 三', () => {
  const base = fixtureRows();

  it('has 175 cells to change', () => expect(cases).toHaveLength(175));

  it.each(cases)('%s × %s', (rowId, columnId) => {
    const at = address(rowId, columnId);
    const rows = base.map((r) => [...r]);
    const line = Number(at.replace(/^[A-Z]+/, '')) - 1;
    const col = at.charCodeAt(0) - 65;
    const original = rows[line][col];
    expect(typeof original).toBe('number');
    rows[line][col] = (original as number) + 3;

    const report = checkGrid(new ArrayGrid({ sheet: 'fixture', values: rows }));
    const errors = report.findings.filter((f) => f.severity === 'error');
    const got = errors.map((f) => `${f.ruleId} ${f.address}`).sort();

    const want = [`applications/row-total ${address(rowId, 'total')}`, `applications/suspect-cell ${at}`];
    if (OUTCOME_ROWS.has(rowId) || rowId === 'outcome-total')
      want.push(`applications/outcome-total ${address('outcome-total', columnId)}`);
    if (BALANCE_ROWS.has(rowId)) want.push(`applications/balance ${address('carried-forward', columnId)}`);
    expect(got).toEqual(want.sort());

    const suspect = errors.find((f) => f.ruleId === 'applications/suspect-cell')!;
    expect(suspect).toMatchObject({
      expected: original,
      actual: (original as number) + 3,
      row: rowId,
      column: columnId,
    });
    expect(report.findings.find((f) => f.table === 'applications')).toBe(suspect);
  });
});
