import type { Edition, TableId, Text } from '../format';
import type { Indicators } from './indicators';

export type Severity = 'error' | 'warning';
export type Locale = 'zh-CN' | 'en';
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

export type Scalar = number | string | null;

/**
 * Where a finding is in the file it came from: a spreadsheet cell; for a document (Word, web
 * page, PDF) its table (numbered from 1 in document order, row and column from 1 within it) or
 * its paragraph (numbered from 1, with the first words), and the page where the format has pages;
 * for a text file (.txt, .tsv, .csv) the line and column where the field starts, as an editor
 * counts them (from 1; the column in characters, a tab one).
 */
export type FindingLocation =
  | { kind: 'cell'; sheet: string; address: string }
  | { kind: 'table-cell'; table: number; row: number; column: number; page: number | null }
  | { kind: 'paragraph'; paragraph: number; quote: string; page: number | null }
  | { kind: 'text'; line: number; column: number };

/** One problem, pointing at one real cell. The JSON output carries exactly the public fields. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell the finding is about. */
  address: string;
  /** A1 addresses of the other cells the rule read. */
  related: string[];
  /** The same place as `address`, in the container's own terms (see FindingLocation). */
  location: FindingLocation;
  table: TableId | null;
  row: string | null;
  column: string | null;
  expected: Scalar;
  actual: Scalar;
  /** Rendered in the report's locale. */
  message: string;
  /** Rule + sheet + table instance + row/column ids: stable when the table moves. */
  fingerprint: string;
  // ---- not part of the JSON output ----
  messageId: string;
  /** Official row and column labels of the cell, when it is a table cell. */
  rowLabel?: Text;
  columnLabel?: Text;
  /** Edition and ordinal of the table the finding belongs to. */
  edition?: Edition;
  tableIndex?: number;
  data: Record<string, Scalar>;
  /**
   * A finding about many cells of one kind (every blank cell of a table): each cell with its own
   * message. `address` is the first of them and `related` the others; every one is marked.
   */
  parts?: FindingPart[];
}

/** One cell of a grouped finding. */
export interface FindingPart {
  address: string;
  location: FindingLocation;
  row: string | null;
  column: string | null;
  rowLabel?: Text;
  columnLabel?: Text;
  expected: Scalar;
  actual: Scalar;
  message: string;
}

export interface TableSummary {
  table: TableId;
  edition: Edition;
  sheet: string;
  /** A1 range the table covers, e.g. `A35:J62`. */
  range: string;
  index: number;
}

/** One sheet of a checked workbook, for the per-sheet overview. */
export interface SheetSummary {
  sheet: string;
  /** Reporting body from the sheet's title, when it names one. */
  body: string | null;
  /** Year from the title or sheet name (or the year option). */
  year: number | null;
  /** Editions of the tables found on the sheet (usually one). */
  editions: Edition[];
  tables: number;
  errors: number;
  warnings: number;
  /** Sheet used as last year's report for the cross-year rules, if any. */
  previous: string | null;
  /** 公开率, 不予公开占比, 纠错率 of the sheet's first tables 三 and 四; null without either. */
  indicators: Indicators | null;
}

/** A review state: the finding (by fingerprint) a reviewer accepted, and why; src/report/reviews.ts applies them. */
export interface Acceptance {
  /** The finding's fingerprint: rule, sheet, table and cell ids (see Finding.fingerprint). */
  fingerprint: string;
  /** Kept for people reading the file and for the "no longer matches" message. */
  ruleId: string;
  reason: string;
  /** The finding's message when it was accepted, for people reading the file. */
  message?: string;
  /** ISO date of the acceptance. */
  accepted?: string;
}

export interface AcceptedFinding {
  finding: Finding;
  reason: string;
}

export interface Report {
  locale: Locale;
  sheets: string[];
  /** Per sheet, in workbook order: body, year, editions and counts. */
  sheetSummaries: SheetSummary[];
  tables: TableSummary[];
  /** Sorted: sheet order, then table position, suspect cells first within a table, then by address. */
  findings: Finding[];
  errors: number;
  warnings: number;
  /**
   * True when there are no error-severity findings and at least one table was found. Tables may
   * still be missing (`missingTables`): `verdictOf` tells a full pass from a partial one.
   */
  valid: boolean;
  /**
   * The report's tables (二 proactive, 三 applications, 四 reviews, in that order) found on none of
   * the checked sheets: their rules had nothing to check. All three when no table was found.
   */
  missingTables: TableId[];
  /**
   * Ids of the rules that had something to check on at least one sheet (`Rule.applies`), in
   * registry order: not the table 四 rules without a table 四, nor the cross-year rules without last
   * year's report.
   */
  rulesRun: string[];
  /** Report year where it was known (option or title), used by structure/edition. */
  year: number | null;
  /** Findings a reviewer accepted with a reason (src/report/reviews.ts): not in `findings`, not counted. */
  accepted?: AcceptedFinding[];
  /** Review states that matched no finding of this report (the cell was fixed, or the rule changed). */
  unmatched?: Acceptance[];
}

/** What a front end hands the presenters for each input file: its report, or why it was unreadable. */
export type FileResult =
  | {
      path: string;
      report: Report;
      /** Last year's report the cross-year rules compared with, when there was one. */
      previous?: string | null;
      /** The annotated copy written for this file (--annotate). */
      annotated?: string | null;
      /** How the file was read: `xlsx`, `text`, `docx`, `html`, `mhtml` or `pdf`. */
      format?: string | null;
      /** What the reader did that the user should know (tracked changes accepted, a conversion), rendered. */
      notes?: string[];
    }
  | { path: string; error: string };

export type FileStatus = 'valid' | 'invalid' | 'unreadable';

/**
 * A presenter streams: `header()` once, `file()` for each result as it comes, `footer()` at the
 * end with what it counted. Every piece is text to write as it is.
 */
export interface Presenter {
  header(): string;
  file(result: FileResult): string;
  footer(): string;
}
