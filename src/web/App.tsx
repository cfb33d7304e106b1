import {
  Button,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { ArrowDownload20Regular, Delete20Regular, LocalLanguage20Regular } from '@fluentui/react-icons';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import type { Locale } from '../report/types';
import { translator } from '../taskpane/i18n';
import { I18nProvider, useI18n } from '../taskpane/i18n/context';
import { BatchProgress } from './components/BatchProgress';
import { DropZone } from './components/DropZone';
import { wordsOf } from './i18n';
import { pageWords } from './i18n/page';
import type { CheckerPool } from './pool';
import { useBatch } from './use-batch';
import { useDownloads, type DownloadState } from './use-downloads';

// Shown once files are in: kept out of the first chunk, which only has to draw the drop zone.
const BatchTable = lazy(() => import('./components/BatchTable').then((m) => ({ default: m.BatchTable })));
const ReportView = lazy(() => import('./components/ReportView').then((m) => ({ default: m.ReportView })));
const ExpectedList = lazy(() =>
  import('./components/ExpectedList').then((m) => ({ default: m.ExpectedList })),
);
const BatchDownloads = lazy(() =>
  import('./components/BatchDownloads').then((m) => ({ default: m.BatchDownloads })),
);

export interface WebAppProps {
  locale: Locale;
  onLocaleChange?(locale: Locale): void;
  /** The checking workers; tests pass their own. */
  pool?: CheckerPool;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: '12px',
    maxWidth: '1600px',
    margin: '0 auto',
    padding: '16px 20px 40px',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '8px' },
  title: { margin: 0, fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold, flexGrow: 1 },
  subtitle: { margin: 0, color: tokens.colorNeutralForeground3 },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '8px' },
  hidden: { display: 'none' },
});

export function WebApp({ locale, onLocaleChange, pool }: WebAppProps) {
  const i18n = useMemo(() => translator(locale), [locale]);
  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <I18nProvider value={i18n}>
        <ReviewDesk locale={locale} onLocaleChange={onLocaleChange} pool={pool} />
      </I18nProvider>
    </FluentProvider>
  );
}

function ReviewDesk({ locale, onLocaleChange, pool }: WebAppProps) {
  const styles = useStyles();
  const w = wordsOf(pageWords, locale);
  const { t } = useI18n();
  const batch = useBatch(locale, pool);
  const downloads = useDownloads(batch.pool, locale, batch.bytesOf);
  const [expected, setExpected] = useState<string[]>([]);
  const [selectedIds, setSelectedIds] = useState<Set<number>>(new Set());
  const [openId, setOpenId] = useState<number | null>(null);
  // Opened from the table (with 返回列表), or directly because one file was dropped.
  const [openedFromTable, setOpenedFromTable] = useState(false);
  const { files, progress } = batch;
  const open = files.find((f) => f.id === openId) ?? null;
  const selected = files.filter((f) => selectedIds.has(f.id));

  // A single department checking its own report (one file given to an empty page): the report
  // itself, not a table of one row. Not after a cancel that happened to leave one file.
  const [single, setSingle] = useState(false);
  useEffect(() => {
    if (single && progress === null && files.length === 1 && openId === null) {
      setOpenId(files[0].id);
      setOpenedFromTable(false);
      setSingle(false);
    }
  }, [single, progress, files, openId]);

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>{w('title')}</h1>
        <Button
          icon={<ArrowDownload20Regular />}
          disabled={downloads.busy}
          onClick={() => void downloads.template(null)}
        >
          {w('blankTemplate')}
        </Button>
        {onLocaleChange && (
          <Button
            icon={<LocalLanguage20Regular />}
            appearance="subtle"
            onClick={() => onLocaleChange(locale === 'en' ? 'zh-CN' : 'en')}
          >
            {w('language')}
          </Button>
        )}
      </header>
      <p className={styles.subtitle}>{w('subtitle')}</p>
      <DropZone
        locale={locale}
        compact={files.length > 0 || progress !== null}
        disabled={progress !== null}
        onFiles={(picked) => {
          if (picked.length === 0) return;
          setSingle(files.length === 0 && picked.length === 1);
          // More files than one: the table, not a single report.
          if (files.length + picked.length > 1) setOpenId(null);
          void batch.add(picked);
        }}
      />
      {progress && <BatchProgress progress={progress} locale={locale} onCancel={batch.cancel} />}
      {batch.cancelled > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{w('cancelled', { count: batch.cancelled })}</MessageBarBody>
        </MessageBar>
      )}
      {downloads.state && <DownloadLine state={downloads.state} locale={locale} />}
      <Suspense fallback={<Spinner size="tiny" label={t('loading')} />}>
        {files.length > 0 && (
          <div className={open ? styles.hidden : undefined}>
            <div className={styles.toolbar}>
              <ExpectedList locale={locale} expected={expected} onChange={setExpected} />
              <BatchDownloads
                locale={locale}
                files={files}
                selected={selected}
                downloads={downloads}
                disabled={downloads.busy || progress !== null}
              />
              <Button
                icon={<Delete20Regular />}
                appearance="subtle"
                onClick={() => {
                  batch.clear();
                  setOpenId(null);
                  setSelectedIds(new Set());
                }}
              >
                {w('clearBatch')}
              </Button>
            </div>
            <BatchTable
              files={files}
              expected={expected}
              locale={locale}
              selectedIds={selectedIds}
              onSelectionChange={setSelectedIds}
              onOpen={(file) => {
                setOpenId(file.id);
                setOpenedFromTable(true);
              }}
              activeId={openId}
            />
          </div>
        )}
        {open && (
          <ReportView
            key={open.id}
            file={open}
            locale={locale}
            downloads={downloads}
            onBack={openedFromTable || files.length > 1 ? () => setOpenId(null) : null}
            onAccept={(finding, reason) => batch.accept(open, finding, reason)}
            onUnaccept={(fingerprints) => batch.unaccept(open, fingerprints)}
          />
        )}
      </Suspense>
    </main>
  );
}

function DownloadLine({ state, locale }: { state: DownloadState; locale: Locale }) {
  const w = wordsOf(pageWords, locale);
  if (state.kind === 'making')
    return <Spinner size="tiny" labelPosition="after" label={w('making', { file: state.file })} />;
  return (
    <MessageBar
      intent={state.kind === 'made' ? 'success' : 'error'}
      data-testid="download-state"
      data-state={state.kind}
    >
      <MessageBarBody>
        {state.kind === 'made'
          ? `${w('made', { file: state.file })}${state.summary ? ` ${state.summary}` : ''}`
          : w('madeFailed', { file: state.file, message: state.message })}
      </MessageBarBody>
    </MessageBar>
  );
}
