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
