import { createExcelDouble, installOfficeGlobals, type SheetModel } from '.';

const sheet: SheetModel = {
  name: '年报',
  rows: [
    ['标题', null],
    [1, 2],
  ],
  fills: { A2: '#FFFFFF' },
  merges: ['A1:B1'],
};

describe('Excel double strictness', () => {
  it('throws when a property is read before load() + sync()', async () => {
    const double = createExcelDouble([sheet]);
    await double.run(async (context) => {
      const range = context.workbook.worksheets.getActiveWorksheet().getUsedRange();
      expect(() => range.values).toThrow(/not available/);
      range.load('values');
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([
        ['标题', ''],
        [1, 2],
      ]);
    });
  });

  it('applies writes only at sync() and counts syncs', async () => {
    const double = createExcelDouble([sheet]);
    await double.run(async (context) => {
      context.workbook.worksheets.getItem('年报').getRange('B2').format.fill.color = '#FF0000';
      expect(double.cell('年报', 'B2').fill).toBeNull();
      await context.sync();
      expect(double.cell('年报', 'B2').fill).toBe('#FF0000');
    });
    expect(double.syncCount).toBe(1);
  });

  it('reads No Fill and white alike as #FFFFFF, told apart only by tintAndShade', async () => {
    const double = createExcelDouble([sheet]);
    await double.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      const white = ws.getRange('A2').format.fill.load('color,tintAndShade');
      const none = ws.getRange('B2').format.fill.load('color,tintAndShade');
      await context.sync();
      expect([white.color, none.color]).toEqual(['#FFFFFF', '#FFFFFF']);
      expect([white.tintAndShade, none.tintAndShade]).toEqual([0, null]);
    });
  });

  it('rejects writes to a protected sheet but keeps earlier operations of the batch', async () => {
    const double = createExcelDouble([sheet, { name: 'B', rows: [[1]] }]);
    double.inject({ kind: 'protect', sheet: 'B' });
    const attempt = double.run(async (context) => {
      context.workbook.worksheets.getItem('年报').getRange('A1').format.font.bold = true;
      context.workbook.worksheets.getItem('B').getRange('A1').format.font.bold = true;
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(double.cell('年报', 'A1').bold).toBe(true);
    expect(double.cell('B', 'A1').bold).toBe(false);
  });

  it('fails in cell-edit mode unless the batch asks to wait', async () => {
    const double = createExcelDouble([sheet]);
    double.inject({ kind: 'cell-edit' });
    await expect(double.run(async (context) => context.sync())).rejects.toMatchObject({
      code: 'InvalidOperationInCellEditMode',
    });
    await expect(
      double.run({ delayForCellEdit: true }, async (context) => context.sync()),
    ).resolves.toBeUndefined();
    expect(double.delayedForCellEdit).toBe(1);
  });

  it('enforces API versions, address length and payload size', async () => {
    const double = createExcelDouble([sheet], { apiVersion: '1.12' });
    await double.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      expect(() => ws.getUsedRange().getMergedAreasOrNullObject()).toThrow(/ExcelApi 1.13/);
      expect(() => ws.getRanges(Array(2000).fill('A1:B2').join(','))).toThrow(/too long/);
    });
    double.inject({ kind: 'payload', maxBytes: 100 });
    const big = double.run(async (context) => {
      context.workbook.settings.add('k', 'x'.repeat(500));
      await context.sync();
    });
    await expect(big).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  });

  it('returns null objects, merged areas and sheet changes at the planned sync', async () => {
    const double = createExcelDouble([sheet]);
    double.inject({ kind: 'rename-sheet', sheet: '年报', to: '改名', beforeSync: 2 });
    await double.run(async (context) => {
      const merged = context.workbook.worksheets
        .getActiveWorksheet()
        .getUsedRange()
        .getMergedAreasOrNullObject();
      merged.load('address');
      await context.sync();
      expect(merged.address).toBe("'年报'!A1:B1");
      const gone = context.workbook.worksheets.getItemOrNullObject('年报');
      gone.load('name');
      await context.sync();
      expect(gone.isNullObject).toBe(true);
    });
  });

  it('installs Office globals answering requirement checks and the display language', async () => {
    const double = createExcelDouble([sheet], { apiVersion: '1.13' });
    const target: {
      Office?: { context: { requirements: { isSetSupported(n: string, v: string): boolean } } };
    } = {};
    installOfficeGlobals(target, double, { displayLanguage: 'en-US' });
    expect(target.Office?.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(true);
    expect(target.Office?.context.requirements.isSetSupported('ExcelApi', '1.18')).toBe(false);
  });
});

