import {
  Badge,
  makeStyles,
  SearchBox,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  TableSelectionCell,
  ToggleButton,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Ratio } from '../../report/indicators';
import type { Locale } from '../../report/types';
import {
  figuresOf,
  filterRows,
  rowsOf,
  searchRows,
  sortRows,
  STATUS_FILTERS,
  statusCounts,
  type BatchRow,
  type RowStatus,
  type SortKey,
  type SortOrder,
  type StatusFilter,
} from '../batch-rows';
import { batchWords, type BatchKey } from '../i18n/batch';
import { wordsOf } from '../i18n';
import type { CheckedFile } from '../types';

export interface BatchTableProps {
  files: readonly CheckedFile[];
  /** Departments that must report (pasted list); empty when none was given. */
  expected: readonly string[];
  locale: Locale;
  /** Files ticked for 汇总 and the zip download. */
  selectedIds: ReadonlySet<number>;
  onSelectionChange(ids: Set<number>): void;
  onOpen(file: CheckedFile): void;
  /** The file whose report is open beside the table. */
  activeId?: number | null;
}

type Words = ReturnType<typeof wordsOf<BatchKey>>;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px' },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '8px' },
  filters: { display: 'flex', flexWrap: 'wrap', gap: '4px' },
  fileRow: { cursor: 'pointer' },
  number: { textAlign: 'right' },
  muted: { color: tokens.colorNeutralForeground3 },
  valid: { color: tokens.colorPaletteGreenForeground1 },
  invalid: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  unreadable: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  missing: { color: tokens.colorPaletteMarigoldForeground1, fontWeight: tokens.fontWeightSemibold },
  badge: { marginLeft: '6px' },
});

const STATUS_WORD = {
  all: 'statusAll',
  valid: 'statusValid',
  invalid: 'statusInvalid',
  unreadable: 'statusUnreadable',
  missing: 'statusMissing',
} as const satisfies Record<StatusFilter, string>;

interface Column {
  key: SortKey;
  label: BatchKey;
  numeric?: boolean;
}

const COLUMNS: readonly Column[] = [
  { key: 'name', label: 'columnFile' },
  { key: 'body', label: 'columnBody' },
  { key: 'year', label: 'columnYear' },
  { key: 'edition', label: 'columnEdition' },
  { key: 'status', label: 'columnStatus' },
  { key: 'errors', label: 'columnErrors', numeric: true },
  { key: 'warnings', label: 'columnWarnings', numeric: true },
  { key: 'previous', label: 'columnPrevious' },
  { key: 'disclosure', label: 'columnDisclosure', numeric: true },
  { key: 'correction', label: 'columnCorrection', numeric: true },
];

/** 96.0%; null without the figure or when its denominator is 0. */
const percent = (ratio: Ratio | null): string | null =>
  ratio === null || ratio.value === null ? null : `${(ratio.value * 100).toFixed(1)}%`;

/** The cells of one row after the selection cell, in COLUMNS order. */
function rowCells(row: BatchRow, t: Words, styles: ReturnType<typeof useStyles>): ReactNode[] {
  const dash = <span className={styles.muted}>—</span>;
  const status = (s: RowStatus, title?: string) => (
    <span className={styles[s]} title={title}>
      {t(STATUS_WORD[s])}
    </span>
  );
  if (row.kind === 'missing') {
    return [
      dash,
      row.department,
      dash,
      dash,
      status('missing', t('missingHelp')),
      dash,
      dash,
      dash,
      dash,
      dash,
    ];
  }
  const { file } = row;
  const figures = figuresOf(file);
  const figure = (ratio: Ratio | null) => (
    <span
      title={ratio ? t('ratio', { numerator: ratio.numerator, denominator: ratio.denominator }) : undefined}
    >
      {percent(ratio) ?? dash}
    </span>
  );
  return [
    <span title={file.path !== file.name ? file.path : undefined}>{file.name}</span>,
    <>
      {file.body ?? dash}
      {row.unexpected && (
        <Badge
          className={styles.badge}
          size="small"
          appearance="outline"
          color="warning"
          title={t('unexpectedHelp')}
        >
          {t('unexpected')}
        </Badge>
      )}
    </>,
    file.year ?? dash,
    file.editions.length > 0
      ? file.editions.map((edition) => t('editionName', { edition })).join(' / ')
      : dash,
    status(file.status, file.error ?? undefined),
    file.report?.errors ?? dash,
    file.report?.warnings ?? dash,
    file.previous ?? dash,
    figure(figures.disclosure),
    figure(figures.correction),
  ];
}

