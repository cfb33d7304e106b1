import { strFromU8, unzipSync } from 'fflate';
import { reportSheet } from '../../support/report-sheet';
import { readDocx } from '../../../src/sources/docx';
import { DEFAULT_LIMITS } from '../../../src/xlsx/limits';
import { describeFindingLocation } from '../../../src/report/location';
import { reviewOpinionDocx, type OpinionInput } from '../../../src/web/outputs/opinion';
import type { CheckedFile } from '../../../src/web/types';
import {
  asDocument,
  checkedFile,
  cleanFile,
  findingOf,
  noTableFile,
  partialFile,
  TITLE,
  unreadableFile,
  wrongFile,
  wrongSheet,
} from './checked-files';

const DATE = new Date(2025, 2, 4); // 4 March 2025, local time

/** The opinion as the project's own Word reader reads it: one line per paragraph. */
async function opinionLines(input: Partial<OpinionInput> & { file: CheckedFile }): Promise<string[]> {
  const bytes = await reviewOpinionDocx({ locale: 'zh-CN', date: DATE, ...input });
  const [grid] = readDocx(bytes, { sheet: 'x', limits: DEFAULT_LIMITS }).grids;
  const lines: string[] = [];
  for (let r = 0; r < grid.rowCount; r++) lines.push(String(grid.value(r, 0) ?? ''));
  return lines;
}

