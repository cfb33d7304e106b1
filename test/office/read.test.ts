/**
 * Reading the workbook within Excel's limits (src/office/read.ts): one request normally; when the
 * response would pass Excel on the web's 5 MB, or a sheet holds more than the 512 merged areas
 * getMergedAreasOrNullObject returns, a careful read that still gives the engine the same grids.
 */
import { parseA1 } from '../../src/grid';
import { RESPONSE_BUDGET } from '../../src/office/read';
import { cellA1 } from '../support/a1';
import type { SheetModel } from '../support/excel-host';
import { WEB_PAYLOAD_LIMIT } from '../support/excel-host';
import { formats, reportModel, setup } from './helpers';

const WEB_LIMITS = { maxPayloadBytes: WEB_PAYLOAD_LIMIT };
const NO_LIMITS = { maxPayloadBytes: Infinity };

async function check(sheets: SheetModel[], options: object, scope: 'sheet' | 'workbook' = 'workbook') {
  const { host, service } = setup(sheets, options);
  const outcome = await service.check(scope, 'zh-CN');
  if (!outcome.ok) throw new Error(`check failed: ${outcome.error.code} ${outcome.error.detail ?? ''}`);
  return { host, result: outcome.value };
}

/** What the engine made of the sheets: every finding and table, in order. */
const reading = (result: Awaited<ReturnType<typeof check>>['result']) => ({
  findings: result.report.findings.map((f) => `${f.sheet}!${f.address} ${f.ruleId} ${f.message}`),
  tables: result.report.tables.map((t) => `${t.sheet}!${t.range} ${t.table}`),
});

/** A sheet of `count` merged pairs A1:B1, A2:B2, … */
const mergedSheet = (name: string, count: number): SheetModel => ({
  name,
  rows: Array.from({ length: count }, (_, r) => [`第${r + 1}行`, null]),
  merges: Array.from({ length: count }, (_, r) => `A${r + 1}:B${r + 1}`),
});

describe('more than 512 merged areas on a sheet (docs: Range.getMergedAreasOrNullObject)', () => {
  it('checks the workbook anyway, names the sheet read without merges, and keeps the others’ merges', async () => {
    const report = { ...reportModel('年报', { breakTotal: true }), merges: ['A1:J1'] };
    const { host, result } = await check([report, mergedSheet('附件', 600)], NO_LIMITS);
    expect(result.degraded.map((t) => t.zh)).toEqual([
      '工作表“附件”的合并单元格超过 512 个，Excel 无法一次读出，已不按合并单元格定位表格，结果可能不够准确。',
      expect.stringContaining('批注'),
    ]);
    const clean = await check([report], NO_LIMITS);
    expect(reading(result).findings).toEqual(reading(clean.result).findings);
    expect(result.painted).toBeGreaterThan(0);
    // Sheet list; the refused read; sizes; values and formats; merges of both (refused), of 年报, of
    // 附件 (refused, so read without); paint.
    expect(host.syncCount).toBe(8);
  });

  it('reads exactly 512 merged areas in the one request', async () => {
    const { host, result } = await check([reportModel('年报'), mergedSheet('附件', 512)], NO_LIMITS);
    expect(result.degraded.map((t) => t.zh).join('')).not.toContain('512');
    expect(host.syncCount).toBeLessThanOrEqual(3);
  });

  it('fills the template from a sheet with too many merges, saying so', async () => {
    // The report, then 600 merged pairs below it.
    const report = reportModel('年报').rows;
    const below = mergedSheet('年报', 600);
    const sheet: SheetModel = {
      name: '年报',
      rows: [...report, ...below.rows],
      merges: below.merges?.map((m) => m.replace(/\d+/g, (n) => String(Number(n) + report.length))),
    };
    const { service } = setup([sheet], NO_LIMITS);
    const outcome = await service.insertTemplate({
      edition: '2021',
      year: 2023,
      body: null,
      totals: 'formula',
      fill: 'active-sheet',
    });
    if (!outcome.ok) throw new Error(outcome.error.detail);
    expect(outcome.value.skipped.map((t) => t.zh).join('')).toContain('工作表“年报”的合并单元格超过 512 个');
    expect(outcome.value.fill?.filled).toBeGreaterThan(0);
  });
});

