/**
 * The slice of the Office.js globals the Word adapter uses. Production passes the real `Word`/`Office`
 * globals; tests pass those of Microsoft's shipped Word runtime talking to a simulated host
 * (test/support/word-host).
 */
type Batch<T> = (context: Word.RequestContext) => Promise<T>;

export interface WordGlobals {
  Word: { run<T>(batch: Batch<T>): Promise<T> };
  Office: {
    context: {
      requirements: { isSetSupported(name: string, minVersion?: string): boolean };
      displayLanguage?: string;
    };
  };
}

/** Reads the globals lazily: Office.js is loaded by a script tag and may arrive after this module. */
export function globalWordHost(): WordGlobals {
  // Office.js defines `Word` and `Office` on the window; typing them as our narrow slice is safe.
  return globalThis as unknown as WordGlobals;
}
