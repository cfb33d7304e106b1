/**
 * Browser APIs that every browser the add-in and the page support has and Jest's jsdom environment
 * lacks, lent once for every test file (jest.config.js `setupFiles`, which run before the test file's
 * own imports). A no-op in the node environment, which has no window.
 */
import { TextDecoder, TextEncoder } from 'node:util';

if (typeof window !== 'undefined') {
  // jsdom does not expose them: the report readers decode with TextDecoder, the CSV download is
  // encoded with TextEncoder, and the Office/Word runtimes' own JSDOM (test/support/runtime-window.ts)
  // needs both while it loads.
  Object.assign(globalThis, { TextDecoder, TextEncoder });

  // jsdom has no ResizeObserver; Fluent UI (MessageBar, Tabs, Overflow) only uses it to choose a
  // layout, so an observer that never reports is enough.
  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
