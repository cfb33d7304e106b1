/**
 * Loads one of Microsoft's shipped Word runtimes (`@microsoft/office-js/dist/word-*.js`) into a
 * fresh jsdom window and connects it to a simulated Word host. Node only (Jest); the browser e2e
 * loads the same file with a script tag and calls attachWordHost itself.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import type { WordGlobals } from '../../../src/word/host';
import type { RuntimeWindow } from '../excel-host/index';
import {
  attachWordHost,
  createWordHost,
  RUNTIME_FILES,
  type WordFlavour,
  type WordHost,
  type WordHostOptions,
} from '.';

const sources = new Map<WordFlavour, string>();

function runtimeSource(flavour: WordFlavour): string {
  let source = sources.get(flavour);
  if (!source) {
    source = readFileSync(require.resolve(`@microsoft/office-js/dist/${RUNTIME_FILES[flavour]}`), 'utf8');
    sources.set(flavour, source);
  }
  return source;
}

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
  const dom = new JSDOM('<!doctype html><html><body></body></html>', {
    runScripts: 'outside-only',
    url: 'https://localhost/taskpane.html',
  });
  const win = dom.window as unknown as RuntimeWindow & Window & { eval(source: string): unknown };
  win.eval(runtimeSource(flavour));
  const xml = { DOMParser: dom.window.DOMParser, XMLSerializer: dom.window.XMLSerializer };
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
