import type { TableId } from '../../src/format';
import { ArrayGrid } from '../../src/grid';
import { reportSheet, type ReportSheet } from './report-sheet';

/** Section headings of reportSheet: each table sits between its heading and the next one. */
const HEADINGS: Record<TableId, [from: string, to: string]> = {
  proactive: ['二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况'],
  applications: ['三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况'],
  reviews: ['四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况'],
};

/**
 * A report sheet holding only some of tables 二, 三 and 四: the others' rows are left empty (their
 * section headings and the prose stay). `edit` changes cells of the kept tables first.
 */
export function sheetWithTables(
  keep: readonly TableId[],
  options: { title?: string; sheet?: string; edit?: (s: ReportSheet) => void } = {},
): ArrayGrid {
  const s = reportSheet({ title: options.title });
  options.edit?.(s);
  const rowOf = (text: string) => s.rows.findIndex((r) => r[0] === text);
  const cleared: [number, number][] = [];
  for (const [table, [from, to]] of Object.entries(HEADINGS) as [TableId, [string, string]][]) {
    if (keep.includes(table)) continue;
    const first = rowOf(from) + 1;
    const last = rowOf(to) - 1;
    for (let r = first; r <= last; r++) s.rows[r] = [];
    cleared.push([first, last]);
  }
  const merges = s.merges.filter((m) => !cleared.some(([a, b]) => m.top >= a && m.top <= b));
  return new ArrayGrid({ sheet: options.sheet ?? '年报', values: s.rows, merges });
}
