/**
 * One table of the template model (src/template) as a WordprocessingML table: the table's own
 * columns (4, 10 and 15, as in the official form) become its w:tblGrid, the model's merged areas
 * w:gridSpan / w:vMerge over them, every cell gets a single border of its own (so the table keeps
 * its lines whatever the document's table style), and the leading header rows repeat on each page. Labels, merges, values and styles all come from the
 * model; only widths, the font size and the cell margins are Word's own, chosen here.
 *
 * Page fit: A4 portrait with 2.5 cm margins leaves 11906 − 2 × 1417 = 9072 twips of text width.
 * Table 三 is the wide one (a 3-level label plus seven applicant columns, 25 or so rows): at 小五
 * (9 pt) with 1.8 pt cell margins its seven number columns take 11.4 mm each (three characters a
 * line: 社会公益组织 wraps to two lines) and the labels the remaining 80 mm, the whole 9072 twips.
 * Table 四's fifteen columns get 10.2 mm each (two characters a line, 结果/维持, as in the official
 * form). Widths are whole units of 72 twips (1.27 mm), 126 of them to the line, so a table's
 * columns add up to the text width exactly.
 */
import type { TableId } from '../format';
import type { MergedArea } from '../grid';
import { STYLES, type CellStyle, type StyleId } from '../template/styles';
import type { Scalar, Template, TemplateCell, TemplateTable } from '../template/types';
import { escapeXml } from './template-package';

/** 1.27 mm in twips: the unit of every column width. */
export const WIDTH_UNIT = 72;
/** A4 portrait less two 2.5 cm margins, in twips (126 width units). */
export const TEXT_WIDTH = 9072;
/** Table text, 小五: one step below the sheet's 五号 so table 三 fits the page width. */
export const TABLE_FONT_POINTS = 9;
/**
 * Left and right cell margins, twips: 1.8 pt. Word's default 5.4 pt would leave table 三's number
 * columns room for two characters a line instead of three.
 */
export const CELL_MARGIN = 36;

/**
 * Column widths in units, per table, over the model's 15 grid columns (src/template/layout.ts).
 * Table 二: 信息内容 over six columns, the numbers over nine. Table 三: section, group (two columns),
 * item (five), then seven numbers. Table 四: fifteen equal numbers.
 */
const UNITS: Record<TableId, readonly number[]> = {
  proactive: [9, 9, 9, 9, 9, 9, 8, 8, 8, 8, 8, 8, 8, 8, 8],
  applications: [10, 8, 8, 7, 7, 7, 8, 8, 9, 9, 9, 9, 9, 9, 9],
  reviews: [8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8],
};

/** The twips width of each of the model's columns in a table; equal shares if the model's grid changes. */
function modelWidths(table: TemplateTable): number[] {
  const count = table.bounds.right - table.bounds.left + 1;
  const units = UNITS[table.table];
  const chosen =
    units.length === count
      ? units
      : new Array<number>(count).fill(Math.floor(TEXT_WIDTH / WIDTH_UNIT / count));
  return chosen.map((u) => u * WIDTH_UNIT);
}

/**
 * The table's own column lines, as model columns: the edges of its cells. The sheet shares 15
 * columns among all tables, so table 二 (four official columns) and table 三 (ten) use only some of
 * them; Word gets just the columns the table has, as the official form draws it (and as LibreOffice
 * would rewrite it anyway), with the model's merges mapped onto them.
 */
export function columnLines(template: Template, table: TemplateTable): number[] {
  const b = table.bounds;
  const covering = coverage(template.merges, b);
  const lines = new Set([b.left, b.right + 1]);
  for (let r = b.top; r <= b.bottom; r++)
    for (let c = b.left; c <= b.right; c++) {
      const m = covering.get(`${r},${c}`);
      lines.add(m ? m.left : c).add(m ? m.right + 1 : c + 1);
    }
  return [...lines].sort((x, y) => x - y);
}

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';
const CELL_BORDERS = ['top', 'left', 'bottom', 'right'].map((side) => `<w:${side} ${BORDER}/>`).join('');
const TABLE_BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => `<w:${side} ${BORDER}/>`)
  .join('');
const JC = { left: 'left', center: 'center', right: 'right' } as const;
const V_ALIGN = { top: 'top', middle: 'center' } as const;

/** Run properties of a style at `points`: the model's font for Latin and Chinese text alike. */
export function runProperties(style: CellStyle, points: number): string {
  const font = escapeXml(style.font.name);
  const size = Math.round(points * 2);
  return (
    `<w:rPr><w:rFonts w:ascii="${font}" w:eastAsia="${font}" w:hAnsi="${font}" w:cs="${font}"/>` +
    (style.font.bold ? '<w:b/><w:bCs/>' : '') +
    (style.font.color ? `<w:color w:val="${style.font.color.slice(-6)}"/>` : '') +
    `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`
  );
}

/**
 * A paragraph of `text` ('\n' as line breaks). `pPr` comes first (schema order); the run
 * properties are repeated on the paragraph mark so an empty cell keeps the table's line height.
 */
export function paragraph(text: string, pPr: string, rPr: string): string {
  const lines = text.split('\n');
  const runs =
    text === ''
      ? ''
      : `<w:r>${rPr}${lines
          .map((line, i) => `${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(line)}</w:t>`)
          .join('')}</w:r>`;
  return `<w:p><w:pPr>${pPr}${rPr}</w:pPr>${runs}</w:p>`;
}

