/**
 * The write budget (src/office/batches.ts): ops estimate their request size, and a batch is cut at
 * PAYLOAD_BUDGET. The estimate must not be so low that a full batch passes Excel on the web's 5 MB
 * request limit, measured here as the runtime really serialises the requests.
 */
import { guardSheets, PAYLOAD_BUDGET, runOps, type Op } from '../../src/office/batches';
import type { MarkedCell, MarkPlan } from '../../src/office/marks';
import { deleteOps, noteOps, paintOps } from '../../src/office/paint';
import { restoreOps } from '../../src/office/restore';
import { SnapshotBuilder, type SavedFormat } from '../../src/office/snapshot';
import { WEB_PAYLOAD_LIMIT, type ExcelHostOptions } from '../support/excel-host';
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

/** Many sheets with the longest names Excel allows (31 characters), one cell of each kind on each. */
function manySheetsPlan(): MarkPlan {
  const names = Array.from(
    { length: 60 },
    (_, i) => `${'某某市某某区某某局某某科室'.repeat(2)}报告${String(i).padStart(3, '0')}`,
  );
  const kinds = ['error', 'warning', 'suspect'] as const;
  return new Map(
    names.map((name) => [
      name,
      new Map(kinds.map((kind, i) => [a1(i, 0), { kind, messages: ['应为 1，实为 2。'] }] as const)),
    ]),
  );
}

/** Ops to measure, made in the measuring context after any setup it needs (sent one op per sync, so smaller). */
type MakeOps = (context: Excel.RequestContext) => readonly Op[] | Promise<readonly Op[]>;

async function measure(sheets: readonly string[], make: MakeOps, options: ExcelHostOptions = {}) {
  const { host, globals } = connectRuntime(
    FLAVOUR,
    sheets.map((name) => ({ name, rows: [[null]] })),
    { apiVersion: '1.12', ...options },
  );
  let estimated = 0;
  await globals.Excel.run(async (context) => {
    const ops = await make(context);
    estimated = ops.reduce((n, op) => n + op.bytes, 0);
    await runOps(context, ops, Infinity);
  });
  return { estimated, actual: host.largestRequest };
}

const MANY_SHEETS = [...manySheetsPlan().keys()];

/** A snapshot of every cell of `plan`, formats taken in turn from `formats`. */
function snapshotOf(plan: MarkPlan, formats: readonly SavedFormat[]) {
  const builder = new SnapshotBuilder();
  let i = 0;
  for (const [sheet, cells] of plan)
    for (const address of cells.keys()) builder.add(sheet, address, formats[i++ % formats.length]);
  return builder.build();
}

const TINTED: SavedFormat = {
  fill: { color: '#4472C4', tintAndShade: 0.4 },
  fontColor: '#1F4E79',
  bold: true,
};
/** The largest a restore op gets: tint and pattern (a read-back, six property sets). */
const PATTERNED: SavedFormat = {
  fill: { color: '#4472C4', tintAndShade: 0.4, pattern: 'Gray50', patternColor: '#FF0000' },
  fontColor: '#1F4E79',
  bold: true,
};
const NO_FILL: SavedFormat = { fill: null, fontColor: '#000000', bold: false };

describe('request size estimates', () => {
  // Rows as objects: a row shorter than the test's parameter list would make Jest pass it `done`.
  const cases: { name: string; sheets: readonly string[]; make: MakeOps; options?: ExcelHostOptions }[] = [
    { name: 'paint', sheets: [SHEET], make: () => paintOps(bigPlan()) },
    { name: 'comments', sheets: [SHEET], make: () => noteOps(bigPlan(), 'comments', () => true, 'zh-CN') },
    {
      name: 'restore',
      sheets: [SHEET],
      make: () => restoreOps(snapshotOf(bigPlan(), [NO_FILL, TINTED]), new Set([SHEET])).ops,
    },
    // Small ops, where the sheet's name and the runtime's object paths are most of each request.
    {
      name: 'paint, one cell per colour on many sheets',
      sheets: MANY_SHEETS,
      make: () => paintOps(manySheetsPlan()),
    },
    {
      name: 'comments, one per cell on many sheets',
      sheets: MANY_SHEETS,
      make: () => noteOps(manySheetsPlan(), 'comments', () => true, 'zh-CN'),
    },
    {
      name: 'restore, one cell per format on many sheets',
      sheets: MANY_SHEETS,
      make: () => restoreOps(snapshotOf(manySheetsPlan(), [PATTERNED]), new Set(MANY_SHEETS)).ops,
    },
    {
      // Fixes come only where a tinted fill reads back as the colour shown.
      name: 'tint fixes, one cell on each of many sheets',
      sheets: MANY_SHEETS,
      make: async (context) => {
        const restore = restoreOps(snapshotOf(manySheetsPlan(), [TINTED]), new Set(MANY_SHEETS));
        await runOps(context, restore.ops, 1);
        return restore.fixes();
      },
      options: { tintedColor: 'shown' },
    },
    { name: 'sheet guards on many sheets', sheets: MANY_SHEETS, make: () => guardSheets(MANY_SHEETS) },
    {
      name: 'deletes of comments on many sheets',
      sheets: MANY_SHEETS,
      make: async (context) => {
        await runOps(
          context,
          noteOps(manySheetsPlan(), 'comments', () => true, 'zh-CN'),
          1,
        );
        const comments = context.workbook.comments.load('items');
        await context.sync();
        return deleteOps(comments.items);
      },
    },
  ];
  it.each(cases)(
    '$name: a batch cut at PAYLOAD_BUDGET stays within the web’s 5 MB',
    async ({ sheets, make, options }) => {
      const { estimated, actual } = await measure(sheets, make, options);
      expect(actual).toBeGreaterThan(0);
      expect(estimated).toBeGreaterThan(0);
      // Scaled to a full batch: what PAYLOAD_BUDGET of estimate really sends.
      expect((actual / estimated) * PAYLOAD_BUDGET).toBeLessThan(WEB_PAYLOAD_LIMIT);
    },
  );
});

