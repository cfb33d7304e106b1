/**
 * Which Office application the pane runs in, and what that changes. The pane is one React tree for
 * both hosts; the host picks the service, the API floor, a few labels (i18n/word.ts) and hides the
 * controls that mean nothing in a document (one body to check, no sheets to choose or add up).
 */
export type PaneHost = 'excel' | 'word';

/**
 * `Office.context.host` → the pane's host, null for any other application (PowerPoint, Outlook…)
 * or outside Office. At run time `Office.HostType` members are the strings 'Excel' and 'Word'
 * (the type declarations call it a numeric enum), so the value is compared as it arrives.
 */
export function paneHost(host: unknown): PaneHost | null {
  if (host === 'Excel') return 'excel';
  if (host === 'Word') return 'word';
  return null;
}

/** The requirement set below which the pane shows `officeTooOld` instead of itself. */
export interface ApiFloor {
  set: 'ExcelApi' | 'WordApi';
  version: string;
}

/**
 * Excel: 1.9 (getCellProperties, RangeAreas). Word: 1.1, enough to read the body as OOXML and list
 * findings; shading (1.3) and comments (1.4) are feature-detected by the Word service, which says
 * what it skipped.
 */
export const API_FLOOR: Record<PaneHost, ApiFloor> = {
  excel: { set: 'ExcelApi', version: '1.9' },
  word: { set: 'WordApi', version: '1.1' },
};

/** The controls that exist in one host only. */
export interface PaneFeatures {
  /** 校验整个工作簿 beside 校验当前工作表: a document is checked whole by its one button. */
  workbookScope: boolean;
  /** 汇总 adds a sheet summing department sheets: no sheets in a document. */
  consolidate: boolean;
  /**
   * 上年报告 in 校验选项: last year's report is another sheet of the workbook (chosen, or paired by
   * titles). A document is one report, so pairing finds nothing and the row would do nothing.
   */
  previousYear: boolean;
  /** 各工作表概况: one row per sheet, shown for a workbook check of several sheets. */
  sheetOverview: boolean;
  /**
   * 年度 and 机关名称 in 插入模板: they make the new sheet's title. In Word only the tables go in at
   * the cursor, under a title the document already has, so the fields would change nothing.
   */
  templateTitle: boolean;
}

export const PANE_FEATURES: Record<PaneHost, PaneFeatures> = {
  excel: {
    workbookScope: true,
    consolidate: true,
    previousYear: true,
    sheetOverview: true,
    templateTitle: true,
  },
  word: {
    workbookScope: false,
    consolidate: false,
    previousYear: false,
    sheetOverview: false,
    templateTitle: false,
  },
};
