/**
 * The text presenter: one line per finding, `path:sheet!A1  错误  message  (ruleId)`, then one
 * summary line in the report locale. Plain text, no colours, so it pipes and diffs cleanly.
 * A file where only some of tables 二, 三 and 四 were found gets a `提示` line naming the others,
 * and the summary says so instead of a plain pass (`⚠ 未发现错误，但未找到表二、表四`).
 * The summary's mark follows the exit code: more warnings than --max-warnings fail the run, so
 * they get ✖ too (`✖ 0 个错误，3 个警告，超过 --max-warnings 0`).
 */
import { describeFindingLocation } from './location';
import { counted } from './render';
import type { TableId } from '../format';
import type { FileResult, Finding, Locale, Presenter, Severity } from './types';
import { fileStatus, partlyMissing, tableNames } from './verdict';

interface TextCatalog {
  severity: Record<Severity, string>;
  /** The word in the severity column of a line that is neither an error nor a warning. */
  note: string;
  unreadable: string;
  noTables: string;
  /** The line of a file where some tables were not found. */
  missing(tables: readonly TableId[]): string;
  counts(c: Counts): string;
  context(c: Counts): string;
  clean: string;
  /** No error, but tables missing: the summary of a partial pass. */
  noErrors: string;
  /** What is missing, for the summary: the tables of the one file, or how many files lack some. */
  partial(c: Counts): string;
  /** The severity column of an accepted finding, and what follows its message. */
  accepted: string;
  reason(reason: string): string;
  /** A review state that matched no finding. */
  unmatched(a: { ruleId: string; reason: string; fingerprint: string }): string;
  /** After the counts: how many findings were accepted and left out of them. */
  acceptedCount(n: number): string;
  /** Joins the counts to what is missing after a pass (“，但”)… */
  but: string;
  /** …and after a failure (“；”). */
  also: string;
  /** After the counts, when the warnings are more than --max-warnings allows. */
  overLimit(max: number): string;
}

interface Counts {
  files: number;
  tables: number;
  errors: number;
  warnings: number;
  unreadable: number;
  /** Files with some of the tables but not all. */
  partial: number;
  /** The missing tables of the last such file (named when it is the only file). */
  missing: readonly TableId[];
  /** Findings accepted by a review state: listed, not counted as errors or warnings. */
  accepted: number;
}

const CATALOG: Record<Locale, TextCatalog> = {
  'zh-CN': {
    severity: { error: '错误', warning: '警告' },
    note: '提示',
    unreadable: '无法读取：',
    noTables: '未找到政府信息公开年报的表格（表二、表三、表四）',
    missing: (tables) => `未找到${tableNames(tables, 'zh-CN')}，只校验了找到的表格`,
    counts: (c) => `${c.errors} 个错误，${c.warnings} 个警告`,
    context: (c) =>
      `（${c.files} 个文件，${c.tables} 张表${c.unreadable > 0 ? `，${c.unreadable} 个文件无法读取` : ''}）`,
    clean: '没有发现问题',
    noErrors: '未发现错误',
    partial: (c) =>
      c.files === 1 ? `未找到${tableNames(c.missing, 'zh-CN')}` : `有 ${c.partial} 个文件未找到全部表格`,
    accepted: '已确认',
    reason: (r) => `（确认理由：${r}）`,
    unmatched: (a) =>
      `已确认的问题（${a.ruleId}，理由：${a.reason}）已不存在，可用 --prune-suppressions 删除这条确认（${a.fingerprint}）`,
    acceptedCount: (n) => `，另有 ${n} 个已确认`,
    but: '，但',
    also: '；',
    overLimit: (max) => `，超过 --max-warnings ${max}`,
  },
  en: {
    severity: { error: 'error', warning: 'warning' },
    note: 'note',
    unreadable: 'cannot read: ',
    noTables: 'no table of the annual disclosure report found (tables 二, 三, 四)',
    missing: (tables) => `not found: ${tableNames(tables, 'en')}; only the tables found were checked`,
    counts: (c) => `${counted(c.errors, 'error', 'errors')}, ${counted(c.warnings, 'warning', 'warnings')}`,
    context: (c) =>
      ` (${counted(c.files, 'file', 'files')}, ${counted(c.tables, 'table', 'tables')}${
        c.unreadable > 0 ? `, ${c.unreadable} unreadable` : ''
      })`,
    clean: 'no problems',
    noErrors: 'no errors',
    partial: (c) =>
      c.files === 1
        ? `${tableNames(c.missing, 'en')} ${c.missing.length === 1 ? 'was' : 'were'} not found`
        : `${counted(c.partial, 'file lacks', 'files lack')} some tables`,
    accepted: 'accepted',
    reason: (r) => ` (accepted: ${r})`,
    unmatched: (a) =>
      `an accepted finding (${a.ruleId}, reason: ${a.reason}) no longer occurs; --prune-suppressions removes it (${a.fingerprint})`,
    acceptedCount: (n) => `, ${n} accepted`,
    but: ', but ',
    also: '; ',
    overLimit: (max) => `, more than --max-warnings ${max}`,
  },
};

