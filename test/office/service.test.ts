import { MARK_STYLES } from '../../src/office/marks';
import { fill, ROLLBACK_FAILED } from '../../src/office/messages';
import { SNAPSHOT_KEY } from '../../src/office/snapshot';
import type { CheckResult } from '../../src/office/types';
import type { ExcelHost } from '../support/excel-host';
import { formats, markedCells, reportModel, setup } from './helpers';
import { cellA1 } from '../support/a1';

async function checkOk(service: ReturnType<typeof setup>['service'], scope: 'sheet' | 'workbook' = 'sheet') {
  const outcome = await service.check(scope, 'zh-CN');
  if (!outcome.ok) throw new Error(`check failed: ${outcome.error.code} ${outcome.error.detail ?? ''}`);
  return outcome.value;
}

describe('sync budget of one validation', () => {
  it.each([
    ['1 sheet, 0 findings', [reportModel('年报')], 'sheet', 0],
    ['1 sheet, 100 findings', [reportModel('年报', { unitTexts: 100 })], 'sheet', 100],
    [
      '10 sheets',
      Array.from({ length: 10 }, (_, i) => reportModel(`表${i + 1}`, { unitTexts: i })),
      'workbook',
      45,
    ],
  ] as const)('%s: at most 3 syncs', async (_name, sheets, scope, findings) => {
    const { double, service } = setup([...sheets]);
    const result = await checkOk(service, scope);
    // Unit text is one finding per table; each of its cells is painted.
    expect(markedCells(result.report.findings)).toHaveLength(findings);
    expect(result.painted).toBe(findings);
    expect(double.syncCount).toBeLessThanOrEqual(3);
  });
});

