/**
 * The text presenter: one line per finding, `path:sheet!A1  错误  message  (ruleId)`, then one
 * summary line in the report locale. Plain text, no colours, so it pipes and diffs cleanly.
 */
import type { Finding, Locale, Severity } from './types';
import { fileStatus, type FileResult } from './present-json';

interface TextCatalog {
  severity: Record<Severity, string>;
  unreadable: string;
  noTables: string;
  counts(c: Counts): string;
  context(c: Counts): string;
  clean: string;
}

interface Counts {
  files: number;
  tables: number;
  errors: number;
  warnings: number;
  unreadable: number;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const CATALOG: Record<Locale, TextCatalog> = {
  'zh-CN': {
    severity: { error: '错误', warning: '警告' },
    unreadable: '无法读取：',
    noTables: '未找到政府信息公开年报的表格（表二、表三、表四）',
    counts: (c) => `${c.errors} 个错误，${c.warnings} 个警告`,
    context: (c) =>
      `（${c.files} 个文件，${c.tables} 张表${c.unreadable > 0 ? `，${c.unreadable} 个文件无法读取` : ''}）`,
    clean: '没有发现问题',
  },
  en: {
    severity: { error: 'error', warning: 'warning' },
    unreadable: 'cannot read: ',
    noTables: 'no table of the annual disclosure report found (tables 二, 三, 四)',
    counts: (c) => `${plural(c.errors, 'error', 'errors')}, ${plural(c.warnings, 'warning', 'warnings')}`,
    context: (c) =>
      ` (${plural(c.files, 'file', 'files')}, ${plural(c.tables, 'table', 'tables')}${
        c.unreadable > 0 ? `, ${c.unreadable} unreadable` : ''
      })`,
    clean: 'no problems',
  },
};

/** `Sheet1`, or `'My sheet'` quoted as Excel does when the name is not a plain word. */
export function sheetRef(sheet: string): string {
  return /^[\p{L}\p{N}_.]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function findingLine(path: string, f: Finding, locale: Locale): string {
  const where = `${path}:${sheetRef(f.sheet)}!${f.address}`;
  return `${where}  ${CATALOG[locale].severity[f.severity]}  ${f.message}  (${f.ruleId})`;
}

export function presentText(files: readonly FileResult[], locale: Locale): string {
  const presenter = textPresenter(locale);
  return presenter.header() + files.map((f) => presenter.file(f)).join('') + presenter.footer();
}

/**
 * A presenter streams: `header()` once, `file()` for each result as it comes, `footer()` at the
 * end with what it counted. Every piece is text to write as it is.
 */
export interface Presenter {
  header(): string;
  file(result: FileResult): string;
  footer(): string;
}

export function textPresenter(locale: Locale): Presenter {
  const t = CATALOG[locale];
  const counts: Counts = { files: 0, tables: 0, errors: 0, warnings: 0, unreadable: 0 };
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
        for (const f of report.findings) {
          if (f.severity === 'error') counts.errors++;
          else counts.warnings++;
          lines.push(findingLine(file.path, f, locale));
        }
      }
      if (lines.length > 0) anyLine = true;
      return lines.map((l) => `${l}\n`).join('');
    },
    footer() {
      const ok = counts.files > 0 && valid;
      const clean = ok && counts.warnings === 0;
      const summary = `${ok ? '✔' : '✖'} ${clean ? t.clean : t.counts(counts)}${t.context(counts)}`;
      return `${anyLine ? '\n' : ''}${summary}\n`;
    },
  };
}
