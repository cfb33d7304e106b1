import { normalizeText, type Grid } from '../grid';

const TITLE = /^(.{2,40}?)(?:20\d{2})\s*年度?政府信息公开(?:工作)?年度?报告/;
/** Markdown a conversion leaves in a title (`# 标题`, `**某某局**2021年…`); spaces go with normalizeText. */
const MARKDOWN = /[#*]/g;

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
      const m = TITLE.exec(normalizeText(v.replace(MARKDOWN, '')));
      if (m) return m[1];
    }
  return null;
}

/**
 * Which deadline of 《政府信息公开条例》 Art. 49 a body's report falls under, read from its name:
 * a people's government at county level or above (`某某县人民政府`, or the bare place `某某市`),
 * a department (`某某局`, `某某市人民政府办公室`), or unknown (township and street offices, no name).
 */
export type BodyKind = 'department' | 'county-government' | 'unknown';

const GOVERNMENT = /(?:人民)?政府$/;
/** Seats of county-level and higher governments: the character before 人民政府, or a bare place name. */
const COUNTY_OR_ABOVE = /(?:省|市|县|区|州|旗|盟|自治区)$/;
/** Below county level, or zones whose status the name does not settle. */
const BELOW_OR_UNCLEAR = /乡|镇|街道|办事处|开发区|高新区|新区|园区|管委会|管理委员会/;

export function bodyKind(name: string | null): BodyKind {
  if (!name) return 'unknown';
  const n = normalizeText(name);
  if (GOVERNMENT.test(n)) {
    // A township's seat (某某镇) ends in no county-level character, so it is left unknown too.
    return COUNTY_OR_ABOVE.test(n.replace(GOVERNMENT, '')) ? 'county-government' : 'unknown';
  }
  if (BELOW_OR_UNCLEAR.test(n)) return 'unknown';
  return COUNTY_OR_ABOVE.test(n) ? 'county-government' : 'department';
}
