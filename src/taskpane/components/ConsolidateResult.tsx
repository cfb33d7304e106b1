import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import type { ConsolidateSheetsResult } from '../../office/types';
import { useI18n } from '../i18n/context';
import { DegradedBar } from './Notices';

const useStyles = makeStyles({
  list: { margin: '4px 0 0', paddingLeft: '18px' },
  line: { margin: '4px 0 0' },
});

/**
 * What 汇总 did: the new sheet, who is in and who is out (and why), the choice about departments with
 * errors, cautions about the run (report years that differ), and the check of the sums.
 */
export function ConsolidateResult({ result }: { result: ConsolidateSheetsResult }) {
  const { t, text } = useI18n();
  const styles = useStyles();
  const included = result.departments.filter((d) => d.included).length;
  const noted = result.departments.filter((d) => d.note !== null);
  const clean = result.report.errors === 0 && noted.every((d) => d.included) && result.warnings.length === 0;
  return (
    <>
      <MessageBar intent={clean ? 'success' : 'warning'} layout="multiline" data-testid="consolidate-result">
        <MessageBarBody>
          <MessageBarTitle>
            {t('consolidated', {
              sheet: result.sheet,
              edition: result.edition,
              included,
              total: result.departments.length,
            })}
          </MessageBarTitle>
          <p className={styles.line}>
            {result.report.errors === 0
              ? t('consolidatedPass')
              : t('consolidatedFail', { errors: result.report.errors })}
          </p>
          <p className={styles.line} data-testid="consolidate-policy">
            {text(result.policy)}
          </p>
          {result.warnings.map((w, i) => (
            <p key={i} className={styles.line} data-testid="consolidate-warning">
              {text(w)}
            </p>
          ))}
          {noted.length > 0 && (
            <ul className={styles.list} data-testid="consolidate-departments">
              {noted.map((d) => (
                <li key={d.sheet}>
                  {t(d.included ? 'consolidatedIncludedNote' : 'consolidatedExcluded', {
                    sheet: d.sheet,
                    note: d.note ? text(d.note) : '',
                  })}
                </li>
              ))}
            </ul>
          )}
          {result.skipped.length > 0 && (
            <>
              <p className={styles.line}>{t('consolidatedSkipped', { count: result.skipped.length })}</p>
              <ul className={styles.list}>
                {result.skipped.map((s, i) => (
                  <li key={i}>{`${s.sheet}：${text(s.label)} — ${text(s.note)}`}</li>
                ))}
              </ul>
            </>
          )}
          {result.values.length > 0 && (
            <>
              <p className={styles.line}>{t('consolidatedValues', { count: result.values.length })}</p>
              <ul className={styles.list}>
                {result.values.map((v) => (
                  <li key={v.address}>{`${v.address} ${text(v.label)} — ${text(v.reason)}`}</li>
                ))}
              </ul>
            </>
          )}
        </MessageBarBody>
      </MessageBar>
      <DegradedBar notes={result.skippedFeatures} />
    </>
  );
}
