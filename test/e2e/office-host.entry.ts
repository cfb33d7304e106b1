/**
 * Browser entry of the e2e test, appended to Microsoft's Excel web runtime (excel-web-16.00.js) in the
 * script taskpane.html loads in place of Office.js: the runtime is real, the host behind it is simulated
 * with Excel on the web's limits. The workbook is put in at bundle time (DefinePlugin) and the host is
 * left on `window` so the test can inspect Excel's state.
 */
import {
  attachHost,
  createExcelHost,
  WEB_PAYLOAD_LIMIT,
  type RuntimeWindow,
  type SheetModel,
} from '../support/excel-host';

declare const E2E_SHEETS: SheetModel[];
declare const E2E_DISPLAY_LANGUAGE: string;

const host = createExcelHost(E2E_SHEETS, { maxPayloadBytes: WEB_PAYLOAD_LIMIT, webMergeQuirk: true });
attachHost(window as unknown as RuntimeWindow, host, { displayLanguage: E2E_DISPLAY_LANGUAGE });
Object.assign(window, { excelHost: host });
