import { ArrayGrid, rangeA1, toA1 } from '../../src/grid';
import { locateTables } from '../../src/locate';
import { cellKey } from '../../src/locate/types';
import type { InsertTemplateOptions } from '../../src/office';
import { TEMPLATE_FAILURES, TEMPLATE_SKIPPED } from '../../src/office/template-messages';
import { widthToPoints } from '../../src/office/template-plan';
import { readCell } from '../../src/rules/values';
import { buildTemplate } from '../../src/template/build';
import { evaluateFormula, FormulaError } from '../../src/template/formula';
import { STYLES } from '../../src/template/styles';
import type { Template } from '../../src/template/types';
import { createWorkbookService } from '../../src/office';
import type { CellScalar, Evaluate, ExcelHost as ExcelDouble, SheetModel } from '../support/excel-host';
import { connectRuntime } from '../support/excel-host/runtime';
import { FLAVOUR, reportModel, setup } from './helpers';
import { readReportFile } from '../../src/taskpane/read-report-file';
import { fixtureText, fixtureWorkbook } from '../cli/helpers';
import { fixtureGrid } from '../support/fixture';
import { seedReportHtml, seedReportHtmlText } from '../support/report-html';

/** The double computes formulas with the template's portable evaluator, so reading back sees totals. */
const evaluate: Evaluate = (formula, read) => {
  const v = evaluateFormula(formula, (ref) => read(ref.row, ref.col) as CellScalar);
  return v instanceof FormulaError ? v.code : v;
};

const OPTIONS: InsertTemplateOptions = {
  edition: '2021',
  year: 2023,
  body: '某某市某某局',
  totals: 'formula',
  fill: 'none',
};

const notes: SheetModel = { name: '备忘', rows: [['会议纪要'], [12]], fills: { A1: '#FFFF00' } };

async function insert(
  sheets: SheetModel[],
  options: Partial<InsertTemplateOptions> = {},
  doubleOptions: Parameters<typeof setup>[1] = {},
) {
  const { double, service } = setup(sheets, { evaluate, ...doubleOptions });
  const outcome = await service.insertTemplate({ ...OPTIONS, ...options });
  return { double, service, outcome, syncs: double.syncCount };
}

async function inserted(...args: Parameters<typeof insert>) {
  const run = await insert(...args);
  if (!run.outcome.ok) throw new Error(`insertTemplate failed: ${run.outcome.error.detail ?? ''}`);
  return { ...run, result: run.outcome.value };
}

const a1 = (ref: { row: number; col: number }) => toA1(ref.row, ref.col);