describe('paint and 清除标记', () => {
  it('paints errors, warnings and the suspect cell in their colours with a note', async () => {
    const model = reportModel('年报', { unitTexts: 2, breakTotal: true });
    const { double, service } = setup([model]);
    const result = await checkOk(service);
    const { findings } = result.report;
    expect(result.report.errors).toBeGreaterThan(0);
    const suspect = findings.find((f) => f.ruleId === 'applications/suspect-cell');
    const error = findings.find((f) => f.severity === 'error' && f.address !== suspect?.address);
    const warning = findings.find((f) => f.severity === 'warning' && f.ruleId === 'cell/unit-text')
      ?.parts?.[0];
    expect(warning).toBeDefined();
    for (const [finding, style] of [
      [suspect, MARK_STYLES.suspect],
      [error, MARK_STYLES.error],
      [warning, MARK_STYLES.warning],
    ] as const) {
      if (!finding) continue;
      const cell = double.cell('年报', finding.address);
      expect({ fill: cell.fill, font: cell.fontColor, bold: cell.bold }).toEqual({
        fill: style.fill,
        font: style.fontColor,
        bold: style.bold,
      });
      expect(cell.note).toContain(finding.message);
    }
    expect(result.notes).toBe(new Set(markedCells(findings).map((f) => f.address)).size);
  });

  it.each(['null-tint', 'white'] as const)(
    'restores fills and fonts exactly, telling No Fill from white (No Fill tint read as %s), and removes its notes',
    async (noFill) => {
      const model = reportModel('年报', { unitTexts: 6 });
      const warned = (await setup([model]).service.check('sheet', 'zh-CN')) as {
        ok: true;
        value: CheckResult;
      };
      const [a, b, c, d] = markedCells(warned.value.report.findings).map((f) => f.address);
      const styled = {
        ...model,
        fills: { [a]: '#FFFFFF', [b]: '#00B050' },
        fonts: { [c]: { color: '#1F4E79', bold: true } },
        notes: {},
      };
      const { double, service } = setup([styled], { noFill });
      const before = formats(double, styled);
      await checkOk(service);
      expect(double.cell('年报', d).fill).toBe(MARK_STYLES.warning.fill);
      expect(await service.hasMarks()).toBe(true);
      const cleared = await service.clearMarks();
      expect(cleared).toMatchObject({ ok: true, value: { restored: 6 } });
      expect(formats(double, styled)).toEqual(before);
      expect(double.cell('年报', a).fill).toBe('#FFFFFF');
      expect(double.cell('年报', d).fill).toBeNull();
      expect(double.setting(SNAPSHOT_KEY)).toBeUndefined();
      expect(await service.clearMarks()).toMatchObject({ ok: false, error: { code: 'no-marks' } });
    },
  );

  it.each(['shown', 'theme'] as const)(
    'restores a tinted theme fill without tinting it twice, and a pattern fill (tinted colour read as %s)',
    async (tintedColor) => {
      const model = reportModel('年报', { unitTexts: 2 });
      const { double, service } = setup([model], { tintedColor });
      const [tintedCell, patternCell] = markedCells(
        ((await service.check('sheet', 'zh-CN')) as { ok: true; value: CheckResult }).value.report.findings,
      ).map((f) => f.address);
      await service.clearMarks();
      double.setFill('年报', tintedCell, { color: '#4472C4', tintAndShade: 0.6 });
      double.setFill('年报', patternCell, { color: '#FFC000', pattern: 'Gray25', patternColor: '#7030A0' });
      const shown = double.cell('年报', tintedCell).fill;
      expect(shown).not.toBe('#4472C4');
      await checkOk(service);
      expect(double.cell('年报', tintedCell).fill).toBe(MARK_STYLES.warning.fill);
      expect(await service.clearMarks()).toMatchObject({ ok: true, value: { restored: 2 } });
      expect(double.cell('年报', tintedCell).fill).toBe(shown);
      expect(double.inspect('年报', patternCell).fillDetail).toMatchObject({
        color: '#FFC000',
        pattern: 'Gray25',
        patternColor: '#7030A0',
      });
      // Where the colour reads as the theme colour, the tint itself is restored.
      if (tintedColor === 'theme')
        expect(double.inspect('年报', tintedCell).fillDetail).toMatchObject({
          color: '#4472C4',
          tintAndShade: 0.6,
        });
    },
  );

  it.each(['shown', 'theme'] as const)(
    'a re-check restores a tinted theme fill it no longer marks, without tinting it twice (read as %s)',
    async (tintedColor) => {
      const model = reportModel('年报', { unitTexts: 2 });
      const { double, service } = setup([model], { tintedColor });
      const [tintedCell] = markedCells((await checkOk(service)).report.findings).map((f) => f.address);
      await service.clearMarks();
      double.setFill('年报', tintedCell, { color: '#4472C4', tintAndShade: 0.6 });
      const shown = double.cell('年报', tintedCell).fill;
      await checkOk(service);
      expect(double.cell('年报', tintedCell).fill).toBe(MARK_STYLES.warning.fill);
      // The unit text corrected (`12件` → 12): the next check no longer marks the cell, so restores it.
      await double.edit('年报', tintedCell, parseInt(String(double.cell('年报', tintedCell).value), 10));
      const after = await checkOk(service);
      expect(markedCells(after.report.findings).map((f) => f.address)).not.toContain(tintedCell);
      expect(double.cell('年报', tintedCell).fill).toBe(shown);
    },
  );

  it('reports progress: none done, then each sheet as it is checked', async () => {
    const { service } = setup([reportModel('年报'), reportModel('其他')]);
    const progress = jest.fn();
    expect((await service.check('workbook', 'zh-CN', progress)).ok).toBe(true);
    expect(progress.mock.calls).toEqual([
      [{ done: 0, total: 2 }],
      [{ done: 1, total: 2, sheet: '年报' }],
      [{ done: 2, total: 2, sheet: '其他' }],
    ]);
  });

  it('does not snapshot its own marks when checking twice', async () => {
    const model = reportModel('年报', { unitTexts: 3 });
    const { double, service } = setup([model]);
    const before = formats(double, model);
    await checkOk(service);
    await checkOk(service);
    await service.clearMarks();
    expect(formats(double, model)).toEqual(before);
  });

  it('a re-check with nothing left to mark gives the formats back and deletes the stored marks', async () => {
    const model = reportModel('年报', { unitTexts: 1 });
    const { double, service } = setup([model]);
    const before = formats(double, model);
    const first = await checkOk(service);
    expect(first.painted).toBeGreaterThan(0);
    expect(double.setting(SNAPSHOT_KEY)).toBeDefined();
    // The user writes the one number with a unit as a plain number.
    const r = model.rows.findIndex((row) => row.some((v) => typeof v === 'string' && /^\d+件$/.test(v)));
    const c = model.rows[r].findIndex((v) => typeof v === 'string' && /^\d+件$/.test(v));
    await double.edit('年报', cellA1(r, c), parseInt(String(model.rows[r][c]), 10));
    const again = await checkOk(service);
    expect(again.painted).toBe(0);
    expect(formats(double, model)).toEqual(before);
    expect(double.setting(SNAPSHOT_KEY)).toBeUndefined();
    expect(await service.hasMarks()).toBe(false);
  });

  it('restores after save, close and reopen (snapshot stored in the workbook)', async () => {
    const model = { ...reportModel('年报', { unitTexts: 4 }), fills: { A1: '#D9E1F2' } };
    const first = setup([model]);
    const before = formats(first.double, model);
    await checkOk(first.service);
    const saved = first.double.save();
    const reopened = setup(saved.sheets, { settings: saved.settings });
    expect(await reopened.service.hasMarks()).toBe(true);
    expect(await reopened.service.clearMarks()).toMatchObject({ ok: true, value: { restored: 4 } });
    expect(formats(reopened.double, model)).toEqual(before);
  });

  it('清除标记 refuses a sheet protected since the check: names it, says it cannot clear, changes nothing', async () => {
    const model = reportModel('年报', { unitTexts: 2 });
    const { double, service } = setup([model]);
    await checkOk(service);
    const marked = formats(double, model);
    double.inject({ kind: 'protect', sheet: '年报' });
    const outcome = await service.clearMarks();
    expect(outcome).toMatchObject({ ok: false, error: { code: 'protected' } });
    if (outcome.ok) return;
    expect(outcome.error.message.zh).toBe(
      '工作表“年报”受保护，无法清除其中的标记。本助手不会解除保护；请先在“审阅 > 撤消工作表保护”中解除后重试，工作簿未做任何改动。',
    );
    expect(outcome.error.message.en).toMatch(/^Sheet “年报” is protected, so its marks cannot be cleared\./);
    expect(formats(double, model)).toEqual(marked);
    expect(await service.hasMarks()).toBe(true);
  });

  it('清除标记 refuses two protected sheets and names both', async () => {
    const model = reportModel('年报', { unitTexts: 2 });
    const other = reportModel('其他', { unitTexts: 2 });
    const { double, service } = setup([model, other]);
    await checkOk(service, 'workbook');
    double.inject({ kind: 'protect', sheet: '年报' });
    double.inject({ kind: 'protect', sheet: '其他' });
    const outcome = await service.clearMarks();
    expect(outcome).toMatchObject({ ok: false, error: { code: 'protected' } });
    expect(!outcome.ok && outcome.error.message.zh).toMatch(
      /^工作表“年报”、“其他”受保护，无法清除其中的标记。/,
    );
  });

  it('清除标记 with a marked sheet deleted while it works: says the workbook changed, and changes nothing, not even the other sheet', async () => {
    const model = reportModel('年报', { unitTexts: 2 });
    const other = reportModel('其他', { unitTexts: 2 });
    const { double, service } = setup([model, other]);
    await checkOk(service, 'workbook');
    const marked = formats(double, model);
    // After clear's reads (the snapshot and the sheets; the comments), before its writes.
    double.inject({ kind: 'delete-sheet', sheet: '其他', beforeSync: 3 });
    const outcome = await service.clearMarks();
    expect(outcome).toMatchObject({ ok: false, error: { code: 'changed' } });
    expect(!outcome.ok && outcome.error.message.zh).toContain('工作表被删除或改名');
    expect(double.sheetNames).toEqual(['年报']);
    expect(formats(double, model)).toEqual(marked);
    expect(await service.hasMarks()).toBe(true);
  });

  it('clears the marks of a sheet renamed after the check (found by its worksheet ID)', async () => {
    const model = reportModel('年报', { unitTexts: 3 });
    const { double, service } = setup([model]);
    const before = formats(double, model);
    await checkOk(service);
    double.renameSheet('年报', '年报（终稿）');
    expect(await service.clearMarks()).toEqual({
      ok: true,
      value: { restored: 3, missing: [], keptComments: [] },
    });
    expect(formats(double, { ...model, name: '年报（终稿）' })).toEqual(before);
  });

  it('names a sheet renamed and reopened since it was marked: at the next check and at 清除标记', async () => {
    const report = reportModel('年报', { unitTexts: 2 });
    const other = reportModel('附表', { unitTexts: 1 });
    const first = setup([report, other]);
    await checkOk(first.service, 'workbook');
    const saved = first.double.save();
    // Worksheet IDs hold within a session only (office-js-docs #297): after reopening, only names match.
    const reopened = setup(saved.sheets, { settings: saved.settings });
    reopened.double.renameSheet('年报', '年报（终稿）');
    const again = await checkOk(reopened.service, 'sheet');
    expect(again.degraded.map((t) => t.zh).join('')).toContain('上次在工作表“年报”上做的标记找不到了');
    const cleared = await reopened.service.clearMarks();
    // 附表's mark and the new check's marks are restored; 年报's two stay, named with their count.
    expect(cleared).toMatchObject({ ok: true, value: { missing: [{ sheet: '年报', cells: 2 }] } });
    expect(await reopened.service.hasMarks()).toBe(false);
  });

  it('清除标记 when the only marked sheet was renamed since reopening: names it, not “no marks”', async () => {
    const first = setup([reportModel('年报', { unitTexts: 2 })]);
    await checkOk(first.service, 'workbook');
    const saved = first.double.save();
    const reopened = setup(saved.sheets, { settings: saved.settings });
    reopened.double.renameSheet('年报', '年报（终稿）');
    const cleared = await reopened.service.clearMarks();
    expect(cleared).toMatchObject({
      ok: true,
      value: { restored: 0, missing: [{ sheet: '年报', cells: 2 }] },
    });
    expect(await reopened.service.hasMarks()).toBe(false);
  });

  it.each([
    ['marks of no cell: no marks, and the stored value goes', { version: 2, formats: [], sheets: [] }, false],
    // Perhaps a later version's marks: not this version's to delete.
    ['a value it cannot read: no marks, and the value stays', { version: 3, marks: [] }, true],
  ])('清除标记 with stored %s', async (_name, stored, stays) => {
    const { double, service } = setup([reportModel('年报')], { settings: { [SNAPSHOT_KEY]: stored } });
    expect(await service.hasMarks()).toBe(false);
    expect(await service.clearMarks()).toMatchObject({ ok: false, error: { code: 'no-marks' } });
    expect(double.setting(SNAPSHOT_KEY)).toEqual(stays ? stored : undefined);
  });

  it('answers "no marks" when Excel cannot answer', async () => {
    const { double, service } = setup([reportModel('年报', { unitTexts: 1 })]);
    await checkOk(service);
    expect(await service.hasMarks()).toBe(true);
    double.inject({ kind: 'response-payload', maxBytes: 10 });
    expect(await service.hasMarks()).toBe(false);
  });

  it('below ExcelApi 1.9 it finds no marks to clear, without asking Excel', async () => {
    const { double, service } = setup([reportModel('年报', { unitTexts: 1 })], { apiVersion: '1.8' });
    expect(await service.hasMarks()).toBe(false);
    expect(double.syncCount).toBe(0);
  });

  it('falls back to comments on ExcelApi 1.10–1.17 and to no notes below, saying so', async () => {
    const old = setup([reportModel('年报', { unitTexts: 1 })], { apiVersion: '1.12' });
    const withComments = await checkOk(old.service);
    expect(withComments.notes).toBe(1);
    expect(withComments.degraded.map((t) => t.en).join(' ')).toMatch(/comments instead/);
    const oldest = setup([reportModel('年报', { unitTexts: 1 })], { apiVersion: '1.9' });
    const plain = await checkOk(oldest.service);
    expect(plain.notes).toBe(0);
    expect(plain.degraded.length).toBeGreaterThanOrEqual(2);
  });
});

