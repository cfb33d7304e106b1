import { locateWithFlattened } from '../../src/locate';
import { ownSentences } from '../../src/rules/cross-year/own-text';
import { reportSheet } from './report-sheet';

/**
 * The keys of the own sentences (cross-year/similarity) of the clean report sheet with `lines`
 * appended: a string is a paragraph, an array a row of cells. `year` moves years on as for last
 * year's report.
 */
export function ownSentenceKeys(
  lines: readonly (string | (string | number)[])[],
  year: number | null = null,
): string[] {
  const s = reportSheet({ title: '某某市某某区某某街道办事处2021年政府信息公开工作年度报告' });
  for (const l of lines) s.rows.push(typeof l === 'string' ? [l] : l);
  const grid = s.grid();
  return ownSentences(grid, locateWithFlattened(grid).tables, year).map((o) => o.key);
}