describe('insertTemplate: the new sheet', () => {
  let double: ExcelDouble;
  let template: Template;
  let syncs: number;
  let sheet: string;
  const before = JSON.stringify(notes);

  beforeAll(async () => {
    // The web quirk on: formats set before merging would be lost, so this also proves merge-then-format.
    const run = await inserted([notes], {}, { webMergeQuirk: true });
    ({ double, syncs } = run);
    sheet = run.result.sheet;
    template = buildTemplate({ edition: '2021', year: 2023, body: '某某市某某局', totals: 'formula' });
  });

  it('is added as 年报模板, activated, in two syncs and one more for page setup, leaving the other sheet as it was', () => {
    expect(sheet).toBe('年报模板');
    expect(double.sheetNames).toEqual(['备忘', '年报模板']);
    expect(double.activeSheet).toBe('年报模板');
    expect(syncs).toBe(3);
    const saved = double.save().sheets.find((s) => s.name === '备忘');
    expect(saved?.rows).toEqual(notes.rows);
    expect(saved?.fills).toEqual(notes.fills);
    expect(JSON.stringify(notes)).toBe(before);
  });

  it('holds every merge, formula and constant of the template', () => {
    const view = double.sheet(sheet);
    expect([...view.merges].sort()).toEqual(
      template.merges.map((m) => rangeA1(m.top, m.left, m.bottom, m.right)).sort(),
    );
    for (const cell of template.cells) {
      const got = double.inspect(sheet, a1(cell));
      if (cell.formula !== undefined) expect([a1(cell), got.formula]).toEqual([a1(cell), cell.formula]);
      else expect([a1(cell), got.value]).toEqual([a1(cell), cell.value ?? null]);
    }
    expect(double.inspect(sheet, 'A1').value).toBe('某某市某某局2023年政府信息公开工作年度报告');
  });

  it('formats cells as their style says, with borders kept on cells covered by a merge', () => {
    for (const cell of template.cells) {
      const style = STYLES[cell.style];
      const got = double.inspect(sheet, a1(cell));
      expect([a1(cell), got.font.name, got.font.size, got.numberFormat, got.wrap]).toEqual([
        a1(cell),
        style.font.name,
        style.font.size,
        style.numFmt ?? 'General',
        style.wrap,
      ]);
      if (style.border)
        expect([a1(cell), got.borders]).toEqual([
          a1(cell),
          { top: true, bottom: true, left: true, right: true },
        ]);
      if (style.fill) expect([a1(cell), got.fill]).toEqual([a1(cell), `#${style.fill.slice(2)}`]);
    }
  });

  it('unlocks and validates the input cells, and adds the conditional formats', () => {
    for (const v of template.validations) {
      const got = double.inspect(sheet, a1(v.cell));
      expect(got.locked).toBe(false);
      expect(got.validation?.prompt).toEqual({ showPrompt: true, title: v.promptTitle, message: v.prompt });
      expect(got.validation?.errorAlert).toMatchObject({ showAlert: true, style: 'Stop', message: v.error });
      expect(got.validation?.rule).toEqual(
        v.kind === 'amount'
          ? { decimal: { formula1: 0, operator: 'GreaterThanOrEqualTo' } }
          : { wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' } },
      );
    }
    const formulaCell = template.cells.find((c) => c.formula !== undefined && c.style === 'total');
    expect(formulaCell && double.inspect(sheet, a1(formulaCell)).locked).toBe(true);
    expect(double.sheet(sheet).conditionalFormats).toEqual(
      template.conditionalFormats.map((cf) => ({
        address: a1(cf.cell),
        type: 'Custom',
        formula: `=${cf.formula}`,
        fill: '#FFC7CE',
        fontColor: '#9C0006',
        bold: true,
      })),
    );
  });

  it('sets widths, heights, frozen title, A4 page layout, print area, titles and breaks', () => {
    const view = double.sheet(sheet);
    expect(Object.values(view.columnWidths)).toEqual(template.columnWidths.map(widthToPoints));
    template.rowHeights.forEach((h, r) => {
      if (h !== undefined) expect([r + 1, view.rowHeights[r + 1]]).toEqual([r + 1, h]);
    });
    expect(view.frozenRows).toBe(1);
    const p = template.page;
    expect(view.pageLayout).toMatchObject({
      orientation: 'Portrait',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      centerHeader: '&F　&A',
      centerFooter: '第 &P 页，共 &N 页',
      centerHorizontally: true,
      printArea: `A1:${a1({ row: p.printArea.bottom, col: p.printArea.right })}`,
      printTitleRows: { first: 0, last: 0 },
      margins: { left: p.margins.left * 72, top: p.margins.top * 72, footer: p.margins.footer * 72 },
    });
    expect(view.pageBreaks).toEqual(p.rowBreaks.map((r) => r + 1));
  });

  it('reads back through the check as tables 二, 三 and 四 with no findings', async () => {
    const outcome = await setupFrom(double).check('sheet', 'zh-CN');
    if (!outcome.ok) throw new Error(outcome.error.detail);
    expect(outcome.value.report.tables.map((t) => [t.table, t.edition])).toEqual([
      ['proactive', '2021'],
      ['applications', '2021'],
      ['reviews', '2021'],
    ]);
    expect(outcome.value.report.findings).toEqual([]);
  });
});

/** A second service over the same double (the check runs against what the template left). */
function setupFrom(double: ExcelDouble) {
  return createWorkbookService(connectRuntime(FLAVOUR, double).globals);
}

describe('insertTemplate: names, editions and totals', () => {
  it('never reuses a name (Excel compares them case-insensitively)', async () => {
    const { double, service } = setup([notes, { name: '年报模板', rows: [] }], { evaluate });
    const second = await service.insertTemplate(OPTIONS);
    const third = await service.insertTemplate(OPTIONS);
    expect([second.ok && second.value.sheet, third.ok && third.value.sheet]).toEqual([
      '年报模板 (2)',
      '年报模板 (3)',
    ]);
    expect(double.sheetNames).toEqual(['备忘', '年报模板', '年报模板 (2)', '年报模板 (3)']);
  });

  it.each([
    ['2019', 'formula'],
    ['2021', 'input'],
  ] as const)('edition %s with %s totals reads back clean', async (edition, totals) => {
    const { double, result } = await inserted([notes], { edition, totals, year: null, body: null });
    const outcome = await setupFrom(double).check('sheet', 'en');
    if (!outcome.ok) throw new Error(outcome.error.detail);
    expect(outcome.value.report.sheets).toEqual([result.sheet]);
    expect(outcome.value.report.tables.map((t) => t.edition)).toEqual([edition, edition, edition]);
    expect(outcome.value.report.findings).toEqual([]);
    expect(double.inspect(result.sheet, 'A1').value).toBe('（机关名称）（年度）年政府信息公开工作年度报告');
  });
});

describe('insertTemplate: older Excel and failures', () => {
  it.each([
    ['1.9', []],
    ['1.8', ['pageLayout']],
    ['1.7', ['validation', 'pageLayout']],
    ['1.5', ['validation', 'conditionalFormats', 'freezePanes', 'pageLayout']],
    ['1.2', ['validation', 'conditionalFormats', 'freezePanes', 'pageLayout']],
  ] as const)('ExcelApi %s: inserts the rest and lists what it skipped', async (version, skipped) => {
    const { result, double } = await inserted([notes], {}, { apiVersion: version });
    expect(result.skipped).toEqual(skipped.map((k) => TEMPLATE_SKIPPED[k]));
    const view = double.sheet(result.sheet);
    const has = (k: string) => !(skipped as readonly string[]).includes(k);
    expect(view.conditionalFormats.length > 0).toBe(has('conditionalFormats'));
    expect(view.frozenRows).toBe(has('freezePanes') ? 1 : 0);
    expect(double.inspect(result.sheet, 'A1').value).toContain('年政府信息公开工作年度报告');
    expect(view.pageLayout.paperSize === 'A4').toBe(has('pageLayout'));
    expect(view.merges.length).toBeGreaterThan(50);
  });

  it('below ExcelApi 1.9 cannot read the active sheet: inserts the blank template and says why', async () => {
    const { result } = await inserted([reportModel()], { fill: 'active-sheet' }, { apiVersion: '1.8' });
    expect(result.skipped).toEqual([TEMPLATE_SKIPPED.readSheet, TEMPLATE_SKIPPED.pageLayout]);
    expect(result.fill).toBeUndefined();
  });

  it('below ExcelApi 1.2 refuses with the version it needs', async () => {
    const { outcome, double } = await insert([notes], {}, { apiVersion: '1.1' });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'requirement' } });
    expect(!outcome.ok && outcome.error.message.zh).toContain('1.2');
    expect(double.sheetNames).toEqual(['备忘']);
  });

  it('a failure while writing deletes the new sheet again: nothing half-done', async () => {
    const { double, service } = setup([notes], { evaluate });
    double.inject({ kind: 'op-fails', beforeSync: 2, op: -3 });
    const outcome = await service.insertTemplate(OPTIONS);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'unknown' } });
    expect(double.sheetNames).toEqual(['备忘']);
    expect(double.activeSheet).toBe('备忘');
    expect(double.cell('备忘', 'A1')).toMatchObject({ value: '会议纪要', fill: '#FFFF00' });
  });

  it('says so, naming the sheet, when the new sheet cannot be deleted either', async () => {
    const { double, service } = setup([notes], { evaluate });
    double.inject({ kind: 'op-fails', beforeSync: 2, op: -3 });
    double.inject({ kind: 'op-fails', beforeSync: 3, op: 0 });
    const outcome = await service.insertTemplate(OPTIONS);
    expect(!outcome.ok && outcome.error.message.zh).toContain('“年报模板”');
    expect(double.sheetNames).toEqual(['备忘', '年报模板']);
  });

  it('a request too large for Excel changes nothing, so nothing is deleted after it', async () => {
    const { double, service } = setup([notes], { evaluate });
    double.inject({ kind: 'payload', maxBytes: 20_000 });
    const outcome = await service.insertTemplate(OPTIONS);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'payload' } });
    expect(double.sheetNames).toEqual(['备忘']);
    // The sheet list, then the refused template: no third request to delete a sheet never added.
    expect(double.syncCount).toBe(2);
  });

  it('keeps the template when only its page setup fails, and says so', async () => {
    const { double, service } = setup([notes], { evaluate });
    double.inject({ kind: 'op-fails', beforeSync: 3, op: 0 });
    const outcome = await service.insertTemplate(OPTIONS);
    expect(outcome).toMatchObject({ ok: true, value: { sheet: '年报模板' } });
    expect(outcome.ok && outcome.value.skipped).toEqual([TEMPLATE_SKIPPED.pageSetupFailed]);
    expect(double.sheetNames).toEqual(['备忘', '年报模板']);
  });

  it('a protected workbook structure is explained in its own words', async () => {
    const { double, service } = setup([notes], { evaluate });
    double.inject({ kind: 'op-fails', beforeSync: 2, op: 0, code: 'AccessDenied' });
    const outcome = await service.insertTemplate(OPTIONS);
    expect(outcome).toMatchObject({
      ok: false,
      error: { code: 'protected', message: TEMPLATE_FAILURES.structureProtected },
    });
    expect(double.sheetNames).toEqual(['备忘']);
  });

  it('a locked structure (Workbook.protection, ExcelApi 1.7) is told before anything is tried', async () => {
    const { double, service } = setup([notes], { evaluate, structureProtected: true });
    const outcome = await service.insertTemplate(OPTIONS);
    expect(outcome).toMatchObject({
      ok: false,
      error: { code: 'protected', message: TEMPLATE_FAILURES.structureProtected },
    });
    expect(double.syncCount).toBe(1);
    expect(double.sheetNames).toEqual(['备忘']);
  });

  it('in cell-edit mode nothing is written and nothing needs undoing', async () => {
    const { double, service } = setup([notes], { evaluate, apiVersion: '1.10' });
    double.inject({ kind: 'cell-edit' });
    const outcome = await service.insertTemplate(OPTIONS);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'cell-edit' } });
    expect(double.sheetNames).toEqual(['备忘']);
  });
});

