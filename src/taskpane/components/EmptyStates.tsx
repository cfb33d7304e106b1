import { makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircle24Filled, Search24Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { Report } from '../../report/types';
import { useI18n } from '../i18n/context';
import { InsertTemplateButton } from './Actions';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: '6px',
    padding: '12px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { display: 'flex', alignItems: 'center', gap: '6px', margin: 0, fontSize: tokens.fontSizeBase400 },
  rules: { margin: 0, paddingLeft: '18px', fontSize: tokens.fontSizeBase200 },
});

/** No table on the checked sheets: say what was looked for and where, and offer the template. */
export function NoTableFound({
  report,
  busy,
  onInsertTemplate,
}: {
  report: Report;
  busy: boolean;
  onInsertTemplate?: () => void;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const sheets = report.sheets.map((s) => `“${s}”`).join(t('listSeparator'));
  // Named by its heading, so assistive technology lists it as a region of the pane.
  const titleId = useId();
  return (
    <section className={styles.root} aria-labelledby={titleId} data-testid="empty-no-table">
      <h3 id={titleId} className={styles.title}>
        <Search24Regular aria-hidden />
        {t('emptyNoTableTitle')}
      </h3>
      <p>{t('emptyNoTableBody', { sheets })}</p>
      <div>
        <InsertTemplateButton busy={busy} onInsertTemplate={onInsertTemplate} />
      </div>
    </section>
  );
}

/**
 * Tables found and no finding: name the rules that ran, so "nothing found" is checkable. With
 * `accepted`, the findings left were all accepted (listed below under 已确认).
 */
export function NoFindings({ report, accepted = 0 }: { report: Report; accepted?: number }) {
  const { t, ruleName } = useI18n();
  const styles = useStyles();
  const titleId = useId();
  return (
    <section className={styles.root} aria-labelledby={titleId} data-testid="empty-no-findings">
      <h3 id={titleId} className={styles.title}>
        <CheckmarkCircle24Filled aria-hidden color={tokens.colorPaletteGreenForeground1} />
        {accepted > 0 ? t('emptyNoOpenFindingsTitle') : t('emptyNoFindingsTitle')}
      </h3>
      <p>{t('emptyNoFindingsBody', { count: report.rulesRun.length })}</p>
      <ul className={styles.rules}>
        {report.rulesRun.map((id) => (
          <li key={id}>{ruleName(id)}</li>
        ))}
      </ul>
    </section>
  );
}
