import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Finding, FindingPart, Scalar } from '../../report/types';
import { differenceOf } from '../findings-groups';
import { useI18n } from '../i18n/context';
import { SeverityLabel } from './SeverityLabel';

export interface FindingItemProps {
  finding: Finding;
  /** Show the sheet name with the address (workbook checks). */
  withSheet: boolean;
  selected: boolean;
  onSelect(finding: Finding): void;
  /** Selects one cell of a grouped finding (`Finding.parts`). */
  onSelectCell(finding: Finding, address: string): void;
  /** Under the card: its actions (确认…, 撤销确认) and the reason of an accepted finding. */
  children?: ReactNode;
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
  footer: { display: 'flex', flexDirection: 'column', gap: '2px', padding: '0 8px 4px 11px' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '4px', alignItems: 'center' },
  parts: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    maxHeight: '240px',
    overflowY: 'auto',
    fontSize: tokens.fontSizeBase200,
  },
  part: {
    background: 'none',
    border: 'none',
    padding: '2px 4px',
    font: 'inherit',
    textAlign: 'left',
    cursor: 'pointer',
    color: tokens.colorNeutralForeground1,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
});

/** Finding rows in the same list: arrow keys move between them. */
const FINDING_SELECTOR = '[data-finding]';

/**
 * One finding: a focusable row; click, Enter or Space selects its cell in the workbook (a grouped
 * finding's first cell, whose other cells can be listed and selected one by one).
 */
export function FindingItem({
  finding,
  withSheet,
  selected,
  onSelect,
  onSelectCell,
  children,
}: FindingItemProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const [partsOpen, setPartsOpen] = useState(false);
  const listId = useId();
  // A grouped finding's labels and values are its first cell's: the list gives each cell's own.
  const grouped = (finding.parts?.length ?? 0) > 1;
  const parts = grouped ? (finding.parts ?? []) : [];
  const address = withSheet ? `${finding.sheet}!${finding.address}` : finding.address;
  const diff = differenceOf(finding);
  const ownLabels = useLabels(finding);
  const labels = grouped ? null : ownLabels;
  const hasValues = !grouped && (finding.expected !== null || finding.actual !== null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(finding);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      moveFocus(event.currentTarget, event.key === 'ArrowDown' ? 1 : -1);
    }
  };

  const row = (
    <div
      role="button"
      tabIndex={0}
      data-finding={finding.fingerprint}
      data-rule={finding.ruleId}
      aria-current={selected ? 'true' : undefined}
      title={t('selectFinding', { sheet: finding.sheet, address: finding.address })}
      className={`${styles.root} ${selected ? styles.selected : ''}`}
      onClick={() => onSelect(finding)}
      onKeyDown={onKeyDown}
    >
      <div className={styles.head}>
        <SeverityLabel severity={finding.severity} />
        <span className={styles.address}>{address}</span>
        {grouped && (
          <Badge appearance="tint" color="informative" data-testid="parts-count">
            {t('partsCount', { count: parts.length })}
          </Badge>
        )}
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
  if (!grouped && !children) return row;
  return (
    <div>
      {row}
      <div className={styles.footer}>
        <div className={styles.actions}>
          {grouped && (
            <Button
              size="small"
              appearance="subtle"
              aria-expanded={partsOpen}
              aria-controls={partsOpen ? listId : undefined}
              onClick={() => setPartsOpen((o) => !o)}
            >
              {t('partsToggle', { count: parts.length })}
            </Button>
          )}
          {children}
        </div>
        {partsOpen && (
          <ul id={listId} className={styles.parts} aria-label={t('partsList', { count: parts.length })}>
            {parts.map((part) => (
              <li key={part.address}>
                <PartButton finding={finding} part={part} onSelectCell={onSelectCell} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/** One cell of a grouped finding: its address and labels (or its own message); a click selects it. */
function PartButton({
  finding,
  part,
  onSelectCell,
}: {
  finding: Finding;
  part: FindingPart;
  onSelectCell(finding: Finding, address: string): void;
}) {
  const { t } = useI18n();
  const styles = useStyles();
  const labels = useLabels(part);
  return (
    <button
      type="button"
      className={styles.part}
      title={t('selectFinding', { sheet: finding.sheet, address: part.address })}
      onClick={() => onSelectCell(finding, part.address)}
    >
      <span className={styles.address}>{part.address}</span> {labels ?? part.message}
    </button>
  );
}

/** `行标签 × 列标签` of a table cell, the row label alone, or null outside a table. */
function useLabels(cell: Pick<Finding, 'rowLabel' | 'columnLabel'>): string | null {
  const { t, text } = useI18n();
  if (!cell.rowLabel) return null;
  return cell.columnLabel
    ? t('findingLabels', { row: text(cell.rowLabel), column: text(cell.columnLabel) })
    : text(cell.rowLabel);
}

/** Text values are quoted, so a number stored as text (“14”) is told apart from the number 14. */
const shown = (value: Scalar): Scalar => (typeof value === 'string' ? `“${value}”` : value);

function moveFocus(from: HTMLElement, step: 1 | -1): void {
  const scope = from.closest('[data-findings]') ?? from.ownerDocument;
  const items = Array.from(scope.querySelectorAll<HTMLElement>(FINDING_SELECTOR));
  const next = items[items.indexOf(from) + step];
  next?.focus();
}
