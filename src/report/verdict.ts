/**
 * The verdict on one report, alike in the task pane and the CLI: a plain pass only when tables
 * 二, 三 and 四 were all found and no error was; a partial pass when some table was not found.
 * And a file's status in the CLI's outputs: valid, invalid, or unreadable.
 */
import { TABLE_IDS, TABLE_SECTION, type TableId } from '../format';
import type { FileResult, FileStatus, Locale, Report } from './types';

/**
 * - `pass`: tables 二, 三 and 四 found, no error (warnings allowed);
 * - `partial`: no error in the tables found, but some of them were not found (their rules did not run);
 * - `fail`: errors (tables may be missing too);
 * - `no-table`: no table of the report at all.
 */
export type Verdict = 'pass' | 'partial' | 'fail' | 'no-table';

export function verdictOf(report: Pick<Report, 'tables' | 'findings' | 'missingTables'>): Verdict {
  if (report.tables.length === 0) return 'no-table';
  if (report.findings.some((f) => f.severity === 'error')) return 'fail';
  return report.missingTables.length > 0 ? 'partial' : 'pass';
}

/** A file is valid when it was read, holds at least one table and has no error findings. */
export function fileStatus(file: FileResult): FileStatus {
  if (!('report' in file)) return 'unreadable';
  const { report } = file;
  const hasError = report.findings.some((f) => f.severity === 'error');
  return !hasError && report.tables.length > 0 ? 'valid' : 'invalid';
}

/**
 * The tables of a report that were found but are incomplete: the missing ones, when at least one
 * table was found (a report without any table is a `no-table` case, not a partial one).
 */
export function partlyMissing(report: Pick<Report, 'tables' | 'missingTables'>): TableId[] {
  return report.tables.length > 0 ? report.missingTables : [];
}

/**
 * Names of tables, in format order: `表二、表四` / `table 四`, `tables 二 and 四`, `tables 二, 三 and 四`.
 */
export function tableNames(tables: readonly TableId[], locale: Locale): string {
  const sections = [...tables]
    .sort((a, b) => TABLE_IDS.indexOf(a) - TABLE_IDS.indexOf(b))
    .map((t) => TABLE_SECTION[t]);
  if (locale !== 'en') return sections.map((s) => `表${s}`).join('、');
  if (sections.length <= 1) return `table ${sections.join('')}`;
  return `tables ${sections.slice(0, -1).join(', ')} and ${sections[sections.length - 1]}`;
}