describe('insertTemplate: filling from the active sheet', () => {
  it.each(['formula', 'input'] as const)(
    'reproduces the fixture table’s numbers (totals %s) in at most 4 syncs (one for page setup), and reads back clean',
    async (totals) => {
      const model = reportModel('2021年报');
      const { double, result, syncs } = await inserted([model], { fill: 'active-sheet', totals });
      expect(syncs).toBeLessThanOrEqual(4);
      expect(result.fill).toMatchObject({ sheet: '2021年报', notFound: [], unread: [] });
      expect(result.fill?.used.map((u) => u.table)).toEqual(['proactive', 'applications', 'reviews']);

      const source = new ArrayGrid({ sheet: model.name, values: model.rows });
      const located = locateTables(source);
      const template = buildTemplate({ totals });
      let compared = 0;
      for (const table of template.tables)
        for (const cell of table.cells) {
          const at = located
            .find((t) => t.table === table.table)
            ?.cells.get(cellKey(cell.rowId, cell.columnId));
          if (!at) throw new Error(`${cell.rowId}|${cell.columnId} not in the fixture`);
          const want = readCell(source, at, cell.kind).value;
          expect([
            table.table,
            cell.rowId,
            cell.columnId,
            double.inspect(result.sheet, a1(cell.cell)).value,
          ]).toEqual([table.table, cell.rowId, cell.columnId, want]);
          compared++;
        }
      expect(result.fill?.filled).toBe(
        template.tables.flatMap((t) => t.cells).filter((c) => c.role === 'input' || totals === 'input')
          .length,
      );
      expect(compared).toBeGreaterThan(100);

      const check = await setupFrom(double).check('sheet', 'zh-CN');
      if (!check.ok) throw new Error(check.error.detail);
      expect(check.value.report.tables.map((t) => t.table)).toEqual(['proactive', 'applications', 'reviews']);
      expect(check.value.report.findings).toEqual([]);
    },
  );

  it('leaves values it cannot read empty and lists them with their source cell', async () => {
    const model = reportModel('年报');
    const r = model.rows.findIndex((row) => String(row[0] ?? '').startsWith('一、本年新收'));
    const c = model.rows[r].findIndex((v) => typeof v === 'number');
    model.rows[r][c] = '约两件';
    const { double, result } = await inserted([model], { fill: 'active-sheet' });
    expect(result.fill?.unread).toEqual([
      {
        table: 'applications',
        label: expect.objectContaining({ zh: expect.stringContaining('本年新收') }),
        source: `年报!${toA1(r, c)}`,
        raw: '约两件',
      },
    ]);
    const template = buildTemplate();
    const target = template.tables
      .find((t) => t.table === 'applications')
      ?.cells.find((x) => x.rowId === 'new' && x.role === 'input' && x.columnId === 'natural-person');
    expect(target && double.inspect(result.sheet, a1(target.cell)).value).toBeNull();
  });

  it('on a sheet without report tables inserts the blank template and says none was found', async () => {
    const { result } = await inserted([notes], { fill: 'active-sheet' });
    expect(result.fill).toMatchObject({ sheet: '备忘', filled: 0, used: [] });
    expect(result.fill?.notFound).toEqual(['proactive', 'applications', 'reviews']);
  });
});

