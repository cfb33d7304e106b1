import { makeStyles, tokens } from '@fluentui/react-components';
import type { Indicators, Ratio } from '../../report/indicators';
import type { SheetSummary } from '../../report/types';
import type { MessageKey, Translator } from '../i18n';
import { useI18n } from '../i18n/context';

export interface IndicatorsSummaryProps {
  summaries: readonly SheetSummary[];
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '2px', fontSize: tokens.fontSizeBase200 },
  label: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: '16px' },
  line: { margin: 0 },
});

type T = Translator['t'];

/** 96.0%, or — when the denominator is 0 (the numbers still show why). */
const percent = (value: number | null): string => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);

/** `96.0%（96/100）`, or — when the table could not give the figure. */
const ratioOf = (t: T, ratio: Ratio | null | undefined): string =>
  ratio
    ? t('indicatorRatio', {
        value: percent(ratio.value),
        numerator: ratio.numerator,
        denominator: ratio.denominator,
      })
    : '—';

const named = (t: T, name: MessageKey, ratio: Ratio | null | undefined): string =>
  ratio
    ? t('indicatorValue', { name: t(name), ratio: ratioOf(t, ratio) })
    : t('indicatorMissing', { name: t(name) });

/** 公开率 · 不予公开 · 纠错率 of one sheet; each one's formula (and 纠错率's groups) in its tooltip. */
function IndicatorsLine({ indicators }: { indicators: Indicators }) {
  const { t } = useI18n();
  const corrections = indicators.correctionRate;
  const figures = [
    {
      key: 'disclosure',
      text: named(t, 'indicatorDisclosure', indicators.disclosureRate),
      help: t('indicatorDisclosureHelp'),
    },
    {
      key: 'denied',
      text: named(t, 'indicatorDenied', indicators.deniedShare),
      help: t('indicatorDeniedHelp'),
    },
    {
      key: 'correction',
      text: named(t, 'indicatorCorrection', corrections?.overall),
      help: t('indicatorCorrectionHelp', {
        review: ratioOf(t, corrections?.review),
        direct: ratioOf(t, corrections?.litigationDirect),
        afterReview: ratioOf(t, corrections?.litigationAfterReview),
      }),
    },
  ];
  return (
    <>
      {figures.map((f, i) => (
        <span key={f.key}>
          {i > 0 && ' · '}
          <span title={f.help} data-indicator={f.key}>
            {f.text}
          </span>
        </span>
      ))}
    </>
  );
}

/**
 * The evaluators' figures (公开率, 不予公开占比, 纠错率) beside the verdict: one line for one sheet,
 * one line per sheet for a workbook. Not findings: they never change the counts or the verdict.
 */
export function IndicatorsSummary({ summaries }: IndicatorsSummaryProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const withFigures = summaries.flatMap((s) =>
    s.indicators ? [{ sheet: s.sheet, indicators: s.indicators }] : [],
  );
  if (withFigures.length === 0) return null;
  return (
    <section className={styles.root} aria-label={t('indicators')} data-testid="indicators">
      <span className={styles.label}>{t('indicators')}</span>
      {summaries.length === 1 ? (
        <p className={styles.line}>
          <IndicatorsLine indicators={withFigures[0].indicators} />
        </p>
      ) : (
        <ul className={styles.list}>
          {withFigures.map((s) => (
            <li key={s.sheet}>
              {t('indicatorSheet', { sheet: s.sheet })}
              <IndicatorsLine indicators={s.indicators} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
