/**
 * Browser entry of the Word e2e test, appended to Microsoft's Word web runtime (word-web-16.00.js)
 * in the script taskpane.html loads in place of Office.js: the runtime is real, the Word host behind
 * it is simulated over the window's own DOMParser. The document (flat OPC, made from a LibreOffice
 * .docx in Node, since flat-opc.ts needs Buffer) is put in at bundle time (DefinePlugin), and the host
 * is left on `window` so the test can inspect the document.
 */
import { attachWordHost, createWordHost, WEB_PAYLOAD_LIMIT } from '../support/word-host';
import type { RuntimeWindow } from '../support/excel-host';

declare const E2E_PACKAGE: string;
declare const E2E_DISPLAY_LANGUAGE: string;

const host = createWordHost(E2E_PACKAGE, { maxPayloadBytes: WEB_PAYLOAD_LIMIT, userName: '张三' });
attachWordHost(window as unknown as RuntimeWindow, host, {
  displayLanguage: E2E_DISPLAY_LANGUAGE,
  flavour: 'web',
});
Object.assign(window, { wordHost: host });
