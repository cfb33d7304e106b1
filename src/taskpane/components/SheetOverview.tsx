import { makeStyles, tokens } from '@fluentui/react-components';
import type { SheetSummary } from '../../report/types';
import { useI18n } from '../i18n/context';

export interface SheetOverviewProps {
  summaries: readonly SheetSummary[];
  /** Goes to the sheet's first finding (or does nothing for a clean sheet). */
  onOpenSheet(sheet: string): void;
}

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: '4px 0' },
  cell: { padding: '3px 6px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: 'left' },
  number: { textAlign: 'right' },
  errors: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  link: {
    background: 'none',
    border: 'none',
    padding: 0,
    font: 'inherit',
    color: tokens.colorBrandForegroundLink,
    cursor: 'pointer',
    textAlign: 'left',
  },
});

/** 校验整个工作簿: one row per sheet (body, year, edition, errors, warnings) above the findings. */
export function SheetOverview({ summaries, onOpenSheet }: SheetOverviewProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const dash = <span className={styles.muted}>—</span>;
  return (
    <table className={styles.table} data-testid="sheet-overview">
      <caption className={styles.caption}>{t('sheetOverview')}</caption>
      <thead>
        <tr>
          {(['sheetColumn', 'bodyColumn', 'yearColumn', 'editionColumn'] as const).map((key) => (
            <th key={key} scope="col" className={styles.cell}>
              {t(key)}
            </th>
          ))}
          <th scope="col" className={`${styles.cell} ${styles.number}`}>
            {t('severityError')}
          </th>
          <th scope="col" className={`${styles.cell} ${styles.number}`}>
            {t('severityWarning')}
          </th>
        </tr>
      </thead>
      <tbody>
        {summaries.map((s) => (
          <tr key={s.sheet}>
            <th scope="row" className={styles.cell}>
              {s.errors + s.warnings > 0 ? (
                <button type="button" className={styles.link} onClick={() => onOpenSheet(s.sheet)}>
                  {s.sheet}
                </button>
              ) : (
                s.sheet
              )}
            </th>
            <td className={styles.cell}>{s.body ?? dash}</td>
            <td className={styles.cell}>{s.year ?? dash}</td>
            <td className={styles.cell}>
              {s.tables === 0 ? (
                <span className={styles.muted}>{t('noTablesOnSheet')}</span>
              ) : (
                s.editions.map((e) => t('editionName', { edition: e })).join(' / ')
              )}
            </td>
            <td className={`${styles.cell} ${styles.number} ${s.errors > 0 ? styles.errors : ''}`}>
              {s.errors}
            </td>
            <td className={`${styles.cell} ${styles.number}`}>{s.warnings}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