describe('insertTemplate: filling from a report file', () => {
  /** The seed report as a web page, read by the pane's reader (a real file through the real reader). */
  async function fileGrids(name: string, bytes: Uint8Array) {
    const read = await readReportFile({ name, bytes });
    if ('error' in read) throw new Error(`${name}: ${read.error}`);
    return read.grids;
  }

  it('fills from the file’s tables without reading the workbook, names the file and each table’s place, and reads back clean', async () => {
    const grids = await fileGrids('2021年报.html', seedReportHtml());
    const { double, result, syncs } = await inserted([notes], { fill: { file: '2021年报.html', grids } });
    // Names and structure, then the write, then page setup: no sync reads the active sheet.
    expect(syncs).toBe(3);
    expect(result.fill).toMatchObject({ sheet: '2021年报.html', file: true, notFound: [], unread: [] });
    expect(result.fill?.used.map((u) => [u.table, u.where?.zh, u.where?.en])).toEqual([
      ['proactive', '第 1 个表格', 'table 1'],
      ['applications', '第 2 个表格', 'table 2'],
      ['reviews', '第 3 个表格', 'table 3'],
    ]);

    const source = fixtureGrid();
    const located = locateTables(source);
    const template = buildTemplate({ edition: '2021', year: 2023, body: '某某市某某局', totals: 'formula' });
    let compared = 0;
    for (const table of template.tables)
      for (const cell of table.cells) {
        if (cell.role !== 'input') continue;
        const at = located
          .find((t) => t.table === table.table)
          ?.cells.get(cellKey(cell.rowId, cell.columnId));
        if (!at) throw new Error(`${cell.rowId}|${cell.columnId} not in the fixture`);
        expect([cell.rowId, cell.columnId, double.inspect(result.sheet, a1(cell.cell)).value]).toEqual([
          cell.rowId,
          cell.columnId,
          readCell(source, at, cell.kind).value,
        ]);
        compared++;
      }
    expect(compared).toBeGreaterThan(100);
    expect(double.save().sheets.find((s) => s.name === '备忘')?.rows).toEqual(notes.rows);

    const check = await setupFrom(double).check('sheet', 'zh-CN');
    if (!check.ok) throw new Error(check.error.detail);
    expect(check.value.report.findings).toEqual([]);
  });

  it('takes each table from the first grid that has it: a workbook’s sheets are named with the range', async () => {
    const grids = await fileGrids('各表.xlsx', await fixtureWorkbook());
    const { result } = await inserted([notes], { fill: { file: '各表.xlsx', grids: [grids[1], grids[0]] } });
    expect(result.fill?.used.map((u) => u.where?.zh)).toEqual([
      '2021年报!A23:D36',
      '2021年报!A40:J67',
      expect.stringMatching(/^2021年报!A\d+:[A-Z]+\d+$/),
    ]);
  });

  it('names a text file’s tables by the line and column they start at, not an A1 range', async () => {
    const grids = await fileGrids('年报.txt', new TextEncoder().encode(fixtureText()));
    const { result } = await inserted([notes], { fill: { file: '年报.txt', grids } });
    expect(result.fill?.used.slice(0, 2).map((u) => [u.where?.zh, u.where?.en])).toEqual([
      ['第 23 行，第 1 列', 'line 23, column 1'],
      ['第 40 行，第 1 列', 'line 40, column 1'],
    ]);
  });

  it('lists a value it cannot read with its place in the document', async () => {
    const page = seedReportHtmlText('utf-8').replace(
      /(一、本年新收政府信息公开申请数量<\/p><\/td><td><p[^>]*>)1</,
      '$1约两件<',
    );
    const grids = await fileGrids('年报.html', new TextEncoder().encode(page));
    const { result } = await inserted([notes], { fill: { file: '年报.html', grids } });
    expect(result.fill?.unread).toEqual([
      expect.objectContaining({
        table: 'applications',
        raw: '约两件',
        where: {
          zh: expect.stringMatching(/^第 2 个表格第 \d+ 行第 4 列$/),
          en: expect.stringMatching(/^table 2, row \d+, column 4$/),
        },
      }),
    ]);
  });

  it('lists a cell the file’s table lacks, with no place to show', async () => {
    const text = fixtureText().replace(/^\t\t2\. 重复申请.*\n/m, '');
    expect(text).not.toContain('重复申请');
    const grids = await fileGrids('年报.txt', new TextEncoder().encode(text));
    const { result } = await inserted([notes], { fill: { file: '年报.txt', grids } });
    const lacking = result.fill?.unread ?? [];
    expect(lacking.length).toBeGreaterThan(0);
    for (const u of lacking) {
      expect(u).toMatchObject({ table: 'applications', label: { zh: expect.stringContaining('重复申请') } });
      expect(u).not.toHaveProperty('where');
      expect(u).not.toHaveProperty('source');
    }
  });

  it('a file without report tables gives the blank template and says the file has none', async () => {
    const grids = await fileGrids('会议纪要.txt', new TextEncoder().encode('会议纪要\n参会人员\t12\n'));
    const { result } = await inserted([notes], { fill: { file: '会议纪要.txt', grids } });
    expect(result.fill).toMatchObject({ sheet: '会议纪要.txt', file: true, filled: 0, used: [] });
    expect(result.fill?.notFound).toEqual(['proactive', 'applications', 'reviews']);
  });
});

