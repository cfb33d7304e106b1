import type { OfficeGlobals } from './host';
import { detectFeatures, hasExcelApi, type ExcelFeatures } from './requirements';

/**
 * What inserting the template can use on this Excel. The template only needs ExcelApi 1.2 (add a
 * sheet, formulas, merges, formats, widths, unlocking); each newer set adds a feature.
 */
export interface TemplateFeatures {
  floor: boolean;
  conditionalFormats: boolean;
  freezePanes: boolean;
  validation: boolean;
  pageLayout: boolean;
  /** Workbook.protection (ExcelApi 1.7): a locked structure is told before anything is tried. */
  workbookProtection: boolean;
  /** The check's read path (and its features), for filling from the active sheet. */
  read: ExcelFeatures;
}

export const TEMPLATE_REQUIRED_API = '1.2';

export function detectTemplateFeatures(host: OfficeGlobals): TemplateFeatures {
  const has = (version: string) => hasExcelApi(host, version);
  return {
    floor: has(TEMPLATE_REQUIRED_API),
    conditionalFormats: has('1.6'),
    freezePanes: has('1.7'),
    validation: has('1.8'),
    pageLayout: has('1.9'),
    workbookProtection: has('1.7'),
    read: detectFeatures(host),
  };
}