describe('threaded comments (ExcelApi 1.10–1.17: the explanations are comments too)', () => {
  const colleague = {
    content: '审核人：张三',
    replies: [{ content: '已改', authorEmail: 'li@example.gov.cn' }],
  };
  /** The sheet with two unit-text warnings, and the cells they are on. */
  async function warned() {
    const model = reportModel('年报', { unitTexts: 2 });
    const first = await checkOk(setup([model]).service);
    return { model, cells: markedCells(first.report.findings).map((f) => f.address) };
  }

  it('leaves someone else’s comments alone and comments every marked cell that has none', async () => {
    const { model, cells } = await warned();
    const { double, service } = setup([{ ...model, comments: { A1: colleague } }]);
    const result = await checkOk(service);
    expect(result.notes).toBe(2);
    for (const cell of cells) expect(double.inspect('年报', cell).comment?.content).toContain('【年报校验】');
    await service.clearMarks();
    expect(double.inspect('年报', 'A1').comment).toEqual({ content: '审核人：张三', replies: 1 });
    for (const cell of cells) expect(double.inspect('年报', cell).comment).toBeNull();
  });

  it('writes nothing on a marked cell that already has a comment, and says which cell', async () => {
    const { model, cells } = await warned();
    const { double, service } = setup([{ ...model, comments: { [cells[0]]: colleague } }]);
    const result = await checkOk(service);
    expect(result.notes).toBe(1);
    expect(result.degraded.map((t) => t.zh)).toContain(
      `单元格 年报!${cells[0]} 已有批注，未在其上添加说明（问题仍列在下方）。`,
    );
    expect(double.inspect('年报', cells[0]).comment).toEqual({ content: '审核人：张三', replies: 1 });
    expect(double.cell('年报', cells[0]).fill).toBe(MARK_STYLES.warning.fill);
  });

  it('never deletes its own comment once someone replied to it: kept at the next check and at 清除标记', async () => {
    const { model, cells } = await warned();
    const ours = {
      content: '【年报校验】数值单元格中含有文字',
      replies: [{ content: '已核实', authorEmail: 'li@example.gov.cn' }],
    };
    const plain = { content: '【年报校验】旧说明' };
    const { double, service } = setup([{ ...model, comments: { [cells[0]]: ours, [cells[1]]: plain } }]);
    const result = await checkOk(service);
    expect(result.degraded.map((t) => t.zh)).toContain(
      `年报!${cells[0]} 上本助手以前添加的批注已有他人回复，为保留回复，未删除也未更新。`,
    );
    expect(double.inspect('年报', cells[0]).comment).toEqual({ content: ours.content, replies: 1 });
    // The one nobody answered is replaced by this check's.
    expect(double.inspect('年报', cells[1]).comment?.content).not.toBe(plain.content);
    const cleared = await service.clearMarks();
    expect(cleared).toMatchObject({ ok: true, value: { keptComments: [`年报!${cells[0]}`] } });
    expect(double.inspect('年报', cells[0]).comment).toEqual({ content: ours.content, replies: 1 });
    expect(double.inspect('年报', cells[1]).comment).toBeNull();
  });

  it('reads where every comment is in the syncs it already makes', async () => {
    const { model, cells } = await warned();
    const { double, service } = setup([{ ...model, comments: { A1: colleague, [cells[0]]: colleague } }]);
    await checkOk(service);
    expect(double.syncCount).toBeLessThanOrEqual(3);
  });
});