describe('runOps: one sync per batch that fits the budget', () => {
  // Each op writes its own cell, so every write is seen to land whatever the batches.
  const writes = (sizes: readonly number[]): Op[] =>
    sizes.map((bytes, i) => ({
      bytes,
      queue: (context) => {
        context.workbook.worksheets.getItem(SHEET).getRange(a1(i, 0)).values = [[i + 1]];
      },
    }));
  it.each([
    ['one op', [60], 1],
    ['ops filling the budget exactly', [40, 60], 1],
    ['one byte over', [40, 61], 2],
    ['a full op, then a small one', [100, 1], 2],
    ['four ops of which two fit at a time', [30, 30, 30, 30], 2],
    ['an op over the budget on its own is sent alone', [150, 10, 20], 2],
  ])('%s: %j bytes under 100 → %i syncs', async (_name, sizes, syncs) => {
    const { host, globals } = connectRuntime(FLAVOUR, [{ name: SHEET, rows: [[null]] }]);
    await globals.Excel.run((context) => runOps(context, writes(sizes), 100));
    expect(host.syncCount).toBe(syncs);
    const values = await globals.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(SHEET).getRange(`A1:A${sizes.length}`);
      range.load('values');
      await context.sync();
      return range.values.map((row) => row[0] as unknown);
    });
    expect(values).toEqual(sizes.map((_, i) => i + 1));
  });
});

describe('runOps: a request Excel refuses as too large', () => {
  // Ops that state 1 byte each but write 3 bytes a character: the estimate undercounts, and the host's 10 KB limit
  // (maxPayloadBytes) refuses what the budget let through, as Excel on the web refuses past 5 MB.
  const sized = (count: number, characters: number): Op[] =>
    Array.from({ length: count }, (_, i) => ({
      bytes: 1,
      queue: (context) => {
        context.workbook.worksheets.getItem(SHEET).getRange(a1(i, 0)).values = [['字'.repeat(characters)]];
      },
    }));
  const run = async (ops: Op[], budget: number) => {
    const { host, globals } = connectRuntime(FLAVOUR, [{ name: SHEET, rows: [[null]] }], {
      maxPayloadBytes: 10_000,
    });
    const outcome = await globals.Excel.run((context) => runOps(context, ops, budget)).then(
      () => 'done',
      (error: { code?: string }) => error.code,
    );
    return { outcome, syncs: host.syncCount };
  };

  it('one op alone: fails at once, nothing to halve', async () => {
    expect(await run(sized(1, 4000), 1_000_000)).toEqual({
      outcome: 'RequestPayloadSizeLimitExceeded',
      syncs: 1,
    });
  });

  it('one op alone after a batch that landed: fails at its own turn, nothing to halve', async () => {
    // Each op states 600 KB, so under 1 MB each goes alone; the first writes one character.
    const ops = [sized(1, 1)[0], sized(2, 4000)[1]].map((op) => ({ ...op, bytes: 600_000 }));
    expect(await run(ops, 1_000_000)).toEqual({ outcome: 'RequestPayloadSizeLimitExceeded', syncs: 2 });
  });

  it('at the smallest budget: fails rather than halving for ever', async () => {
    // 1 MB → 16 KB (the floor, still the whole batch) → refused again → give up.
    expect(await run(sized(3, 2000), 1_000_000)).toEqual({
      outcome: 'RequestPayloadSizeLimitExceeded',
      syncs: 2,
    });
  });
});
