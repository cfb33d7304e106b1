import { reportModel, setup } from './helpers';

describe('listSheets', () => {
  it('lists the sheets in tab order with the active one marked, in one sync, changing nothing', async () => {
    const { double, service } = setup([reportModel('财政局'), reportModel('教育局'), reportModel('汇总')]);
    const outcome = await service.listSheets();
    expect(outcome).toEqual({
      ok: true,
      value: [
        { name: '财政局', active: double.activeSheet === '财政局' },
        { name: '教育局', active: double.activeSheet === '教育局' },
        { name: '汇总', active: double.activeSheet === '汇总' },
      ],
    });
    expect(outcome.ok && outcome.value.filter((s) => s.active)).toHaveLength(1);
    expect(double.syncCount).toBe(1);
  });

  it('a deleted sheet is simply not listed', async () => {
    const { double, service } = setup([reportModel('财政局'), reportModel('教育局')]);
    double.deleteSheet('教育局');
    const outcome = await service.listSheets();
    expect(outcome.ok && outcome.value.map((s) => s.name)).toEqual(['财政局']);
  });
});
