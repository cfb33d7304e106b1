/**
 * The batch table's rows, without React: one row per checked file plus one 缺报 row per expected
 * department that no file belongs to, and the table's sorting, status filter and search.
 */
import type { Ratio } from '../report/indicators';
import type { CheckedFile, FileStatus } from './types';

export type RowStatus = FileStatus | 'missing';
export type StatusFilter = 'all' | RowStatus;
export const STATUS_FILTERS: readonly StatusFilter[] = ['all', 'valid', 'invalid', 'unreadable', 'missing'];

export interface FileRow {
  kind: 'file';
  key: string;
  status: FileStatus;
  file: CheckedFile;
  /** The expected department the file was matched to; null without a list or without a match. */
  department: string | null;
  /** A list of departments was given and the file matches none of them (名单外). */
  unexpected: boolean;
}

export interface MissingRow {
  kind: 'missing';
  key: string;
  status: 'missing';
  /** The expected department with no file (缺报). */
  department: string;
}

export type BatchRow = FileRow | MissingRow;

export type SortKey =
  | 'name'
  | 'body'
  | 'year'
  | 'edition'
  | 'status'
  | 'errors'
  | 'warnings'
  | 'previous'
  | 'disclosure'
  | 'correction';
export type SortDirection = 'ascending' | 'descending';
export interface SortOrder {
  key: SortKey;
  direction: SortDirection;
}

// ---- matching department names ----

// Anything that is not a letter or a digit: spaces, punctuation and symbols alike.
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/** NFKC (full width → half width), lower case, letters and digits only: what two spellings share. */
export function normaliseName(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(NOT_WORD, '');
}

/** Short names (财政, 市局) are in too many longer ones to say anything by containment. */
const MIN_CONTAINED = 3;

/**
 * How well an expected name fits a file's name or body, both normalised: 1 when equal, else the
 * shorter's share of the longer when one contains the other, else 0. The share lets the closest
 * of several containing names win (市公安局交通警察支队 over 市公安局).
 */
export function matchScore(expected: string, candidate: string): number {
  if (expected === '' || candidate === '') return 0;
  if (expected === candidate) return 1;
  const [shorter, longer] =
    expected.length < candidate.length ? [expected, candidate] : [candidate, expected];
  if (shorter.length < MIN_CONTAINED || !longer.includes(shorter)) return 0;
  return shorter.length / longer.length;
}

/** `科室/市财政局2024年报.docx` → `科室/市财政局2024年报`: the extension says nothing of the body. */
const withoutExtension = (name: string): string => name.replace(/\.[a-z0-9]{1,5}$/i, '');

/**
 * The expected department a file belongs to: by its body when that matches one, else by its file
 * name, else by its path (reports are often kept in a folder per department). Null when none.
 */
