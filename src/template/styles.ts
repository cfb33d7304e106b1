/**
 * The template's cell styles, by id. Fonts follow Chinese official-document practice (GB/T 9704):
 * 黑体 for headings and table headers, 宋体 for table text and numbers (仿宋 reads poorly at table
 * sizes on screen), 仿宋 for the narrative sections, a bold 宋体 title (方正小标宋 is not installed on
 * most office PCs, and a missing font would fall back differently in Excel, WPS and LibreOffice).
 * Sizes: title 二号 (22 pt) would not fit one line with a long 机关名称, so 18 pt; headings 四号
 * (14 pt); tables 五号 (10.5 pt); narrative 小四 (12 pt).
 */

export const FONT = { heading: '黑体', table: '宋体', body: '仿宋', title: '宋体' } as const;

export type StyleId =
  | 'title'
  | 'heading'
  | 'status'
  | 'narrative'
  | 'header'
  | 'label'
  | 'label-center'
  | 'count'
  | 'amount'
  | 'delta'
  | 'total';

export interface CellStyle {
  font: { name: string; size: number; bold?: boolean; color?: string };
  /** Solid fill, ARGB. */
  fill?: string;
  horizontal: 'left' | 'center' | 'right';
  vertical: 'top' | 'middle';
  wrap: boolean;
  /** Thin border on all four sides (table cells). */
  border: boolean;
  /** Excel number format code. */
  numFmt?: string;
}

/** Totals are shaded so staff see at a glance which cells they do not type (in formula mode). */
const TOTAL_FILL = 'FFF2F2F2';

const tableText = { name: FONT.table, size: 10.5 };
const number = (numFmt: string): CellStyle => ({
  font: tableText,
  horizontal: 'center',
  vertical: 'middle',
  wrap: false,
  border: true,
  numFmt,
});

export const STYLES: Record<StyleId, CellStyle> = {
  title: {
    font: { name: FONT.title, size: 18, bold: true },
    horizontal: 'center',
    vertical: 'middle',
    wrap: true,
    border: false,
  },
  heading: {
    font: { name: FONT.heading, size: 14 },
    horizontal: 'left',
    vertical: 'middle',
    wrap: false,
    border: false,
  },
  status: {
    font: { name: FONT.table, size: 10.5, bold: true, color: 'FF1F4E79' },
    horizontal: 'right',
    vertical: 'middle',
    wrap: true,
    border: false,
  },
  narrative: {
    font: { name: FONT.body, size: 12 },
    horizontal: 'left',
    vertical: 'top',
    wrap: true,
    border: false,
  },
  header: {
    font: { name: FONT.heading, size: 10.5 },
    horizontal: 'center',
    vertical: 'middle',
    wrap: true,
    border: true,
  },
  label: { font: tableText, horizontal: 'left', vertical: 'middle', wrap: true, border: true },
  'label-center': { font: tableText, horizontal: 'center', vertical: 'middle', wrap: true, border: true },
  // Counts are whole numbers; 万元 amounts keep two decimals; 本年增/减 (2019) may be negative.
  count: number('0'),
  amount: number('0.00'),
  delta: number('0'),
  total: { ...number('0'), fill: TOTAL_FILL, font: { ...tableText, bold: true } },
};

/** Fill and font of a cell whose rule fails (conditional format), Excel's "light red" preset. */
export const FAIL_STYLE = { fill: 'FFFFC7CE', font: 'FF9C0006' } as const;