describe('failures leave no paint and say why', () => {
  const painted = (double: ExcelHost, model: { name: string; rows: unknown[][] }) =>
    model.rows.flatMap((row, r) =>
      row.map((_, c) => double.cell(model.name, cellA1(r, c)).fill).filter((f) => f !== null),
    );

  it.each([
    ['cell-edit mode without delayForCellEdit', '1.10', { kind: 'cell-edit' } as const, 'cell-edit'],
    ['protected sheet', '1.18', { kind: 'protect', sheet: '年报' } as const, 'protected'],
    [
      'sheet deleted between check and paint',
      '1.18',
      { kind: 'delete-sheet', sheet: '其他', beforeSync: 3 } as const,
      'sheet-missing',
    ],
    [
      'sheet renamed between check and paint',
      '1.18',
      { kind: 'rename-sheet', sheet: '年报', to: '年报2', beforeSync: 3 } as const,
      'sheet-missing',
    ],
    ['missing requirement set', '1.8', { kind: 'api-version', version: '1.8' } as const, 'requirement'],
  ])('%s', async (_name, apiVersion, injected, code) => {
    const model = reportModel('年报', { unitTexts: 5 });
    const other = reportModel('其他', { unitTexts: 5 });
    const { double, service } = setup([model, other], { apiVersion });
    double.inject(injected);
    const outcome = await service.check('workbook', 'zh-CN');
    expect(outcome).toMatchObject({ ok: false, error: { code } });
    if (!outcome.ok) expect(outcome.error.message.zh).not.toMatch(/\{\w+\}/);
    for (const sheet of [model, other])
      if (double.sheetNames.includes(sheet.name)) expect(painted(double, sheet)).toEqual([]);
    const renamed = double.sheetNames.find((n) => n === '年报2');
    if (renamed) expect(painted(double, { ...model, name: renamed })).toEqual([]);
    expect(double.setting(SNAPSHOT_KEY)).toBeUndefined();
  });

  it('a sheet deleted before a re-check paints: the other sheet gets its formats back, only the deleted one is named', async () => {
    const model = reportModel('年报', { unitTexts: 5 });
    const other = reportModel('其他', { unitTexts: 5 });
    const { double, service } = setup([model, other], { apiVersion: '1.18' });
    const before = formats(double, model);
    await checkOk(service, 'workbook');
    expect(formats(double, model)).not.toEqual(before);
    // The rollback restores the first check's marks too, on a sheet that still exists.
    double.inject({ kind: 'delete-sheet', sheet: '其他', beforeSync: 3 });
    const outcome = await service.check('workbook', 'zh-CN');
    expect(outcome).toMatchObject({ ok: false, error: { code: 'sheet-missing' } });
    expect(!outcome.ok && outcome.error.message.zh).toContain('“其他”');
    // Named once, though both the stored marks and the failed paint's had cells on it.
    expect(!outcome.ok && outcome.error.message.zh.match(/其他/g)).toEqual(['其他']);
    expect(!outcome.ok && outcome.error.message.zh).not.toContain('年报');
    expect(formats(double, model)).toEqual(before);
  });

  it('something other than a sheet gone meanwhile (ItemNotFound) is told as a change, not as sheet “”', async () => {
    const model = reportModel('年报', { unitTexts: 2 });
    const { double, service } = setup([model]);
    const before = formats(double, model);
    double.inject({ kind: 'op-fails', beforeSync: 3, op: 1, code: 'ItemNotFound' });
    const outcome = await service.check('sheet', 'zh-CN');
    expect(outcome).toMatchObject({ ok: false, error: { code: 'changed' } });
    expect(!outcome.ok && outcome.error.message.zh).not.toContain('“”');
    expect(formats(double, model)).toEqual(before);
  });

  // The second sync reads the sheets (the first lists them).
  it.each([
    ['a read refused for no sheet gone (ItemNotFound)', 'ItemNotFound', 'changed', 3],
    ['a read that fails otherwise', 'GeneralException', 'unknown', 2],
  ])('%s: says so, reads no further and paints nothing', async (_name, code, failureCode, syncs) => {
    const model = reportModel('年报', { unitTexts: 2 });
    const other = reportModel('其他', { unitTexts: 2 });
    const { double, service } = setup([model, other]);
    const before = [formats(double, model), formats(double, other)];
    double.inject({ kind: 'op-fails', beforeSync: 2, op: 0, code, reads: true });
    const outcome = await service.check('workbook', 'zh-CN');
    expect(outcome).toMatchObject({ ok: false, error: { code: failureCode } });
    // ItemNotFound makes one more read, of the sheets' names, to tell whether one went away.
    expect(double.syncCount).toBe(syncs);
    expect([formats(double, model), formats(double, other)]).toEqual(before);
    expect(double.setting(SNAPSHOT_KEY)).toBeUndefined();
  });

  it('a paint that fails and a rollback that fails too: says the marks may remain, never that nothing changed', async () => {
    const model = reportModel('年报', { unitTexts: 2 });
    const other = reportModel('其他', { unitTexts: 2 });
    const { double, service } = setup([model, other]);
    // The paint (third request) fails on its last write, the ones before it applied; the rollback's
    // first read (the fifth request: the fourth releases the check's references) fails too.
    double.inject({ kind: 'op-fails', beforeSync: 3, op: -1, code: 'ItemNotFound' });
    double.inject({ kind: 'op-fails', beforeSync: 5, op: 0, code: 'GeneralException', reads: true });
    const outcome = await service.check('workbook', 'zh-CN');
    expect(outcome).toMatchObject({ ok: false, error: { code: 'sheet-missing' } });
    if (outcome.ok) return;
    expect(outcome.error.message).toEqual(fill(ROLLBACK_FAILED, { sheets: '年报”、“其他' }));
    expect(outcome.error.message.zh).not.toContain('未做任何改动');
  });

  it('returns the report with a protected-sheet failure and names the sheet', async () => {
    const { double, service } = setup([{ ...reportModel('年报', { unitTexts: 2 }), protected: true }]);
    const outcome = await service.check('sheet', 'zh-CN');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.message.zh).toContain('年报');
    expect(markedCells(outcome.error.result?.report.findings ?? [])).toHaveLength(2);
    expect(double.syncCount).toBe(2);
  });

  it('waits for the user to leave cell-edit mode where delayForCellEdit exists', async () => {
    const { double, service } = setup([reportModel('年报', { unitTexts: 1 })]);
    double.inject({ kind: 'cell-edit' });
    const outcome = await service.check('sheet', 'zh-CN');
    expect(outcome.ok).toBe(true);
    expect(double.delayedForCellEdit).toBe(1);
  });

  it('rolls back a paint that fails half-way (sheet protected after reading)', async () => {
    const model = reportModel('年报', { unitTexts: 3 });
    const other = reportModel('其他', { unitTexts: 3 });
    const { double, service } = setup([model, other]);
    const before = formats(double, model);
    // Protection lands between reading and painting: 年报 is painted first, then 其他 refuses.
    double.inject({ kind: 'protect', sheet: '其他', beforeSync: 3 });
    const outcome = await service.check('workbook', 'zh-CN');
    expect(outcome).toMatchObject({ ok: false, error: { code: 'protected' } });
    expect(formats(double, model)).toEqual(before);
    expect(double.setting(SNAPSHOT_KEY)).toBeUndefined();
  });

  it('chunks a request that is too large instead of failing', async () => {
    const model = reportModel('年报', { unitTexts: 150 });
    const { double, service } = setup([model], { maxPayloadBytes: 5 * 1024 * 1024 });
    double.inject({ kind: 'payload', maxBytes: 24 * 1024 });
    const outcome = await service.check('sheet', 'zh-CN');
    expect(outcome).toMatchObject({ ok: true, value: { painted: 150 } });
    expect(double.largestRequest).toBeLessThanOrEqual(24 * 1024);
  });
});

