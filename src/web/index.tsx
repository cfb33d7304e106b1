/**
 * The browser page 审核台 (dist/web.html): the drop zone and the shell load first; the table, the
 * report view and, in the worker, the readers and the engine load on first use.
 */
import { createRoot } from 'react-dom/client';
import { useState } from 'react';
import type { Locale } from '../report/types';
import { localeFromDisplayLanguage } from '../taskpane/i18n';
import { WebApp } from './App';

const LOCALE_KEY = 'disclosureCheck.web.locale';

/** `?lang=en`, then the last choice on this machine, then the browser's language; Chinese by default. */
function initialLocale(): Locale {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked) return localeFromDisplayLanguage(asked);
  try {
    const saved = localStorage.getItem(LOCALE_KEY);
    if (saved === 'en' || saved === 'zh-CN') return saved;
  } catch {
    // Storage switched off: the browser's language decides.
  }
  return localeFromDisplayLanguage(navigator.language);
}

function Root() {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  return (
    <WebApp
      locale={locale}
      onLocaleChange={(next) => {
        setLocale(next);
        document.documentElement.lang = next;
        try {
          localStorage.setItem(LOCALE_KEY, next);
        } catch {
          // Not remembered; the choice still holds for this visit.
        }
      }}
    />
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Root />);
