import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import {
  ArrowSync16Regular,
  CheckmarkCircle24Filled,
  DismissCircle24Filled,
  Search24Regular,
  Warning24Filled,
} from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { TABLE_SECTION, tableFormat } from '../../format';
import type { CheckResult } from '../../office/types';
import type { ReviewedReport } from '../../report/reviews';
import { partlyMissing, tableNames, verdictOf, type Verdict as VerdictKind } from '../../report/verdict';
import type { MessageKey } from '../i18n';
import { useI18n } from '../i18n/context';

const HEADLINE: Record<VerdictKind, MessageKey> = {
  pass: 'verdictPass',
  partial: 'verdictPartial',
  fail: 'verdictFail',
  'no-table': 'verdictNoTable',
};

export interface VerdictProps {
  result: CheckResult;
  /** The result's report after the review states: accepted findings are out of the counts. */
  report: ReviewedReport;
  stale: boolean;
  busy: boolean;
  onRecheck(): void;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: '4px',
    padding: '8px 12px',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  headline: { display: 'flex', alignItems: 'center', gap: '8px', flexWrap: 'wrap' },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  pass: { color: tokens.colorPaletteGreenForeground1 },
  partial: { color: tokens.colorPaletteDarkOrangeForeground1 },
  fail: { color: tokens.colorPaletteRedForeground1 },
  stale: { opacity: 0.6 },
  counts: { display: 'flex', gap: '12px' },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  tables: { margin: 0, paddingLeft: '16px', fontSize: tokens.fontSizeBase200 },
});

/**
 * 通过 / 未发现错误，但未找到表… / 未通过 with counts, the tables found and not found, and the time;
 * marked 已过期 once the cells change.
 */
export function Verdict({ result, report, stale, busy, onRecheck }: VerdictProps) {
  const { t, text, locale } = useI18n();
  const styles = useStyles();
  const kind = verdictOf(report);
  const noTable = kind === 'no-table';
  const missing = partlyMissing(report);
  const headline = t(HEADLINE[kind], { tables: tableNames(missing, locale) });
  const icons: Record<VerdictKind, ReactElement> = {
    'no-table': <Search24Regular aria-hidden />,
    pass: <CheckmarkCircle24Filled aria-hidden className={styles.pass} />,
    partial: <Warning24Filled aria-hidden className={styles.partial} />,
    fail: <DismissCircle24Filled aria-hidden className={styles.fail} />,
  };
  const time = result.checkedAt.toLocaleString(locale === 'en' ? 'en-US' : 'zh-CN', {
    dateStyle: 'short',
    timeStyle: 'medium',
  });

  return (
    <section className={styles.root} aria-label={headline} data-testid="verdict" data-verdict={kind}>
      <div className={styles.headline}>
        {icons[kind]}
        <h2 className={`${styles.title} ${stale ? styles.stale : ''}`}>{headline}</h2>
        {stale && (
          <>
            <Badge appearance="tint" color="warning">
              {t('stale')}
            </Badge>
            <Button size="small" icon={<ArrowSync16Regular />} disabled={busy} onClick={onRecheck}>
              {t('recheck')}
            </Button>
          </>
        )}
      </div>
      {stale && <div className={styles.meta}>{t('staleHint')}</div>}
      <div className={styles.counts}>
        <span>{t('errorCount', { count: report.errors })}</span>
        <span>{t('warningCount', { count: report.warnings })}</span>
        {report.accepted.length > 0 && <span>{t('acceptedCount', { count: report.accepted.length })}</span>}
      </div>
      {!noTable && (
        <div>
          <div className={styles.meta}>{t('tablesFound')}</div>
          <ul className={styles.tables}>
            {report.tables.map((table) => (
              <li key={`${table.sheet}|${table.table}|${table.index}`}>
                {t('tableLine', {
                  section: TABLE_SECTION[table.table],
                  title: text(tableFormat(table.table, table.edition).title),
                  edition: table.edition,
                  sheet: table.sheet,
                  range: table.range,
                })}
              </li>
            ))}
          </ul>
          {missing.length > 0 && (
            <div className={styles.meta} data-testid="tables-missing">
              {t('tablesMissing', { tables: tableNames(missing, locale) })}
            </div>
          )}
        </div>
      )}
      <div className={styles.meta}>{t('checkedAt', { time })}</div>
    </section>
  );
}
