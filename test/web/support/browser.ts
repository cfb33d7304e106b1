/**
 * What every browser the page supports has and Jest's jsdom environment lacks. Import it first in
 * a test file (CommonJS keeps import order), before modules that may use these while loading.
 */
import { TextDecoder, TextEncoder } from 'node:util';
import { lendBlobReading } from './blobs';

// The readers decode with TextDecoder; the CSV download is encoded with TextEncoder.
Object.assign(globalThis, { TextDecoder, TextEncoder });
lendBlobReading();
// Fluent UI measures some components with ResizeObserver.
window.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
