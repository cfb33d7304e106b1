/**
 * The write budget (src/office/batches.ts): ops estimate their request size, and a batch is cut at
 * PAYLOAD_BUDGET. The estimate must not be so low that a full batch passes Excel on the web's 5 MB
 * request limit, measured here as the runtime really serialises the requests.
 */
import { PAYLOAD_BUDGET, runOps, type Op } from '../../src/office/batches';
import type { MarkedCell, MarkPlan } from '../../src/office/marks';
import { noteOps, paintOps } from '../../src/office/paint';
import { restoreOps } from '../../src/office/restore';
import { SnapshotBuilder } from '../../src/office/snapshot';
import { WEB_PAYLOAD_LIMIT } from '../support/excel-host';
import { connectRuntime } from '../support/excel-host/runtime';
import { FLAVOUR } from './helpers';
import { cellA1 } from '../support/a1';

const SHEET = '部门报告（2023年度）';
const ROWS = 400;
const COLUMNS = 12;

const a1 = cellA1;

/** Every cell of a large sheet marked, with a long Chinese message each, as a worst case. */
function bigPlan(): MarkPlan {
  const message =
    '第三部分“收到和处理政府信息公开申请情况”中，本列各项之和与“总计”不一致：应为 128，实为 131。';
  const cells = new Map(
    Array.from({ length: ROWS * COLUMNS }, (_, i) => {
      const kind = (['error', 'warning', 'suspect'] as const)[i % 3];
      const cell: MarkedCell = { kind, messages: [message] };
      return [a1(Math.floor(i / COLUMNS), i % COLUMNS), cell] as const;
    }),
  );
  return new Map([[SHEET, cells]]);
}

async function measure(ops: readonly Op[]) {
  const { host, globals } = connectRuntime(FLAVOUR, [{ name: SHEET, rows: [[null]] }], {
    apiVersion: '1.12',
  });
  await globals.Excel.run((context) => runOps(context, ops, Infinity));
  const estimated = ops.reduce((n, op) => n + op.bytes, 0);
  return { estimated, actual: host.largestRequest };
}

describe('request size estimates', () => {
  it.each([
    ['paint', () => paintOps(bigPlan())],
    ['comments', () => noteOps(bigPlan(), 'comments', () => true, 'zh-CN')],
    [
      'restore',
      () => {
        const builder = new SnapshotBuilder();
        let i = 0;
        for (const address of bigPlan().get(SHEET)?.keys() ?? [])
          builder.add(SHEET, address, {
            fill: i++ % 2 ? { color: '#4472C4', tintAndShade: 0.4 } : null,
            fontColor: '#1F4E79',
            bold: i % 3 === 0,
          });
        return restoreOps(builder.build(), new Set([SHEET])).ops;
      },
    ],
  ])('%s: a batch cut at PAYLOAD_BUDGET stays within the web’s 5 MB', async (_name, make) => {
    const { estimated, actual } = await measure(make());
    expect(actual).toBeGreaterThan(0);
    // Scaled to a full batch: what PAYLOAD_BUDGET of estimate really sends.
    expect((actual / estimated) * PAYLOAD_BUDGET).toBeLessThan(WEB_PAYLOAD_LIMIT);
  });
});
