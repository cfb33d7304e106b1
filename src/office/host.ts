/**
 * The slice of the Office.js globals the adapter uses. Production passes the real `Excel`/`Office`
 * globals; tests pass the model-backed double from test/support/excel-double.
 */
type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface OfficeGlobals {
  Excel: {
    run<T>(batch: Batch<T>): Promise<T>;
    run<T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
    /** Reuses the context of an earlier object (e.g. an event handler result, to remove it). */
    run<T>(object: { context: unknown }, batch: Batch<T>): Promise<T>;
  };
  Office: {
    context: {
      requirements: { isSetSupported(name: string, minVersion?: string): boolean };
      displayLanguage?: string;
    };
  };
}

/** Reads the globals lazily: Office.js is loaded by a script tag and may arrive after this module. */
export function globalOfficeHost(): OfficeGlobals {
  // Office.js defines `Excel` and `Office` on the window; typing them as our narrow slice is safe.
  return globalThis as unknown as OfficeGlobals;
}
