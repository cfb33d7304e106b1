import { globalOfficeHost, type OfficeGlobals } from './host';
import type { WorkbookService } from './types';
import { ExcelWorkbookService } from './service';

export type { OfficeGlobals } from './host';
export * from './types';

/** The task pane's WorkbookService over Excel.run; `host` is injected by tests, else the globals. */
export function createWorkbookService(host?: OfficeGlobals): WorkbookService {
  return new ExcelWorkbookService(host ?? globalOfficeHost());
}