/**
 * The batch table of 审核台: a row per checked file and per 缺报 department, with search, a status
 * filter, sortable columns and the files' selection (for 汇总 and the zip). Clicking a file row, or
 * Enter on it, opens its report.
 */
export function BatchTable({
  files,
  expected,
  locale,
  selectedIds,
  onSelectionChange,
  onOpen,
  activeId = null,
}: BatchTableProps) {
  const t = wordsOf(batchWords, locale);
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<StatusFilter>('all');
  const [sort, setSort] = useState<SortOrder | null>(null);

  const searched = useMemo(() => searchRows(rowsOf(files, expected), query), [files, expected, query]);
  const counts = statusCounts(searched);
  const shown = useMemo(() => sortRows(filterRows(searched, filter), sort), [searched, filter, sort]);

  const shownIds = shown.flatMap((row) => (row.kind === 'file' ? [row.file.id] : []));
  const selectedShown = shownIds.filter((id) => selectedIds.has(id)).length;
  const allChecked = selectedShown === 0 ? false : selectedShown === shownIds.length ? true : 'mixed';

  const toggleAll = () => {
    const next = new Set(selectedIds);
    // All shown already ticked: untick them; otherwise tick them all. Hidden files keep their state.
    for (const id of shownIds) {
      if (allChecked === true) next.delete(id);
      else next.add(id);
    }
    onSelectionChange(next);
  };
  const toggle = (id: number) => {
    const next = new Set(selectedIds);
    if (!next.delete(id)) next.add(id);
    onSelectionChange(next);
  };
  const sortBy = (key: SortKey) =>
    setSort((current) => ({
      key,
      direction: current?.key === key && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));
  const openOnEnter = (event: KeyboardEvent<HTMLTableRowElement>, file: CheckedFile) => {
    // Enter on the row itself, not on its checkbox.
    if (event.key === 'Enter' && event.target === event.currentTarget) onOpen(file);
  };

  return (
    <div className={styles.root}>
      <div className={styles.toolbar}>
        <SearchBox
          aria-label={t('searchLabel')}
          placeholder={t('searchPlaceholder')}
          value={query}
          onChange={(_, data) => setQuery(data.value)}
        />
        <div role="group" aria-label={t('filterLabel')} className={styles.filters}>
          {STATUS_FILTERS.filter((f) => f !== 'missing' || expected.length > 0).map((f) => (
            <ToggleButton
              key={f}
              size="small"
              appearance={filter === f ? 'primary' : 'subtle'}
              checked={filter === f}
              data-filter={f}
              onClick={() => setFilter(f)}
            >
              {t('filterOption', { label: t(STATUS_WORD[f]), count: counts[f] })}
            </ToggleButton>
          ))}
        </div>
      </div>
      <Table sortable size="small" aria-label={t('tableLabel')}>
        <TableHeader>
          <TableRow>
            <TableSelectionCell
              checked={allChecked}
              checkboxIndicator={{ 'aria-label': t('selectAll'), title: t('columnSelect') }}
              onClick={toggleAll}
            />
            {COLUMNS.map((column) => (
              <TableHeaderCell
                key={column.key}
                sortDirection={sort?.key === column.key ? sort.direction : undefined}
                onClick={() => sortBy(column.key)}
              >
                {t(column.label)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((row) => {
            const cells = rowCells(row, t, styles).map((cell, i) => (
              <TableCell key={COLUMNS[i].key} className={COLUMNS[i].numeric ? styles.number : undefined}>
                {cell}
              </TableCell>
            ));
            if (row.kind === 'missing') {
              return (
                <TableRow key={row.key} data-missing={row.department} data-status="missing">
                  <TableCell />
                  {cells}
                </TableRow>
              );
            }
            const { file } = row;
            const active = file.id === activeId;
            return (
              <TableRow
                key={row.key}
                data-file={file.name}
                data-status={file.status}
                tabIndex={0}
                appearance={active ? 'brand' : 'none'}
                aria-current={active ? 'true' : undefined}
                className={styles.fileRow}
                onClick={() => onOpen(file)}
                onKeyDown={(event) => openOnEnter(event, file)}
              >
                <TableSelectionCell
                  checked={selectedIds.has(file.id)}
                  checkboxIndicator={{ 'aria-label': t('selectFile', { file: file.name }) }}
                  onClick={(event) => {
                    // Ticking a file is not opening it.
                    event.stopPropagation();
                    toggle(file.id);
                  }}
                />
                {cells}
              </TableRow>
            );
          })}
          {shown.length === 0 && (
            <TableRow>
              <TableCell colSpan={COLUMNS.length + 1}>
                <span className={styles.muted}>{t('empty')}</span>
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </div>
  );
}
