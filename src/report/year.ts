import type { Grid } from '../grid';

const TITLE = /(20\d{2})\s*年度?[^。；;\n]{0,40}?政府信息公开(?:工作)?年度?报告/;
const SHEET = /(20\d{2})\s*年/;

/**
 * The report year from a title such as `郑州市政务服务办公室2021年政府信息公开工作年度报告`, or a
 * sheet name such as `2021年报`. Null when neither says it: the year is never guessed from prose.
 */
export function detectYear(grid: Grid): number | null {
  const rows = Math.min(grid.rowCount, 400);
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < Math.min(grid.colCount, 30); c++) {
      const v = grid.value(r, c);
      if (typeof v !== 'string' || v.length > 200) continue;
      const m = TITLE.exec(v.normalize('NFKC'));
      if (m) return Number(m[1]);
    }
  const m = SHEET.exec(grid.sheet.normalize('NFKC'));
  return m ? Number(m[1]) : null;
}
