/**
 * The whole template sheet: title, the six sections of the report, tables 二, 三 and 四 with their
 * status cells, and the print setup. Pure data; see src/xlsx/template.ts for the file renderer.
 */
import { TABLE_SECTION, tableFormat, type Edition, type TableId } from '../format';
import type { CellRef } from '../locate/types';
import { buildApplications } from './applications';
import { SheetBuilder } from './builder';
import { recalculate } from './calc';
import { applyValues } from './fill';
import { COLUMN_COUNT, COLUMN_WIDTHS, HEADING_COLS } from './layout';
import {
  BODY_PLACEHOLDER,
  FEES_HINT,
  PROSE_SECTIONS,
  SHEET_NAME,
  TITLE_SUFFIX,
  YEAR_PLACEHOLDER,
} from './messages';
import { buildProactive } from './proactive';
import { buildReviews } from './reviews';
import type { Template, TemplateOptions, TemplateTable, TotalsMode } from './types';

const NARRATIVE_HEIGHT = 72;

export function titleText(body: string | null, year: number | null): string {
  return `${body || BODY_PLACEHOLDER}${year ?? YEAR_PLACEHOLDER}${TITLE_SUFFIX}`;
}

/** The section heading above a table: `三、收到和处理政府信息公开申请情况`. */
export const tableHeading = (id: TableId, edition: Edition): string =>
  `${TABLE_SECTION[id]}、${tableFormat(id, edition).title.zh}`;

export function buildTemplate(options: TemplateOptions = {}): Template {
  const edition: Edition = options.edition ?? '2021';
  const totals: TotalsMode = options.totals ?? 'formula';
  const year = options.year ?? null;
  const body = options.body?.trim() || null;
  const b = new SheetBuilder(COLUMN_WIDTHS);
  const full = { cols: COLUMN_COUNT };
  let r = 0;

  b.put(r, 0, { value: titleText(body, year), style: 'title' }, full);
  b.height(r++, 40);

  const prose = (heading: string, text?: string) => {
    b.put(r, 0, { value: heading, style: 'heading' }, full);
    b.height(r++, 28);
    b.put(r, 0, { value: text ?? null, style: 'narrative', unlocked: true }, full);
    b.height(r++, NARRATIVE_HEIGHT);
  };
  /** A table's section heading, its status cell beside it, the table below and a blank row. */
  const table = (id: TableId, build: typeof buildApplications): TemplateTable => {
    b.put(r, 0, { value: tableHeading(id, edition), style: 'heading' }, { cols: HEADING_COLS });
    b.height(r, 28);
    const status: CellRef = { row: r++, col: HEADING_COLS };
    const t = build(b, r, edition, totals, status);
    r = t.bounds.bottom + 2;
    return t;
  };

  prose(PROSE_SECTIONS.overview);
  const proactive = table('proactive', buildProactive);
  const applicationsHeading = r;
  const applications = table('applications', buildApplications);
  const reviews = table('reviews', buildReviews);
  prose(PROSE_SECTIONS.problems);
  prose(PROSE_SECTIONS.other, FEES_HINT);
  const lastRow = r - 1;

  const template = recalculate({
    sheetName: SHEET_NAME,
    edition,
    year,
    body,
    totals,
    columnWidths: [...COLUMN_WIDTHS],
    rowHeights: b.rowHeights,
    cells: b.cells(),
    merges: b.merges,
    validations: b.validations,
    conditionalFormats: b.conditionalFormats,
    frozenRows: 1,
    page: {
      paper: 'A4',
      orientation: 'portrait',
      fitToWidth: 1,
      margins: { left: 0.6, right: 0.6, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      printTitleRows: { first: 0, last: 0 },
      printArea: { top: 0, left: 0, bottom: lastRow, right: COLUMN_COUNT - 1 },
      // Table 三 is the one people read against the official form: start it on a fresh page.
      rowBreaks: [applicationsHeading],
    },
    tables: [proactive, applications, reviews],
  });
  return options.values ? applyValues(template, options.values) : template;
}
