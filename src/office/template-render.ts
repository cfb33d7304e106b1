/**
 * Queues a planned template onto a new worksheet; no sync here, so the caller sends everything in
 * one round trip. Each optional API is touched only when its requirement set is present, because
 * older hosts lack the property altogether; what was left out comes back in words.
 */
import type { Text, ValueKind } from '../format';
import type { MergedArea } from '../grid';
import { FAIL_STYLE, STYLES, type CellStyle } from '../template/styles';
import type { Template, TemplatePageSetup } from '../template/types';
import { PAGE_HEADER, pageFooter } from '../xlsx/print-setup';
import { TEMPLATE_SKIPPED } from './template-messages';
import { address, columnsAddress, rowsAddress, type SheetPlan } from './template-plan';
import type { TemplateFeatures } from './template-features';
import { VALIDATION } from '../template/messages';

const color = (argb: string): string => `#${argb.slice(-6)}`;
const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center' } as const;
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const;

export function queueTemplate(
  sheet: Excel.Worksheet,
  template: Template,
  plan: SheetPlan,
  features: TemplateFeatures,
): Text[] {
  const skipped: Text[] = [];
  const range = (box: MergedArea) => sheet.getRange(address(box));

  range(plan.area).formulas = plan.formulas;
  range(plan.area).numberFormat = plan.numberFormats;
  // office-js issue 6405: Excel on the web drops the fills and borders of cells formatted before they
  // are merged. So merge first and format afterwards (the queue keeps this order within the sync).
  for (const m of plan.merges) range(m).merge(false);
  for (const block of plan.styles) applyStyle(range(block.box), STYLES[block.key], block.box);
  for (const box of plan.unlocked) range(box).format.protection.locked = false;
  for (const w of plan.columnWidths)
    sheet.getRange(columnsAddress(w.first, w.last)).format.columnWidth = w.points;
  for (const h of plan.rowHeights) sheet.getRange(rowsAddress(h.first, h.last)).format.rowHeight = h.points;

  if (features.validation) for (const v of plan.validations) validate(range(v.box).dataValidation, v.key);
  else if (plan.validations.length) skipped.push(TEMPLATE_SKIPPED.validation);

  if (features.conditionalFormats)
    for (const cf of plan.conditionalFormats) {
      const format = range(cf.box).conditionalFormats.add('Custom');
      format.custom.rule.formula = cf.formula;
      format.custom.format.fill.color = color(FAIL_STYLE.fill);
      format.custom.format.font.color = color(FAIL_STYLE.font);
      format.custom.format.font.bold = true;
    }
  else if (plan.conditionalFormats.length) skipped.push(TEMPLATE_SKIPPED.conditionalFormats);

  if (features.freezePanes) sheet.freezePanes.freezeRows(template.frozenRows);
  else if (template.frozenRows) skipped.push(TEMPLATE_SKIPPED.freezePanes);

  // Page setup is queued separately (queuePageSetup), in its own optional sync.
  if (!features.pageLayout) skipped.push(TEMPLATE_SKIPPED.pageLayout);
  return skipped;
}

function applyStyle(target: Excel.Range, style: CellStyle, box: MergedArea): void {
  const f = target.format;
  f.font.name = style.font.name;
  f.font.size = style.font.size;
  f.font.bold = style.font.bold ?? false;
  if (style.font.color) f.font.color = color(style.font.color);
  f.horizontalAlignment = HORIZONTAL[style.horizontal];
  f.verticalAlignment = VERTICAL[style.vertical];
  f.wrapText = style.wrap;
  if (style.fill) f.fill.color = color(style.fill);
  if (!style.border) return;
  // Inside borders too, so every covered cell of a merged area carries its sides (Excel on the web
  // draws borders per cell), and neighbours both draw a shared edge.
  const edges: string[] = [...EDGES];
  if (box.bottom > box.top) edges.push('InsideHorizontal');
  if (box.right > box.left) edges.push('InsideVertical');
  for (const edge of edges) {
    const border = f.borders.getItem(edge as Excel.BorderIndex);
    border.style = 'Continuous';
    border.weight = 'Thin';
    border.color = '#000000';
  }
}

function validate(target: Excel.DataValidation, kind: ValueKind): void {
  const text = VALIDATION[kind];
  // The same rules as the file renderer: counts whole ≥ 0, amounts ≥ 0, 2019's 增/减 any whole number.
  target.rule =
    kind === 'count'
      ? { wholeNumber: { formula1: 0, operator: 'GreaterThanOrEqualTo' } }
      : kind === 'amount'
        ? { decimal: { formula1: 0, operator: 'GreaterThanOrEqualTo' } }
        : { wholeNumber: { formula1: -999999999, formula2: 999999999, operator: 'Between' } };
  target.ignoreBlanks = true;
  target.prompt = { showPrompt: true, title: text.promptTitle, message: text.prompt };
  target.errorAlert = { showAlert: true, style: 'Stop', title: text.errorTitle, message: text.error };
}

/**
 * Queues the print setup (ExcelApi 1.9): A4, titles, header naming the workbook and sheet, footer
 * numbering the pages, and one page wide. The fit goes last: were a host to refuse it, everything
 * queued before it has been applied, and the pane says the page setup was not accepted in full.
 */
export function queuePageSetup(sheet: Excel.Worksheet, page: TemplatePageSetup): void {
  const layout = sheet.pageLayout;
  layout.orientation = page.orientation === 'portrait' ? 'Portrait' : 'Landscape';
  layout.paperSize = page.paper;
  layout.centerHorizontally = true;
  layout.setPrintMargins('Inches', page.margins);
  layout.setPrintArea(address(page.printArea));
  layout.setPrintTitleRows(`$${page.printTitleRows.first + 1}:$${page.printTitleRows.last + 1}`);
  layout.headersFooters.defaultForAllPages.centerHeader = PAGE_HEADER;
  layout.headersFooters.defaultForAllPages.centerFooter = pageFooter('zh-CN');
  // A break is added above the given cell, i.e. before the template's 0-based row.
  for (const row of page.rowBreaks) if (row > 0) sheet.horizontalPageBreaks.add(`A${row + 1}`);
  // 0 pages tall = as many as it takes, as Excel's action recorder writes "Fit All Columns on One
  // Page". Left out, the height keeps the sheet's setting (1 page in a new sheet's Page Setup), which
  // may shrink the whole sheet onto one page.
  layout.zoom = { horizontalFitToPages: page.fitToWidth, verticalFitToPages: 0 };
}
