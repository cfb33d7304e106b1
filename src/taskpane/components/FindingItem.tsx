import { makeStyles, tokens } from '@fluentui/react-components';
import type { KeyboardEvent } from 'react';
import type { Finding, Scalar } from '../../report/types';
import { differenceOf } from '../findings-groups';
import { useI18n } from '../i18n/context';
import { SeverityLabel } from './SeverityLabel';

export interface FindingItemProps {
  finding: Finding;
  /** Show the sheet name with the address (workbook checks). */
  withSheet: boolean;
  selected: boolean;
  onSelect(finding: Finding): void;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    padding: '6px 8px',
    cursor: 'pointer',
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: `3px solid transparent`,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  selected: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
  },
  head: { display: 'flex', gap: '8px', alignItems: 'center' },
  address: { fontFamily: tokens.fontFamilyMonospace },
  detail: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** Finding rows in the same list: arrow keys move between them. */
const FINDING_SELECTOR = '[data-finding]';

/** One finding: a focusable row; click, Enter or Space selects its cell in the workbook. */
export function FindingItem({ finding, withSheet, selected, onSelect }: FindingItemProps) {
  const { t, text } = useI18n();
  const styles = useStyles();
  const address = withSheet ? `${finding.sheet}!${finding.address}` : finding.address;
  const diff = differenceOf(finding);
  const labels = finding.rowLabel
    ? finding.columnLabel
      ? t('findingLabels', { row: text(finding.rowLabel), column: text(finding.columnLabel) })
      : text(finding.rowLabel)
    : null;
  const hasValues = finding.expected !== null || finding.actual !== null;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(finding);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      moveFocus(event.currentTarget, event.key === 'ArrowDown' ? 1 : -1);
    }
  };

  return (
    <div
      role="button"
      tabIndex={0}
      data-finding={finding.fingerprint}
      aria-current={selected ? 'true' : undefined}
      title={t('selectFinding', { sheet: finding.sheet, address: finding.address })}
      className={`${styles.root} ${selected ? styles.selected : ''}`}
      onClick={() => onSelect(finding)}
      onKeyDown={onKeyDown}
    >
      <div className={styles.head}>
        <SeverityLabel severity={finding.severity} />
        <span className={styles.address}>{address}</span>
      </div>
      <div>{finding.message}</div>
      {labels && <div className={styles.detail}>{labels}</div>}
      {hasValues && (
        <div className={styles.detail}>
          {diff === null
            ? t('expectedActual', { expected: shown(finding.expected), actual: shown(finding.actual) })
            : t('expectedActualDiff', {
                expected: shown(finding.expected),
                actual: shown(finding.actual),
                diff: diff > 0 ? `+${diff}` : diff,
              })}
        </div>
      )}
    </div>
  );
}

/** Text values are quoted, so a number stored as text (“14”) is told apart from the number 14. */
const shown = (value: Scalar): Scalar => (typeof value === 'string' ? `“${value}”` : value);

function moveFocus(from: HTMLElement, step: 1 | -1): void {
  const scope = from.closest('[data-findings]') ?? from.ownerDocument;
  const items = Array.from(scope.querySelectorAll<HTMLElement>(FINDING_SELECTOR));
  const next = items[items.indexOf(from) + step];
  next?.focus();
}
