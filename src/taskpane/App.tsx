import { FluentProvider, makeStyles, Spinner, tokens, webLightTheme } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import type { CheckRequest, WorkbookService } from '../office/types';
import type { Locale } from '../report/types';
import { Actions } from './components/Actions';
import { NoFindings, NoTableFound } from './components/EmptyStates';
import { IndicatorsSummary } from './components/IndicatorsSummary';
import {
  DegradedBar,
  EarlierMarksBar,
  FailureBar,
  SuccessBar,
  UnmatchedReviewsBar,
} from './components/Notices';
import { Progress } from './components/Progress';
import { SheetOverview } from './components/SheetOverview';
import { TemplateResult } from './components/TemplateResult';
import { ConsolidateResult } from './components/ConsolidateResult';
import { CheckOptions } from './components/CheckOptions';
import { Verdict } from './components/Verdict';
import { PANE_FEATURES, type PaneHost } from './host';
import { translator } from './i18n';
import { I18nProvider, useI18n } from './i18n/context';
import { useChecker } from './use-checker';
import { useDialog } from './use-dialog';

// Shown only after a check or on 插入模板: kept out of the pane's first chunk (the findings list
// brings the rule catalog, the dialog Fluent's form controls).
const FindingsList = lazy(() =>
  import('./components/FindingsList').then((m) => ({ default: m.FindingsList })),
);
const ConsolidateDialog = lazy(() =>
  import('./components/ConsolidateDialog').then((m) => ({ default: m.ConsolidateDialog })),
);
const TemplateDialog = lazy(() =>
  import('./components/TemplateDialog').then((m) => ({ default: m.TemplateDialog })),
);

export interface AppProps {
  service: WorkbookService;
  locale: Locale;
  /** The application the pane runs in: its labels, and the controls only Excel has. Default Excel. */
  host?: PaneHost;
  /** The year the template dialog offers first; default: last year. */
  templateYear?: number;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: '10px',
    padding: '12px',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground3 },
});

export function App({ service, locale, host = 'excel', templateYear }: AppProps) {
  const i18n = useMemo(() => translator(locale, host), [locale, host]);
  return (
    <FluentProvider theme={webLightTheme} lang={locale}>
      <I18nProvider value={i18n}>
        <TaskPane service={service} locale={locale} host={host} templateYear={templateYear} />
      </I18nProvider>
    </FluentProvider>
  );
}

function TaskPane({ service, locale, host = 'excel', templateYear }: AppProps) {
  const styles = useStyles();
  const features = PANE_FEATURES[host];
  const { t, text } = useI18n();
  const [request, setRequest] = useState<CheckRequest>({});
  const checker = useChecker(service, locale, request);
  const { busy, result, failure, addingContent, reviewing } = checker;
  // The report as the pane shows it: accepted findings out of the counts, the verdict and the list.
  const report = checker.reviewed;
  const template = useDialog();
  const consolidate = useDialog();
  const loadSheets = useCallback(() => service.listSheets(), [service]);

  return (
    <main className={styles.root}>
      <h1 className={styles.title}>{t('appTitle')}</h1>
      <Actions
        busy={busy !== null || addingContent || reviewing}
        hasMarks={checker.hasMarks}
        onCheck={(scope) => void checker.check(scope)}
        onClearMarks={() => void checker.clearMarks()}
        onInsertTemplate={template.show}
        onConsolidate={features.consolidate ? consolidate.show : undefined}
        workbookScope={features.workbookScope}
      />
      <CheckOptions
        request={request}
        busy={busy !== null}
        loadSheets={loadSheets}
        onChange={setRequest}
        previousYear={features.previousYear}
      />
      <div aria-live="polite">{busy && <Progress task={busy} />}</div>
      {failure && <FailureBar failure={failure} onDismiss={checker.dismissFailure} />}
      {checker.notice?.kind === 'cleared' && (
        <SuccessBar
          message={t('marksCleared', { count: checker.notice.count })}
          warnings={[
            ...checker.notice.missing.map((m) => t('marksNotFound', { sheet: m.sheet, count: m.cells })),
            ...(checker.notice.keptComments.length
              ? [
                  t('commentsKept', {
                    cells: checker.notice.keptComments.join(locale === 'en' ? ', ' : '、'),
                  }),
                ]
              : []),
            ...checker.notice.notes.map(text),
          ]}
        />
      )}
      {checker.notice?.kind === 'template' && <TemplateResult result={checker.notice.result} />}
      {checker.notice?.kind === 'consolidated' && <ConsolidateResult result={checker.notice.result} />}
      {features.consolidate && consolidate.mounted && (
        <Suspense fallback={null}>
          <ConsolidateDialog
            key={consolidate.key}
            open={consolidate.open}
            busy={addingContent}
            loadSheets={loadSheets}
            onCancel={consolidate.hide}
            onConfirm={(choice) =>
              checker.consolidate(choice).then((duplicates) => {
                if (!duplicates) consolidate.hide();
                return duplicates;
              })
            }
          />
        </Suspense>
      )}
      {template.mounted && (
        <Suspense fallback={null}>
          <TemplateDialog
            key={template.key}
            open={template.open}
            busy={addingContent}
            defaultYear={templateYear}
            titleFields={features.templateTitle}
            onCancel={template.hide}
            onConfirm={(options) => void checker.insertTemplate(options).then(template.hide)}
          />
        </Suspense>
      )}
      {checker.marksFromEarlier && (
        <EarlierMarksBar busy={busy !== null} onClearMarks={() => void checker.clearMarks()} />
      )}
      {!result && !busy && <p className={styles.intro}>{t('intro')}</p>}
      {result && report && (
        <>
          <Verdict
            result={result}
            report={report}
            stale={checker.stale}
            busy={busy !== null}
            onRecheck={() => void checker.recheck()}
          />
          <DegradedBar notes={result.degraded} />
          {report.unmatched.length > 0 && (
            <UnmatchedReviewsBar
              count={report.unmatched.length}
              busy={busy !== null || reviewing}
              onRemove={() => void checker.unaccept(report.unmatched.map((a) => a.fingerprint))}
            />
          )}
          {features.sheetOverview && report.sheets.length > 1 && report.sheetSummaries && (
            <SheetOverview
              summaries={report.sheetSummaries}
              onOpenSheet={(sheet) => {
                const first = report.findings.find((f) => f.sheet === sheet);
                if (first) void checker.select(first);
              }}
            />
          )}
          <IndicatorsSummary summaries={report.sheetSummaries} />
          {report.tables.length === 0 && (
            <NoTableFound report={report} busy={busy !== null} onInsertTemplate={template.show} />
          )}
          {report.tables.length > 0 && report.findings.length === 0 && (
            <NoFindings report={report} accepted={report.accepted.length} />
          )}
          {report.tables.length > 0 && (report.findings.length > 0 || report.accepted.length > 0) && (
            <Suspense fallback={<Spinner size="tiny" label={t('loading')} />}>
              <FindingsList
                findings={report.findings}
                accepted={report.accepted}
                withSheet={report.sheets.length > 1}
                selected={checker.selected}
                busy={busy !== null || reviewing}
                onSelect={(finding) => void checker.select(finding)}
                onSelectCell={(finding, address) => void checker.selectCell(finding, address)}
                onAccept={checker.accept}
                onUnaccept={(finding) => void checker.unaccept([finding.fingerprint])}
              />
            </Suspense>
          )}
        </>
      )}
    </main>
  );
}
