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

export function detectFeatures(host: OfficeGlobals): ExcelFeatures {
  const has = (version: string) => hasExcelApi(host, version);
  return {
    base: has(REQUIRED_API),
    delayForCellEdit: has('1.11'),
    comments: has('1.10'),
    merges: has('1.13'),
    notes: has('1.18'),
  };
}
