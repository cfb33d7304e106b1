/**
 * Renders the declarative report template (src/template) into an exceljs worksheet. It decides
 * nothing about the layout: every value, style, merge and rule comes from the Template.
 */
import * as ExcelJS from 'exceljs';
import { rangeA1, toA1 } from '../grid/a1';
import { FAIL_STYLE, STYLES, type CellStyle } from '../template/styles';
import type { Template, TemplateCell, TemplateValidation } from '../template/types';
import { applyPrintSetup } from './print-setup';

export interface RenderOptions {
  /** Protect the sheet (input cells stay editable); a password only when one is given. */
  protect?: { password?: string };
}

/** Adds the template as a new worksheet of `workbook`, named after the template (made unique). */
export async function addTemplateSheet(
  workbook: ExcelJS.Workbook,
  template: Template,
  options: RenderOptions = {},
): Promise<ExcelJS.Worksheet> {
  const ws = workbook.addWorksheet(uniqueName(workbook, template.sheetName), {
    views: [
      { state: 'frozen', xSplit: 0, ySplit: template.frozenRows, topLeftCell: toA1(template.frozenRows, 0) },
    ],
  });
  template.columnWidths.forEach((w, c) => (ws.getColumn(c + 1).width = w));
  template.rowHeights.forEach((h, r) => {
    if (h !== undefined) ws.getRow(r + 1).height = h;
  });
  for (const cell of template.cells) writeCell(ws.getCell(cell.row + 1, cell.col + 1), cell);
  for (const m of template.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const v of template.validations)
    ws.getCell(v.cell.row + 1, v.cell.col + 1).dataValidation = validation(v);
  template.conditionalFormats.forEach((cf, i) =>
    ws.addConditionalFormatting({
      ref: toA1(cf.cell.row, cf.cell.col),
      rules: [
        {
          type: 'expression',
          priority: i + 1,
          formulae: [cf.formula],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: FAIL_STYLE.fill } },
            font: { color: { argb: FAIL_STYLE.font }, bold: true },
          },
        },
      ],
    }),
  );
  pageSetup(ws, template);
  if (options.protect) {
    await ws.protect(options.protect.password ?? '', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
    });
  }
  return ws;
}

/** A workbook holding only the template sheet, as .xlsx bytes. */
export async function templateWorkbookBytes(
  template: Template,
  options: RenderOptions = {},
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'disclosure-check';
  // Formulas carry cached results; ask Excel to recalculate anyway when the file is opened.
  workbook.calcProperties = { fullCalcOnLoad: true };
  await addTemplateSheet(workbook, template, options);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** `年报模板`, or `年报模板 (2)` and so on when the workbook already has one. */
export function uniqueName(workbook: ExcelJS.Workbook, base: string): string {
  const taken = new Set(workbook.worksheets.map((w) => w.name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base} (${n})`.toLowerCase())) return `${base} (${n})`;
}

function writeCell(target: ExcelJS.Cell, cell: TemplateCell): void {
  if (cell.formula !== undefined) {
    const result = cell.result ?? undefined;
    target.value = { formula: cell.formula, result } as ExcelJS.CellFormulaValue;
  } else if (cell.value !== undefined && cell.value !== null) {
    target.value = cell.value;
  }
  applyStyle(target, STYLES[cell.style]);
  if (cell.unlocked) target.protection = { locked: false };
}

function applyStyle(target: ExcelJS.Cell, style: CellStyle): void {
  target.font = {
    name: style.font.name,
    size: style.font.size,
    bold: style.font.bold,
    color: style.font.color ? { argb: style.font.color } : undefined,
    charset: 134, // GB2312: lets Excel pick the CJK face when the named font is missing
  };
  target.alignment = { horizontal: style.horizontal, vertical: style.vertical, wrapText: style.wrap };
  if (style.fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: style.fill } };
  if (style.border) {
    const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
    target.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (style.numFmt) target.numFmt = style.numFmt;
}

function validation(v: TemplateValidation): ExcelJS.DataValidation {
  const messages = {
    allowBlank: true,
    showInputMessage: true,
    promptTitle: v.promptTitle,
    prompt: v.prompt,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: v.errorTitle,
    error: v.error,
  };
  switch (v.kind) {
    case 'count':
      return { type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], ...messages };
    case 'amount':
      return { type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0], ...messages };
    case 'delta':
      return { type: 'whole', operator: 'between', formulae: [-999999999, 999999999], ...messages };
  }
}

function pageSetup(ws: ExcelJS.Worksheet, template: Template): void {
  const p = template.page;
  const area = p.printArea;
  applyPrintSetup(ws, {
    orientation: p.orientation,
    margins: p.margins,
    horizontalCentered: true,
    printArea: rangeA1(area.top, area.left, area.bottom, area.right),
    titleRows: { first: p.printTitleRows.first + 1, last: p.printTitleRows.last + 1 },
  });
  // exceljs puts a break after the row it is called on (1-based), i.e. before our 0-based row.
  for (const row of p.rowBreaks) if (row > 0) ws.getRow(row).addPageBreak();
}
