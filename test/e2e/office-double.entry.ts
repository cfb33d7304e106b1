/**
 * Browser entry of the e2e test: stands in for Office.js in taskpane.html. The workbook is put in at
 * bundle time (DefinePlugin) and the double is left on `window` so the test can inspect Excel's state.
 */
import { createExcelDouble, installOfficeGlobals, type SheetModel } from '../support/excel-double';

declare const E2E_SHEETS: SheetModel[];
declare const E2E_DISPLAY_LANGUAGE: string;

const double = createExcelDouble(E2E_SHEETS);
installOfficeGlobals(window, double, { displayLanguage: E2E_DISPLAY_LANGUAGE });
Object.assign(window, { excelDouble: double });
