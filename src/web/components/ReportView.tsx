import {
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowLeft20Regular,
  DocumentCheckmark20Regular,
  TableSimple20Regular,
  TextBulletListSquare20Regular,
} from '@fluentui/react-icons';
import { useCallback, useMemo, useState } from 'react';
import type { Finding, Locale } from '../../report/types';
import { partlyMissing, tableNames, verdictOf } from '../../report/verdict';
import { FindingsList } from '../../taskpane/components/FindingsList';
import { useI18n } from '../../taskpane/i18n/context';
import { sizeText } from '../download';
import { wordsOf } from '../i18n';
import { pageWords } from '../i18n/page';
import type { CheckedFile } from '../types';
import type { Downloads } from '../use-downloads';
import { GridView } from './GridView';

export interface ReportViewProps {
  file: CheckedFile;
  locale: Locale;
  downloads: Downloads;
  /** Shown when the view came from the batch table. */
  onBack: (() => void) | null;
  onAccept(finding: Finding, reason: string): void;
  onUnaccept(fingerprints: readonly string[]): void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px' },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '8px' },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, flexGrow: 1 },
  facts: { margin: 0, color: tokens.colorNeutralForeground3 },
  body: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 3fr) minmax(320px, 2fr)',
    gap: '16px',
    alignItems: 'start',
  },
  panel: { minWidth: 0 },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: '0 0 6px' },
  findings: { position: 'sticky', top: '8px', maxHeight: 'calc(100vh - 16px)', overflowY: 'auto' },
});

/** One report: verdict, downloads, its grids with the marks, and the findings list of the pane. */
export function ReportView({ file, locale, downloads, onBack, onAccept, onUnaccept }: ReportViewProps) {
  const styles = useStyles();
  const w = wordsOf(pageWords, locale);
  const { t } = useI18n();
  const report = file.report;
  const [selected, setSelected] = useState<{ sheet: string; address: string } | null>(null);
  const [selectedFinding, setSelectedFinding] = useState<Finding | null>(null);
  const select = useCallback((finding: Finding) => {
    setSelectedFinding(finding);
    setSelected({ sheet: finding.sheet, address: finding.address });
  }, []);
  const findings = useMemo(() => report?.findings ?? [], [report]);
  const verdict = report ? verdictOf(report) : null;
  const headline =
    verdict === 'pass'
      ? t('verdictPass')
      : verdict === 'fail'
        ? t('verdictFail')
        : verdict === 'partial' && report
          ? t('verdictPartial', { tables: tableNames(partlyMissing(report), locale) })
          : verdict === 'no-table'
            ? t('verdictNoTable')
            : w('unreadableTitle');

  return (
    <section
      className={styles.root}
      aria-label={file.name}
      data-report={file.name}
      data-verdict={verdict ?? 'unreadable'}
    >
      <div className={styles.head}>
        {onBack && (
          <Button icon={<ArrowLeft20Regular />} onClick={onBack}>
            {w('back')}
          </Button>
        )}
        <h2 className={styles.title}>
          {file.body ? `${file.body}${file.year ? ` · ${file.year}` : ''}` : file.name}
        </h2>
        {report && (
          <Button
            icon={<DocumentCheckmark20Regular />}
            disabled={downloads.busy}
            onClick={() => void downloads.annotated(file)}
          >
            {w('annotated')}
          </Button>
        )}
        <Button
          icon={<TextBulletListSquare20Regular />}
          disabled={downloads.busy}
          onClick={() => void downloads.opinion(file)}
        >
          {w('opinion')}
        </Button>
        {report && report.tables.length > 0 && (
          <Button
            icon={<TableSimple20Regular />}
            disabled={downloads.busy}
            onClick={() => void downloads.template(file)}
          >
            {w('filledTemplate')}
          </Button>
        )}
      </div>
      <p className={styles.facts}>
        {file.path} · {w('fileFacts', { format: file.format ?? '—', size: sizeText(file.size) })}
        {file.previous ? ` · ${w('previousUsed', { file: file.previous })}` : ''}
      </p>
      <MessageBar
        intent={verdict === 'pass' ? 'success' : verdict === 'fail' || !report ? 'error' : 'warning'}
      >
        <MessageBarBody>
          <MessageBarTitle>{headline}</MessageBarTitle>
          {report && (
            <>
              <Badge appearance="tint" color="danger">
                {t('errorCount', { count: report.errors })}
              </Badge>{' '}
              <Badge appearance="tint" color="warning">
                {t('warningCount', { count: report.warnings })}
              </Badge>
            </>
          )}
          {!report && file.error}
        </MessageBarBody>
      </MessageBar>
      {file.notices.map((notice) => (
        <MessageBar key={notice} intent="info">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ))}
      {report && (
        <div className={styles.body}>
          <div className={styles.panel}>
            <h3 className={styles.heading}>{w('sheetsShown')}</h3>
            <GridView
              grids={file.grids}
              findings={findings}
              selected={selected}
              locale={locale}
              onCellClick={(sheet, address) => {
                setSelected({ sheet, address });
                const hit = findings.find(
                  (f) =>
                    f.sheet === sheet &&
                    (f.address === address || f.parts?.some((p) => p.address === address)),
                );
                setSelectedFinding(hit ?? null);
              }}
            />
          </div>
          <div className={`${styles.panel} ${styles.findings}`}>
            {report.tables.length === 0 && <p>{w('noTables')}</p>}
            {report.tables.length > 0 && findings.length === 0 && (report.accepted ?? []).length === 0 && (
              <p>{w('noFindings')}</p>
            )}
            {(findings.length > 0 || (report.accepted ?? []).length > 0) && (
              <FindingsList
                findings={findings}
                accepted={report.accepted ?? []}
                withSheet={report.sheets.length > 1}
                selected={selectedFinding}
                busy={false}
                onSelect={select}
                onSelectCell={(finding, address) => {
                  setSelectedFinding(finding);
                  setSelected({ sheet: finding.sheet, address });
                }}
                onAccept={(finding, reason) => {
                  onAccept(finding, reason);
                  return Promise.resolve(null);
                }}
                onUnaccept={(finding) => onUnaccept([finding.fingerprint])}
              />
            )}
          </div>
        </div>
      )}
    </section>
  );
}
