/**
 * The task pane in Word on the web: the production build in Chromium over Microsoft's Word web
 * runtime (word-web-16.00.js) and the simulated Word host holding the seed report as LibreOffice
 * saves it to .docx, with one wrong total. Check, select a finding, clear.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { CellAddress, CommentSummary, WordHost, WordSelection } from '../support/word-host';
import { seedBodies, soffice } from '../support/word-docs';
import { CHROMIUM, openWordPane, type Pane } from './pane';

const SCREENSHOTS = join(__dirname, '__screenshots__');
/** The add-in's comments start with NOTE_PREFIX.zh (src/office/messages.ts). */
const OUR_PREFIX = '【年报校验】';
/** The sentence of the seed report whose count (33) disagrees with table 二 (34). */
const NARRATIVE = '市政务办主动公开信息33条';

const missing = !soffice
  ? 'LibreOffice (soffice), which makes the .docx,'
  : !existsSync(CHROMIUM)
    ? CHROMIUM
    : null;
if (missing) console.warn(`${missing} is not installed: skipping the Word task pane e2e test.`);
const testWithTools = missing ? test.skip : test;

let pane: Pane | undefined;
let page: Page;

interface Shaded extends CellAddress {
  fill: string | null;
}

/** Every cell of every top-level table with its own shading, as the host holds it. */
function shadings(): Promise<Shaded[]> {
  return page.evaluate(() => {
    const host = (window as unknown as { wordHost: WordHost }).wordHost;
    const tables = host.tables().filter((t) => t.nestingLevel === 1);
    return tables.flatMap((t, table) =>
      t.rows.flatMap((cells, row) =>
        cells.map((_, cell) => ({ table, row, cell, fill: host.cellShading(table, row, cell) })),
      ),
    );
  });
}

/** The cell of 一、本年新收 × 总计 in table 三 (its last column), as Word addresses it. */
function newTotalCell(): Promise<CellAddress | null> {
  return page.evaluate(() => {
    const host = (window as unknown as { wordHost: WordHost }).wordHost;
    const tables = host.tables().filter((t) => t.nestingLevel === 1);
    for (const [table, { rows }] of tables.entries()) {
      const row = rows.findIndex((r) => r[0]?.startsWith('一、本年新收'));
      if (row >= 0) return { table, row, cell: rows[row].length - 1 };
    }
    return null;
  });
}

const comments = (): Promise<CommentSummary[]> =>
  page.evaluate(() => (window as unknown as { wordHost: WordHost }).wordHost.comments());

const selection = (): Promise<WordSelection | null> =>
  page.evaluate(() => (window as unknown as { wordHost: WordHost }).wordHost.selection);

const customProperties = (): Promise<Record<string, string | number | boolean>> =>
  page.evaluate(() => (window as unknown as { wordHost: WordHost }).wordHost.customProperties());

beforeAll(async () => {
  if (missing) return;
  pane = await openWordPane(seedBodies().wrongTotal);
  page = pane.page;
}, 240_000);

afterAll(() => pane?.close());

afterEach(() => expect(pane?.problems ?? []).toEqual([]));

testWithTools('check the document, select a cell and a sentence, clear every mark back', async () => {
  const total = await newTotalCell();
  if (!total) throw new Error('table 三 (一、本年新收) not found in the document');
  // Another author's comment, which 清除标记 must leave alone.
  const other = await page.evaluate(
    (text) => (window as unknown as { wordHost: WordHost }).wordHost.addComment({ text }, '请核对', '李四'),
    '市政务办',
  );
  const before = await shadings();
  expect(before.length).toBeGreaterThan(100);

  await page.getByRole('button', { name: '校验本文档' }).click();
  await page.locator('[data-testid="verdict"], [data-testid="failure"]').first().waitFor();
  const failure = page.getByTestId('failure');
  if (await failure.isVisible())
    throw new Error(`the check failed in the pane: ${await failure.textContent()}`);
  await page.getByRole('heading', { name: '未通过' }).waitFor();

  // The wrong total is listed at its place in the document: table and row as Word counts them (from
  // 1); the column is the grid's, which merged cells to its left put beyond the w:tc index.
  const place = `第 ${total.table + 1} 个表格第 ${total.row + 1} 行第 `;
  const totalFinding = page
    .locator('[data-finding]', { hasText: '一、本年新收政府信息公开申请数量 × 总计' })
    .filter({ hasText: place })
    .first();
  expect(await totalFinding.textContent()).toContain('实际为 3');
  const narrativeFinding = page.locator('[data-finding]', { hasText: NARRATIVE }).first();
  await narrativeFinding.waitFor();

  // The check shaded the wrong total's cell and commented on it as the signed-in user.
  const shaded = await page.evaluate(
    ({ table, row, cell }) =>
      (window as unknown as { wordHost: WordHost }).wordHost.cellShading(table, row, cell),
    total,
  );
  expect(shaded).not.toBeNull();
  expect(shaded).not.toEqual(before.find((c) => sameCell(c, total))?.fill);
  const ours = (await comments()).filter((c) => c.content.startsWith(OUR_PREFIX));
  expect(ours.find((c) => c.anchorText.trim() === '3')?.author).toBe('张三');
  expect(ours.some((c) => c.anchorText.includes(NARRATIVE))).toBe(true);
  expect(Object.keys(await customProperties()).length).toBeGreaterThan(0);

  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, 'word-pane-findings.png'), fullPage: true });

  // Clicking a finding selects its cell in the document…
  await totalFinding.click();
  await page.waitForFunction((want) => {
    const cell = (window as unknown as { wordHost: WordHost }).wordHost.selection?.cell;
    return cell?.table === want.table && cell.row === want.row && cell.cell === want.cell;
  }, total);
  // …and a narrative finding selects its sentence.
  await narrativeFinding.click();
  await page.waitForFunction(
    (text) => (window as unknown as { wordHost: WordHost }).wordHost.selection?.text.includes(text),
    NARRATIVE,
  );
  expect((await selection())?.cell).toBeNull();

  // 清除标记 restores every cell's own shading and removes only the add-in's comments and snapshot.
  await page.getByRole('toolbar').getByRole('button', { name: '清除标记' }).click();
  const notice = page.getByTestId('notice');
  await notice.waitFor();
  // The host removes shading when given '' (tables.ts), so no cell falls back to white.
  expect(await notice.textContent()).not.toContain('白色');
  expect(await shadings()).toEqual(before);
  expect((await comments()).map((c) => ({ id: c.id, author: c.author, content: c.content }))).toEqual([
    { id: other, author: '李四', content: '请核对' },
  ]);
  expect(await customProperties()).toEqual({});
  // Every Word API member the pane called is one the host implements.
  expect(
    await page.evaluate(() => (window as unknown as { wordHost: WordHost }).wordHost.unsupported),
  ).toEqual([]);
});

const sameCell = (a: CellAddress, b: CellAddress) =>
  a.table === b.table && a.row === b.row && a.cell === b.cell;
