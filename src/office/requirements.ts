import type { OfficeGlobals } from './host';

/** What this Excel can do, from `isSetSupported`. ExcelApi 1.9 is the floor (getCellProperties, RangeAreas). */
export interface ExcelFeatures {
  base: boolean;
  /** Excel.RunOptions.delayForCellEdit: queue batches while the user edits a cell. */
  delayForCellEdit: boolean;
  comments: boolean;
  merges: boolean;
  notes: boolean;
}

export const REQUIRED_API = '1.9';

/** Whether the host supports an ExcelApi version; a host that cannot say counts as no. */
export function hasExcelApi(host: OfficeGlobals, version: string): boolean {
  try {
    return host.Office.context.requirements.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}

function runtimeHas(host: OfficeGlobals, member: string): boolean {
  const prototype = host.Excel.Worksheet?.prototype;
  return prototype !== undefined && member in prototype;
}

export function detectFeatures(host: OfficeGlobals): ExcelFeatures {
  const has = (version: string) => hasExcelApi(host, version);
  return {
    base: has(REQUIRED_API),
    delayForCellEdit: has('1.11'),
    comments: has('1.10'),
    merges: has('1.13'),
    // Worksheet.notes needs the host (ExcelApi 1.18) and a runtime that has it: office.js files older
    // than the host (a cached or bundled copy, such as @microsoft/office-js 1.1.110) lack the property.
    notes: has('1.18') && runtimeHas(host, 'notes'),
  };
}
