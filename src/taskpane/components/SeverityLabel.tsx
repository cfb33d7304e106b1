import { makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircle16Filled, Warning16Filled } from '@fluentui/react-icons';
import type { Severity } from '../../report/types';
import { useI18n } from '../i18n/context';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: '4px', fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** Severity by icon and word, so it never depends on colour alone. */
export function SeverityLabel({ severity }: { severity: Severity }) {
  const { t } = useI18n();
  const styles = useStyles();
  const isError = severity === 'error';
  return (
    <span className={`${styles.root} ${isError ? styles.error : styles.warning}`}>
      {isError ? <ErrorCircle16Filled aria-hidden /> : <Warning16Filled aria-hidden />}
      {t(isError ? 'severityError' : 'severityWarning')}
    </span>
  );
}
