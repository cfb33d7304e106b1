/**
 * The Word service behind Microsoft's shipped Word runtimes (win32, mac, web) with the host
 * simulated at the RichApi boundary (test/support/word-host), on the seed report saved as .docx by
 * LibreOffice.
 */
import { checkGrids } from '../../src/check';
import { noticeMessage } from '../../src/sources/messages';
import { acceptanceOf } from '../../src/report/reviews';
import type { Finding } from '../../src/report/types';
import { NOTE_PREFIX } from '../../src/office/messages';
import { WordDocumentService } from '../../src/word/service';
import { readBody } from '../../src/word/read';
import { detectWordFeatures } from '../../src/word/features';
import { runWordTemplate } from '../../src/word/template';
import { MARKS_KEY } from '../../src/word/snapshot';
import { WHITE, WORD_SHADING } from '../../src/word/shading';
import { WORD_DEGRADED } from '../../src/word/messages';
import type { CheckResult, Outcome } from '../../src/office/types';
import { fixtureGrid } from '../support/fixture';
import { seedBodies, soffice } from '../support/word-docs';
import { connectWordRuntime } from '../support/word-host/runtime';
import { WORD_FLAVOURS, type WordHost, type WordHostOptions, type WordFlavour } from '../support/word-host';

const describeWithOffice = soffice ? describe : describe.skip;
if (!soffice) console.warn('LibreOffice (soffice) not found: the Word service tests are skipped.');

let bodies: { seed: string; wrongTotal: string };
beforeAll(() => {
  if (soffice) bodies = seedBodies();
}, 120_000);

function connect(flavour: WordFlavour, body: string, options: WordHostOptions = {}) {
  const { host, globals, window } = connectWordRuntime(flavour, body, options);
  const events = new EventTarget();
  const service = new WordDocumentService(globals, events);
  return { host, service, events, window };
}

/** What identifies a finding apart from where the container puts it. */
const essence = (f: Finding) => ({
  ruleId: f.ruleId,
  table: f.table,
  row: f.row,
  column: f.column,
  expected: f.expected,
  actual: f.actual,
});

/** The tables Word lists with nestingLevel 1, which its table indexes count. */
const topTables = (host: WordHost) => host.tables().filter((t) => t.nestingLevel === 1);

/** The cell of 一、本年新收 × 总计 in table 三, as Word addresses it. */
function newTotalCell(host: WordHost): { table: number; row: number; cell: number } {
  for (const [table, { rows }] of topTables(host).entries()) {
    const row = rows.findIndex((r) => r[0]?.startsWith('一、本年新收'));
    if (row >= 0) return { table, row, cell: rows[row].length - 1 };
  }
  throw new Error('table 三 not found');
}

const ours = (host: WordHost) => host.comments().filter((c) => c.content.startsWith(NOTE_PREFIX.zh));

