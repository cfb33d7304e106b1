import { createContext, useContext, type ReactNode } from 'react';
import { translator, type Translator } from './index';

const I18nContext = createContext<Translator>(translator('zh-CN'));

export function I18nProvider({ value, children }: { value: Translator; children: ReactNode }) {
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The UI locale's messages; Chinese when no provider is present. */
export function useI18n(): Translator {
  return useContext(I18nContext);
}