describe('insertTemplate: filling from an active sheet pasted from a PDF', () => {
  /** Each row of the report as one cell: its label and numbers single-spaced, as a PDF copy pastes. */
  const pasted = (model: SheetModel): SheetModel => ({
    ...model,
    rows: model.rows.map((row) => {
      const fields = row.filter((v) => v !== null && String(v).trim() !== '').map((v) => String(v).trim());
      return fields.length > 1 ? [fields.join(' ')] : row;
    }),
  });

  it('fills the same numbers as from the sheet with a cell per number, naming the cells holding the rows', async () => {
    const model = reportModel('年报');
    const flat = pasted(model);
    expect(flat.rows.every((r) => r.filter((v) => v !== null && v !== '').length <= 1)).toBe(true);
    const fromCells = await inserted([model], { fill: 'active-sheet' });
    const fromText = await inserted([flat], { fill: 'active-sheet' });
    expect(fromText.result.fill).toMatchObject({ sheet: '年报', notFound: [], unread: [] });
    expect(fromText.result.fill?.filled).toBe(fromCells.result.fill?.filled);
    expect(fromText.result.fill?.used.map((u) => `${u.table} ${u.range}`)).toEqual(
      fromCells.result.fill?.used.map((u) => `${u.table} ${u.range.replace(/:[A-Z]+/, ':A')}`),
    );
    let compared = 0;
    for (const table of buildTemplate({}).tables)
      for (const cell of table.cells) {
        const want = fromCells.double.inspect(fromCells.result.sheet, a1(cell.cell)).value;
        expect([
          cell.rowId,
          cell.columnId,
          fromText.double.inspect(fromText.result.sheet, a1(cell.cell)).value,
        ]).toEqual([cell.rowId, cell.columnId, want]);
        if (typeof want === 'number' && want > 0) compared++;
      }
    expect(compared).toBeGreaterThan(5);
  });
});