describe('reviewOpinionDocx', () => {
  it('gives plain Uint8Array bytes of a Word file (no Node Buffer, postable from a worker)', async () => {
    const bytes = await reviewOpinionDocx({ file: cleanFile(), locale: 'zh-CN', date: DATE });
    expect(Object.getPrototypeOf(bytes)).toBe(Uint8Array.prototype);
    expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('is laid out for print: A4 portrait, 仿宋 body, 宋体 title, page numbers in the footer', async () => {
    const bytes = await reviewOpinionDocx({ file: wrongFile(), locale: 'zh-CN', date: DATE });
    const parts = unzipSync(bytes);
    const xml = (name: string) => strFromU8(parts[name]);
    expect(xml('word/document.xml')).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml('word/document.xml')).toContain('w:eastAsia="宋体"');
    expect(xml('word/document.xml')).not.toContain('<w:tbl>');
    expect(xml('word/styles.xml')).toContain('w:eastAsia="仿宋"');
    const footer = Object.keys(parts).find((n) => /^word\/footer\d*\.xml$/.test(n));
    expect(footer && xml(footer)).toContain('PAGE');
  });

  it('names the report, the file and the date, then gives the verdict', async () => {
    const lines = await opinionLines({ file: wrongFile() });
    expect(lines.slice(0, 3)).toEqual([
      `关于《${TITLE}》的审核意见`,
      '审核文件：某某局2024年报.xlsx　审核日期：2025年3月4日',
      '审核结论：未通过，共 3 个错误、2 个警告，请按下列意见修改后重新报送。',
    ]);
    expect(lines[lines.length - 1]).toBe('2025年3月4日');
  });

  it('lists every finding with its place, errors first, warnings as 建议核实; values only in the message', async () => {
    const file = wrongFile();
    const lines = await opinionLines({ file });
    const message = (rule: string, id?: string) => findingOf(file, rule, id).message;
    const start = lines.indexOf('一、需要修改的问题');
    expect(start).toBeGreaterThan(0);
    expect(lines.slice(start + 1, lines.length - 1)).toEqual([
      `1.【错误】${message('applications/suspect-cell')}`,
      '位置：年报!D26',
      `2.【错误】${message('applications/row-total')}`,
      '位置：年报!J26',
      `3.【错误】${message('applications/outcome-total')}`,
      '位置：年报!D47',
      `4.【建议核实】${message('cell/blank', 'blanks')}`,
      '位置（共 2 格）：规章 × 本年制发件数（年报!B7）；规章 × 本年废止件数（年报!C7）',
      `5.【建议核实】${message('cell/blank', 'placeholder')}`,
      '位置：年报!B11',
    ]);
    // Each value once, in the message's own words (实际为, the signed 差).
    expect(message('applications/suspect-cell')).toContain('应为 3，实际为 4（差 +1）');
  });

  it('points at table, row and column in a Word file', async () => {
    const file = checkedFile([asDocument(wrongSheet())], { format: 'docx' });
    const lines = await opinionLines({ file });
    const suspect = findingOf(file, 'applications/suspect-cell');
    const place = describeFindingLocation(suspect, 'zh-CN');
    expect(place).toMatch(/^表三（（一）予以公开 × 自然人）：第 \d+ 个表格第 \d+ 行第 4 列$/);
    expect(lines[lines.indexOf(`1.【错误】${suspect.message}`) + 1]).toBe(`位置：${place}`);
    expect(lines).toContain(
      '位置（共 2 格）：规章 × 本年制发件数（第 1 个表格第 2 行第 2 列）；规章 × 本年废止件数（第 1 个表格第 2 行第 3 列）',
    );
  });

  it('lists accepted findings with their reasons apart, out of the problems to fix', async () => {
    const reason = '本年度无此类决定，已在报告中说明';
    const file = wrongFile({ accept: (f) => (f.messageId === 'placeholder' ? reason : null) });
    const accepted = findingOf(file, 'cell/blank', 'placeholder');
    const lines = await opinionLines({ file });
    expect(lines[2]).toBe('审核结论：未通过，共 3 个错误、1 个警告，请按下列意见修改后重新报送。');
    const section = lines.indexOf('二、已确认无误的事项');
    expect(section).toBeGreaterThan(lines.indexOf('一、需要修改的问题'));
    expect(lines.slice(section + 1, section + 4)).toEqual([
      `1. ${accepted.message}`,
      '位置：年报!B11',
      `确认理由：${reason}`,
    ]);
    expect(lines.filter((l) => l.includes(accepted.message))).toHaveLength(1);
  });

  it.each<[string, () => CheckedFile, string]>([
    ['a pass', cleanFile, '审核结论：通过，未发现错误。'],
    [
      'a pass with warnings',
      () => {
        const s = reportSheet({ title: TITLE });
        s.set('proactive', 'licensing', 'decisions', '/');
        return checkedFile([s.grid()]);
      },
      '审核结论：通过，未发现错误，另有 1 个警告建议核实。',
    ],
    [
      'a partial pass',
      partialFile,
      '审核结论：找到的表格中未发现错误，但未找到表四，该部分未能审核，请补充后重新报送。',
    ],
    [
      'no table',
      noTableFile,
      '审核结论：未找到年报表格（表二、表三、表四），无法审核表格数据，请核对报送的文件。',
    ],
  ])('says %s in one sentence', async (_, file, verdict) => {
    const lines = await opinionLines({ file: file() });
    expect(lines[2]).toBe(verdict);
  });

  it('has no problem section for a clean report', async () => {
    const lines = await opinionLines({ file: cleanFile() });
    expect(lines).toEqual([
      `关于《${TITLE}》的审核意见`,
      '审核文件：某某局2024年报.xlsx　审核日期：2025年3月4日',
      '审核结论：通过，未发现错误。',
      '2025年3月4日',
    ]);
  });

  it('says an unreadable file could not be read, and why', async () => {
    const error = '文件已加密（设了打开密码），请去掉密码后重新提交。';
    const lines = await opinionLines({ file: unreadableFile('某局年报.docx', error) });
    expect(lines).toEqual([
      '关于《某局年报.docx》的审核意见',
      '审核文件：某局年报.docx　审核日期：2025年3月4日',
      '审核结论：该文件无法读取，未能审核，请重新报送。',
      `原因：${error}`,
      '2025年3月4日',
    ]);
  });

  it('falls back to the file name when the body or year is unknown, and signs with the reviewer', async () => {
    const file = { ...cleanFile({ name: '年报终稿.xlsx' }), body: null };
    const lines = await opinionLines({ file, reviewer: '王某' });
    expect(lines[0]).toBe('关于《年报终稿.xlsx》的审核意见');
    expect(lines.slice(-2)).toEqual(['审核人：王某', '2025年3月4日']);
  });

  it('writes the English version for locale en', async () => {
    const file = wrongFile({ locale: 'en' });
    const lines = await opinionLines({ file, locale: 'en' });
    const suspect = findingOf(file, 'applications/suspect-cell');
    expect(lines.slice(0, 3)).toEqual([
      'Review of the 2024 Annual Report on Government Information Disclosure of 某某局',
      'File reviewed: 某某局2024年报.xlsx    Date: 2025-03-04',
      'Verdict: not passed: 3 errors and 2 warnings. Please correct the points below and submit the report again.',
    ]);
    const item = lines.indexOf(`1. [Error] ${suspect.message}`);
    expect(lines.slice(item, item + 3)).toEqual([
      `1. [Error] ${suspect.message}`,
      'Where: 年报!D26',
      `2. [Error] ${findingOf(file, 'applications/row-total').message}`,
    ]);
    expect(suspect.message).toContain('it should be 3, found 4 (off by +1)');
    expect(lines).toContain('1. Points to correct');
    expect(lines).toContain(
      'Where (2 cells): Rules × Issued this year (年报!B7); Rules × Repealed this year (年报!C7)',
    );
    expect(lines.some((l) => l.startsWith('4. [Please verify] '))).toBe(true);
  });
});
