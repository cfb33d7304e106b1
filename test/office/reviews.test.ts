import { checkGrid } from '../../src/check';
import { ArrayGrid } from '../../src/grid';
import { MARK_STYLES, planMarks } from '../../src/office/marks';
import { REVIEWS_KEY, storedAcceptances } from '../../src/office/reviews';
import type { WorkbookService } from '../../src/office/types';
import { acceptanceOf, applyReviews, type Acceptance } from '../../src/report/reviews';
import type { Finding } from '../../src/report/types';
import type { ExcelHost, SheetModel } from '../support/excel-host';
import { reportModel, setup } from './helpers';
import { cellA1 } from '../support/a1';

/**
 * Review states (已确认) in the workbook's add-in settings, over the real runtime: stored by
 * saveReviews, read back by the next check (also after save, close and reopen), accepted findings
 * left unpainted, and a damaged value read as none instead of failing the check.
 */

const SHEET = '年报';
/** Table 三's row total broken (an error and its suspect cell) and two `12件` warnings. */
const model = (): SheetModel => reportModel(SHEET, { unitTexts: 2, breakTotal: true });

async function checkOk(service: WorkbookService) {
  const outcome = await service.check('sheet', 'zh-CN');
  if (!outcome.ok) throw new Error(`check failed: ${outcome.error.code} ${outcome.error.detail ?? ''}`);
  return outcome.value;
}

const MARK_FILLS = new Set(Object.values(MARK_STYLES).map((s) => s.fill));
/** The cells of the sheet painted in a mark's colour. */
const paintedCells = (host: ExcelHost, sheet: SheetModel): string[] =>
  sheet.rows.flatMap((row, r) =>
    row.flatMap((_, c) => {
      const a1 = cellA1(r, c);
      return MARK_FILLS.has(host.cell(sheet.name, a1).fill ?? '') ? [a1] : [];
    }),
  );

/** The cells the check should paint once `acceptances` are applied, sorted. */
function expectedPaint(sheet: SheetModel, acceptances: readonly Acceptance[]): string[] {
  const report = checkGrid(new ArrayGrid({ sheet: sheet.name, values: sheet.rows }));
  const plan = planMarks(applyReviews(report, acceptances).findings);
  return [...(plan.get(sheet.name)?.keys() ?? [])].sort();
}

/** A warning whose cells no other finding marks, so that accepting it leaves them unpainted. */
function loneWarning(findings: readonly Finding[]): Finding {
  const cellsOf = (f: Finding) => (f.parts ?? [f]).map((p) => p.address);
  const found = findings.find(
    (f) =>
      f.severity === 'warning' &&
      cellsOf(f).every((a) => findings.every((o) => o === f || !cellsOf(o).includes(a))),
  );
  if (!found) throw new Error('precondition: a warning on cells of its own');
  return found;
}

const REASON = '清理后调整，已在报告中说明';