describeWithOffice.each(WORD_FLAVOURS)('Word service on %s', (flavour) => {
  it('finds in the Word document what the .txt gives', async () => {
    const { host, service } = connect(flavour, bodies.seed);
    const outcome = await service.check('sheet', 'zh-CN');
    if (!outcome.ok) throw new Error(outcome.error.message.en);
    // What the pane's progress and 重新校验 follow: the document is its one sheet.
    expect(outcome.value.scope).toBe('sheet');
    const expected = checkGrids([fixtureGrid()]).findings.map(essence);
    expect(expected.length).toBeGreaterThan(0);
    expect(outcome.value.report.findings.map(essence)).toEqual(expected);
    // The one finding is about a sentence: a comment on its text, no cell shaded.
    expect(outcome.value.painted).toBe(0);
    const comments = ours(host);
    expect(comments).toHaveLength(1);
    // On the sentence the finding quotes, not on its whole paragraph.
    expect(comments[0].anchorText).toMatch(/^市政务办主动公开信息33条，其中/);
    expect(comments[0].content).toContain('34');
    expect(host.unsupported).toEqual([]);
  });

  it('shades the wrong total, comments it, and 清除标记 gives everything back', async () => {
    const { host, service } = connect(flavour, bodies.wrongTotal, { userName: '张三' });
    const at = newTotalCell(host);
    const other = host.addComment({ text: '市政务办' }, '请核对', '李四');
    const before = host.documentOoxml();
    const outcome = await service.check('sheet', 'zh-CN');
    if (!outcome.ok) throw new Error(outcome.error.message.en);
    const total = outcome.value.report.findings.find((f) => f.address && f.actual === 3);
    expect(total).toBeDefined();
    expect([WORD_SHADING.suspect, WORD_SHADING.error]).toContain(host.cellShading(at.table, at.row, at.cell));
    const onCell = ours(host).find((c) => c.anchorText.trim() === '3');
    expect(onCell?.author).toBe('张三');
    expect(outcome.value.painted).toBeGreaterThan(0);
    expect(outcome.value.notes).toBe(ours(host).length);
    // Desktop Word keeps 255 UTF-16 units of a property: the snapshot is in pieces below that.
    const properties = host.customProperties();
    expect(Object.keys(properties).some((k) => k.toLowerCase().startsWith(MARKS_KEY.toLowerCase()))).toBe(
      true,
    );
    for (const value of Object.values(properties)) expect(String(value).length).toBeLessThanOrEqual(255);
    expect(await service.hasMarks()).toBe(true);

    const cleared = await service.clearMarks();
    if (!cleared.ok) throw new Error(cleared.error.message.en);
    expect(cleared.value.restored).toBe(outcome.value.painted);
    expect(host.cellShading(at.table, at.row, at.cell)).toBeNull();
    expect(ours(host)).toEqual([]);
    expect(host.comments().map((c) => c.id)).toEqual([other]);
    expect(host.customProperties()).toEqual({});
    expect(await service.hasMarks()).toBe(false);
    // The document is as it was, byte for byte in its body.
    expect(readBody(host.documentOoxml()).grids[0].rowCount).toBe(readBody(before).grids[0].rowCount);
    expect(host.unsupported).toEqual([]);
  });
});

function value<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(`${outcome.error.code}: ${outcome.error.message.en}`);
  return outcome.value;
}

/** Every cell's own shading, table by table, for "given back exactly". */
function allShading(host: WordHost): (string | null)[][][] {
  return topTables(host).map((t, table) =>
    t.rows.map((cells, row) => cells.map((_, cell) => host.cellShading(table, row, cell))),
  );
}

const degradedEn = (result: CheckResult) => result.degraded.map((d) => d.en);

/** The body with the table holding `text` moved into the one cell of an outer (layout) table. */
function nestedInLayoutTable(body: string, text: string): string {
  const tables = [...body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)];
  const table = tables.find((m) => m[0].includes(text));
  if (!table || table.index === undefined) throw new Error(`no table holds ${text}`);
  const outer =
    '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid>' +
    `<w:tr><w:tc><w:tcPr><w:tcW w:w="9000" w:type="dxa"/></w:tcPr>${table[0]}<w:p/></w:tc></w:tr></w:tbl>`;
  return body.slice(0, table.index) + outer + body.slice(table.index + table[0].length);
}
const topCount = (host: WordHost) => topTables(host).length;

/**
 * The 总计 cells of 一、本年新收 and 二、上年结转 as one cell merged down (w:vMerge), as a user merges
 * them in Word: the reader gives the first its value and leaves the second blank.
 */
function mergedTotals(body: string): string {
  const rowAt = (from: number) => {
    const start = body.lastIndexOf('<w:tr>', from);
    const end = body.indexOf('</w:tr>', from) + '</w:tr>'.length;
    return { start, end };
  };
  const first = rowAt(body.indexOf('一、本年新收'));
  const second = rowAt(body.indexOf('二、上年结转'));
  if (first.start < 0 || second.start !== body.indexOf('<w:tr>', first.end))
    throw new Error('rows not found');
  const lastCell = (row: string, change: (tc: string) => string) => {
    const at = row.lastIndexOf('<w:tc>');
    return row.slice(0, at) + change(row.slice(at));
  };
  const merge = (val: string) => (tc: string) => tc.replace('<w:tcPr>', `<w:tcPr><w:vMerge${val}/>`);
  const top = lastCell(body.slice(first.start, first.end), merge(' w:val="restart"'));
  const below = lastCell(body.slice(second.start, second.end), (tc) =>
    merge('')(tc).replace(/<w:r>[\s\S]*?<\/w:r>/g, ''),
  );
  return body.slice(0, first.start) + top + below + body.slice(second.end);
}

