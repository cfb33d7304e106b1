/**
 * Loads Microsoft's shipped Excel runtime (`@microsoft/office-js/dist/excel-*.js`) into a fresh jsdom
 * window and connects it to a simulated host. Node only (Jest); the browser e2e loads the same file
 * with a script tag and calls attachHost itself.
 */
import type { OfficeGlobals } from '../../../src/office';
import { runtimeWindow } from '../runtime-window';
import {
  attachHost,
  createExcelHost,
  RUNTIME_FILES,
  type ExcelHost,
  type ExcelHostOptions,
  type Flavour,
  type RuntimeWindow,
  type SheetModel,
} from '.';

export interface Connected {
  host: ExcelHost;
  /** `Excel` and `Office` of the runtime's window, as the add-in receives them. */
  globals: OfficeGlobals;
  window: RuntimeWindow & Window;
}

/** A new window running the real runtime of `flavour`, talking to `host` (a new one over `sheets`). */
export function connectRuntime(
  flavour: Flavour,
  sheets: readonly SheetModel[] | ExcelHost,
  options: ExcelHostOptions & { displayLanguage?: string } = {},
): Connected {
  const win = runtimeWindow(RUNTIME_FILES[flavour]).window as unknown as RuntimeWindow & Window;
  const host = Array.isArray(sheets)
    ? createExcelHost(sheets as SheetModel[], options)
    : (sheets as ExcelHost);
  attachHost(win, host, { displayLanguage: options.displayLanguage });
  return { host, globals: win as unknown as OfficeGlobals, window: win };
}