describe('review states in the workbook settings', () => {
  it('are stored by saveReviews, read by the next check, and their findings are not painted', async () => {
    const sheet = model();
    const { double, service } = setup([sheet]);
    const first = await checkOk(service);
    expect(first.acceptances).toEqual([]);
    const everything = expectedPaint(sheet, []);
    expect(paintedCells(double, sheet).sort()).toEqual(everything);

    const warning = loneWarning(first.report.findings);
    const list = [acceptanceOf(warning, REASON, new Date('2024-03-05T08:00:00Z'))];
    expect(await service.saveReviews(list)).toEqual({ ok: true, value: undefined });
    expect(JSON.parse(double.setting(REVIEWS_KEY) as string)).toEqual(list);
    // The name workbooks already carry: renamed, every stored review would be lost.
    expect(REVIEWS_KEY).toBe('disclosureCheck.reviews.v1');

    const again = await checkOk(service);
    expect(again.acceptances).toEqual(list);
    // The report still holds every finding: the pane lists the accepted one apart.
    expect(again.report.findings.map((f) => f.fingerprint)).toEqual(
      first.report.findings.map((f) => f.fingerprint),
    );
    const open = expectedPaint(sheet, list);
    expect(open.length).toBeLessThan(everything.length);
    expect(paintedCells(double, sheet).sort()).toEqual(open);
    expect(double.cell(SHEET, warning.address).fill).not.toBe(MARK_STYLES.warning.fill);
    expect(double.cell(SHEET, warning.address).note ?? '').not.toContain(warning.message);
    expect(again.painted).toBe(open.length);
  });

  it('survive save, close and reopen', async () => {
    const sheet = model();
    const first = setup([sheet]);
    const { report } = await checkOk(first.service);
    const list = [acceptanceOf(loneWarning(report.findings), REASON)];
    await first.service.saveReviews(list);
    const saved = first.double.save();

    const reopened = setup(saved.sheets, { settings: saved.settings });
    const again = await checkOk(reopened.service);
    expect(again.acceptances).toEqual(list);
    expect(paintedCells(reopened.double, sheet).sort()).toEqual(expectedPaint(sheet, list));
  });

  it('are read in the check’s first sync: still at most 3 syncs', async () => {
    const sheet = model();
    const report = checkGrid(new ArrayGrid({ sheet: SHEET, values: sheet.rows }));
    const list = [acceptanceOf(loneWarning(report.findings), REASON)];
    const { double, service } = setup([sheet], { settings: { [REVIEWS_KEY]: JSON.stringify(list) } });
    expect((await checkOk(service)).acceptances).toEqual(list);
    expect(double.syncCount).toBeLessThanOrEqual(3);
  });

  it.each<[string, unknown]>([
    ['text that is not JSON', '[{"fingerprint": "cell/unit-text|年报'],
    ['JSON that is not a list', JSON.stringify({ fingerprint: 'x', ruleId: 'y', reason: 'z' })],
    ['a number', 42],
    ['a list of wrong entries', JSON.stringify([null, 'x', { fingerprint: 1, ruleId: 'a', reason: 'b' }])],
  ])(
    'a damaged value (%s) reads as no acceptance: the check runs and paints everything',
    async (_name, value) => {
      const sheet = model();
      const { double, service } = setup([sheet], { settings: { [REVIEWS_KEY]: value } });
      const result = await checkOk(service);
      expect(result.acceptances).toEqual([]);
      expect(paintedCells(double, sheet).sort()).toEqual(expectedPaint(sheet, []));
      // Saving replaces the damaged value with a readable one.
      const list = [acceptanceOf(loneWarning(result.report.findings), REASON)];
      expect(await service.saveReviews(list)).toEqual({ ok: true, value: undefined });
      expect((await checkOk(service)).acceptances).toEqual(list);
    },
  );

  it('keeps the readable entries of a partly damaged list', async () => {
    const sheet = model();
    const report = checkGrid(new ArrayGrid({ sheet: SHEET, values: sheet.rows }));
    const good = acceptanceOf(loneWarning(report.findings), REASON);
    const stored = JSON.stringify([{ ruleId: 'cell/unit-text', reason: '无指纹' }, good]);
    const { service } = setup([sheet], { settings: { [REVIEWS_KEY]: stored } });
    expect((await checkOk(service)).acceptances).toEqual([good]);
  });

  it('an empty list removes the setting, and removing none that exists is no failure', async () => {
    const sheet = model();
    const { double, service } = setup([sheet]);
    expect(await service.saveReviews([])).toEqual({ ok: true, value: undefined });
    expect(double.setting(REVIEWS_KEY)).toBeUndefined();
    const { report } = await checkOk(service);
    await service.saveReviews([acceptanceOf(report.findings[0], REASON)]);
    expect(double.setting(REVIEWS_KEY)).toBeDefined();
    expect(await service.saveReviews([])).toEqual({ ok: true, value: undefined });
    expect(double.setting(REVIEWS_KEY)).toBeUndefined();
    // With nothing accepted, the next check paints every finding again.
    await checkOk(service);
    expect(paintedCells(double, sheet).sort()).toEqual(expectedPaint(sheet, []));
  });
});

describe('storedAcceptances: review states as a document keeps them, text or a value', () => {
  const one = { fingerprint: 'f1', ruleId: 'totals/row', reason: '已核实' };
  test.each<[string, unknown, Acceptance[]]>([
    ['a list', [one], [one]],
    ['the list as JSON text', JSON.stringify([one]), [one]],
    ['text that is not JSON', '[{"fingerprint":', []],
    ['JSON that is no list', '{"fingerprint":"f1"}', []],
    ['a number', 42, []],
    ['nothing', undefined, []],
  ])('%s', (_name, value, expected) => {
    expect(storedAcceptances(value)).toEqual(expected);
  });
});
