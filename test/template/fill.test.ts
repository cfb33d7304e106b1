import { ArrayGrid, type CellValue } from '../../src/grid';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { textGrid } from '../../src/grid/text';
import { locateTables, locateWithFlattened } from '../../src/locate';
import { cellKey } from '../../src/locate/types';
import { readCell } from '../../src/rules/values';
import { buildTemplate } from '../../src/template/build';
import { cellReader } from '../../src/template/calc';
import { applyValues, fillTemplate, type FillSource } from '../../src/template/fill';
import type { Template } from '../../src/template/types';
import { fixtureGrid, fixtureRows } from '../support/fixture';
import { layoutText } from '../support/layout-text';

const source = (grid: ArrayGrid): FillSource => ({ grid, tables: locateTables(grid) });
const valueAt = (t: Template, table: string, rowId: string, columnId: string) => {
  const cell = t.tables
    .flatMap((x) => x.cells)
    .find((c) => c.table === table && c.rowId === rowId && c.columnId === columnId);
  return cell ? cellReader(t.cells)(cell.cell) : undefined;
};

describe('fillTemplate', () => {
  test.each(['formula', 'input'] as const)(
    'from the seed fixture (totals %s): every number reproduced',
    (totals) => {
      const grid = fixtureGrid();
      const src = source(grid);
      const result = fillTemplate(buildTemplate({ totals }), [src]);
      expect(result.unfilled).toEqual([]);
      expect(result.notFound).toEqual([]);
      expect(result.used.map((u) => u.table)).toEqual(['proactive', 'applications', 'reviews']);
      for (const table of result.template.tables) {
        const located = src.tables.find((t) => t.table === table.table);
        for (const c of table.cells) {
          const at = located?.cells.get(cellKey(c.rowId, c.columnId));
          if (!at) throw new Error(`${c.rowId}|${c.columnId} not in the fixture`);
          // Totals in formula mode are computed, and the fixture's totals are right, so they agree too.
          expect([c.rowId, c.columnId, valueAt(result.template, c.table, c.rowId, c.columnId)]).toEqual([
            c.rowId,
            c.columnId,
            readCell(grid, at, c.kind).value,
          ]);
        }
      }
      const typed = result.template.tables
        .flatMap((t) => t.cells)
        .filter((c) => c.role === 'input' || totals === 'input');
      expect(result.filled).toBe(typed.length);
    },
  );

  test('unreadable source cells are left empty and listed with where they came from', () => {
    const rows = fixtureRows();
    const r = rows.findIndex((row) =>
      row.some((v) => v === '（四）无法提供' || String(v).includes('无法提供')),
    );
    const values: CellValue[][] = rows.map((row) => [...row]);
    const col = values[r].findIndex((v, i) => i > 2 && typeof v === 'number');
    values[r][col] = '见附件';
    const grid = new ArrayGrid({ sheet: '年报', values });
    const result = fillTemplate(buildTemplate(), [source(grid)]);
    expect(result.unfilled).toHaveLength(1);
    const [u] = result.unfilled;
    expect(u).toMatchObject({ table: 'applications', reason: 'unreadable', raw: '见附件' });
    expect(u.source).toMatch(/^年报![A-Z]+\d+$/);
    expect(u.rowLabel?.zh).toContain('无法提供');
    expect(valueAt(result.template, 'applications', u.rowId, u.columnId)).toBeNull();
  });

  test('a source of the other edition: cells it lacks are listed as missing; tables it lacks as not found', () => {
    const t2019 = buildTemplate({ edition: '2019' });
    const rows: CellValue[][] = [];
    // Only table 二 of the 2021 edition, written by the template itself.
    const only2021 = buildTemplate({ edition: '2021' });
    const proactive = only2021.tables[0];
    for (const c of only2021.cells)
      if (c.row >= proactive.bounds.top && c.row <= proactive.bounds.bottom && c.value !== undefined) {
        rows[c.row] ??= [];
        rows[c.row][c.col] = c.value;
      }
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    const grid = new ArrayGrid({
      sheet: 's',
      values: rows,
      merges: only2021.merges.filter(
        (m) => m.top >= proactive.bounds.top && m.bottom <= proactive.bounds.bottom,
      ),
    });
    const result = fillTemplate(t2019, [source(grid)]);
    expect(result.notFound).toEqual(['applications', 'reviews']);
    const missing = result.unfilled.filter((u) => u.reason === 'missing');
    // 规章 exists in both editions but under other columns; 2019-only rows are missing entirely.
    expect(missing.map((u) => u.rowId)).toEqual(expect.arrayContaining(['other-services', 'procurement']));
    // 处理决定数量 of 行政许可, 行政处罚 and 行政强制 is the same cell in both editions.
    const shared = t2019.tables[0].cells.filter(
      (c) => c.columnId === 'decisions' && c.rowId !== 'other-services',
    );
    expect(shared).toHaveLength(3);
    expect(missing.length).toBe(t2019.tables[0].cells.length - shared.length);
    expect(result.filled).toBe(shared.length);
  });

  test('applyValues ignores totals in formula mode and recomputes them', () => {
    const t = buildTemplate();
    const filled = applyValues(t, [
      { table: 'reviews', rowId: 'review', columnId: 'upheld', value: 2 },
      { table: 'reviews', rowId: 'review', columnId: 'pending', value: 5 },
      { table: 'reviews', rowId: 'review', columnId: 'total', value: 99 },
    ]);
    expect(valueAt(filled, 'reviews', 'review', 'total')).toBe(7);
    const typedTotals = applyValues(buildTemplate({ totals: 'input' }), [
      { table: 'reviews', rowId: 'review', columnId: 'total', value: 99 },
    ]);
    expect(valueAt(typedTotals, 'reviews', 'review', 'total')).toBe(99);
  });
});

