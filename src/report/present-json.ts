/**
 * The JSON presenter: the public, stable output of `disclosure-check check --format json`.
 * Every key is always present (absent scalars are null) so consumers can rely on the shape;
 * the only optional key is a file's `error`, present exactly when its status is `unreadable`.
 * Fields are only ever added: `previous` and `annotated` came with batch checking, a file's
 * `missingTables` and the summary's `partial` with partial verdicts, a finding's `location` and
 * `where` and a file's `format` and `notes` with the document readers.
 */
import type { Edition, TableId } from '../format';
import { TOOL_NAME, TOOL_VERSION } from '../version';
import { describeFindingLocation } from './location';
import type { Indicators } from './indicators';
import type {
  FileResult,
  FileStatus,
  Finding,
  FindingLocation,
  Locale,
  Presenter,
  Scalar,
  Severity,
} from './types';
import { fileStatus } from './verdict';

export interface JsonTable {
  table: TableId;
  edition: Edition;
  sheet: string;
  range: string;
}

export interface JsonFinding {
  ruleId: string;
  severity: Severity;
  sheet: string;
  address: string;
  related: string[];
  table: TableId | null;
  row: string | null;
  column: string | null;
  expected: Scalar;
  actual: Scalar;
  message: string;
  fingerprint: string;
  /**
   * Where the finding is in the file's own terms: `{kind:'cell', sheet, address}` for a workbook;
   * `{kind:'text', line, column}` for a .txt/.tsv/.csv (where the field starts, as an editor counts);
   * `{kind:'table-cell', table, row, column, page}` or `{kind:'paragraph', paragraph, quote, page}`
   * for a Word file, web page or PDF (numbers from 1, page null but for PDFs). `sheet` and `address`
   * stay A1 for every kind (the grid the checker read).
   */
  location: FindingLocation;
  /** The location as a sentence in the report's language, e.g. `表三（…）：第 2 个表格第 7 行第 3 列`. */
  where: string;
}

export interface JsonFile {
  path: string;
  status: FileStatus;
  error?: string;
  tables: JsonTable[];
  /**
   * Tables of the report (`proactive` 二, `applications` 三, `reviews` 四) not found in the file: their
   * rules did not run, so `valid` covers only the tables found. All three when none was found; empty
   * for an unreadable file.
   */
  missingTables: TableId[];
  findings: JsonFinding[];
  /** Path of last year's report compared with by the cross-year rules, or null. */
  previous: string | null;
  /** Path of the annotated copy (--annotate), or null. */
  annotated: string | null;
  /** How the file was read (`xlsx`, `text`, `docx`, `html`, `mhtml`, `pdf`), null when unreadable. */
  format: string | null;
  /** Notes on how it was read, in the report's language (e.g. tracked changes read as accepted). */
  notes: string[];
  /** Findings accepted by a review state (`--suppressions`), with the reason: not in `findings`, not counted. */
  accepted: (JsonFinding & { reason: string })[];
  /** Review states of this file that matched no finding: the problem is gone, the entry can be pruned. */
  unmatchedSuppressions: { fingerprint: string; ruleId: string; reason: string }[];
  /**
   * Per sheet with table 三 or 四: 公开率 ((一)+(二))/(七), 不予公开占比 (三)/(七) and 纠错率 (table 四
   * 结果纠正/总计, per group and overall), each as {numerator, denominator, value}; value null when
   * the denominator is 0. Not findings.
   */
  indicators: ({ sheet: string } & Indicators)[];
}

export interface JsonOutput {
  tool: { name: string; version: string };
  /**
   * `valid`: every file read, with tables and no errors. `partial`: how many files hold some of the
   * tables but not all: a valid one among them passed only on the tables found.
   */
  summary: {
    files: number;
    tables: number;
    errors: number;
    warnings: number;
    valid: boolean;
    partial: number;
    /** Findings accepted by review states, over all files (not in errors or warnings). */
    accepted: number;
  };
  files: JsonFile[];
}

