/**
 * A fresh jsdom window that has run one of Microsoft's shipped runtime files
 * (`@microsoft/office-js/dist/<file>`), as a task pane page would after its script tag. Node only;
 * shared by the Excel and Word hosts' connectors and the API coverage tests. Each file is read once.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const sources = new Map<string, string>();

function runtimeSource(file: string): string {
  let source = sources.get(file);
  if (source === undefined) {
    source = readFileSync(require.resolve(`@microsoft/office-js/dist/${file}`), 'utf8');
    sources.set(file, source);
  }
  return source;
}

export interface RuntimeDom {
  /** The window, with the runtime's globals (`Excel` or `Word`, `Office`, `OSF`, …) on it. */
  window: Window & Record<string, unknown>;
  /** The window's own XML classes (a host parses its document with them). */
  xml: { DOMParser: typeof DOMParser; XMLSerializer: typeof XMLSerializer };
}

export function runtimeWindow(file: string): RuntimeDom {
  const dom = new JSDOM('<!doctype html><html><body></body></html>', {
    runScripts: 'outside-only',
    url: 'https://localhost/taskpane.html',
  });
  const win = dom.window as unknown as Window & Record<string, unknown> & { eval(source: string): unknown };
  win.eval(runtimeSource(file));
  return {
    window: win,
    xml: { DOMParser: dom.window.DOMParser, XMLSerializer: dom.window.XMLSerializer },
  };
}
