/**
 * The slice of the Office.js globals the adapter uses. Production passes the real `Excel`/`Office`
 * globals; tests pass the model-backed double from test/support/excel-double.
 */
type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface OfficeGlobals {
  Excel: {
    run<T>(batch: Batch<T>): Promise<T>;
    run<T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
    /** Reuses an earlier request context (e.g. an event handler result's `context`, to remove it). */
    run<T>(context: OfficeExtension.ClientRequestContext, batch: Batch<T>): Promise<T>;
    /** The runtime's Worksheet class: an older cached office.js may lack members the host supports. */
    Worksheet?: { prototype: object };
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