describe('Excel double: what the template renderer needs', () => {
  const blank: SheetModel = { name: 'S', rows: [] };

  it('writes formulas and values from one 2-D array, null leaving cells as they are', async () => {
    const evaluate = (formula: string, read: (r: number, c: number) => unknown) =>
      formula === 'A1+B1' ? Number(read(0, 0)) + Number(read(0, 1)) : null;
    const double = createExcelDouble([{ name: 'S', rows: [[null, null, 'keep']] }], { evaluate });
    await double.run(async (context) => {
      const range = context.workbook.worksheets.getItem('S').getRange('A1:C1');
      range.formulas = [[2, 3, null]];
      context.workbook.worksheets.getItem('S').getRange('D1').formulas = [['=A1+B1']];
      await context.sync();
      const read = context.workbook.worksheets.getItem('S').getRange('A1:D1').load('values,formulas');
      await context.sync();
      expect(read.values).toEqual([[2, 3, 'keep', 5]]);
      expect(read.formulas).toEqual([[2, 3, 'keep', '=A1+B1']]);
      expect(() => (range.formulas = [[1]])).not.toThrow();
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
  });

  it('merges keeping the top-left value; on the web quirk, formats set before merging are lost', async () => {
    for (const webMergeQuirk of [false, true]) {
      const double = createExcelDouble([{ name: 'S', rows: [['a', 'b']] }], { webMergeQuirk });
      await double.run(async (context) => {
        const range = context.workbook.worksheets.getItem('S').getRange('A1:B1');
        range.format.fill.color = '#FFC7CE';
        range.merge();
        await context.sync();
      });
      expect(double.sheet('S').merges).toEqual(['A1:B1']);
      expect([double.inspect('S', 'A1').value, double.inspect('S', 'B1').value]).toEqual(['a', null]);
      expect(double.inspect('S', 'B1').fill).toBe(webMergeQuirk ? null : '#FFC7CE');
    }
  });

  it('draws edges and inside borders per cell side', async () => {
    const double = createExcelDouble([blank]);
    await double.run(async (context) => {
      const borders = context.workbook.worksheets.getItem('S').getRange('B2:C3').format.borders;
      for (const edge of ['EdgeTop', 'EdgeLeft', 'InsideHorizontal'])
        borders.getItem(edge).style = 'Continuous';
      await context.sync();
    });
    expect(double.inspect('S', 'B2').borders).toEqual({ top: true, bottom: true, left: true, right: false });
    expect(double.inspect('S', 'C3').borders).toEqual({
      top: true,
      bottom: false,
      left: false,
      right: false,
    });
    expect(double.inspect('S', 'B1').borders.bottom).toBe(true);
  });

  it.each([
    ['1.5', 'Range.conditionalFormats', (ws: Excel.Worksheet) => ws.getRange('A1').conditionalFormats],
    ['1.6', 'Worksheet.freezePanes', (ws: Excel.Worksheet) => ws.freezePanes],
    ['1.7', 'Range.dataValidation', (ws: Excel.Worksheet) => ws.getRange('A1').dataValidation],
    ['1.8', 'Worksheet.pageLayout', (ws: Excel.Worksheet) => ws.pageLayout],
    ['1.8', 'Worksheet.horizontalPageBreaks', (ws: Excel.Worksheet) => ws.horizontalPageBreaks],
  ])('on ExcelApi %s, %s throws ApiNotFound', async (version, what, touch) => {
    const double = createExcelDouble([blank], { apiVersion: version });
    await double.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('S') as unknown as Excel.Worksheet;
      expect(() => touch(ws)).toThrow(new RegExp(what.replace('.', '\\.')));
    });
  });

  it('keeps conditional formats, validation, page layout, widths and frozen rows', async () => {
    const double = createExcelDouble([blank]);
    await double.run(async (context) => {
      const ws = context.workbook.worksheets.getItem('S');
      const cf = ws.getRange('B2').conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=B2<0';
      cf.custom.format.fill.color = '#FFC7CE';
      ws.getRange('B2').dataValidation.rule = {
        wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' },
      };
      ws.getRange('A:C').format.columnWidth = 40;
      ws.getRange('2:2').format.rowHeight = 30;
      ws.freezePanes.freezeRows(1);
      ws.pageLayout.setPrintMargins('Inches', { left: 0.5 });
      ws.pageLayout.setPrintTitleRows('$1:$1');
      ws.horizontalPageBreaks.add('A5');
      await context.sync();
    });
    const view = double.sheet('S');
    expect(view.conditionalFormats).toEqual([
      { address: 'B2', type: 'Custom', formula: '=B2<0', fill: '#FFC7CE', fontColor: null, bold: null },
    ]);
    expect(double.inspect('S', 'B2').validation?.rule).toEqual({
      wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' },
    });
    expect(view.columnWidths).toEqual({ A: 40, B: 40, C: 40 });
    expect(view.rowHeights).toEqual({ 2: 30 });
    expect(view.frozenRows).toBe(1);
    expect(view.pageLayout.margins.left).toBe(36);
    expect(view.pageLayout.printTitleRows).toEqual({ first: 0, last: 0 });
    expect(view.pageBreaks).toEqual([5]);
  });

  it('fails the planned operation of a sync, keeping the earlier ones; never deletes the last sheet', async () => {
    const double = createExcelDouble([blank]);
    double.inject({ kind: 'op-fails', beforeSync: 1, op: -1 });
    const attempt = double.run(async (context) => {
      context.workbook.worksheets.add('New');
      context.workbook.worksheets.getItem('S').getRange('A1').format.font.bold = true;
      await context.sync();
    });
    await expect(attempt).rejects.toMatchObject({ code: 'GeneralException' });
    expect(double.sheetNames).toEqual(['S', 'New']);
    expect(double.cell('S', 'A1').bold).toBe(false);
    await double.run(async (context) => {
      context.workbook.worksheets.getItem('New').delete();
      await context.sync();
      context.workbook.worksheets.getItem('S').delete();
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    });
    expect(double.sheetNames).toEqual(['S']);
  });
});
