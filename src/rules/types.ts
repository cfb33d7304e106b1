import type { TableId, Text } from '../format';
import type { Grid } from '../grid';
import type { CellRef, LocatedTable } from '../locate/types';
import type { Locale, Scalar, Severity } from '../report/types';
import type { CellReading } from './values';

/**
 * Rule metadata in the ESLint style. Messages are templates per locale; placeholders in braces are
 * filled from the finding: {cell} {row} {column} {table} {expected} {actual} and any data key;
 * `{+diff}` signs a difference (actual − expected, `差 +2`), `{count:cell|cells}` picks an English
 * plural (src/report/render.ts). A blank cell's actual is null and gets its own message ("为空").
 */
export interface RuleMeta {
  id: string;
  severity: Severity;
  tags: readonly string[];
  /** One sentence: what the rule checks, with its clause in FORMAT.md. */
  description: Text;
  /** Why it matters and how to fix it: shown in the task pane and `disclosure-check rules`. */
  help: Text;
  messages: Record<Locale, Record<string, string>>;
  /** True where the tool could fix the cell by itself (text numbers). */
  fixable?: boolean;
}

/** What a rule reports: data only; the report layer renders the text. */
export interface RawFinding {
  messageId: string;
  cell: CellRef;
  related?: readonly CellRef[];
  table?: LocatedTable;
  row?: string;
  column?: string;
  expected?: Scalar;
  actual?: Scalar;
  data?: Record<string, Scalar>;
  /**
   * Tells apart findings of one rule at one place: a statement's offset in its paragraph, so that two
   * sentences of one paragraph get two fingerprints. Part of the fingerprint; keep it stable.
   */
  key?: string;
  /** A finding about many cells of one kind: each cell as a finding of its own (see Finding.parts). */
  parts?: readonly RawFinding[];
  /** Overrides the rule's default severity (structure/edition is an error or a warning by year). */
  severity?: Severity;
}

/** Last year's report of the same body, for the cross-year rules. */
export interface PreviousReport {
  /** Where it came from, for messages: a sheet name, or `file!sheet`. */
  source: string;
  year: number | null;
  /** Its sheet (as the engine reads it), for the rules that compare the prose as well. */
  grid: Grid;
  tables: readonly LocatedTable[];
  read(table: LocatedTable, rowId: string, columnId: string): CellReading | undefined;
}

export interface RuleContext {
  grid: Grid;
  /** Every table found on the sheet. */
  tables: readonly LocatedTable[];
  /** Reads a table cell's value once, cached. */
  read(table: LocatedTable, rowId: string, columnId: string): CellReading | undefined;
  /** Report year when known (option or title); null otherwise. */
  year: number | null;
  /** Last year's report, when one was given or found in the same workbook. */
  previous?: PreviousReport;
  report(finding: RawFinding): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
  /**
   * Whether the sheet gives the rule something to check: the tables it reads, last year's report,
   * the year, prose. Without it, any table of the format will do. A report lists as run only the
   * rules that applied to at least one sheet (or reported something).
   */
  applies?(context: RuleContext): boolean;
}

/** The default of `Rule.applies`: at least one table of the format on the sheet. */
export const anyTable = (context: RuleContext): boolean => context.tables.length > 0;

/** `Rule.applies` for rules that read one kind of table. */
export const hasTable =
  (table: TableId) =>
  (context: RuleContext): boolean =>
    context.tables.some((t) => t.table === table);
