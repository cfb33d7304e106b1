/**
 * Loads one of Microsoft's shipped Word runtimes (`@microsoft/office-js/dist/word-*.js`) into a
 * fresh jsdom window and connects it to a simulated Word host. Node only (Jest); the browser e2e
 * loads the same file with a script tag and calls attachWordHost itself.
 */
import type { WordGlobals } from '../../../src/word/host';
import { runtimeWindow } from '../runtime-window';
import type { RuntimeWindow } from '../excel-host/index';
import {
  attachWordHost,
  createWordHost,
  RUNTIME_FILES,
  type WordFlavour,
  type WordHost,
  type WordHostOptions,
} from '.';

export interface ConnectedWord {
  host: WordHost;
  /** `Word` and `Office` of the runtime's window, as the add-in receives them. */
  globals: WordGlobals;
  window: RuntimeWindow & Window;
}

/**
 * A new window running the real Word runtime of `flavour`, talking to `host` (or to a new host over
 * the flat OPC package `hostOrPackage`). Desktop flavours truncate custom property values as desktop
 * Word does unless the options say otherwise.
 */
export function connectWordRuntime(
  flavour: WordFlavour,
  hostOrPackage: WordHost | string,
  options: WordHostOptions & { displayLanguage?: string } = {},
): ConnectedWord {
  const runtime = runtimeWindow(RUNTIME_FILES[flavour]);
  const win = runtime.window as unknown as RuntimeWindow & Window;
  const xml = runtime.xml;
  const host =
    typeof hostOrPackage === 'string'
      ? createWordHost(hostOrPackage, {
          xml,
          truncateCustomProperties: flavour !== 'web',
          ...options,
        })
      : hostOrPackage;
  attachWordHost(win, host, { displayLanguage: options.displayLanguage, flavour });
  return { host, globals: win as unknown as WordGlobals, window: win };
}
