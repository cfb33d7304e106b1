import { checkTemplate, templateGrid } from '../../src/consolidate';
import { buildTemplate } from '../../src/template/build';
import type { Template } from '../../src/template/types';
import { consistentFills } from '../template/data';

const template = (broken = false): Template => {
  const values = consistentFills('2021', 7).map((f) =>
    broken && f.table === 'applications' && f.rowId === 'new' && f.columnId === 'natural-person'
      ? { ...f, value: (f.value ?? 0) + 40 }
      : f,
  );
  return buildTemplate({ edition: '2021', year: 2023, body: '某某市', values });
};

describe('templateGrid: the sheet as Excel shows it', () => {
  const t = template();

  test('constants as written, formula cells by their cached result, TRUE/FALSE in capitals', () => {
    // Self-check cells give booleans; a copy with both values makes sure each is shown as Excel does.
    const withBooleans: Template = {
      ...t,
      cells: [
        ...t.cells,
        { row: 200, col: 0, formula: '1=1', result: true, style: 'status' },
        { row: 200, col: 1, value: false, style: 'status' },
      ],
    };
    const grid = templateGrid(withBooleans);
    for (const c of t.cells) {
      const shown = c.formula !== undefined ? c.result : c.value;
      expect([c.row, c.col, grid.value(c.row, c.col)]).toEqual([c.row, c.col, shown ?? null]);
    }
    expect(t.cells.some((c) => c.formula !== undefined && typeof c.result === 'number')).toBe(true);
    expect([grid.value(200, 0), grid.value(200, 1)]).toEqual(['TRUE', 'FALSE']);
  });

  test('rows without cells read as blank, and the merges are the template’s', () => {
    const grid = templateGrid({ ...t, cells: t.cells.filter((c) => c.row !== 2) });
    expect(grid.rowCount).toBe(Math.max(...t.cells.map((c) => c.row)) + 1);
    for (let col = 0; col < grid.colCount; col++) expect(grid.value(2, col)).toBeNull();
    expect(grid.merges).toEqual(t.merges);
  });

  test('the sheet is named as the template unless the caller names it', () => {
    expect(templateGrid(t).sheet).toBe(t.sheetName);
    expect(templateGrid(t, '汇总表').sheet).toBe('汇总表');
  });
});

describe('checkTemplate', () => {
  test('checks the template’s year and tables, in the locale asked, on the sheet named', () => {
    const report = checkTemplate(template(true), 'en', '汇总表');
    expect(report.year).toBe(2023);
    expect(report.valid).toBe(false);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) {
      expect(f.sheet).toBe('汇总表');
      expect(f.message).toMatch(/should|expected/i);
    }
  });

  test('Chinese and the template’s own sheet name by default', () => {
    const t = template(true);
    const report = checkTemplate(t);
    expect(report.findings.map((f) => f.sheet)).toContain(t.sheetName);
    expect(report.findings[0].message).toMatch(/应为|应等于/);
    expect(checkTemplate(template()).findings).toEqual([]);
  });
});