describe('a response over Excel on the web’s 5 MB', () => {
  it('reads 40 report sheets in batches planned by their measured size, with the same result', async () => {
    const sheets = Array.from({ length: 40 }, (_, i) => reportModel(`部门${i + 1}`, { breakTotal: i === 7 }));
    const limited = await check(sheets, WEB_LIMITS);
    const unlimited = await check(sheets, NO_LIMITS);
    expect(reading(limited.result)).toEqual(reading(unlimited.result));
    expect(unlimited.host.syncCount).toBe(3);
    // Planned batches: each sheet's used range costs rows × columns × 170 bytes (read.ts).
    const cells = sheets[0].rows.length * Math.max(...sheets[0].rows.map((r) => r.length));
    const perBatch = Math.floor(RESPONSE_BUDGET / (cells * 170));
    const batches = Math.ceil(sheets.length / perBatch);
    expect(batches).toBeGreaterThan(1);
    // Sheet list; the refused read; sizes; the batches; merges; paint.
    expect(limited.host.syncCount).toBe(1 + 1 + 1 + batches + 1 + 1);
    // Two checks of 40 whole reports through the runtime: about 3 s alone, more on a busy machine.
  }, 30000);

  it('reads one sheet larger than the limit in bands of rows', async () => {
    // Formatted blank cells down to row 8000 belong to the used range the check reads.
    const big = { ...reportModel('年报', { breakTotal: true }), fills: { J8000: '#FFFFFF' } };
    const limited = await check([big], WEB_LIMITS, 'sheet');
    const unlimited = await check([big], NO_LIMITS, 'sheet');
    expect(reading(limited.result)).toEqual(reading(unlimited.result));
    expect(limited.result.report.findings.length).toBeGreaterThan(0);
    expect(limited.host.syncCount).toBeGreaterThan(4);
  });

  it('says the sheet is too large when Excel refuses even one row of it, and paints nothing', async () => {
    const model = reportModel('年报', { breakTotal: true });
    model.rows.push(['说明' + '很长'.repeat(3000)]);
    const { host, service } = setup([model], { maxPayloadBytes: Infinity, maxResponseBytes: 8_000 });
    const before = formats(host, model);
    const outcome = await service.check('sheet', 'zh-CN');
    expect(outcome).toMatchObject({ ok: false, error: { code: 'payload' } });
    expect(formats(host, model)).toEqual(before);
  });

  describe('a failure other than the limit while reading carefully is not retried', () => {
    const careful = { maxPayloadBytes: Infinity, maxResponseBytes: 60_000 };
    const sheets = () => [reportModel('年报', { breakTotal: true })];
    let syncs = 0;
    beforeAll(async () => {
      const { host, service } = setup(sheets(), careful);
      expect((await service.check('sheet', 'zh-CN')).ok).toBe(true);
      syncs = host.syncCount;
    });
    // Sheet list, the refused read, sizes, then the bands; merges and paint are the last two.
    it.each([
      ['the first band', () => 4],
      ['the merged areas', () => syncs - 1],
    ])('%s', async (_name, at) => {
      const { host, service } = setup(sheets(), careful);
      host.inject({ kind: 'op-fails', beforeSync: at(), op: 0, code: 'GeneralException', reads: true });
      const outcome = await service.check('sheet', 'zh-CN');
      expect(outcome).toMatchObject({ ok: false, error: { code: 'unknown' } });
      expect(host.syncCount).toBe(at());
    });
  });

  it('halves a batch Excel still refuses (the estimate was low)', async () => {
    // A limit far below the plan's budget: every batch and then every band is halved until it fits.
    const sheets = Array.from({ length: 4 }, (_, i) => reportModel(`部门${i + 1}`, { breakTotal: i === 2 }));
    const limited = await check(sheets, { maxPayloadBytes: Infinity, maxResponseBytes: 60_000 });
    const unlimited = await check(sheets, NO_LIMITS);
    expect(reading(limited.result)).toEqual(reading(unlimited.result));
  });
});

describe('a report that does not start at A1', () => {
  it('is read where it stands: the same findings, at addresses two columns right and three rows down', async () => {
    const model = reportModel('年报', { breakTotal: true, unitTexts: 1 });
    const moved: SheetModel = {
      ...model,
      rows: [[], [], [], ...model.rows.map((row) => [null, null, ...row])],
    };
    const at = await check([model], NO_LIMITS, 'sheet');
    const shifted = await check([moved], NO_LIMITS, 'sheet');
    const move = (address: string) => {
      const at = parseA1(address);
      if (!at) throw new Error(`not an address: ${address}`);
      return cellA1(at.row + 3, at.col + 2);
    };
    const findings = (result: typeof at.result) => result.report.findings.map((f) => [f.ruleId, f.address]);
    expect(at.result.report.findings.length).toBeGreaterThan(1);
    expect(findings(shifted.result)).toEqual(
      findings(at.result).map(([rule, address]) => [rule, move(address)]),
    );
  });
});