export function departmentOf(file: CheckedFile, expected: readonly string[]): string | null {
  const keys = expected.map(normaliseName);
  const candidates = [file.body ?? '', withoutExtension(file.name), withoutExtension(file.path)];
  for (const candidate of candidates.map(normaliseName)) {
    let best = -1;
    let bestScore = 0;
    keys.forEach((key, i) => {
      const score = matchScore(key, candidate);
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    if (best >= 0) return expected[best];
  }
  return null;
}

/** One row per file (in batch order), then one 缺报 row per expected department with no file. */
export function rowsOf(files: readonly CheckedFile[], expected: readonly string[]): BatchRow[] {
  const found = new Set<string>();
  const fileRows = files.map((file): FileRow => {
    const department = departmentOf(file, expected);
    if (department !== null) found.add(department);
    return {
      kind: 'file',
      key: `file:${file.id}`,
      status: file.status,
      file,
      department,
      unexpected: expected.length > 0 && department === null,
    };
  });
  const missing = [...new Set(expected)]
    .filter((d) => !found.has(d))
    .map((department): MissingRow => ({
      kind: 'missing',
      key: `missing:${department}`,
      status: 'missing',
      department,
    }));
  return [...fileRows, ...missing];
}

// ---- the list of expected departments, as pasted ----

const SEPARATORS = /[\n\r\t,，、;；]+/;
// A pasted column's heading (单位名称, 应报单位, 部门, …) or its serial-number heading.
const HEADING =
  /^(?:序号|编号|名称|名单|(?:应报|报送|填报)?(?:单位|部门|机关)(?:名称|全称|名单)?|no|name|names|department|departments|unit|units|body|organi[sz]ation)$/;
// A serial number (1, 1., (1)) left over from a pasted numbered column: not a name.
const SERIAL = /^\d+$/;

/**
 * The expected departments from pasted text: one per line, or separated by ，、, ; or tabs; trimmed,
 * blanks and repeats (by normalised name) dropped, and a heading line (单位名称, 序号	部门) skipped.
 */
export function parseExpected(text: string): string[] {
  const lines = text.split(/\r?\n|\r/).map((line) =>
    line
      .split(SEPARATORS)
      .map((item) => item.trim())
      .filter((item) => normaliseName(item) !== '' && !SERIAL.test(normaliseName(item))),
  );
  const first = lines.findIndex((items) => items.length > 0);
  if (first >= 0 && lines[first].every((item) => HEADING.test(normaliseName(item)))) lines.splice(first, 1);
  const seen = new Set<string>();
  const names: string[] = [];
  for (const item of lines.flat()) {
    const key = normaliseName(item);
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(item);
  }
  return names;
}

// ---- figures shown per file ----

/** 公开率 and 纠错率 of a file: from its first sheet that has them (one department per file). */
export function figuresOf(file: CheckedFile): { disclosure: Ratio | null; correction: Ratio | null } {
  const indicators = file.report?.sheetSummaries.find((s) => s.indicators !== null)?.indicators ?? null;
  return {
    disclosure: indicators?.disclosureRate ?? null,
    correction: indicators?.correctionRate?.overall ?? null,
  };
}

// ---- sorting, filtering, search ----

/** Worst first: what needs attention comes to the top of an ascending sort. */
const STATUS_RANK: Record<RowStatus, number> = { unreadable: 0, invalid: 1, missing: 2, valid: 3 };

/** The value a row is sorted by; null sorts last in both directions. */
export function sortValue(row: BatchRow, key: SortKey): string | number | null {
  if (key === 'status') return STATUS_RANK[row.status];
  if (row.kind === 'missing') return key === 'body' ? row.department : null;
  const { file } = row;
  switch (key) {
    case 'name':
      return file.name;
    case 'body':
      return file.body;
    case 'year':
      return file.year;
    case 'edition':
      return file.editions.length > 0 ? Math.min(...file.editions.map(Number)) : null;
    case 'errors':
      return file.report?.errors ?? null;
    case 'warnings':
      return file.report?.warnings ?? null;
    case 'previous':
      return file.previous;
    case 'disclosure':
      return figuresOf(file).disclosure?.value ?? null;
    case 'correction':
      return figuresOf(file).correction?.value ?? null;
  }
}

// Pinyin order for Chinese names, numbers within names by value (局2 before 局10).
const collator = new Intl.Collator('zh-CN', { numeric: true });

const compareValues = (a: string | number, b: string | number): number =>
  typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));

/** A sorted copy: stable (equal rows keep their order in both directions), nulls last. */
export function sortRows(rows: readonly BatchRow[], order: SortOrder | null): BatchRow[] {
  if (order === null) return [...rows];
  const sign = order.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: sortValue(row, order.key) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        const nulls = (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0);
        return nulls || a.index - b.index;
      }
      return sign * compareValues(a.value, b.value) || a.index - b.index;
    })
    .map((entry) => entry.row);
}

export function filterRows(rows: readonly BatchRow[], filter: StatusFilter): BatchRow[] {
  return filter === 'all' ? [...rows] : rows.filter((row) => row.status === filter);
}

/** Rows whose body, file name or department contains the query, compared normalised. */
export function searchRows(rows: readonly BatchRow[], query: string): BatchRow[] {
  const needle = normaliseName(query);
  if (needle === '') return [...rows];
  return rows.filter((row) => {
    const texts =
      row.kind === 'missing' ? [row.department] : [row.file.body ?? '', row.file.name, row.department ?? ''];
    return texts.some((text) => normaliseName(text).includes(needle));
  });
}

/** How many rows each status filter would show. */
export function statusCounts(rows: readonly BatchRow[]): Record<StatusFilter, number> {
  const counts: Record<StatusFilter, number> = {
    all: rows.length,
    valid: 0,
    invalid: 0,
    unreadable: 0,
    missing: 0,
  };
  for (const row of rows) counts[row.status] += 1;
  return counts;
}
