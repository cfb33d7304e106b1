/**
 * Checked files for the batch table's tests, built by hand: a minimal report with the counts,
 * year, edition and indicators a row shows.
 */
import type { Indicators } from '../../src/report/indicators';
import type { Report } from '../../src/report/types';
import type { CheckedFile } from '../../src/web/types';

const ratio = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  value: denominator === 0 ? null : numerator / denominator,
});

/** Indicators with the given 公开率 and 纠错率 (as numerator/denominator pairs). */
export const indicators = (
  disclosure: [number, number] | null,
  correction: [number, number] | null,
): Indicators => ({
  disclosureRate: disclosure && ratio(...disclosure),
  deniedShare: disclosure && ratio(0, disclosure[1]),
  correctionRate: correction && {
    review: ratio(...correction),
    litigationDirect: ratio(0, 0),
    litigationAfterReview: ratio(0, 0),
    overall: ratio(...correction),
  },
});

const report = (errors: number, warnings: number, figures: Indicators | null): Report => ({
  locale: 'zh-CN',
  sheets: ['Sheet1'],
  sheetSummaries: [
    {
      sheet: 'Sheet1',
      body: null,
      year: 2024,
      editions: ['2021'],
      tables: 3,
      errors,
      warnings,
      previous: null,
      indicators: figures,
    },
  ],
  tables: [],
  findings: [],
  errors,
  warnings,
  valid: errors === 0,
  missingTables: [],
  rulesRun: [],
  year: 2024,
});

export interface FileSpec {
  name: string;
  body?: string | null;
  path?: string;
  status?: CheckedFile['status'];
  year?: number | null;
  editions?: CheckedFile['editions'];
  errors?: number;
  warnings?: number;
  previous?: string | null;
  figures?: Indicators | null;
  error?: string;
}

let nextId = 0;

/** A checked file; unreadable ones have no report, as the worker posts them. */
export function checkedFile(spec: FileSpec): CheckedFile {
  const status = spec.status ?? ((spec.errors ?? 0) > 0 ? 'invalid' : 'valid');
  const unreadable = status === 'unreadable';
  return {
    id: nextId++,
    name: spec.name,
    path: spec.path ?? spec.name,
    size: 1000,
    status,
    report: unreadable ? null : report(spec.errors ?? 0, spec.warnings ?? 0, spec.figures ?? null),
    error: unreadable ? (spec.error ?? '文件已损坏，无法读取。') : null,
    format: unreadable ? null : 'docx',
    notices: [],
    body: spec.body ?? null,
    year: spec.year === undefined ? (unreadable ? null : 2024) : spec.year,
    editions: spec.editions ?? (unreadable ? [] : ['2021']),
    previous: spec.previous ?? null,
    grids: [],
  };
}