/** `Sheet1`, or `'My sheet'` quoted as Excel does when the name is not a plain word. */
export function sheetRef(sheet: string): string {
  return /^[\p{L}\p{N}_.]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** `label`: the word in the severity column (an accepted finding's says so instead). */
export function findingLine(
  path: string,
  f: Finding,
  locale: Locale,
  label = CATALOG[locale].severity[f.severity],
): string {
  // A document or text file has no A1 addresses: its findings say which table, row and column,
  // paragraph, or line and column.
  const place =
    f.location.kind === 'cell' ? `${sheetRef(f.sheet)}!${f.address}` : describeFindingLocation(f, locale);
  const where = `${path}:${place}`;
  return `${where}  ${label}  ${f.message}  (${f.ruleId})`;
}

/** An accepted finding: in the list with its reason, marked as accepted instead of its severity. */
export function acceptedLine(path: string, f: Finding, reason: string, locale: Locale): string {
  return `${findingLine(path, f, locale, CATALOG[locale].accepted)}${CATALOG[locale].reason(reason)}`;
}

export function presentText(files: readonly FileResult[], locale: Locale): string {
  const presenter = textPresenter(locale);
  return presenter.header() + files.map((f) => presenter.file(f)).join('') + presenter.footer();
}

export interface TextOptions {
  /** --max-warnings: more warnings than this fail the run, and the summary says so. */
  maxWarnings?: number | null;
}

export function textPresenter(locale: Locale, options: TextOptions = {}): Presenter {
  const maxWarnings = options.maxWarnings ?? null;
  const t = CATALOG[locale];
  const counts: Counts = {
    files: 0,
    tables: 0,
    errors: 0,
    warnings: 0,
    unreadable: 0,
    partial: 0,
    missing: [],
    accepted: 0,
  };
  let valid = true;
  let anyLine = false;
  return {
    header: () => '',
    file(file) {
      counts.files++;
      if (fileStatus(file) !== 'valid') valid = false;
      const lines: string[] = [];
      if (!('report' in file)) {
        counts.unreadable++;
        lines.push(`${file.path}  ${t.severity.error}  ${t.unreadable}${file.error}`);
      } else {
        const { report } = file;
        counts.tables += report.tables.length;
        // The engine reports structure/no-table itself; this line covers runs where that rule is off.
        if (report.tables.length === 0 && report.findings.length === 0)
          lines.push(`${file.path}  ${t.severity.error}  ${t.noTables}`);
        for (const note of file.notes ?? []) lines.push(`${file.path}  ${t.note}  ${note}`);
        const missing = partlyMissing(report);
        if (missing.length > 0) {
          counts.partial++;
          counts.missing = missing;
          lines.push(`${file.path}  ${t.note}  ${t.missing(missing)}`);
        }
        for (const f of report.findings) {
          if (f.severity === 'error') counts.errors++;
          else counts.warnings++;
          lines.push(findingLine(file.path, f, locale));
        }
        for (const { finding, reason } of report.accepted ?? []) {
          counts.accepted++;
          lines.push(acceptedLine(file.path, finding, reason, locale));
        }
        for (const a of report.unmatched ?? []) lines.push(`${file.path}  ${t.note}  ${t.unmatched(a)}`);
      }
      if (lines.length > 0) anyLine = true;
      return lines.map((l) => `${l}\n`).join('');
    },
    footer() {
      const overLimit = maxWarnings !== null && counts.warnings > maxWarnings;
      const ok = counts.files > 0 && valid && !overLimit;
      const clean = ok && counts.warnings === 0;
      const tally = `${t.counts(counts)}${overLimit ? t.overLimit(maxWarnings) : ''}`;
      let verdict = `${ok ? '✔' : '✖'} ${clean ? t.clean : tally}`;
      if (counts.partial > 0)
        verdict = ok
          ? `⚠ ${clean ? t.noErrors : t.counts(counts)}${t.but}${t.partial(counts)}`
          : `${verdict}${t.also}${t.partial(counts)}`;
      const accepted = counts.accepted > 0 ? t.acceptedCount(counts.accepted) : '';
      const summary = `${verdict}${accepted}${t.context(counts)}`;
      return `${anyLine ? '\n' : ''}${summary}\n`;
    },
  };
}
