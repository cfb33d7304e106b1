import { createRoot } from 'react-dom/client';
import { App } from './App';
import { localeFromDisplayLanguage, translator } from './i18n';
import { lazyWorkbookService } from './lazy-service';

/** ExcelApi 1.9 is the floor the app needs at run time; older hosts get a plain message instead. */
const REQUIRED_EXCEL_API = '1.9';

Office.onReady(() => {
  const root = document.getElementById('root');
  if (!root) return;
  const locale = localeFromDisplayLanguage(Office.context.displayLanguage);
  if (!Office.context.requirements.isSetSupported('ExcelApi', REQUIRED_EXCEL_API)) {
    root.textContent = translator(locale).t('officeTooOld');
    return;
  }
  // The adapter and the engine arrive in a second chunk while the pane is already on screen.
  const service = lazyWorkbookService(() =>
    import(/* webpackChunkName: "engine" */ '../office').then((m) => m.createWorkbookService()),
  );
  createRoot(root).render(<App service={service} locale={locale} />);
});
