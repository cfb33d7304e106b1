/**
 * A host that serves `.mjs` as application/octet-stream (some static servers and older IIS do):
 * the browser refuses pdf.js's module worker, and pdf.js's fallback cannot load it either. The pane
 * must say the reader failed, never that the user's PDF is damaged.
 */
import { minimalPdf } from '../support/report-pdf';
import { openPane, type Pane } from './pane';

let pane: Pane;
beforeAll(async () => {
  pane = await openPane([{ name: '备忘', rows: [['会议纪要']] }], {
    types: { '.mjs': 'application/octet-stream' },
  });
});
afterAll(() => pane?.close());

test('a PDF worker that cannot load is a reader failure, not a damaged file', async () => {
  const { page } = pane;
  await page.getByRole('toolbar').getByRole('button', { name: '插入模板' }).click();
  await page.getByRole('dialog').waitFor();
  await page.getByRole('radio', { name: '报告文件…' }).check();
  await page.locator('input[type="file"]').setInputFiles({
    name: 'report.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(minimalPdf('Total 42', 72, 700, 12)),
  });
  const error = page.getByTestId('report-file-error');
  await error.waitFor({ timeout: 30000 });
  const text = (await error.textContent()) ?? '';
  expect(text).toContain('读取时出错');
  expect(text).not.toContain('损坏');
  // The cause, as Chromium reports it: the worker script's type.
  expect(pane.problems.join('\n')).toMatch(/MIME type/);
});
