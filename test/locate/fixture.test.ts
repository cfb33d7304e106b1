import { rangeA1, toA1 } from '../../src/grid';
import { cellKey, locateTables } from '../../src/locate';
import { fixtureGrid } from '../support/fixture';

describe('locateTables on the published Zhengzhou report', () => {
  const tables = locateTables(fixtureGrid());
  const find = (id: string) => tables.find((t) => t.table === id);

  it('finds tables 二, 三 and 四, edition 2021', () => {
    expect(tables.map((t) => `${t.table}:${t.edition}`)).toEqual([
      'proactive:2021',
      'applications:2021',
      'reviews:2021',
    ]);
  });

  it('maps table 三 over its 28 rows with no missing rows or columns', () => {
    const t = find('applications')!;
    const { top, left, bottom, right } = t.bounds;
    expect(bottom - top + 1).toBe(28);
    expect(rangeA1(top, left, bottom, right)).toBe('A40:J67');
    expect(t.missingRows).toEqual([]);
    expect(t.missingColumns).toEqual([]);
    expect(t.cells.size).toBe(25 * 7);
  });

  it.each([
    ['new', 'natural-person', 'C43'],
    ['new', 'total', 'I43'],
    ['granted', 'natural-person', 'C45'],
    ['denied.1', 'natural-person', 'D47'],
    ['denied.1', 'total', 'J47'],
    ['unavailable.1', 'natural-person', 'D55'],
    ['other.3', 'total', 'J65'],
    ['outcome-total', 'natural-person', 'C66'],
    ['carried-forward', 'natural-person', 'D67'],
    ['carried-forward', 'total', 'J67'],
  ])('puts %s × %s at %s', (row, col, address) => {
    const cell = find('applications')!.cells.get(cellKey(row, col))!;
    expect(toA1(cell.row, cell.col)).toBe(address);
  });

  it('maps table 二 blocks and table 四 groups', () => {
    const p = find('proactive')!;
    expect(p.missingRows).toEqual([]);
    expect(p.missingColumns).toEqual([]);
    const at = (t: typeof p, r: string, c: string) => {
      const cell = t.cells.get(cellKey(r, c))!;
      return toA1(cell.row, cell.col);
    };
    expect(at(p, 'normative-documents', 'in-force')).toBe('D26');
    expect(at(p, 'fees', 'fees-amount')).toBe('B36');
    const r = find('reviews')!;
    expect(at(r, 'review', 'upheld')).toBe('A74');
    expect(at(r, 'litigation-direct', 'total')).toBe('J74');
    expect(at(r, 'litigation-after-review', 'total')).toBe('O74');
  });
});
