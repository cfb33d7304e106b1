import { makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { CheckRequest, Outcome, WorkbookSheet } from '../../office/types';
import { useI18n } from '../i18n/context';
import { parseYear } from '../year';

export interface CheckOptionsProps {
  request: CheckRequest;
  busy: boolean;
  loadSheets(): Promise<Outcome<WorkbookSheet[]>>;
  onChange(request: CheckRequest): void;
  /**
   * The 上年报告 row (Excel). Word hides it: last year's report would be another sheet, a document
   * is one report, and pairing by titles within it finds nothing, so 'auto' and 'none' do the same.
   */
  previousYear?: boolean;
}

const useStyles = makeStyles({
  root: { fontSize: tokens.fontSizeBase200 },
  summary: { cursor: 'pointer', color: tokens.colorNeutralForeground2 },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    gap: '6px 8px',
    alignItems: 'center',
    marginTop: '6px',
  },
  control: { font: 'inherit', padding: '2px 4px', minWidth: 0 },
  error: { gridColumn: '2', color: tokens.colorPaletteRedForeground1 },
});

const AUTO = '\u0000auto';
const NONE = '\u0000none';

/**
 * 校验选项: the report year when titles do not give it, and which sheet is last year's report for
 * the cross-year rules. Plain form controls: the panel is in the pane's first chunk.
 */
export function CheckOptions({
  request,
  busy,
  loadSheets,
  onChange,
  previousYear = true,
}: CheckOptionsProps) {
  const { t, text } = useI18n();
  const styles = useStyles();
  const [sheets, setSheets] = useState<WorkbookSheet[] | null>(null);
  const [sheetError, setSheetError] = useState<string | null>(null);
  const [yearText, setYearText] = useState(request.year ? String(request.year) : '');
  const year = parseYear(yearText);

  const onToggle = (open: boolean) => {
    if (!open || sheets || !previousYear) return;
    void loadSheets().then((outcome) =>
      outcome.ok ? setSheets(outcome.value) : setSheetError(text(outcome.error.message)),
    );
  };
  const previous = request.previous ?? 'auto';
  const selected = previous === 'auto' ? AUTO : previous === 'none' ? NONE : previous.sheet;

  return (
    <details className={styles.root} onToggle={(e) => onToggle((e.target as HTMLDetailsElement).open)}>
      <summary className={styles.summary}>{t('checkOptions')}</summary>
      <div className={styles.grid}>
        <label htmlFor="check-year">{t('templateYear')}</label>
        <input
          id="check-year"
          className={styles.control}
          value={yearText}
          placeholder={t('checkYearAuto')}
          disabled={busy}
          inputMode="numeric"
          aria-invalid={year === 'invalid'}
          onChange={(e) => {
            setYearText(e.target.value);
            const parsed = parseYear(e.target.value);
            if (parsed !== 'invalid') onChange({ ...request, year: parsed });
          }}
        />
        {year === 'invalid' && (
          <span role="alert" className={styles.error}>
            {t('templateYearInvalid')}
          </span>
        )}
        {previousYear && (
          <>
            <label htmlFor="check-previous">{t('checkPrevious')}</label>
            <select
              id="check-previous"
              className={styles.control}
              value={selected}
              disabled={busy}
              onChange={(e) => {
                const v = e.target.value;
                onChange({ ...request, previous: v === AUTO ? 'auto' : v === NONE ? 'none' : { sheet: v } });
              }}
            >
              <option value={AUTO}>{t('checkPreviousAuto')}</option>
              <option value={NONE}>{t('checkPreviousNone')}</option>
              {(sheets ?? []).map((s) => (
                <option key={s.name} value={s.name}>
                  {s.name}
                </option>
              ))}
              {selected !== AUTO && selected !== NONE && !sheets?.some((s) => s.name === selected) && (
                <option value={selected}>{selected}</option>
              )}
            </select>
            {sheetError && (
              <span role="alert" className={styles.error}>
                {sheetError}
              </span>
            )}
          </>
        )}
      </div>
    </details>
  );
}
