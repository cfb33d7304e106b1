/**
 * The JSON presenter: the public, stable output of `disclosure-check check --format json`.
 * Every key is always present (absent scalars are null) so consumers can rely on the shape;
 * the only optional key is a file's `error`, present exactly when its status is `unreadable`.
 */
import type { Edition, TableId } from '../format';
import { TOOL_NAME, TOOL_VERSION } from '../version';
import type { Finding, Report, Scalar, Severity } from './types';

/** What a front end hands the presenters for each input file: its report, or why it was unreadable. */
export type FileResult = { path: string; report: Report } | { path: string; error: string };

export type FileStatus = 'valid' | 'invalid' | 'unreadable';

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
}

export interface JsonFile {
  path: string;
  status: FileStatus;
  error?: string;
  tables: JsonTable[];
  findings: JsonFinding[];
}

export interface JsonOutput {
  tool: { name: string; version: string };
  summary: { files: number; tables: number; errors: number; warnings: number; valid: boolean };
  files: JsonFile[];
}

/** A file is valid when it was read, holds at least one table and has no error findings. */
export function fileStatus(file: FileResult): FileStatus {
  if (!('report' in file)) return 'unreadable';
  const { report } = file;
  const hasError = report.findings.some((f) => f.severity === 'error');
  return !hasError && report.tables.length > 0 ? 'valid' : 'invalid';
}

export function toJsonFinding(f: Finding): JsonFinding {
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
  };
}

export function toJsonFile(file: FileResult): JsonFile {
  const status = fileStatus(file);
  if (!('report' in file)) return { path: file.path, status, error: file.error, tables: [], findings: [] };
  return {
    path: file.path,
    status,
    tables: file.report.tables.map((t) => ({
      table: t.table,
      edition: t.edition,
      sheet: t.sheet,
      range: t.range,
    })),
    findings: file.report.findings.map(toJsonFinding),
  };
}

export function toJsonOutput(files: readonly FileResult[]): JsonOutput {
  const out = files.map(toJsonFile);
  const all = out.flatMap((f) => f.findings);
  const errors = all.filter((f) => f.severity === 'error').length;
  const warnings = all.length - errors;
  const tables = out.reduce((n, f) => n + f.tables.length, 0);
  return {
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    summary: {
      files: out.length,
      tables,
      errors,
      warnings,
      valid: out.length > 0 && out.every((f) => f.status === 'valid'),
    },
    files: out,
  };
}

/** Pretty-printed JSON with a final newline. */
export function presentJson(files: readonly FileResult[]): string {
  return `${JSON.stringify(toJsonOutput(files), null, 2)}\n`;
}