/**
 * Cell paragraphs: no spacing, no document grid, no indent (a report's Normal style often indents
 * the first line by two characters, which would push numbers off centre).
 */
const cellParagraph = (style: CellStyle) =>
  '<w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>' +
  '<w:ind w:left="0" w:right="0" w:firstLine="0" w:firstLineChars="0"/>' +
  `<w:jc w:val="${JC[style.horizontal]}"/>`;

/**
 * What a cell shows: a constant, or a formula's computed result (Word has no formulas here, so a
 * total is the number the template's own calculation gives). Amounts keep two decimals as the
 * sheet's 0.00 format shows them, unless that would change the number.
 */
export function displayText(cell: TemplateCell | undefined): string {
  if (!cell) return '';
  const value: Scalar | undefined = cell.formula !== undefined ? cell.result : cell.value;
  if (value === undefined || value === null) return '';
  if (typeof value !== 'number') return String(value);
  if (STYLES[cell.style].numFmt === '0.00' && Number(value.toFixed(2)) === value) return value.toFixed(2);
  return String(value);
}

/** The merged area covering each cell of the table, by `row,col`. */
function coverage(merges: readonly MergedArea[], b: MergedArea): Map<string, MergedArea> {
  const out = new Map<string, MergedArea>();
  for (const m of merges) {
    if (m.top < b.top || m.bottom > b.bottom || m.left < b.left || m.right > b.right) continue;
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) out.set(`${r},${c}`, m);
  }
  return out;
}

/**
 * Rows to repeat on each page: the leading rows made only of header cells (table 三's and 四's
 * three). Table 二 has none: its header rows belong to each 第二十条 block and recur further down.
 */
export function headerRowCount(template: Template, table: TemplateTable): number {
  const { top, bottom, left, right } = table.bounds;
  const styles = new Map(template.cells.map((c) => [`${c.row},${c.col}`, c.style]));
  const allHeader = (r: number) => {
    for (let c = left; c <= right; c++) if (styles.get(`${r},${c}`) !== 'header') return false;
    return true;
  };
  let n = 0;
  while (top + n <= bottom && allHeader(top + n)) n++;
  for (let r = top + n; r <= bottom; r++) if (allHeader(r)) return 0;
  return n;
}

/** The model's row height scaled to the smaller font, in twips (at least, rows grow to fit). */
const rowHeight = (points: number | undefined): number =>
  Math.round(((points ?? 20) * TABLE_FONT_POINTS * 20) / STYLES.count.font.size);

/** The w:tbl of one template table. */
export function tableXml(template: Template, table: TemplateTable): string {
  const b = table.bounds;
  const lines = columnLines(template, table);
  const model = modelWidths(table);
  const span = (from: number, to: number) =>
    model.slice(from - b.left, to - b.left).reduce((s, w) => s + w, 0);
  const widths = lines.slice(1).map((line, i) => span(lines[i], line));
  const total = widths.reduce((s, w) => s + w, 0);
  const cells = new Map(template.cells.map((c) => [`${c.row},${c.col}`, c]));
  const covering = coverage(template.merges, b);
  const headers = headerRowCount(template, table);

  /** A cell from model column `c` up to (not including) `end`. */
  const cellXml = (r: number, c: number, end: number, vMerge: '' | 'restart' | 'continue'): string => {
    const own = cells.get(`${r},${c}`);
    const styleId: StyleId = own?.style ?? 'label';
    const style = STYLES[styleId];
    const gridSpan = lines.indexOf(end) - lines.indexOf(c);
    const width = span(c, end);
    const text = vMerge === 'continue' ? '' : displayText(own);
    const tcPr =
      `<w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>` +
      (gridSpan > 1 ? `<w:gridSpan w:val="${gridSpan}"/>` : '') +
      (vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : vMerge === 'continue' ? '<w:vMerge/>' : '') +
      `<w:tcBorders>${CELL_BORDERS}</w:tcBorders>` +
      (style.fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${style.fill.slice(-6)}"/>` : '') +
      `<w:vAlign w:val="${V_ALIGN[style.vertical]}"/></w:tcPr>`;
    return `<w:tc>${tcPr}${paragraph(text, cellParagraph(style), runProperties(style, TABLE_FONT_POINTS))}</w:tc>`;
  };

  const rows: string[] = [];
  for (let r = b.top; r <= b.bottom; r++) {
    const trPr =
      `<w:trPr><w:cantSplit/><w:trHeight w:val="${rowHeight(template.rowHeights[r])}" w:hRule="atLeast"/>` +
      (r - b.top < headers ? '<w:tblHeader/>' : '') +
      '</w:trPr>';
    const tcs: string[] = [];
    for (let c = b.left; c <= b.right;) {
      const m = covering.get(`${r},${c}`);
      if (!m) {
        tcs.push(cellXml(r, c, c + 1, ''));
        c++;
        continue;
      }
      // A merged area: one w:tc per row across its columns; the rows below continue the first.
      const vMerge = m.bottom === m.top ? '' : r === m.top ? 'restart' : 'continue';
      tcs.push(cellXml(m.top, m.left, m.right + 1, vMerge));
      c = m.right + 1;
    }
    rows.push(`<w:tr>${trPr}${tcs.join('')}</w:tr>`);
  }

  const margin = `w:w="${CELL_MARGIN}" w:type="dxa"`;
  return (
    `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:jc w:val="center"/>` +
    `<w:tblBorders>${TABLE_BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:left ${margin}/><w:right ${margin}/></w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
    rows.join('') +
    '</w:tbl>'
  );
}
