/** @jest-environment jsdom */
import { parse } from 'acorn';
import { readFileSync } from 'fs';
import path from 'path';

/**
 * The inline script of taskpane.html that tells IE11-based Office (volume-licensed Office 2016/2019) users
 * what to use instead. It is the only code such hosts run, so it must be ES5 and work on its own.
 */
const TEMPLATE = readFileSync(path.resolve(__dirname, '../../src/taskpane/taskpane.html'), 'utf8');
const SCRIPT = /<script id="legacy-host-check">([\s\S]*?)<\/script>/.exec(TEMPLATE)?.[1] ?? '';
const BODY = /<body>([\s\S]*)<\/body>/.exec(TEMPLATE)?.[1] ?? '';

interface Host {
  Promise?: unknown;
  Map?: unknown;
  fetch?: unknown;
  documentMode?: number;
}

/** Loads the page body and runs the inline script against a host with the given features. */
function runIn(host: Host) {
  document.body.innerHTML = BODY; // scripts inserted this way do not run by themselves
  Object.defineProperty(document, 'documentMode', { value: host.documentMode, configurable: true });
  const win = { Promise: host.Promise, Map: host.Map, fetch: host.fetch };
  new Function('window', 'document', SCRIPT)(win, document);
  const shown = (id: string) => document.getElementById(id)?.style.display !== 'none';
  const message = document.getElementById('legacy-host');
  return { app: shown('root'), message: message?.style.display === 'block' };
}

const modern: Host = { Promise, Map, fetch: () => undefined };

test('the script is present and parses as ES5', () => {
  expect(SCRIPT).toContain('legacy-host');
  expect(() => parse(SCRIPT, { ecmaVersion: 5 })).not.toThrow();
  // The ES5 parse above does reject newer syntax:
  expect(() => parse('(function () { const x = () => 1; })();', { ecmaVersion: 5 })).toThrow();
});

test.each([
  ['a modern engine (WebView2, Safari, Excel on the web)', modern, { app: true, message: false }],
  [
    'IE11 (Office 2016/2019 volume licence)',
    { ...modern, Promise: undefined, fetch: undefined, documentMode: 11 },
    { app: false, message: true },
  ],
  ['IE11 even with a Promise polyfill', { ...modern, documentMode: 11 }, { app: false, message: true }],
  ['an engine without Promise', { ...modern, Promise: undefined }, { app: false, message: true }],
  ['an engine without Map', { ...modern, Map: undefined }, { app: false, message: true }],
  ['an engine without fetch', { ...modern, fetch: undefined }, { app: false, message: true }],
])('%s', (_name, host, expected) => {
  expect(runIn(host)).toEqual(expected);
});

test('the message is Chinese first, English below, and names what is needed', () => {
  runIn({ ...modern, documentMode: 11 });
  const text = document.getElementById('legacy-host')?.textContent?.replace(/\s+/g, ' ') ?? '';
  const zh = text.search(/\p{Script=Han}/u);
  expect(zh).toBeGreaterThanOrEqual(0);
  expect(text.indexOf('This version of Office')).toBeGreaterThan(zh);
  for (const needed of ['Office 2021', 'Microsoft 365', 'Excel 网页版', 'Excel on the web']) {
    expect(text).toContain(needed);
  }
});