describeWithOffice('Word service, one flavour (win32)', () => {
  it('gives a cell its own shading back, after two checks as after one', async () => {
    const { host, service } = connect('win32', bodies.wrongTotal);
    const at = newTotalCell(host);
    host.setCellShading(at.table, at.row, at.cell, '#DDEEFF');
    const before = allShading(host);
    value(await service.check('sheet', 'zh-CN'));
    const marked = host.cellShading(at.table, at.row, at.cell);
    expect(marked).not.toBe('#DDEEFF');
    const comments = ours(host).length;
    // A second check finds the cell showing its mark: what it had before the first one is kept.
    value(await service.check('sheet', 'zh-CN'));
    expect(host.cellShading(at.table, at.row, at.cell)).toBe(marked);
    expect(ours(host)).toHaveLength(comments); // replaced, not doubled
    value(await service.clearMarks());
    expect(allShading(host)).toEqual(before);
  });

  it('leaves a cell the user re-shaded after marking, and says so', async () => {
    const { host, service } = connect('win32', bodies.wrongTotal);
    const at = newTotalCell(host);
    const { painted } = value(await service.check('sheet', 'zh-CN'));
    host.setCellShading(at.table, at.row, at.cell, '#00FF00');
    const cleared = value(await service.clearMarks());
    expect(host.cellShading(at.table, at.row, at.cell)).toBe('#00FF00');
    expect(cleared.restored).toBe(painted - 1);
    expect(cleared.notes?.map((n) => n.zh)).toEqual([WORD_DEGRADED.cellsChanged.zh.replace('{n}', '1')]);
  });

  it.each(['ignored', 'rejects'] as const)(
    'sets white, and says so, where Word %s "No Color"',
    async (clearShading) => {
      const { host, service } = connect('win32', bodies.wrongTotal, { clearShading });
      const at = newTotalCell(host);
      const painted = value(await service.check('sheet', 'zh-CN')).painted;
      const cleared = value(await service.clearMarks());
      expect(host.cellShading(at.table, at.row, at.cell)).toBe(WHITE);
      expect(cleared.restored).toBe(painted);
      expect(cleared.notes?.map((n) => n.en)).toEqual([
        WORD_DEGRADED.whiteForNone.en.replace('{n}', String(painted)),
      ]);
      expect(host.customProperties()).toEqual({});
    },
  );

  it('keeps its own comment when someone replied to it, and the reply', async () => {
    const { host, service } = connect('win32', bodies.wrongTotal);
    value(await service.check('sheet', 'zh-CN'));
    const onCell = ours(host).find((c) => c.anchorText.trim() === '3');
    if (!onCell) throw new Error('no comment on the cell');
    host.reply(onCell.id, '已改正', '李四');
    const cleared = value(await service.clearMarks());
    // Listed by its first 24 characters, spaces and line breaks as one space.
    const start = [...onCell.content.replace(/\s+/g, ' ')].slice(0, 24).join('');
    expect(onCell.content.length).toBeGreaterThan(24);
    expect(cleared.keptComments).toEqual([`“${start}…”`]);
    expect(start.startsWith('【年报校验】')).toBe(true);
    const left = host.comments();
    expect(left.map((c) => c.id)).toEqual([onCell.id]);
    expect(left[0].replies.map((r) => r.content)).toEqual(['已改正']);
  });

  it('lists a kept comment the user shortened whole, without an ellipsis', async () => {
    const { host, service } = connect('win32', bodies.wrongTotal);
    value(await service.check('sheet', 'zh-CN'));
    const onCell = ours(host).find((c) => c.anchorText.trim() === '3');
    if (!onCell) throw new Error('no comment on the cell');
    host.editComment(onCell.id, '合计已核对，无误');
    host.reply(onCell.id, '同意', '李四');
    const cleared = value(await service.clearMarks());
    expect(cleared.keptComments).toEqual(['“合计已核对，无误”']);
    expect(host.comments().map((c) => c.content)).toEqual(['合计已核对，无误']);
  });

  it('says what the reading of the document noticed (a tracked change read as accepted)', async () => {
    const body = bodies.seed.replace(
      /(<w:body>\s*<w:p[ >][^]*?<\/w:pPr>|<w:body>\s*<w:p>)/,
      '$1<w:ins w:id="901" w:author="张三" w:date="2026-01-01T00:00:00Z"><w:r><w:t>新增</w:t></w:r></w:ins>',
    );
    expect(body).not.toBe(bodies.seed);
    const { service } = connect('win32', body);
    const result = value(await service.check('sheet', 'zh-CN'));
    expect(result.degraded.map((d) => d.en)).toContain(
      noticeMessage({ code: 'tracked-changes', count: 1 }, 'en'),
    );
  });

  it('on a re-check, leaves a cell the user re-shaded that is no longer to be marked, and says so', async () => {
    const { host, service } = connect('win32', bodies.wrongTotal);
    const at = newTotalCell(host);
    const first = value(await service.check('sheet', 'zh-CN'));
    host.setCellShading(at.table, at.row, at.cell, '#00FF00');
    value(await service.saveReviews(first.report.findings.map((f) => acceptanceOf(f, '经核实无误'))));
    const again = value(await service.check('sheet', 'zh-CN'));
    expect(again.painted).toBe(0);
    expect(host.cellShading(at.table, at.row, at.cell)).toBe('#00FF00');
    expect(degradedEn(again)).toEqual([WORD_DEGRADED.cellsChanged.en.replace('{n}', '1')]);
  });

  it('on a re-check that takes marks away where Word ignores "No Color", sets white and says so', async () => {
    const { host, service } = connect('win32', bodies.wrongTotal, { clearShading: 'ignored' });
    const at = newTotalCell(host);
    const first = value(await service.check('sheet', 'zh-CN'));
    value(await service.saveReviews(first.report.findings.map((f) => acceptanceOf(f, '经核实无误'))));
    const again = value(await service.check('sheet', 'zh-CN'));
    expect(host.cellShading(at.table, at.row, at.cell)).toBe(WHITE);
    expect(degradedEn(again)).toEqual([WORD_DEGRADED.whiteForNone.en.replace('{n}', String(first.painted))]);
  });

  it('on a re-check, marks again a cell the user re-shaded that is still wrong, and keeps the new shading for 清除标记', async () => {
    const { host, service } = connect('win32', bodies.wrongTotal);
    const at = newTotalCell(host);
    value(await service.check('sheet', 'zh-CN'));
    const marked = host.cellShading(at.table, at.row, at.cell);
    host.setCellShading(at.table, at.row, at.cell, '#00FF00');
    const again = value(await service.check('sheet', 'zh-CN'));
    expect(host.cellShading(at.table, at.row, at.cell)).toBe(marked);
    // Still wanted: nothing to put back, so nothing "changed since the mark" to report.
    expect(degradedEn(again)).toEqual([]);
    value(await service.clearMarks());
    expect(host.cellShading(at.table, at.row, at.cell)).toBe('#00FF00');
  });

  it('on a re-check that keeps every mark where Word ignores "No Color", writes no white and says nothing', async () => {
    const { host, service } = connect('win32', bodies.wrongTotal, { clearShading: 'ignored' });
    const at = newTotalCell(host);
    const first = value(await service.check('sheet', 'zh-CN'));
    const marked = host.cellShading(at.table, at.row, at.cell);
    const again = value(await service.check('sheet', 'zh-CN'));
    expect(again.painted).toBe(first.painted);
    expect(host.cellShading(at.table, at.row, at.cell)).toBe(marked);
    expect(degradedEn(again)).toEqual([]);
  });

  it('on a re-check, replaces its earlier comments no one replied to', async () => {
    const { host, service } = connect('win32', bodies.wrongTotal);
    value(await service.check('sheet', 'zh-CN'));
    const earlier = ours(host).map((c) => [c.anchorText, c.content]);
    expect(earlier.length).toBeGreaterThan(1);
    const again = value(await service.check('sheet', 'zh-CN'));
    // The same comments again, not a second set beside the first.
    expect(ours(host).map((c) => [c.anchorText, c.content])).toEqual(earlier);
    expect(degradedEn(again)).toEqual([]);
  });

  it('on a re-check, keeps its earlier comment someone replied to, and says so', async () => {
    const { host, service } = connect('win32', bodies.wrongTotal);
    value(await service.check('sheet', 'zh-CN'));
    const earlier = ours(host);
    const onCell = earlier.find((c) => c.anchorText.trim() === '3');
    if (!onCell) throw new Error('no comment on the cell');
    host.reply(onCell.id, '已改正', '李四');
    const again = value(await service.check('sheet', 'zh-CN'));
    expect(degradedEn(again)).toEqual([WORD_DEGRADED.commentsKept.en.replace('{n}', '1')]);
    // The replied-to comment stays beside the new ones; the others were replaced.
    const now = ours(host);
    expect(now).toHaveLength(earlier.length + 1);
    expect(now.filter((c) => c.id === onCell.id)[0]?.replies.map((r) => r.content)).toEqual(['已改正']);
    // 清除标记 later keeps it too: it is no longer the add-in's to remove.
    const cleared = value(await service.clearMarks());
    expect(cleared.keptComments).toEqual([]);
    expect(host.comments().map((c) => c.id)).toEqual([onCell.id]);
  });

  it('says how many cells it could not mark when a co-author deleted them during the check', async () => {
    const twin = connect('win32', bodies.wrongTotal);
    const marked = value(await twin.service.check('sheet', 'zh-CN')).painted;
    const { host, service } = connect('win32', bodies.wrongTotal);
    const at = newTotalCell(host);
    const rows = topTables(host)[at.table].rows.length;
    host.inject({
      kind: 'co-author',
      beforeRequest: host.requests + 2,
      change: (h) => {
        for (let r = rows - 1; r >= at.row; r--) h.deleteTable(at.table, r);
      },
    });
    const result = value(await service.check('sheet', 'zh-CN'));
    expect(result.report.findings.some((f) => f.actual === 3)).toBe(true);
    // The marked cells are in the total's row or below: none of them is left to mark.
    expect(marked).toBeGreaterThan(0);
    expect(result.painted).toBe(0);
    expect(degradedEn(result)).toEqual([WORD_DEGRADED.unplaced.en.replace('{n}', String(marked))]);
  });

  it('finds the wrong total of a table nested in a layout table, and says it cannot mark it there', async () => {
    const twin = connect('win32', bodies.wrongTotal);
    const marked = value(await twin.service.check('sheet', 'zh-CN')).painted;
    const { host, service } = connect('win32', nestedInLayoutTable(bodies.wrongTotal, '本年新收'));
    expect(host.tables().filter((t) => t.nestingLevel === 2)).toHaveLength(1);
    const result = value(await service.check('sheet', 'zh-CN'));
    expect(result.report.findings.some((f) => f.actual === 3)).toBe(true);
    expect(marked).toBeGreaterThan(0);
    expect(result.painted).toBe(0);
    expect(degradedEn(result)).toContain(WORD_DEGRADED.unplaced.en.replace('{n}', String(marked)));
  });

  it('two marked cells in one Word merged cell: one mark, the stronger kind, both messages once', async () => {
    const { host, service } = connect('win32', mergedTotals(bodies.wrongTotal));
    const at = newTotalCell(host);
    const result = value(await service.check('sheet', 'zh-CN'));
    // The wrong total (the suspect cell: the strongest kind) and the blank one merged below it.
    const merged = result.report.findings.filter(
      (f) => (f.row === 'new' || f.row === 'carried-in') && f.column === 'total',
    );
    expect(merged.map((f) => f.row)).toEqual(['new', 'new', 'carried-in']);
    const onCell = ours(host).filter((c) => c.anchorText.trim() === '3');
    expect(onCell.map((c) => c.content)).toEqual([NOTE_PREFIX.zh + merged.map((f) => f.message).join('\n')]);
    expect(host.cellShading(at.table, at.row, at.cell)).toBe(WORD_SHADING.suspect);
    expect(result.painted).toBe(2); // this cell, and the 结转下年度 total below
  });

  it('on a re-check after the user deleted a marked table, says the mark went with it', async () => {
    const { host, service } = connect('win32', bodies.wrongTotal);
    const at = newTotalCell(host);
    const first = value(await service.check('sheet', 'zh-CN'));
    expect(first.painted).toBeGreaterThan(0);
    for (let t = topCount(host) - 1; t >= at.table; t--) host.deleteTable(t);
    const again = value(await service.check('sheet', 'zh-CN'));
    expect(again.painted).toBe(0);
    expect(degradedEn(again)).toContain(WORD_DEGRADED.cellsChanged.en.replace('{n}', String(first.painted)));
  });

  it('says which sentences it could not find when a co-author changed them during the check', async () => {
    const twin = connect('win32', bodies.wrongTotal);
    value(await twin.service.check('sheet', 'zh-CN'));
    const anchors = ours(twin.host).map((c) => c.anchorText);
    const changed = anchors.filter((a) => a.startsWith('市政务办主动公开信息33条'));
    expect(changed).toHaveLength(1);
    const { host, service } = connect('win32', bodies.wrongTotal);
    // The check reads the document (request 1), then searches the sentences it will comment (2).
    host.inject({
      kind: 'co-author',
      beforeRequest: host.requests + 2,
      change: (h) => h.edit('市政务办主动公开信息33条', '市政务办主动公开信息34条'),
    });
    const result = value(await service.check('sheet', 'zh-CN'));
    expect(result.report.findings.some((f) => f.ruleId === 'narrative/itemized-sum')).toBe(true);
    expect(degradedEn(result)).toEqual([WORD_DEGRADED.sentencesNotFound.en.replace('{n}', '1')]);
    expect(ours(host).map((c) => c.anchorText)).toEqual(anchors.filter((a) => a !== changed[0]));
    expect(result.notes).toBe(anchors.length - 1);
  });

  it.each([
    ['1.1', false, false],
    ['1.3', true, false],
    ['1.4', true, true],
  ])('on WordApi %s: shading %s, comments %s', async (apiVersion, shades, comments) => {
    const { host, service } = connect('win32', bodies.wrongTotal, { apiVersion });
    const at = newTotalCell(host);
    const before = host.documentOoxml();
    const result = value(await service.check('sheet', 'zh-CN'));
    expect(result.report.findings.some((f) => f.actual === 3)).toBe(true);
    expect(host.cellShading(at.table, at.row, at.cell) !== null).toBe(shades);
    expect(ours(host).length > 0).toBe(comments);
    expect(degradedEn(result).includes(WORD_DEGRADED.noShading.en)).toBe(!shades);
    expect(degradedEn(result).includes(WORD_DEGRADED.noComments.en)).toBe(shades && !comments);
    if (!shades) {
      expect(host.documentOoxml()).toBe(before);
      expect(await service.hasMarks()).toBe(false);
      const cleared = await service.clearMarks();
      expect(cleared.ok ? null : cleared.error.code).toBe('requirement');
    } else {
      value(await service.clearMarks());
      expect(host.cellShading(at.table, at.row, at.cell)).toBeNull();
    }
    expect(host.unsupported).toEqual([]);
  });

  it('selects a finding’s cell and a finding’s sentence', async () => {
    const { host, service } = connect('win32', bodies.wrongTotal);
    const result = value(await service.check('sheet', 'zh-CN'));
    const total = result.report.findings.find((f) => f.actual === 3);
    const sentence = result.report.findings.find((f) => f.ruleId === 'narrative/itemized-sum');
    if (!total || !sentence) throw new Error('findings missing');
    value(await service.select(total.sheet, total.address));
    expect(host.selection?.cell).toEqual(newTotalCell(host));
    value(await service.select(sentence.sheet, sentence.address));
    expect(host.selection?.text).toMatch(/^市政务办主动公开信息33条，其中/);
    const unknown = await service.select(total.sheet, 'ZZ999');
    expect(unknown.ok ? null : unknown.error.code).toBe('sheet-missing');
  });

  it.each([
    [
      'the tables from the finding’s on',
      (host: WordHost, at: { table: number }) => {
        for (let t = topCount(host) - 1; t >= at.table; t--) host.deleteTable(t);
      },
    ],
    [
      'the rows from the finding’s on',
      (host: WordHost, at: { table: number; row: number }) => {
        const rows = topTables(host)[at.table].rows.length;
        for (let r = rows - 1; r >= at.row; r--) host.deleteTable(at.table, r);
      },
    ],
  ])('选中 says the cell is gone when the user deleted %s since the check', async (_, remove) => {
    const { host, service } = connect('win32', bodies.wrongTotal);
    const result = value(await service.check('sheet', 'zh-CN'));
    const total = result.report.findings.find((f) => f.actual === 3);
    if (!total) throw new Error('the total finding is missing');
    remove(host, newTotalCell(host));
    const outcome = await service.select(total.sheet, total.address);
    expect(outcome.ok ? null : outcome.error.code).toBe('sheet-missing');
    expect(host.selection).toBeNull();
  });

  it('选中 says the sentence is gone when the user changed it since the check', async () => {
    const { host, service } = connect('win32', bodies.wrongTotal);
    const result = value(await service.check('sheet', 'zh-CN'));
    const sentence = result.report.findings.find((f) => f.ruleId === 'narrative/itemized-sum');
    if (!sentence) throw new Error('the sentence finding is missing');
    host.edit('市政务办主动公开信息33条', '市政务办主动公开信息34条');
    const outcome = await service.select(sentence.sheet, sentence.address);
    expect(outcome.ok ? null : outcome.error.code).toBe('sheet-missing');
    expect(host.selection).toBeNull();
  });

  it('清除标记 with nothing marked says so and changes nothing', async () => {
    const { host, service } = connect('win32', bodies.wrongTotal);
    const before = host.documentOoxml();
    const outcome = await service.clearMarks();
    expect(outcome.ok ? null : outcome.error.code).toBe('no-marks');
    expect(host.documentOoxml()).toBe(before);
  });

  it('watches nothing before the first check', async () => {
    const { host, service, events } = connect('win32', bodies.wrongTotal);
    let stale = 0;
    const stop = await service.watch([], () => stale++);
    host.edit('市政务办主动公开信息33条', '市政务办主动公开信息34条');
    const requests = host.requests;
    events.dispatchEvent(new Event('focus'));
    await new Promise((r) => setTimeout(r, 200));
    expect(host.requests).toBe(requests);
    expect(stale).toBe(0);
    await stop();
  });

  it('answers "no marks" when Word cannot answer', async () => {
    const { host, service } = connect('win32', bodies.wrongTotal);
    value(await service.check('sheet', 'zh-CN'));
    expect(await service.hasMarks()).toBe(true);
    host.inject({ kind: 'response-payload', maxBytes: 10 });
    expect(await service.hasMarks()).toBe(false);
  });

  it('turns stale when the user edits the text, not on a mere return to the pane', async () => {
    const { host, service, events } = connect('win32', bodies.wrongTotal);
    value(await service.check('sheet', 'zh-CN'));
    let stale = 0;
    const stop = await service.watch([], () => stale++);
    // Each return reads the body once: wait for that read (a request to the host) to be answered.
    const returnToPane = async () => {
      const requests = host.requests;
      events.dispatchEvent(new Event('focus'));
      for (let i = 0; i < 200 && host.requests === requests; i++) await new Promise((r) => setTimeout(r, 10));
      await new Promise((r) => setTimeout(r, 200));
    };
    await returnToPane();
    expect(stale).toBe(0); // the add-in's own shading and comments are not edits
    host.edit('市政务办主动公开信息33条', '市政务办主动公开信息34条');
    await returnToPane();
    expect(stale).toBe(1);
    await stop();
  });

  it('keeps review states in the document and leaves accepted findings unmarked', async () => {
    const { host, service } = connect('win32', bodies.wrongTotal);
    const first = value(await service.check('sheet', 'zh-CN'));
    const accepted = first.report.findings.map((f) => acceptanceOf(f, '经核实无误'));
    value(await service.saveReviews(accepted));
    const again = value(await service.check('sheet', 'zh-CN'));
    expect(again.acceptances.map((a) => a.fingerprint)).toEqual(accepted.map((a) => a.fingerprint));
    expect(again.painted).toBe(0);
    expect(ours(host)).toEqual([]);
    value(await service.saveReviews([]));
    expect(host.customProperties()).toEqual({});
  });

  it('refuses 汇总 and lists the document as its one sheet', async () => {
    const { service } = connect('win32', bodies.seed);
    const refused = await service.consolidate({
      sheets: [],
      excludeInvalid: false,
      body: null,
      locale: 'zh-CN',
    });
    expect(refused.ok ? null : refused.error.code).toBe('refused');
    expect(value(await service.listSheets())).toEqual([{ name: '文档', active: true }]);
  });

  it('says the document is too large when Word refuses the body, and changes nothing', async () => {
    const { host, service } = connect('web', bodies.wrongTotal, { maxResponseBytes: 100_000 });
    const before = host.documentOoxml();
    const outcome = await service.check('sheet', 'zh-CN');
    expect(outcome.ok ? null : outcome.error.code).toBe('payload');
    expect(host.documentOoxml()).toBe(before);
  });
});