describe('select and watch', () => {
  it('activates the sheet and selects the cell', async () => {
    const { double, service } = setup([reportModel('年报'), reportModel('其他')]);
    expect(await service.select('其他', 'C12')).toEqual({ ok: true, value: undefined });
    expect(double.activeSheet).toBe('其他');
    expect(double.selection).toEqual({ sheet: '其他', address: 'C12' });
    double.deleteSheet('其他');
    expect(await service.select('其他', 'C12')).toMatchObject({
      ok: false,
      error: { code: 'sheet-missing' },
    });
  });

  it('activates the sheet in one request and selects the cell in the next (office-js #5118)', async () => {
    const { double, service } = setup([reportModel('年报'), reportModel('其他')]);
    const before = double.syncCount;
    await service.select('其他', 'C12');
    expect(double.syncCount - before).toBe(2);
  });

  it('calls back when a watched sheet changes, until unsubscribed', async () => {
    const { double, service } = setup([reportModel('年报'), reportModel('其他')]);
    const onChange = jest.fn();
    const stop = await service.watch(['年报'], onChange);
    expect(double.watched).toEqual(['年报']);
    await double.edit('年报', 'B50', 3);
    await double.edit('其他', 'B50', 3);
    expect(onChange).toHaveBeenCalledTimes(1);
    await stop();
    expect(double.watched).toEqual([]);
    await double.edit('年报', 'B50', 4);
    expect(onChange).toHaveBeenCalledTimes(1);
    // Stopping again asks nothing of Excel.
    const requests = double.requests;
    await stop();
    expect(double.requests).toBe(requests);
  });

  it('removes its handlers in the context they were added in, so every later watch works too', async () => {
    const { double, service } = setup([reportModel('年报')]);
    for (let round = 1; round <= 3; round++) {
      const onChange = jest.fn();
      const stop = await service.watch(['年报'], onChange);
      await double.edit('年报', 'B50', round);
      expect(onChange).toHaveBeenCalledTimes(1);
      await expect(stop()).resolves.toBeUndefined();
      expect(double.watched).toEqual([]);
    }
  });

  it('stopping never throws, even when the watched sheet was deleted', async () => {
    const { double, service } = setup([reportModel('年报'), reportModel('其他')]);
    const stop = await service.watch(['其他'], jest.fn());
    double.deleteSheet('其他');
    await expect(stop()).resolves.toBeUndefined();
  });

  it.each(['1.15', '1.13'])(
    'on ExcelApi %s its own painting and 清除标记 do not count as the user’s changes',
    async (apiVersion) => {
      const { double, service } = setup([reportModel('年报', { unitTexts: 3 })], { apiVersion });
      const onChange = jest.fn();
      const stop = await service.watch(['年报'], onChange);
      await checkOk(service);
      await service.clearMarks();
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(onChange).not.toHaveBeenCalled();
      await double.edit('年报', 'B50', 1);
      expect(onChange).toHaveBeenCalledTimes(1);
      await stop();
    },
  );
});