describe('fillTemplate from a report copied from a PDF (`pdftotext -layout` .txt)', () => {
  const tsv = readFileSync(join(__dirname, '../fixtures/zhengzhou-zwfwb-2021.txt'), 'utf8');
  const from = (text: string) =>
    fillTemplate(buildTemplate({}), [locateWithFlattened(textGrid('年报', text, 'tsv'))]);

  test('fills the same numbers as from the tab-separated text, naming the real source ranges', () => {
    const flat = from(layoutText(tsv));
    const plain = from(tsv);
    expect(flat.unfilled).toEqual([]);
    expect(flat.notFound).toEqual([]);
    expect(flat.filled).toBe(plain.filled);
    expect(flat.filled).toBeGreaterThan(100);
    expect(flat.template.cells).toEqual(plain.template.cells);
    expect(valueAt(flat.template, 'applications', 'new', 'natural-person')).toBe(1);
    expect(flat.used.map((u) => `${u.table} ${u.sheet}!${u.range}`)).toEqual([
      'proactive 年报!A23:A36',
      'applications 年报!A40:A67',
      'reviews 年报!A71:A74',
    ]);
  });

  test('a row with the wrong count of numbers is left empty and listed, not guessed', () => {
    const lines = layoutText(tsv).split('\n');
    const i = lines.findIndex((l) => l.startsWith('一、本年新收'));
    lines[i] = lines[i].replace(/\s+0\s+0\s+0\s+0\s+0\s+1$/, '  0  0  0  0  1');
    const result = from(lines.join('\n'));
    expect(result.unfilled.map((u) => `${u.rowId} ${u.columnId} ${u.reason}`)).toEqual(
      ['natural-person', 'commercial', 'research', 'nonprofit', 'legal-services', 'other-org'].map(
        (c) => `new ${c} missing`,
      ),
    );
    expect(valueAt(result.template, 'applications', 'new', 'natural-person')).toBeNull();
  });
});
