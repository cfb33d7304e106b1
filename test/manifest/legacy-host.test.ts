/** @jest-environment ./test/support/dom-environment.js */
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
  userAgent?: string;
}

/** Loads the page body and runs the inline script against a host with the given features. */
function runIn(host: Host) {
  document.body.innerHTML = BODY; // scripts inserted this way do not run by themselves
  Object.defineProperty(document, 'documentMode', { value: host.documentMode, configurable: true });
  const win = {
    Promise: host.Promise,
    Map: host.Map,
    fetch: host.fetch,
    navigator: { userAgent: host.userAgent },
  };
  new Function('window', 'document', SCRIPT)(win, document);
  const shown = (id: string) => document.getElementById(id)?.style.display !== 'none';
  const message = document.getElementById('legacy-host');
  return { app: shown('root'), message: message?.style.display === 'block' };
}

// User agents as sent by the webviews (Chromium Edge says "Edg/", Edge Legacy "Edge/").
const WEBVIEW2 =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0';
const EDGE_HTML =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045';
const TRIDENT = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko';

const modern: Host = { Promise, Map, fetch: () => undefined, userAgent: WEBVIEW2 };

test('the script is present and parses as ES5', () => {
  expect(SCRIPT).toContain('legacy-host');
  expect(() => parse(SCRIPT, { ecmaVersion: 5 })).not.toThrow();
  // The ES5 parse above does reject newer syntax:
  expect(() => parse('(function () { const x = () => 1; })();', { ecmaVersion: 5 })).toThrow();
});

const OLD = { app: false, message: true };
test.each([
  ['WebView2 (Microsoft 365, Office 2021+)', modern, { app: true, message: false }],
  [
    'a browser without a user agent string',
    { ...modern, userAgent: undefined },
    { app: true, message: false },
  ],
  [
    'IE11 / Trident',
    { ...modern, Promise: undefined, fetch: undefined, documentMode: 11, userAgent: TRIDENT },
    OLD,
  ],
  ['IE11 even with Promise and fetch polyfills', { ...modern, documentMode: 11, userAgent: TRIDENT }, OLD],
  ['Edge Legacy / EdgeHTML (Office 2019 on Windows 10)', { ...modern, userAgent: EDGE_HTML }, OLD],
  ['an engine without Promise', { ...modern, Promise: undefined }, OLD],
  ['an engine without Map', { ...modern, Map: undefined }, OLD],
  ['an engine without fetch', { ...modern, fetch: undefined }, OLD],
])('%s', (_name, host, expected) => {
  expect(runIn(host)).toEqual(expected);
});

test('the message is Chinese first, English below, and names what is needed', () => {
  runIn({ ...modern, documentMode: 11 });
  const text = document.getElementById('legacy-host')?.textContent?.replace(/\s+/g, ' ') ?? '';
  const zh = text.search(/\p{Script=Han}/u);
  expect(zh).toBeGreaterThanOrEqual(0);
  expect(text.indexOf('This version of Office')).toBeGreaterThan(zh);
  for (const needed of [
    'Office 2021',
    'Microsoft 365',
    'Excel 网页版',
    'Word 网页版',
    'Excel or Word on the web',
  ]) {
    expect(text).toContain(needed);
  }
});
