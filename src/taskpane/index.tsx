import { createRoot } from 'react-dom/client';
import type { WorkbookService } from '../office/types';
import { App } from './App';
import type { PaneHost } from './host';
import { localeFromDisplayLanguage } from './i18n';
import { lazyWorkbookService } from './lazy-service';
import { paneStartup } from './startup';

/**
 * The host's adapter and the whole engine, in a chunk of its own per host (webpack names each
 * literal import), loaded while the pane is already on screen: Word never downloads the Excel
 * adapter, nor Excel the Word one.
 */
function loadService(host: PaneHost): () => Promise<WorkbookService> {
  return host === 'word'
    ? () => import(/* webpackChunkName: "word-engine" */ '../word').then((m) => m.createWordDocumentService())
    : () => import(/* webpackChunkName: "engine" */ '../office').then((m) => m.createWorkbookService());
}

// onReady's info names the application even where Office.context.host is missing (older office.js).
Office.onReady((info) => {
  const root = document.getElementById('root');
  if (!root) return;
  const locale = localeFromDisplayLanguage(Office.context.displayLanguage);
  const start = paneStartup(
    info.host ?? Office.context.host,
    (set, version) => Office.context.requirements.isSetSupported(set, version),
    locale,
  );
  if ('message' in start) {
    root.textContent = start.message;
    return;
  }
  const service = lazyWorkbookService(loadService(start.host));
  createRoot(root).render(<App service={service} locale={locale} host={start.host} />);
});
