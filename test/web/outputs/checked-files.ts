/**
 * CheckedFile fixtures for the download tests, made the way the worker makes them: a report sheet
 * checked by the real engine (so messages, places and counts are the engine's own), wrapped in the
 * page's plain data.
 */
import { checkGrids } from '../../../src/check';
import { ArrayGrid, type Grid, type RowOrigin } from '../../../src/grid';
import { acceptanceOf, applyReviews } from '../../../src/report/reviews';
import type { Finding, Locale } from '../../../src/report/types';
import type { CheckedFile } from '../../../src/web/types';
import { unreadableResult } from '../../../src/web/worker/protocol';
import { sheetWithTables } from '../../support/partial-sheet';
import { reportSheet, type ReportSheet } from '../../support/report-sheet';

export const TITLE = '某某局2024年政府信息公开工作年度报告';

/**
 * A report with one mistyped number (（一）予以公开 × 自然人 one too many: three errors), two blank
 * cells of table 二 (one grouped warning) and a dash in another (one warning).
 */
export function wrongSheet(): ReportSheet {
  const s = reportSheet({ title: TITLE });
  const { row, col } = s.at('applications', 'granted', 'natural-person');
  s.set('applications', 'granted', 'natural-person', Number(s.rows[row][col]) + 1);
  s.set('proactive', 'rules', 'issued', null);
  s.set('proactive', 'rules', 'repealed', null);
  s.set('proactive', 'licensing', 'decisions', '—');
  return s;
}

/**
 * The same rows as a Word file reads them: rows with two or more cells form tables (numbered in
 * document order, rows from 1), the others are paragraphs; findings then point at table cells.
 */
export function asDocument(s: ReportSheet): ArrayGrid {
  const origins: RowOrigin[] = [];
  let table = 0;
  let paragraph = 0;
  let row = 0;
  for (const cells of s.rows) {
    const inTable = cells.filter((v) => v !== null && v !== '').length >= 2;
    if (!inTable) {
      row = 0;
      origins.push({ kind: 'paragraph', paragraph: ++paragraph });
      continue;
    }
    if (row === 0) table++;
    origins.push({ kind: 'table', table, row: ++row });
  }
  return new ArrayGrid({ sheet: '年报', values: s.rows, merges: s.merges, origins });
}

export interface FileOptions {
  name?: string;
  path?: string;
  locale?: Locale;
  format?: string;
  /** Findings to accept, with the reason. */
  accept?: (f: Finding) => string | null;
  previous?: string | null;
}

let nextId = 0;

/** A checked file as the worker posts it. */
export function checkedFile(grids: readonly Grid[], options: FileOptions = {}): CheckedFile {
  const locale = options.locale ?? 'zh-CN';
  let report = checkGrids(grids, { locale });
  if (options.accept) {
    const acceptances = report.findings.flatMap((f) => {
      const reason = options.accept?.(f) ?? null;
      return reason === null ? [] : [acceptanceOf(f, reason)];
    });
    report = applyReviews(report, acceptances);
  }
  const first = report.sheetSummaries.find((s) => s.tables > 0) ?? report.sheetSummaries[0];
  const name = options.name ?? '某某局2024年报.xlsx';
  return {
    id: nextId++,
    name,
    path: options.path ?? `报告/${name}`,
    size: 1000,
    status: report.valid ? 'valid' : 'invalid',
    report,
    error: null,
    format: options.format ?? 'xlsx',
    notices: [],
    body: first?.body ?? null,
    year: first?.year ?? null,
    editions: first?.editions ?? [],
    previous: options.previous ?? null,
    grids: [],
  };
}

export function unreadableFile(name: string, error: string): CheckedFile {
  return { ...unreadableResult(name, error), id: nextId++, path: `报告/${name}`, size: 10 };
}

export const wrongFile = (options: FileOptions = {}) => checkedFile([wrongSheet().grid()], options);
export const cleanFile = (options: FileOptions = {}) =>
  checkedFile([reportSheet({ title: TITLE }).grid()], options);
export const partialFile = (options: FileOptions = {}) =>
  checkedFile([sheetWithTables(['proactive', 'applications'], { title: TITLE })], options);
export const noTableFile = (options: FileOptions = {}) =>
  checkedFile([new ArrayGrid({ sheet: '说明', values: [['本单位本年度无政府信息公开工作。']] })], options);

/** The report's finding of a rule (the first when there are several). */
export function findingOf(file: CheckedFile, ruleId: string, messageId?: string): Finding {
  const all = [...(file.report?.findings ?? []), ...(file.report?.accepted ?? []).map((a) => a.finding)];
  const f = all.find((x) => x.ruleId === ruleId && (messageId === undefined || x.messageId === messageId));
  if (!f) throw new Error(`no ${ruleId} finding`);
  return f;
}
