import { normalizeText, type Grid } from '../grid';

const TITLE = /^(.{2,40}?)(?:20\d{2})\s*年度?政府信息公开(?:工作)?年度?报告/;
/** Markdown or numbering left in front of a title by a conversion. */
const LEAD = /^[#\s*]+/;

/**
 * The reporting body from a title such as `郑州市政务服务办公室2021年政府信息公开工作年度报告`,
 * used to pair two years of the same body. Null when no title names it.
 */
export function detectBody(grid: Grid): string | null {
  const rows = Math.min(grid.rowCount, 60);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < Math.min(grid.colCount, 10); c++) {
      const v = grid.value(r, c);
      if (typeof v !== 'string' || v.length > 120) continue;
      const m = TITLE.exec(normalizeText(v.replace(LEAD, '')));
      if (m) return m[1];
    }
  return null;
}
