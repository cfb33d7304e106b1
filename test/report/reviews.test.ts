import { presentText } from '../../src/report/present-text';
import { CSV_COLUMNS, csvPresenter } from '../../src/report/present-csv';
import type { FileResult } from '../../src/report/types';
import { toJsonOutput } from '../../src/report/present-json';
import { acceptanceOf, applyReviews, parseAcceptances } from '../../src/report/reviews';
import { finding, report } from './present-fixtures';

const error = finding();
const warning = finding({
  ruleId: 'cell/blank',
  severity: 'warning',
  address: 'D9',
  fingerprint: 'cell/blank|表三|applications#0|||blanks',
  message: '表三：3 格为空，应填 0',
});
const both = () =>
  report({
    findings: [error, warning],
    errors: 1,
    warnings: 1,
    valid: false,
    sheetSummaries: report({ findings: [error, warning] }).sheetSummaries,
  });

/** Rows of the CSV presenter as objects by column (the messages here hold no comma). */
const presentCsv = (files: FileResult[]) =>
  files
    .map((f) => csvPresenter().file(f))
    .join('')
    .trimEnd()
    .split('\r\n')
    .map((line) => Object.fromEntries(line.split(',').map((v, i) => [CSV_COLUMNS[i], v])));

describe('applyReviews', () => {
  it('moves an accepted finding out of the findings and the counts', () => {
    const reviewed = applyReviews(both(), [acceptanceOf(error, '清理后调整，已在报告中说明')]);
    expect(reviewed.findings).toEqual([warning]);
    expect([reviewed.errors, reviewed.warnings, reviewed.valid]).toEqual([0, 1, true]);
    expect(reviewed.sheetSummaries[0]).toMatchObject({ errors: 0, warnings: 1 });
    expect(reviewed.accepted).toEqual([{ finding: error, reason: '清理后调整，已在报告中说明' }]);
    expect(reviewed.unmatched).toEqual([]);
  });

  it('a report in which no table was found stays not valid, even with every finding accepted', () => {
    const noTable = report({ tables: [], findings: [error], errors: 1, valid: false });
    const reviewed = applyReviews(noTable, [acceptanceOf(error, 'a')]);
    expect([reviewed.errors, reviewed.warnings, reviewed.valid]).toEqual([0, 0, false]);
  });

  it('reports an acceptance that matches nothing, and one whose fingerprint now names another rule', () => {
    const gone = {
      fingerprint: 'applications/row-total|表三|applications#0|granted|total',
      ruleId: 'applications/row-total',
      reason: 'x',
    };
    const otherRule = { fingerprint: error.fingerprint, ruleId: 'cell/blank', reason: 'y' };
    const reviewed = applyReviews(both(), [gone, otherRule]);
    expect(reviewed.findings).toHaveLength(2);
    expect(reviewed.errors).toBe(1);
    expect(reviewed.unmatched).toEqual([gone, otherRule]);
  });

  it('keeps the report it was given unchanged, and accepts on top of earlier acceptances', () => {
    const original = both();
    const once = applyReviews(original, [acceptanceOf(error, 'a')]);
    expect(original.findings).toHaveLength(2);
    const twice = applyReviews(once, [acceptanceOf(warning, 'b')]);
    expect(twice.accepted.map((a) => a.reason)).toEqual(['a', 'b']);
    expect([twice.errors, twice.warnings]).toEqual([0, 0]);
  });

  it('dates and describes an acceptance for people reading the file', () => {
    expect(acceptanceOf(warning, '理由', new Date('2026-12-02T10:00:00Z'))).toEqual({
      fingerprint: warning.fingerprint,
      ruleId: 'cell/blank',
      reason: '理由',
      message: warning.message,
      accepted: '2026-12-02',
    });
  });
});

describe('parseAcceptances', () => {
  it.each([
    ['not a list', { a: 1 }, undefined],
    ['null', null, undefined],
    [
      'entries without a reason or of the wrong type are dropped',
      [
        { fingerprint: 'f', ruleId: 'r' },
        'x',
        null,
        undefined,
        7,
        { fingerprint: 'f', ruleId: 'r', reason: 3 },
      ],
      [],
    ],
    [
      'a good entry keeps its optional fields',
      [{ fingerprint: 'f', ruleId: 'r', reason: 'why', message: 'm', accepted: '2026-01-01', extra: 1 }],
      [{ fingerprint: 'f', ruleId: 'r', reason: 'why', message: 'm', accepted: '2026-01-01' }],
    ],
  ])('%s', (_name, value, want) => {
    expect(parseAcceptances(value)).toEqual(want);
  });
});

describe('presenters show accepted findings apart', () => {
  const reviewed = applyReviews(both(), [acceptanceOf(error, '已说明')]);
  const gone = applyReviews(both(), [{ fingerprint: 'x|y', ruleId: 'cell/blank', reason: '旧' }]);

  it('text: an 已确认 line with the reason, counted apart; a stale acceptance gets a 提示', () => {
    const text = presentText([{ path: 'a.xlsx', report: reviewed }], 'zh-CN');
    expect(text).toContain(
      'a.xlsx:表三!J28  已确认  结转下年度继续办理（总计）应为 0，实际为 1  (applications/balance)（确认理由：已说明）',
    );
    expect(text).toMatch(/^✔ 0 个错误，1 个警告，另有 1 个已确认（1 个文件/m);
    const en = presentText([{ path: 'a.xlsx', report: reviewed }], 'en');
    expect(en).toContain(
      'a.xlsx:表三!J28  accepted  结转下年度继续办理（总计）应为 0，实际为 1  (applications/balance) (accepted: 已说明)',
    );
    expect(en).toMatch(/^✔ 0 errors, 1 warning, 1 accepted \(1 file/m);
    const stale = presentText([{ path: 'a.xlsx', report: gone }], 'en');
    expect(stale).toContain(
      'a.xlsx  note  an accepted finding (cell/blank, reason: 旧) no longer occurs; --prune-suppressions removes it (x|y)',
    );
  });

  it('JSON: accepted with the reason, stale ones listed, the summary counting them apart', () => {
    const out = toJsonOutput([
      { path: 'a.xlsx', report: reviewed },
      { path: 'b.xlsx', report: gone },
    ]);
    expect(out.files[0].status).toBe('valid');
    expect(out.files[0].accepted.map((f) => [f.ruleId, f.reason])).toEqual([
      ['applications/balance', '已说明'],
    ]);
    expect(out.files[1].unmatchedSuppressions).toEqual([
      { fingerprint: 'x|y', ruleId: 'cell/blank', reason: '旧' },
    ]);
    expect(out.summary).toMatchObject({ errors: 1, warnings: 2, accepted: 1 });
  });

  it('CSV: the accepted finding as a row with its reason in the last column', () => {
    const rows = presentCsv([{ path: 'a.xlsx', report: reviewed }]);
    expect(rows.map((r) => [r.ruleId, r.accepted])).toEqual([
      ['cell/blank', ''],
      ['applications/balance', '已说明'],
    ]);
  });
});
