/**
 * The CSV presenter (`--format csv`): one row per finding, and one row for each file without
 * findings (valid, or unreadable with its reason), so every input appears. RFC 4180 quoting, and
 * safe to open in a spreadsheet: a cell that a spreadsheet would take for a formula (starting
 * with = + - @, a tab or a carriage return) gets a leading apostrophe. Plain numbers stay numbers.
 * Columns are only ever added at the end: `missingTables` (the ids of the tables not found in the
 * file, space-separated, e.g. `proactive reviews`) came with partial verdicts; `location` (where
 * the finding is in a Word file, web page or PDF, or at which line and column of a text file, in
 * words; `Sheet!A1` for a workbook) with the
 * document readers; `accepted` (the reason a reviewer gave, on the rows of accepted findings, which
 * do not count) with review states.
 */
import { formatScalar } from './render';
import { describeFindingLocation } from './location';
import type { Locale, Presenter, Scalar } from './types';
import { fileStatus } from './verdict';

export const CSV_COLUMNS = [
  'path',
  'status',
  'severity',
  'ruleId',
  'sheet',
  'address',
  'table',
  'row',
  'column',
  'expected',
  'actual',
  'message',
  'fingerprint',
  'previous',
  'annotated',
  'missingTables',
  'location',
  'accepted',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
/** A negative number starts like a formula but is not one (a positive one never starts so). */
const NEGATIVE_NUMBER = /^-\d+(\.\d+)?$/;

/** One CSV field: neutralised against formula injection, then quoted when it needs to be. */
export function csvField(value: Scalar | undefined): string {
  let text =
    value === null || value === undefined ? '' : typeof value === 'number' ? formatScalar(value) : value;
  if (FORMULA_START.test(text) && !NEGATIVE_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvRow = (fields: readonly (Scalar | undefined)[]) => `${fields.map(csvField).join(',')}\r\n`;

/**
 * `bom`: start with a UTF-8 byte-order mark, so Excel opens the Chinese text correctly.
 * `locale`: the language of the location column (the messages come rendered in the report's).
 */
export function csvPresenter(options: { bom?: boolean; locale?: Locale } = {}): Presenter {
  const locale = options.locale ?? 'zh-CN';
  return {
    header: () => `${options.bom ? '\uFEFF' : ''}${csvRow(CSV_COLUMNS)}`,
    file(result) {
      const status = fileStatus(result);
      if (!('report' in result)) {
        const row: Scalar[] = CSV_COLUMNS.map(() => null);
        row[0] = result.path;
        row[1] = status;
        row[2] = 'error';
        row[CSV_COLUMNS.indexOf('message')] = result.error;
        row.length = CSV_COLUMNS.length;
        return csvRow(row);
      }
      const tail = [result.previous ?? null, result.annotated ?? null, result.report.missingTables.join(' ')];
      const rows = [
        ...result.report.findings.map((f) => ({ f, reason: null as string | null })),
        ...(result.report.accepted ?? []).map(({ finding, reason }) => ({ f: finding, reason })),
      ];
      if (rows.length === 0)
        return csvRow([result.path, status, ...Array<null>(11).fill(null), ...tail, null, null]);
      return rows
        .map(({ f, reason }) =>
          csvRow([
            result.path,
            status,
            f.severity,
            f.ruleId,
            f.sheet,
            f.address,
            f.table,
            f.row,
            f.column,
            f.expected,
            f.actual,
            f.message,
            f.fingerprint,
            ...tail,
            describeFindingLocation(f, locale),
            reason,
          ]),
        )
        .join('');
    },
    footer: () => '',
  };
}
