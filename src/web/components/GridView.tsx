import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { memo, useEffect, useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import type { CellValue, RowOrigin } from '../../grid/types';
import { MARK_STYLES, planMarks, type MarkedCell } from '../../report/marks';
import { formatScalar } from '../../report/render';
import type { Finding, Locale } from '../../report/types';
import {
  MAX_ROWS,
  cellsOfRow,
  withTextOverflow,
  columnLetters,
  drawnAddress,
  drawnMarks,
  layoutGrid,
  positionsOf,
  type DrawnCell,
} from '../grid-view-model';
import { wordsOf } from '../i18n';
import { gridWords } from '../i18n/grid';
import type { GridData } from '../types';

export interface GridViewProps {
  grids: readonly GridData[];
  findings: readonly Finding[];
  selected: { sheet: string; address: string } | null;
  locale: Locale;
  onCellClick?(sheet: string, address: string): void;
}

type Words = ReturnType<typeof wordsOf<keyof (typeof gridWords)['en']>>;

const headerCell = {
  backgroundColor: tokens.colorNeutralBackground3,
  color: tokens.colorNeutralForeground3,
  fontWeight: tokens.fontWeightRegular,
  padding: '2px 6px',
  borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
  borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  position: 'sticky',
  zIndex: 1,
} as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  note: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  // The scroll box the sticky headers stick to.
  scroller: {
    overflow: 'auto',
    maxHeight: '70vh',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  // `separate` keeps borders on sticky headers (collapsed borders scroll away with the cells).
  table: {
    borderCollapse: 'separate',
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  caption: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: '4px 6px' },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  colHeader: { ...headerCell, top: 0, textAlign: 'center' },
  rowHeader: { ...headerCell, left: 0, textAlign: 'right', verticalAlign: 'top' },
  corner: { ...headerCell, top: 0, left: 0, zIndex: 2 },
  cell: {
    padding: '2px 6px',
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    verticalAlign: 'top',
    minWidth: '2em',
    maxWidth: '24em',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  clickable: { cursor: 'pointer' },
  number: { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  // Inside the cell so it shows on the dark suspect fill and is not hidden by neighbours.
  selected: { outline: `3px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-3px' },
  gap: {
    padding: '4px 6px',
    textAlign: 'center',
    fontStyle: 'italic',
    color: tokens.colorNeutralForeground3,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

function cellText(value: CellValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return formatScalar(value);
}

function originTitle(origin: RowOrigin | undefined, t: Words): string | undefined {
  if (!origin) return undefined;
  if (origin.kind === 'text') return t('originLine', { line: origin.line });
  const where =
    origin.kind === 'paragraph'
      ? t('originParagraph', { paragraph: origin.paragraph })
      : t('originTable', { table: origin.table, row: origin.row });
  return origin.page === undefined ? where : where + t('originPage', { page: origin.page });
}

/** One report's sheets as HTML tables, marked cells painted as in the Excel add-in. */
export function GridView({ grids, findings, selected, locale, onCellClick }: GridViewProps) {
  const styles = useStyles();
  // Stable between renders so that a sheet redraws only when its own props change.
  const t = useMemo(() => wordsOf(gridWords, locale), [locale]);
  const plan = useMemo(() => planMarks(findings), [findings]);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const cell = rootRef.current?.querySelector<HTMLElement>('td[data-selected="true"]');
    // jsdom (tests) has no scrollIntoView.
    if (cell && typeof cell.scrollIntoView === 'function')
      cell.scrollIntoView({ block: 'center', inline: 'nearest' });
  }, [selected?.sheet, selected?.address, grids]);

  if (grids.length === 0) return <p className={styles.note}>{t('noGrids')}</p>;
  return (
    <div ref={rootRef} className={styles.root}>
      {grids.map((grid, i) => (
        <SheetGrid
          key={`${i}:${grid.sheet}`}
          data={grid}
          marks={plan.get(grid.sheet)}
          selected={selected?.sheet === grid.sheet ? selected.address : null}
          several={grids.length > 1}
          t={t}
          onCellClick={onCellClick}
        />
      ))}
    </div>
  );
}

interface SheetGridProps {
  data: GridData;
  marks: ReadonlyMap<string, MarkedCell> | undefined;
  selected: string | null;
  several: boolean;
  t: Words;
  onCellClick?(sheet: string, address: string): void;
}

/** Clicks and Enter/Space are handled once on the table: the cell is found from the event target. */
function addressOf(target: EventTarget): string | undefined {
  const cell = target instanceof Element ? target.closest<HTMLElement>('td[data-address]') : null;
  return cell?.dataset.address;
}

const SheetGrid = memo(function SheetGrid({
  data,
  marks,
  selected,
  several,
  t,
  onCellClick,
}: SheetGridProps) {
  const styles = useStyles();
  const layout = useMemo(
    () => layoutGrid(data, positionsOf([...(marks?.keys() ?? []), ...(selected ? [selected] : [])])),
    [data, marks, selected],
  );
  const painted = useMemo(() => drawnMarks(layout.grid, marks), [layout, marks]);
  const chosen = selected ? drawnAddress(layout.grid, selected) : null;
  // Marked and selected cells are never joined into a neighbour's overflowing text.
  const own = useMemo(() => new Set([...painted.keys(), ...(chosen ? [chosen] : [])]), [painted, chosen]);
  const letters = columnLetters(layout.cols);

  const click = (e: MouseEvent) => {
    const address = addressOf(e.target);
    if (address && onCellClick) onCellClick(data.sheet, address);
  };
  const key = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const address = addressOf(e.target);
    if (!address || !onCellClick) return;
    e.preventDefault();
    onCellClick(data.sheet, address);
  };

  const renderCell = (cell: DrawnCell) => {
    const mark = painted.get(cell.address);
    const style = mark && MARK_STYLES[mark.kind];
    const isSelected = cell.address === chosen;
    return (
      <td
        key={cell.address}
        data-sheet={data.sheet}
        data-address={cell.address}
        data-mark={mark?.kind}
        data-selected={isSelected ? 'true' : undefined}
        // A table cell has no aria-selected (only grid cells do): aria-current says the same here.
        aria-current={isSelected ? 'true' : undefined}
        rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
        colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
        title={mark ? mark.messages.join('\n') : undefined}
        // Marked cells are the ones worth reaching from the keyboard; a grid has too many to tab through.
        tabIndex={mark && onCellClick ? 0 : undefined}
        style={
          style && {
            backgroundColor: style.fill,
            color: style.fontColor,
            fontWeight: style.bold ? tokens.fontWeightBold : undefined,
          }
        }
        className={mergeClasses(
          styles.cell,
          typeof cell.value === 'number' && styles.number,
          onCellClick && styles.clickable,
          isSelected && styles.selected,
        )}
      >
        {cellText(cell.value)}
      </td>
    );
  };

  return (
    <section>
      {several && <h3 className={styles.heading}>{data.sheet}</h3>}
      {layout.hidden > 0 && (
        <p className={styles.note} data-testid="rows-hidden">
          {t('rowsHidden', { count: layout.hidden, cap: MAX_ROWS })}
        </p>
      )}
      {layout.cols === 0 ? (
        <p className={styles.note}>{t('emptyGrid')}</p>
      ) : (
        <div className={styles.scroller}>
          <table className={styles.table} onClick={click} onKeyDown={key}>
            <caption className={several ? styles.hidden : styles.caption}>{data.sheet}</caption>
            <thead>
              <tr>
                <td className={styles.corner} />
                {letters.map((letter) => (
                  <th key={letter} scope="col" className={styles.colHeader}>
                    {letter}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {layout.lines.map((line) =>
                line.kind === 'gap' ? (
                  <tr key={`gap-${line.first}`} data-gap={`${line.first + 1}-${line.last + 1}`}>
                    <th scope="row" className={styles.rowHeader}>
                      ⋯
                    </th>
                    <td colSpan={layout.cols} className={styles.gap}>
                      {line.first === line.last
                        ? t('gapRow', { first: line.first + 1 })
                        : t('gapRows', {
                            first: line.first + 1,
                            last: line.last + 1,
                            count: line.last - line.first + 1,
                          })}
                    </td>
                  </tr>
                ) : (
                  <tr key={line.row}>
                    <th
                      scope="row"
                      className={styles.rowHeader}
                      title={originTitle(layout.grid.rowOrigin?.(line.row), t)}
                    >
                      {line.row + 1}
                    </th>
                    {withTextOverflow(cellsOfRow(layout, line.row), own).map(renderCell)}
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
});
