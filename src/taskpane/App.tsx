import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { WorkbookService } from '../office/types';
import type { Locale } from '../report/types';
import { translator } from './i18n';

export interface AppProps {
  service: WorkbookService;
  locale: Locale;
  /** Wired by the template feature; without it the 插入模板 button is shown disabled. */
  onInsertTemplate?: () => void;
}

export function App({ locale }: AppProps) {
  const i18n = translator(locale);
  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <main>{i18n.t('appTitle')}</main>
    </FluentProvider>
  );
}
