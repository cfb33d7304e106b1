import { SHEET_WORDS } from '../../src/consolidate';
import { ArrayGrid, type Grid } from '../../src/grid';
import { toA1 } from '../../src/grid';
import { locateTables } from '../../src/locate';
import { cellKey } from '../../src/locate/types';
import type { ConsolidateSheetsOptions, WorkbookService } from '../../src/office';
import { TEMPLATE_SKIPPED } from '../../src/office/template-messages';
import { buildTemplate } from '../../src/template/build';
import { evaluateFormula, FormulaError } from '../../src/template/formula';
import type { CellScalar, Evaluate, ExcelHost as ExcelDouble, SheetModel } from '../support/excel-host';
import {
  expectedSums,
  fillKey,
  generatedDepartment,
  type GeneratedDepartment,
} from '../consolidate/departments';
import { setup } from './helpers';

const OPTIONS: ConsolidateSheetsOptions = {
  sheets: [],
  excludeInvalid: false,
  body: '某某市',
  locale: 'zh-CN',
};
const notes: SheetModel = { name: '备忘', rows: [['会议纪要'], [12]] };

function model(grid: Grid): SheetModel {
  const rows: CellScalar[][] = Array.from({ length: grid.rowCount }, (_, r) =>
    Array.from({ length: grid.colCount }, (_, c) => grid.value(r, c)),
  );
  return {
    name: grid.sheet,
    rows,
    merges: grid.merges.map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`),
  };
}

/** `'Sheet'!A1` terms of a formula: sheet name (quotes undoubled) and cell. */
const REFERENCE = /'((?:[^']|'')*)'!([A-Z]+\d+)/g;
const references = (formula: string) =>
  [...formula.matchAll(REFERENCE)].map((m) => ({ sheet: m[1].replace(/''/g, "'"), address: m[2] }));

/**
 * Formulas as Excel computes them: sums of other sheets' cells (SUM skips text, as Excel's does),
 * and the template's own formulas with the portable evaluator.
 */
function evaluator(double: () => ExcelDouble): Evaluate {
  return (formula, read) => {
    if (formula.includes("'!")) {
      if (!/^SUM\(.*\)$/.test(formula)) throw new Error(`unexpected formula ${formula}`);
      return references(formula).reduce((sum, ref) => {
        const v = double().cell(ref.sheet, ref.address).value;
        return sum + (typeof v === 'number' ? v : 0);
      }, 0);
    }
    const v = evaluateFormula(formula, (ref) => read(ref.row, ref.col) as CellScalar);
    return v instanceof FormulaError ? v.code : v;
  };
}

function workbook(sheets: SheetModel[], options: Parameters<typeof setup>[1] = {}) {
  // The evaluator reads other sheets through the double it belongs to, made just below.
  const holder: { double?: ExcelDouble } = {};
  const made = setup(sheets, {
    evaluate: evaluator(() => {
      if (!holder.double) throw new Error('no double');
      return holder.double;
    }),
    ...options,
  });
  holder.double = made.double;
  return made;
}

async function consolidated(service: WorkbookService, options: Partial<ConsolidateSheetsOptions>) {
  if (!service.consolidate) throw new Error('the Excel service consolidates');
  return service.consolidate({ ...OPTIONS, ...options });
}

/** The new sheet's input cells: formula and value, by fill key. */
function inputCells(double: ExcelDouble, sheet: string) {
  const template = buildTemplate();
  return template.tables
    .flatMap((t) => t.cells)
    .filter((c) => c.role === 'input')
    .map((c) => ({ key: fillKey(c), cell: c, ...double.inspect(sheet, toA1(c.cell.row, c.cell.col)) }));
}

describe('consolidating three department sheets', () => {
  const departments = [0, 1, 2].map((i) => generatedDepartment(i, { seed: 99 }));
  const sums = expectedSums(departments);
  let double: ExcelDouble;
  let service: WorkbookService;
  let outcome: Awaited<ReturnType<typeof consolidated>>;
  let syncs: number;

  beforeAll(async () => {
    ({ double, service } = workbook([notes, ...departments.map((d) => model(d.grid))]));
    outcome = await consolidated(service, { sheets: departments.map((d) => d.name) });
    syncs = double.syncCount;
  });

  const result = () => {
    if (!outcome.ok) throw new Error(outcome.error.message.en);
    return outcome.value;
  };

  test('adds 汇总表 in two syncs and one for page setup, activates it, and leaves the other sheets as they were', () => {
    expect(result().sheet).toBe(SHEET_WORDS.reportSheet);
    expect(syncs).toBe(3);
    expect(double.sheetNames).toEqual([
      notes.name,
      ...departments.map((d) => d.name),
      SHEET_WORDS.reportSheet,
    ]);
    expect(double.activeSheet).toBe(SHEET_WORDS.reportSheet);
    const saved = double.save().sheets;
    for (const d of departments)
      expect(saved.find((s) => s.name === d.name)?.rows).toEqual(model(d.grid).rows);
  });

  test('every input cell is a SUM of the departments’ cells of the same row and column', () => {
    const located = departments.map((d) => ({ d, tables: locateTables(d.grid) }));
    const cells = inputCells(double, result().sheet);
    expect(cells.length).toBeGreaterThan(150);
    for (const { key, cell, formula } of cells) {
      const want = located.map(({ d, tables }) => {
        const at = tables.find((t) => t.table === cell.table)?.cells.get(cellKey(cell.rowId, cell.columnId));
        return { sheet: d.name, address: at ? toA1(at.row, at.col) : '?' };
      });
      expect([key, formula && references(formula)]).toEqual([key, want]);
    }
  });

  test('the formulas compute the cell-wise sums, and the sheet checks clean before and after', async () => {
    for (const { key, value } of inputCells(double, result().sheet))
      expect([key, value]).toEqual([key, expect.closeTo(sums.get(key) ?? NaN, 6)]);
    expect(result().report.findings).toEqual([]);
    expect(result().report.valid).toBe(true);
    expect(result().values).toEqual([]);
    // The check the user runs next, through the real read path, agrees.
    const check = await service.check('sheet', 'zh-CN');
    expect(check.ok && check.value.report.findings).toEqual([]);
    expect(check.ok && check.value.report.tables).toHaveLength(3);
  });

  test('lists every department as included, with no cell skipped', () => {
    expect(result().departments.map((d) => [d.sheet, d.included, d.errors, d.note])).toEqual(
      departments.map((d) => [d.name, true, 0, null]),
    );
    expect(result().skipped).toEqual([]);
    expect(result().edition).toBe('2021');
    expect(result().year).toBe(2022);
    expect(double.inspect(result().sheet, 'A1').value).toBe('某某市2022年政府信息公开工作年度报告');
  });

  test('prints A4 portrait, one page wide and as many tall, title row repeated, header and page footer', () => {
    const view = double.sheet(result().sheet);
    expect(view.pageLayout).toMatchObject({
      orientation: 'Portrait',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: { first: 0, last: 0 },
      centerHeader: '&F　&A',
      centerFooter: '第 &P 页，共 &N 页',
    });
    expect(result().skippedFeatures).toEqual([]);
  });

  test('a second consolidation gets its own name; the first is left alone', async () => {
    const again = await consolidated(service, { sheets: [departments[0].name] });
    expect(again.ok && again.value.sheet).toBe(`${SHEET_WORDS.reportSheet} (2)`);
    const first = inputCells(double, SHEET_WORDS.reportSheet);
    for (const { key, value } of first) expect(value).toBeCloseTo(sums.get(key) ?? NaN, 6);
  });
});

/** Two generated departments' sheets consolidated on an Excel of the given ExcelApi version. */
async function consolidateTwoOn(apiVersion: string) {
  const departments = [0, 1].map((i) => generatedDepartment(i, { seed: 5 }));
  const { double, service } = workbook(
    departments.map((d) => model(d.grid)),
    { apiVersion },
  );
  const outcome = await consolidated(service, { sheets: departments.map((d) => d.name) });
  return { departments, double, outcome };
}

describe('below ExcelApi 1.2', () => {
  test('refuses with the version it needs and adds no sheet', async () => {
    const { departments, double, outcome } = await consolidateTwoOn('1.1');
    expect(outcome).toMatchObject({ ok: false, error: { code: 'requirement' } });
    expect(!outcome.ok && outcome.error.message.zh).toContain('ExcelApi 1.2');
    expect(double.sheetNames).toEqual(departments.map((d) => d.name));
    expect(double.syncCount).toBe(0);
  });
});

describe('below ExcelApi 1.9 (no page layout API)', () => {
  test('consolidates all the same, leaves printing as Excel has it, and says so', async () => {
    const { double, outcome } = await consolidateTwoOn('1.8');
    if (!outcome.ok) throw new Error(`${outcome.error.message.en} ${outcome.error.detail ?? ''}`);
    expect(outcome.value.skippedFeatures).toEqual([TEMPLATE_SKIPPED.pageLayout]);
    expect(double.sheet(outcome.value.sheet).pageLayout).toMatchObject({
      paperSize: 'Letter',
      centerHeader: '',
      zoom: { scale: 100 },
    });
    expect(double.syncCount).toBe(2);
  });
});

describe('a locked workbook structure', () => {
  it('is told after reading, before any sheet is added', async () => {
    const departments = [0, 1].map((i) => generatedDepartment(i, { seed: 7 }));
    const { double, service } = workbook(
      departments.map((d) => model(d.grid)),
      { structureProtected: true },
    );
    const outcome = await consolidated(service, { sheets: departments.map((d) => d.name) });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'protected' } });
    expect(!outcome.ok && outcome.error.message.zh).toContain('工作簿结构');
    expect(double.syncCount).toBe(1);
    expect(double.sheetNames).toEqual(departments.map((d) => d.name));
  });
});

describe('what is left out, and what is written as a value', () => {
  const good = [0, 1].map((i) => generatedDepartment(i, { seed: 5 }));
  /** A department sheet with one cell changed. */
  const changed = (
    d: GeneratedDepartment,
    name: string,
    table: 'applications' | 'reviews',
    id: string,
    value: CellScalar,
  ) => {
    const m = model(d.grid);
    const at = locateTables(d.grid)
      .find((t) => t.table === table)
      ?.cells.get(id);
    if (!at) throw new Error('not located');
    m.rows[at.row][at.col] = value;
    return { ...m, name };
  };

  test('excludeInvalid: a department with errors is listed with the reason and referenced nowhere', async () => {
    const broken = generatedDepartment(2, { seed: 5 });
    const total = broken.fills.find((f) => fillKey(f) === 'reviews|review|total')?.value ?? 0;
    const bad = changed(broken, "O'Brien 局", 'reviews', cellKey('review', 'total'), total + 4);
    const { double, service } = workbook([...good.map((d) => model(d.grid)), bad]);
    const outcome = await consolidated(service, {
      sheets: [...good.map((d) => d.name), bad.name],
      excludeInvalid: true,
    });
    if (!outcome.ok) throw new Error(outcome.error.message.en);
    expect(outcome.value.departments.map((d) => [d.sheet, d.included])).toEqual([
      [good[0].name, true],
      [good[1].name, true],
      [bad.name, false],
    ]);
    expect(outcome.value.departments[2].note?.zh).toMatch(
      /表格有 \d+ 处错误，按“不计入表格有错误的单位”未纳入汇总/,
    );
    const sums = expectedSums(good);
    for (const { key, formula, value } of inputCells(double, outcome.value.sheet)) {
      expect(formula && references(formula).map((r) => r.sheet)).toEqual(good.map((d) => d.name));
      expect(value).toBeCloseTo(sums.get(key) ?? NaN, 6);
    }
    expect(outcome.value.report.valid).toBe(true);
  });

  test('a sheet name with a quote is quoted properly and summed', async () => {
    const odd = { ...model(good[1].grid), name: "O'Brien 局" };
    const { double, service } = workbook([model(good[0].grid), odd]);
    const outcome = await consolidated(service, { sheets: [good[0].name, odd.name] });
    if (!outcome.ok) throw new Error(outcome.error.message.en);
    const cells = inputCells(double, outcome.value.sheet);
    expect(cells[0].formula).toContain("'O''Brien 局'!");
    const sums = expectedSums(good);
    for (const { key, value } of cells) expect(value).toBeCloseTo(sums.get(key) ?? NaN, 6);
  });

  test('a table no department has is written as zeros, and not listed as values written', async () => {
    // Both sheets end before table 四 (its heading and everything below are cut off).
    const cut = good.map((d) => {
      const reviews = locateTables(d.grid).find((t) => t.table === 'reviews');
      if (!reviews) throw new Error('no table 四');
      const keep = reviews.bounds.top - 1;
      const values = model(d.grid).rows.slice(0, keep);
      return model(
        new ArrayGrid({ sheet: d.name, values, merges: d.grid.merges.filter((g) => g.bottom < keep) }),
      );
    });
    const { double, service } = workbook(cut);
    const outcome = await consolidated(service, { sheets: good.map((d) => d.name) });
    if (!outcome.ok) throw new Error(outcome.error.message.en);
    expect(outcome.value.values).toEqual([]);
    const reviews = inputCells(double, outcome.value.sheet).filter((c) => c.key.startsWith('reviews|'));
    expect(reviews.length).toBeGreaterThan(0);
    for (const { formula, value } of reviews) expect([formula, value]).toEqual([null, 0]);
  });

  test('a number typed as text in a department is written as the value, and the pane is told', async () => {
    const fill = good[1].fills.find((f) => fillKey(f) === 'applications|new|natural-person');
    const texty = changed(
      good[1],
      good[1].name,
      'applications',
      cellKey('new', 'natural-person'),
      `${fill?.value ?? 0}件`,
    );
    const { double, service } = workbook([model(good[0].grid), texty]);
    const outcome = await consolidated(service, { sheets: good.map((d) => d.name) });
    if (!outcome.ok) throw new Error(outcome.error.message.en);
    const template = buildTemplate();
    const at = template.tables[1].cells.find(
      (c) => c.rowId === 'new' && c.columnId === 'natural-person',
    )?.cell;
    const address = at ? toA1(at.row, at.col) : '';
    expect(outcome.value.values.map((v) => v.address)).toEqual([address]);
    expect(outcome.value.values[0].reason.zh).toContain('文字');
    const cell = double.inspect(outcome.value.sheet, address);
    expect(cell.formula).toBeNull();
    expect(cell.value).toBe(expectedSums(good).get('applications|new|natural-person'));
  });

  test('a cell that holds no number is left out and listed with what it holds', async () => {
    const unread = changed(good[1], good[1].name, 'applications', cellKey('new', 'natural-person'), '不详');
    const { service } = workbook([model(good[0].grid), unread]);
    const outcome = await consolidated(service, { sheets: good.map((d) => d.name) });
    if (!outcome.ok) throw new Error(outcome.error.message.en);
    expect(outcome.value.skipped).toHaveLength(1);
    const [skipped] = outcome.value.skipped;
    expect(skipped.sheet).toBe(good[1].name);
    expect(skipped.label.zh).toContain('自然人');
    expect(skipped.note.zh).toMatch(/的内容“不详”不是有效数字，未计入$/);
    expect(skipped.note.zh).not.toMatch(/\{\w+\}/);
  });

  test('sheets with more merged areas than Excel reads at once are summed all the same, and named', async () => {
    // 600 merged pairs below each report: more than getMergedAreasOrNullObject's 512.
    const crowded = good.map((d) => {
      const sheet = model(d.grid);
      const top = sheet.rows.length + 2;
      for (let r = 0; r < 600; r++) sheet.rows[top + r] = ['备注', null];
      sheet.merges = [
        ...(sheet.merges ?? []),
        ...Array.from({ length: 600 }, (_, r) => `A${top + r + 1}:B${top + r + 1}`),
      ];
      return sheet;
    });
    const { double, service } = workbook(crowded);
    const outcome = await consolidated(service, { sheets: good.map((d) => d.name) });
    if (!outcome.ok) throw new Error(outcome.error.message.en);
    expect(outcome.value.skippedFeatures.map((t) => t.zh)).toEqual([
      expect.stringContaining(`“${good[0].name}”、“${good[1].name}”的合并单元格超过 512 个`),
    ]);
    const sums = expectedSums(good);
    for (const { key, value } of inputCells(double, outcome.value.sheet))
      expect(value).toBeCloseTo(sums.get(key) ?? NaN, 6);
  });

  test('a chosen sheet deleted meanwhile: named in the failure, nothing added', async () => {
    const { double, service } = workbook([notes, ...good.map((d) => model(d.grid))]);
    double.inject({ kind: 'delete-sheet', sheet: good[1].name, beforeSync: 1 });
    const outcome = await consolidated(service, { sheets: good.map((d) => d.name) });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'sheet-missing' } });
    expect(!outcome.ok && outcome.error.message.zh).toContain(`“${good[1].name}”`);
    expect(double.sheetNames).toEqual([notes.name, good[0].name]);
  });

  test('no sheet chosen: says so and changes nothing', async () => {
    const { double, service } = workbook([notes]);
    const outcome = await consolidated(service, { sheets: [] });
    expect(!outcome.ok && outcome.error.message).toEqual({
      zh: '请先选择要汇总的各单位工作表。工作簿未做任何改动。',
      en: 'Choose the departments’ sheets to consolidate first. Nothing was changed.',
    });
    expect(double.syncCount).toBe(0);
  });

  test('a failure while writing deletes the new sheet again: no half-made sheet', async () => {
    const { double, service } = workbook([notes, ...good.map((d) => model(d.grid))]);
    double.inject({ kind: 'op-fails', beforeSync: 2, op: -3 });
    const outcome = await consolidated(service, { sheets: good.map((d) => d.name) });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'unknown' } });
    expect(double.sheetNames).toEqual([notes.name, ...good.map((d) => d.name)]);
    expect(double.activeSheet).toBe(notes.name);
  });

  test('says so, naming the sheet, when the new sheet cannot be deleted either', async () => {
    const { double, service } = workbook([notes, ...good.map((d) => model(d.grid))]);
    double.inject({ kind: 'op-fails', beforeSync: 2, op: -3 });
    double.inject({ kind: 'op-fails', beforeSync: 3, op: 0 });
    const outcome = await consolidated(service, { sheets: good.map((d) => d.name) });
    expect(!outcome.ok && outcome.error.message.zh).toContain(
      `汇总未完成，且未能删除已添加的工作表“${SHEET_WORDS.reportSheet}”`,
    );
    expect(!outcome.ok && outcome.error.message.en).toContain(
      `Consolidating failed and the partly written sheet “${SHEET_WORDS.reportSheet}” could not be removed`,
    );
    expect(double.sheetNames).toContain(SHEET_WORDS.reportSheet);
  });

  test('a response too large for one sync: the sheets are read in halves', async () => {
    const four = [0, 1, 2, 3].map((i) => generatedDepartment(i, { seed: 8 }));
    // Responses over 30 KB are refused (one department sheet is well under, four are not); requests keep 5 MB.
    const { double, service } = workbook(
      four.map((d) => model(d.grid)),
      { maxPayloadBytes: 30_000 },
    );
    double.inject({ kind: 'payload', maxBytes: 5 * 1024 * 1024 });
    const outcome = await consolidated(service, { sheets: four.map((d) => d.name) });
    if (!outcome.ok) throw new Error(`${outcome.error.message.en} ${outcome.error.detail ?? ''}`);
    expect(double.syncCount).toBeGreaterThan(2);
    const sums = expectedSums(four);
    for (const { key, value } of inputCells(double, outcome.value.sheet))
      expect(value).toBeCloseTo(sums.get(key) ?? NaN, 6);
  });
});

describe('refused before anything is written', () => {
  test.each<[string, () => Grid[], RegExp, string[][] | undefined]>([
    [
      'two sheets of one body and year',
      () => {
        const a = generatedDepartment(0, { seed: 5 });
        const b = generatedDepartment(0, { seed: 6 });
        return [a.grid, renamed(b.grid, '第1局（修改）'), generatedDepartment(1).grid];
      },
      /^所选工作表中有同一单位同一年度的报告，汇总会重复计算：“第1局”、“第1局（修改）”都是“第1局” 2022 年度的报告。请每组只勾选一个。工作簿未做任何改动。$/,
      [['第1局', '第1局（修改）']],
    ],
    [
      'editions that cannot be added',
      () => [
        generatedDepartment(0).grid,
        generatedDepartment(1).grid,
        generatedDepartment(2, { edition: '2019' }).grid,
      ],
      /^各单位报告的格式版本不同，不能相加：“第3局”为 2019 版，其余为 2021 版.*工作簿未做任何改动。$/,
      undefined,
    ],
  ])('%s', async (_, grids, message, duplicates) => {
    const sheets = grids();
    const { double, service } = workbook(sheets.map(model));
    const outcome = await consolidated(service, { sheets: sheets.map((g) => g.sheet) });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.code).toBe('refused');
    expect(outcome.error.message.zh).toMatch(message);
    expect(outcome.error.duplicates?.map((d) => d.sheets)).toEqual(duplicates);
    expect(double.sheetNames).toEqual(sheets.map((g) => g.sheet));
  });
});

test('duplicates of two departments: each group said, one after the other, in either language', async () => {
  const [a, b] = [0, 1].map((i) => generatedDepartment(i, { seed: 5 }));
  const [a2, b2] = [0, 1].map((i) => generatedDepartment(i, { seed: 6 }));
  const sheets = [a.grid, renamed(a2.grid, '第1局（修改）'), b.grid, renamed(b2.grid, '第2局（修改）')];
  const { service } = workbook(sheets.map(model));
  const outcome = await consolidated(service, { sheets: sheets.map((g) => g.sheet) });
  if (outcome.ok) throw new Error('consolidated duplicates');
  expect(outcome.error.duplicates?.map((d) => d.sheets)).toEqual([
    ['第1局', '第1局（修改）'],
    ['第2局', '第2局（修改）'],
  ]);
  expect(outcome.error.message.zh).toContain('年度的报告；“第2局”、“第2局（修改）”都是');
  expect(outcome.error.message.en).toMatch(/; “第2局”, “第2局（修改）” are /);
});

function renamed(grid: Grid, sheet: string): Grid {
  const values = Array.from({ length: grid.rowCount }, (_, r) =>
    Array.from({ length: grid.colCount }, (_, c) => grid.value(r, c)),
  );
  return new ArrayGrid({ sheet, values, merges: grid.merges });
}
