/**
 * Consolidation (汇总): the departments' reports added up cell by cell into one report of the
 * standard template. Pure data; src/xlsx/consolidate.ts and src/office/consolidate.ts render it.
 */
import type { Edition, TableId, Text } from '../format';
import type { CellValue, NumberKind } from '../grid';
import type { CellRef } from '../locate/types';
import type { Report } from '../report/types';
import type { FillSource } from '../template/fill';
import type { TemplateFill, TemplateValueCell } from '../template/types';

/** One department's report: its sheets with the tables the engine located, and the engine's report. */
export interface Department {
  /** Shown in every list and in the breakdown; a file or sheet name. */
  name: string;
  sources: readonly FillSource[];
  report: Report;
}

export interface ConsolidateOptions {
  /**
   * Leave out departments whose tables have error findings (they are listed either way). Off by
   * default: a total covers every department it was given unless the user chooses otherwise.
   */
  excludeInvalid?: boolean;
  /** Inputs the user left out as duplicates: index → name of the department kept in their place. */
  duplicateOf?: ReadonlyMap<number, string>;
  /** Edition of the consolidated report; by default the one most departments use. */
  edition?: Edition;
  /** Year of the consolidated report; by default the one most departments state. */
  year?: number | null;
}

/** Why a department is left out of the sums. */
export type ExclusionReason = 'edition' | 'errors' | 'no-tables' | 'duplicate';

/**
 * A front end's own words for its controls, so that notes name what the user can actually use
 * there (`--exclude-invalid` on the console, the checkbox in the pane, the ticks on the page).
 */
export interface FrontEndWords {
  /** The control that left out departments with errors, as it fits `按{control}未纳入汇总`. */
  excludeControl: Text;
  /** A sentence saying how to leave out departments with errors in this front end. */
  excludeHint: Text;
  /** The control that chose among duplicate inputs, as it fits `按{control}未纳入汇总`. */
  keepControl: Text;
}

/** A table of a department that the sums take their numbers from. */
export interface UsedTable {
  table: TableId;
  sheet: string;
  /** A1 range, e.g. `A35:J62`. */
  range: string;
}

export interface DepartmentStatus {
  name: string;
  /** Editions of its tables 二 and 三 (table 四 is the same in both); empty when it has neither. */
  editions: Edition[];
  year: number | null;
  /** Error and warning findings in the tables the sums use. */
  errors: number;
  warnings: number;
  /** First few error messages, to say in the lists why a department is invalid. */
  errorMessages: string[];
  used: UsedTable[];
  /** Tables of the format the department lacks (its cells count as 0). */
  missing: TableId[];
  /** Tables found more than once: the first one is used. */
  duplicates: TableId[];
  /** Its stated year differs from the consolidated report's. */
  otherYear: boolean;
  excluded: ExclusionReason | null;
  /** For `duplicate`: the department kept in its place. */
  duplicateOf?: string;
}

/** A department's cell behind one consolidated cell. */
export interface Contribution {
  department: string;
  sheet: string;
  /** The department sheet's own cell (for a row copied from PDF, the cell holding the row's text). */
  cell: CellRef;
  /**
   * The number is one of several in `cell`'s text (a row copied from PDF, label and numbers in one
   * cell): a formula cannot reference it.
   */
  shared?: boolean;
  /** What the engine read: the number itself for a shared cell. */
  raw: CellValue;
  kind: NumberKind;
  /** What the sum uses; null when unreadable (then it adds nothing and is listed). */
  value: number | null;
}

/** One input cell of the consolidated report and the departments' cells it adds up. */
export interface ConsolidatedCell extends Omit<TemplateValueCell, 'role' | 'cell'> {
  value: number;
  /** One per included department holding the table and the cell, in department order. */
  parts: Contribution[];
}

/** A department's cell that adds nothing to the sums: its table lacks it, or it holds no number. */
export type SkippedCell = SkippedPlace &
  (
    | /** The department's table lacks the row or column. */ { reason: 'missing' }
    | /** Not a number: `Sheet!B7` and what it holds (never blank: a blank cell counts as 0). */ {
        reason: 'unreadable';
        source: string;
        raw: CellValue;
      }
  );

interface SkippedPlace {
  department: string;
  table: TableId;
  rowId: string;
  columnId: string;
  rowLabel: Text;
  columnLabel: Text;
}

export interface Consolidation {
  edition: Edition;
  year: number | null;
  /** The user's choice: departments with errors are left out (else they are in the sums). */
  excludeInvalid: boolean;
  /** Every department given, in order, with whether and why it was left out. */
  departments: DepartmentStatus[];
  /** Input cells of tables 二, 三 and 四 in template order. */
  cells: ConsolidatedCell[];
  skipped: SkippedCell[];
  /** `cells` as values for buildTemplate / applyValues. */
  fills: TemplateFill[];
}
