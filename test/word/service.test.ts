/**
 * The Word service behind Microsoft's shipped Word runtimes (win32, mac, web) with the host
 * simulated at the RichApi boundary (test/support/word-host), on the seed report saved as .docx by
 * LibreOffice.
 */
import { checkGrids } from '../../src/check';
import type { Finding } from '../../src/report/types';
import { NOTE_PREFIX } from '../../src/office/messages';
import { WordDocumentService } from '../../src/word/service';
import { readBody } from '../../src/word/read';
import { MARKS_KEY } from '../../src/word/snapshot';
import { WORD_SHADING } from '../../src/word/shading';
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

/** The cell of 一、本年新收 × 总计 in table 三, as Word addresses it. */
function newTotalCell(host: WordHost): { table: number; row: number; cell: number } {
  const tables = host.tables().filter((t) => t.nestingLevel === 1);
  for (const [table, { rows }] of tables.entries()) {
    const row = rows.findIndex((r) => r[0]?.startsWith('一、本年新收'));
    if (row >= 0) return { table, row, cell: rows[row].length - 1 };
  }
  throw new Error('table 三 not found');
}

const ours = (host: WordHost) => host.comments().filter((c) => c.content.startsWith(NOTE_PREFIX.zh));

describeWithOffice.each(WORD_FLAVOURS)('Word service on %s', (flavour) => {
  it('finds in the Word document what the .txt gives', async () => {
    const { host, service } = connect(flavour, bodies.seed);
    const outcome = await service.check('workbook', 'zh-CN');
    if (!outcome.ok) throw new Error(outcome.error.message.en);
    const expected = checkGrids([fixtureGrid()]).findings.map(essence);
    expect(expected.length).toBeGreaterThan(0);
    expect(outcome.value.report.findings.map(essence)).toEqual(expected);
    // The one finding is about a sentence: a comment on its text, no cell shaded.
    expect(outcome.value.painted).toBe(0);
    const comments = ours(host);
    expect(comments).toHaveLength(1);
    expect(comments[0].anchorText).toContain('市政务办主动公开信息33条');
    expect(comments[0].content).toContain('34');
    expect(host.unsupported).toEqual([]);
  });

  it('shades the wrong total, comments it, and 清除标记 gives everything back', async () => {
    const { host, service } = connect(flavour, bodies.wrongTotal, { userName: '张三' });
    const at = newTotalCell(host);
    const other = host.addComment({ text: '市政务办' }, '请核对', '李四');
    const before = host.documentOoxml();
    const outcome = await service.check('workbook', 'zh-CN');
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
