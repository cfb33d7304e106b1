/**
 * What actually prints: an annotated copy (with enough findings for 校验结果 to take several pages)
 * and a consolidation workbook, printed to PDF by LibreOffice in one `soffice --headless` run and
 * read back with pdf.js. Every page must be A4, and the wide sheets one page wide: each of their pages
 * holds the first column's heading (repeated title rows), so no page carries only overflow columns.
 * Skipped, with a message, without LibreOffice.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkGrids } from '../../src/check';
import { extractPdfPages } from '../../src/sources/node/pdf-extract';
import { SHEET_WORDS } from '../../src/consolidate';
import type { PdfPage } from '../../src/sources/pdf';
import { annotatedWorkbook } from '../../src/xlsx/annotate';
import { consolidatedWorkbook } from '../../src/xlsx/consolidate-workbook';
import { readXlsxWorkbook } from '../../src/xlsx/read';
import { fixtureWorkbook } from '../cli/helpers';
import { generatedDepartment } from '../consolidate/departments';
import { convert, findSoffice } from '../template/soffice';

const soffice = findSoffice();
if (!soffice) console.warn('LibreOffice (soffice) is not installed: skipping the printed-PDF tests.');
const describeWithLibreOffice = soffice ? describe : describe.skip;
jest.setTimeout(120_000);

/** Page text with the spaces LibreOffice puts between runs (and in the footer) removed. */
const textOf = (page: PdfPage): string =>
  page.runs
    .map((r) => r.text)
    .join('')
    .replace(/\s+/g, '');

const A4 = [595, 842];
const isA4 = (p: PdfPage) =>
  [p.width, p.height].every((v, i) => Math.abs(v - A4[i]) < 2) ||
  [p.height, p.width].every((v, i) => Math.abs(v - A4[i]) < 2);

describeWithLibreOffice('LibreOffice prints the written workbooks', () => {
  const pages: Record<'annotated' | 'consolidated', PdfPage[]> = { annotated: [], consolidated: [] };
  let findings = 0;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'print-lo-'));
    const { workbook, grids } = await readXlsxWorkbook(await fixtureWorkbook());
    const checked = checkGrids(grids);
    const one = checked.findings[0];
    if (!one) throw new Error('the fixture has no finding to repeat');
    // A long results sheet: the finding 90 times over, so that it runs over several pages.
    const many = Array.from({ length: 90 }, (_, i) => ({ ...one, message: `${one.message}（${i + 1}）` }));
    findings = many.length;
    const report = { ...checked, findings: many };
    writeFileSync(
      join(dir, 'annotated.xlsx'),
      await annotatedWorkbook({ workbook, grids, report, source: 'book.xlsx', locale: 'zh-CN' }),
    );
    const departments = [0, 1, 2, 3, 4, 5].map((i) => generatedDepartment(i, { seed: 11 }));
    const { workbook: total } = await consolidatedWorkbook(
      departments.map((d) => ({ name: d.name, grids: [d.grid] })),
    );
    writeFileSync(join(dir, 'consolidated.xlsx'), new Uint8Array(await total.xlsx.writeBuffer()));

    convert(soffice ?? '', 'pdf', dir, [join(dir, 'annotated.xlsx'), join(dir, 'consolidated.xlsx')]);
    pages.annotated = await extractPdfPages(readFileSync(join(dir, 'annotated.pdf')));
    pages.consolidated = await extractPdfPages(readFileSync(join(dir, 'consolidated.pdf')));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['annotated', 'consolidated'] as const)('%s: every page is A4 and numbered', (which) => {
    expect(pages[which].length).toBeGreaterThan(1);
    pages[which].forEach((page, i) => {
      expect([i, isA4(page)]).toEqual([i, true]);
      expect(textOf(page)).toContain(`第${i + 1}页，共${pages[which].length}页`);
    });
  });

  /** The pages whose header reads `header` (LibreOffice prints &F and &A as the file's and sheet's names). */
  const pagesHeaded = (which: keyof typeof pages, header: string) =>
    pages[which].filter((p) => textOf(p).includes(header));

  it('校验结果 prints one page wide in landscape, its column headings on every page', () => {
    const results = pagesHeaded('annotated', '校验结果：book.xlsx');
    expect(results.length).toBeGreaterThan(1);
    expect(results.length).toBeLessThanOrEqual(Math.ceil(findings / 10));
    for (const page of results) {
      expect(page.width).toBeGreaterThan(page.height);
      // 序号 heads the first column, 规则 the last: both on each page, so no column spills over.
      expect(textOf(page)).toContain('序号');
      expect(textOf(page)).toContain('规则');
    }
  });

  it('分单位明细 prints one page wide in landscape, title and headings on every page', () => {
    const breakdown = pagesHeaded('consolidated', `consolidated.xlsx${SHEET_WORDS.breakdownSheet}`);
    expect(breakdown.length).toBeGreaterThan(1);
    expect(breakdown.length).toBeLessThanOrEqual(8);
    for (const page of breakdown) {
      expect(page.width).toBeGreaterThan(page.height);
      const text = textOf(page);
      // The title and the first heading (表) with the last department's (第6局): no column spills over.
      expect(text).toContain('分单位明细：');
      expect(text).toContain('表行列汇总表单元格合计核对');
      expect(text).toContain('第6局');
    }
  });
});
