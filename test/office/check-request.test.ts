import { reportModel, setup } from './helpers';

/** Last year's model: 2 applications carried forward by natural persons (this year's carried in is 0). */
function lastYearModel(name: string) {
  const model = reportModel(name);
  const r = model.rows.findIndex((row) => row.some((v) => String(v ?? '').startsWith('四、结转下年度')));
  const c = model.rows[r].findIndex((v) => typeof v === 'number');
  model.rows[r][c] = 2;
  return model;
}

describe('check options chosen in the pane', () => {
  it('compares with the sheet named as last year, read in the same syncs, and paints only the checked sheet', async () => {
    const { double, service } = setup([reportModel('本年'), lastYearModel('上年')]);
    const outcome = await service.check('sheet', 'zh-CN', undefined, { previous: { sheet: '上年' } });
    if (!outcome.ok) throw new Error(outcome.error.code);
    const carry = outcome.value.report.findings.filter((f) => f.ruleId === 'cross-year/carry-over');
    expect(carry.map((f) => [f.sheet, f.column, f.expected, f.actual])).toEqual([
      ['本年', 'natural-person', 2, 0],
    ]);
    expect(carry[0].message).toContain('上年');
    expect(outcome.value.report.sheets).toEqual(['本年']);
    expect(double.syncCount).toBeLessThanOrEqual(3);
  });

  it('a whole-workbook check never compares last year’s sheet with itself', async () => {
    const { service } = setup([reportModel('本年'), lastYearModel('上年')]);
    const outcome = await service.check('workbook', 'zh-CN', undefined, { previous: { sheet: '上年' } });
    if (!outcome.ok) throw new Error(outcome.error.code);
    const sheets = outcome.value.report.findings
      .filter((f) => f.ruleId === 'cross-year/carry-over')
      .map((f) => f.sheet);
    expect(new Set(sheets)).toEqual(new Set(['本年']));
  });

  it("'none' runs no cross-year rule; a year given decides the edition rule", async () => {
    const { service } = setup([reportModel('本年'), lastYearModel('上年')]);
    const outcome = await service.check('sheet', 'zh-CN', undefined, { previous: 'none', year: 2021 });
    if (!outcome.ok) throw new Error(outcome.error.code);
    expect(outcome.value.report.rulesRun.some((id) => id.startsWith('cross-year/'))).toBe(false);
    expect(outcome.value.report.year).toBe(2021);
  });

  it('a last-year sheet deleted meanwhile is a sheet-missing failure with nothing painted', async () => {
    const { double, service } = setup([reportModel('本年', { breakTotal: true }), lastYearModel('上年')]);
    double.deleteSheet('上年');
    const outcome = await service.check('sheet', 'zh-CN', undefined, { previous: { sheet: '上年' } });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'sheet-missing' } });
    // Excel's ItemNotFound names no sheet; the failure does.
    expect(!outcome.ok && outcome.error.message.zh).toContain('工作表“上年”已被重命名或删除');
    expect(await service.hasMarks()).toBe(false);
  });
});