describeWithOffice('插入模板 in Word', () => {
  const options = { edition: '2021', year: null, body: null, totals: 'formula' } as const;
  const tablesOf = (host: WordHost) => checkGrids(readBody(host.documentOoxml()).grids).tables;

  it.each(WORD_FLAVOURS)(
    'inserts tables 二、三、四 at the cursor on %s, touching nothing else',
    async (flavour) => {
      const { host, service } = connect(flavour, bodies.seed);
      const before = readBody(host.documentOoxml()).grids[0];
      host.setCursor({ paragraph: 0 });
      const result = value(await service.insertTemplate({ ...options, fill: 'none' }));
      expect(result.fill).toBeUndefined();
      const after = readBody(host.documentOoxml()).grids[0];
      const tables = tablesOf(host);
      expect(tables.map((t) => t.table)).toEqual([
        'proactive',
        'applications',
        'reviews',
        'proactive',
        'applications',
        'reviews',
      ]);
      // The first paragraph, then the template, then the rest of the document as it was.
      const rows = (g: typeof before, from: number, to: number) =>
        Array.from({ length: to - from }, (_, i) => g.value(from + i, 0));
      expect(after.value(0, 0)).toBe(before.value(0, 0));
      const added = after.rowCount - before.rowCount;
      expect(rows(after, 1 + added, after.rowCount)).toEqual(rows(before, 1, before.rowCount));
      expect(host.unsupported).toEqual([]);
    },
  );

  it('fills from the document’s own tables', async () => {
    const { host, service } = connect('win32', bodies.seed);
    host.setCursor({ paragraph: 0 });
    const result = value(await service.insertTemplate({ ...options, fill: 'active-sheet' }));
    expect(result.fill?.filled).toBeGreaterThan(0);
    expect(result.fill?.notFound).toEqual([]);
    const report = checkGrids(readBody(host.documentOoxml()).grids);
    const totals = report.tables.filter((t) => t.table === 'applications');
    expect(totals).toHaveLength(2);
  });

  it('fills from a report file’s tables, naming the file', async () => {
    const { host, service } = connect('win32', bodies.seed);
    host.setCursor({ paragraph: 0 });
    const fill = { file: '2021年报.txt', grids: [fixtureGrid()] };
    const result = value(await service.insertTemplate({ ...options, fill }));
    expect(result.fill?.sheet).toBe('2021年报.txt');
    expect(result.fill?.file).toBe(true);
    expect(result.fill?.notFound).toEqual([]);
    // The same numbers as filling from the document's own tables, which hold the same report.
    const twin = connect('win32', bodies.seed);
    twin.host.setCursor({ paragraph: 0 });
    const own = value(await twin.service.insertTemplate({ ...options, fill: 'active-sheet' }));
    expect(own.fill?.file).toBe(false);
    expect(result.fill?.filled).toBe(own.fill?.filled);
    expect(host.tables()).toEqual(twin.host.tables());
  });

  it('goes after the table the cursor is in', async () => {
    const { host, service } = connect('win32', bodies.seed);
    const tableCount = host.tables().length;
    host.setCursor({ table: 0, row: 1, cell: 0 });
    value(await service.insertTemplate({ ...options, fill: 'none' }));
    expect(topTables(host)).toHaveLength(tableCount + 3);
    // Nothing nested: the template stands after the first table, not inside its cell.
    expect(host.tables().every((t) => t.nestingLevel === 1)).toBe(true);
    expect(
      tablesOf(host)
        .map((t) => t.table)
        .slice(0, 4),
    ).toEqual(['proactive', 'proactive', 'applications', 'reviews']);
  });

  it('refuses before sending a template larger than the limit it is given', async () => {
    const { host, globals } = connectWordRuntime('web', bodies.seed);
    const before = host.documentOoxml();
    const features = detectWordFeatures(globals);
    const limit = 100_000;
    const run = globals.Word.run((context) =>
      runWordTemplate(context, { ...options, fill: 'none' }, features, limit),
    );
    await expect(run).rejects.toMatchObject({ failure: { code: 'payload' } });
    // Nothing of the template's size went to Word.
    expect(host.largestRequest).toBeLessThan(limit);
    expect(host.documentOoxml()).toBe(before);
  });

  it('refuses, changing nothing, when Word refuses the request’s size', async () => {
    const { host, service } = connect('web', bodies.seed, { maxPayloadBytes: 100_000 });
    const before = host.documentOoxml();
    const outcome = await service.insertTemplate({ ...options, fill: 'none' });
    expect(outcome.ok ? null : outcome.error.code).toBe('payload');
    expect(host.documentOoxml()).toBe(before);
  });
});
