import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Finding, FindingPart } from '../../report/types';
import { messageBody } from '../finding-text';
import { placeText } from '../place';
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
  head: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' },
  title: { fontWeight: tokens.fontWeightSemibold },
  address: { fontFamily: tokens.fontFamilyMonospace },
  muted: { color: tokens.colorNeutralForeground3 },
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
 * finding's first cell, whose other cells can be listed and selected one by one). Each fact once:
 * the head names the place (row × column, then the address), the body is the message without
 * that place; the message itself says what was expected, what was found and the signed difference.
 */
export function FindingItem({
  finding,
  withSheet,
  selected,
  onSelect,
  onSelectCell,
  children,
}: FindingItemProps) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const [partsOpen, setPartsOpen] = useState(false);
  const listId = useId();
  // A grouped finding's labels and values are its first cell's: the list gives each cell's own.
  const grouped = (finding.parts?.length ?? 0) > 1;
  const parts = grouped ? (finding.parts ?? []) : [];
  const address = placeText(finding, finding.sheet, withSheet, locale);
  const place = usePlace(finding);
  const title = grouped ? null : place.title;
  const body = title ? messageBody(finding.message, place.names) : finding.message;

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
      title={t('selectFinding', {
        sheet: finding.sheet,
        address: placeText(finding, finding.sheet, false, locale),
      })}
      className={`${styles.root} ${selected ? styles.selected : ''}`}
      onClick={() => onSelect(finding)}
      onKeyDown={onKeyDown}
    >
      <div className={styles.head}>
        <SeverityLabel severity={finding.severity} />
        {title && <span className={styles.title}>{title}</span>}
        <span className={`${styles.address} ${title ? styles.muted : ''}`}>{address}</span>
        {grouped && (
          <Badge appearance="tint" color="informative">
            {t('partsCount', { count: parts.length })}
          </Badge>
        )}
      </div>
      <div>{body}</div>
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
  const { t, locale } = useI18n();
  const styles = useStyles();
  const labels = usePlace(part).title;
  const place = placeText(part, finding.sheet, false, locale);
  return (
    <button
      type="button"
      className={styles.part}
      title={t('selectFinding', { sheet: finding.sheet, address: place })}
      onClick={() => onSelectCell(finding, part.address)}
    >
      <span className={styles.address}>{place}</span> {labels ?? part.message}
    </button>
  );
}

/**
 * A table cell's place: the title `行标签 × 列标签` (the row label alone without a column; null
 * outside a table), and every way a message may open with it, for `messageBody`.
 */
function usePlace(cell: Pick<Finding, 'rowLabel' | 'columnLabel'>): {
  title: string | null;
  names: string[];
} {
  const { t, text } = useI18n();
  if (!cell.rowLabel) return { title: null, names: [] };
  const row = text(cell.rowLabel);
  if (!cell.columnLabel) return { title: row, names: [row] };
  const column = text(cell.columnLabel);
  const title = t('findingLabels', { row, column });
  return { title, names: [title, row, column] };
}

function moveFocus(from: HTMLElement, step: 1 | -1): void {
  const scope = from.closest('[data-findings]') ?? from.ownerDocument;
  const items = Array.from(scope.querySelectorAll<HTMLElement>(FINDING_SELECTOR));
  const next = items[items.indexOf(from) + step];
  next?.focus();
}