export function toJsonFinding(f: Finding, locale: Locale): JsonFinding {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    sheet: f.sheet,
    address: f.address,
    related: [...(f.related ?? [])],
    table: f.table ?? null,
    row: f.row ?? null,
    column: f.column ?? null,
    expected: f.expected ?? null,
    actual: f.actual ?? null,
    message: f.message,
    fingerprint: f.fingerprint,
    location: f.location,
    where: describeFindingLocation(f, locale),
  };
}

export function toJsonFile(file: FileResult): JsonFile {
  const status = fileStatus(file);
  if (!('report' in file))
    return {
      path: file.path,
      status,
      error: file.error,
      tables: [],
      missingTables: [],
      findings: [],
      previous: null,
      annotated: null,
      format: null,
      notes: [],
      accepted: [],
      unmatchedSuppressions: [],
      indicators: [],
    };
  return {
    path: file.path,
    status,
    tables: file.report.tables.map((t) => ({
      table: t.table,
      edition: t.edition,
      sheet: t.sheet,
      range: t.range,
    })),
    missingTables: [...file.report.missingTables],
    findings: file.report.findings.map((f) => toJsonFinding(f, file.report.locale)),
    previous: file.previous ?? null,
    annotated: file.annotated ?? null,
    format: file.format ?? null,
    notes: [...(file.notes ?? [])],
    accepted: (file.report.accepted ?? []).map(({ finding, reason }) => ({
      ...toJsonFinding(finding, file.report.locale),
      reason,
    })),
    unmatchedSuppressions: (file.report.unmatched ?? []).map(({ fingerprint, ruleId, reason }) => ({
      fingerprint,
      ruleId,
      reason,
    })),
    indicators: file.report.sheetSummaries.flatMap((s) =>
      s.indicators ? [{ sheet: s.sheet, ...s.indicators }] : [],
    ),
  };
}

export type JsonSummary = JsonOutput['summary'];

/** The summary of files presented so far: folded one file at a time, so batches stream. */
export function emptySummary(): JsonSummary {
  return { files: 0, tables: 0, errors: 0, warnings: 0, valid: false, partial: 0, accepted: 0 };
}

export function addToSummary(summary: JsonSummary, file: JsonFile): JsonSummary {
  const errors = file.findings.filter((f) => f.severity === 'error').length;
  return {
    files: summary.files + 1,
    tables: summary.tables + file.tables.length,
    errors: summary.errors + errors,
    warnings: summary.warnings + file.findings.length - errors,
    valid: (summary.files === 0 || summary.valid) && file.status === 'valid',
    partial: summary.partial + (file.tables.length > 0 && file.missingTables.length > 0 ? 1 : 0),
    accepted: summary.accepted + file.accepted.length,
  };
}

export const JSON_TOOL = { name: TOOL_NAME, version: TOOL_VERSION };

export function toJsonOutput(files: readonly FileResult[]): JsonOutput {
  const out = files.map(toJsonFile);
  return { tool: { ...JSON_TOOL }, summary: out.reduce(addToSummary, emptySummary()), files: out };
}

/**
 * The same document written as it comes: `tool`, the files one by one, then `summary` (last,
 * since it is only known at the end; key order carries no meaning in JSON).
 */
export function jsonPresenter(): Presenter {
  let summary = emptySummary();
  let count = 0;
  const indent = (text: string) => text.replace(/^/gm, '    ');
  return {
    header: () => `{\n  "tool": ${JSON.stringify(JSON_TOOL)},\n  "files": [`,
    file(result) {
      const file = toJsonFile(result);
      summary = addToSummary(summary, file);
      return `${count++ === 0 ? '\n' : ',\n'}${indent(JSON.stringify(file, null, 2))}`;
    },
    footer: () =>
      `${count > 0 ? '\n  ' : ''}],\n  "summary": ${JSON.stringify(summary, null, 2).replace(/\n/g, '\n  ')}\n}\n`,
  };
}

/** Pretty-printed JSON with a final newline. */
export function presentJson(files: readonly FileResult[]): string {
  return `${JSON.stringify(toJsonOutput(files), null, 2)}\n`;
}
