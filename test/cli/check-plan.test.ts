/** The decisions of `check` apart from files and workers (src/cli/check-plan.ts). */
import { join, resolve } from 'node:path';
import type { CheckCommand } from '../../src/cli/args';
import { parseCommand } from '../../src/cli/args';
import {
  addResult,
  annotatedPaths,
  buildJobs,
  chooseInputs,
  emptyTally,
  EXIT_FINDINGS,
  EXIT_OK,
  EXIT_USAGE,
  exitCode,
  inputOrder,
  inputPaths,
  reviewReport,
  usageProblem,
  type Tally,
} from '../../src/cli/check-plan';
import type { BatchEntry } from '../../src/cli/paths';
import { emptySuppressions, reportKey } from '../../src/cli/suppressions';
import type { Acceptance, FileResult, Finding, Report } from '../../src/report/types';
import { handFinding } from '../support/finding';

function checkCommand(...argv: string[]): CheckCommand {
  const command = parseCommand(['check', ...argv]);
  if (command.kind !== 'check') throw new Error(`not a check: ${command.kind}`);
  return command;
}
const here = (...parts: string[]) => resolve('plan-test', ...parts);

describe('chooseInputs', () => {
  const sample = { workbook: '/x/sample.xlsx', folder: () => '/tmp/sample-out' };
  it.each<
    [string, string[], string | null, { sample: boolean; paths: string[]; annotateDir: string | null }]
  >([
    [
      'paths given, no copies',
      ['a.xlsx', 'b'],
      null,
      { sample: false, paths: ['a.xlsx', 'b'], annotateDir: null },
    ],
    ['paths given, --annotate', ['a.xlsx'], 'out', { sample: false, paths: ['a.xlsx'], annotateDir: 'out' }],
    [
      'no path: the sample, annotated',
      [],
      null,
      { sample: true, paths: ['/x/sample.xlsx'], annotateDir: '/tmp/sample-out' },
    ],
    [
      'no path, --annotate wins',
      [],
      'mine',
      { sample: true, paths: ['/x/sample.xlsx'], annotateDir: 'mine' },
    ],
  ])('%s', (_name, paths, annotate, expected) => {
    expect(chooseInputs({ paths, annotate }, sample)).toEqual(expected);
  });

  it('asks for the sample folder only when the sample is checked', () => {
    const folder = jest.fn(() => 'f');
    chooseInputs({ paths: ['a.xlsx'], annotate: null }, { workbook: 'w', folder });
    chooseInputs({ paths: [], annotate: 'mine' }, { workbook: 'w', folder });
    expect(folder).not.toHaveBeenCalled();
  });
});

describe('inputPaths and usageProblem', () => {
  const entries: BatchEntry[] = [{ path: here('in/a.xlsx') }, { path: here('in/b.txt') }];
  it('holds every input and --previous, resolved', () => {
    expect([...inputPaths(entries, null)]).toEqual([here('in/a.xlsx'), here('in/b.txt')]);
    expect([...inputPaths(entries, 'plan-test/last.xlsx')]).toEqual([
      here('in/a.xlsx'),
      here('in/b.txt'),
      here('last.xlsx'),
    ]);
  });

  it.each<[string, string | null, string | null, string | null]>([
    ['nothing named', null, null, null],
    ['-o elsewhere', here('report.json'), here('out'), null],
    ['-o an input', here('in/b.txt'), null, 'output-is-input'],
    ['-o last year’s report', here('last.xlsx'), null, 'output-is-input'],
    ['--annotate an input’s folder', null, 'plan-test/in', 'annotate-beside-input'],
    ['both: -o said first', here('in/a.xlsx'), here('in'), 'output-is-input'],
  ])('%s', (_name, output, annotateDir, kind) => {
    const problem = usageProblem(output, annotateDir, entries, inputPaths(entries, 'plan-test/last.xlsx'));
    expect(problem?.kind ?? null).toBe(kind);
    if (problem && 'value' in problem)
      expect(problem.value).toBe(kind === 'output-is-input' ? output : annotateDir);
  });
});

describe('annotatedPaths', () => {
  it.each<[string, BatchEntry[], string[], (string | null)[]]>([
    [
      'one copy per readable input',
      [{ path: 'a/r.xlsx' }, { path: 'b/s.txt' }],
      [],
      ['out/r.checked.xlsx', 'out/s.checked.xlsx'],
    ],
    [
      'same stem: numbered',
      [{ path: 'a/r.xlsx' }, { path: 'b/r.docx' }, { path: 'c/R.txt' }],
      [],
      ['out/r.checked.xlsx', 'out/r (2).checked.xlsx', 'out/R (3).checked.xlsx'],
    ],
    [
      'no copy of an unreadable kind or a no-match',
      [{ path: 'a/r.zip' }, { path: 'x*', noMatch: true }],
      [],
      [null, null],
    ],
    ['never an input’s path', [{ path: 'a/r.xlsx' }], ['out/r.checked.xlsx'], ['out/r (2).checked.xlsx']],
    ['nor the Word name of one', [{ path: 'a/r.docx' }], ['out/r.checked.docx'], ['out/r (2).checked.xlsx']],
  ])('%s', (_name, entries, inputs, expected) => {
    const got = annotatedPaths(entries, 'out', new Set(inputs.map((p) => resolve(p))));
    expect(got).toEqual(expected.map((p) => (p === null ? null : join(p))));
  });
});

describe('buildJobs', () => {
  const entries: BatchEntry[] = [
    { path: 'r/2021.xlsx' },
    { path: 'nothing*', noMatch: true },
    { path: 'r/2020.xlsx' },
  ];
  const plan = (previousOf: (string | null)[]) => ({
    previousOf,
    annotateTo: ['out/2021.checked.xlsx', null, 'out/2020.checked.xlsx'],
    suppressions: emptySuppressions('s.json'),
  });

  it('one job per entry with the command’s options; no-matches listed by index', () => {
    const command = checkCommand(
      '--year',
      '2021',
      '--rule',
      'structure/no-table',
      '--disable',
      'cross-year/carry-over',
      'r',
    );
    const { jobs, noMatch } = buildJobs(entries, command, plan(['r/2020.xlsx', null, null]));
    expect([...noMatch]).toEqual([[1, 'nothing*']]);
    expect(jobs.map((j) => [j.path, j.previous, j.annotateTo])).toEqual([
      ['r/2021.xlsx', 'r/2020.xlsx', 'out/2021.checked.xlsx'],
      ['nothing*', null, null],
      ['r/2020.xlsx', null, 'out/2020.checked.xlsx'],
    ]);
    expect(jobs[0]).toMatchObject({
      locale: 'zh-CN',
      year: 2021,
      only: ['structure/no-table'],
      disable: ['cross-year/carry-over'],
      limits: command.limits,
    });
    expect(jobs.every((j) => !('accepted' in j))).toBe(true);
  });

  it('a file is never its own last year', () => {
    const { jobs } = buildJobs(entries, checkCommand('r'), plan(['./r/2021.xlsx', null, 'r/2021.xlsx']));
    expect(jobs.map((j) => j.previous)).toEqual([null, null, 'r/2021.xlsx']);
  });

  it('hands each file its acceptances once the suppressions hold any', () => {
    const p = plan([null, null, null]);
    const acceptance: Acceptance = { fingerprint: 'f', ruleId: 'x/y', reason: 'ok' };
    p.suppressions.files.set(reportKey(p.suppressions, 'r/2020.xlsx'), [acceptance]);
    const { jobs } = buildJobs(entries, checkCommand('r'), p);
    expect(jobs.map((j) => j.accepted)).toEqual([[], [], [acceptance]]);
  });
});

/** A report of these findings with nothing else. */
const reportOf = (findings: Finding[], unmatched?: Acceptance[]): Report => ({
  locale: 'zh-CN',
  sheets: ['S'],
  sheetSummaries: [],
  tables: [],
  findings,
  errors: findings.filter((f) => f.severity === 'error').length,
  warnings: findings.filter((f) => f.severity === 'warning').length,
  valid: false,
  missingTables: [],
  rulesRun: [],
  year: null,
  ...(unmatched ? { unmatched } : {}),
});

describe('reviewReport', () => {
  const a = handFinding('S', 'rule/a', 'error', 'A1');
  const b = handFinding('S', 'rule/b', 'warning', 'B2');
  const review = (over: Partial<CheckCommand['suppressions']>) => ({
    file: null,
    suppressAll: false,
    suppressRules: [],
    reason: null,
    prune: false,
    ...over,
  });

  it.each<[string, Partial<CheckCommand['suppressions']>, string[], string[], number]>([
    ['nothing asked: the report as it is', {}, ['rule/a', 'rule/b'], [], 0],
    ['--suppress-all', { suppressAll: true, reason: '核实' }, [], ['rule/a', 'rule/b'], 2],
    ['--suppress-rule', { suppressRules: ['rule/b'] }, ['rule/a'], ['rule/b'], 1],
    ['--suppress-rule of no finding', { suppressRules: ['rule/z'] }, ['rule/a', 'rule/b'], [], 0],
  ])('%s', (_name, over, open, accepted, added) => {
    const suppressions = emptySuppressions('s.json');
    const got = reviewReport(review(over), suppressions, 'r.xlsx', reportOf([a, b]));
    expect(got.report.findings.map((f) => f.ruleId)).toEqual(open);
    expect((got.report.accepted ?? []).map((x) => x.finding.ruleId)).toEqual(accepted);
    expect(got.added).toBe(added);
    expect(got.pruned).toBe(0);
    const saved = suppressions.files.get('r.xlsx') ?? [];
    expect(saved.map((x) => [x.ruleId, x.reason])).toEqual(accepted.map((id) => [id, over.reason ?? '']));
  });

  it('accepts only this run’s findings, not an earlier acceptance that matches nothing', () => {
    const suppressions = emptySuppressions('s.json');
    const stale: Acceptance = { fingerprint: 'old', ruleId: 'rule/old', reason: 'x' };
    suppressions.files.set('r.xlsx', [stale]);
    const got = reviewReport(review({ suppressAll: true }), suppressions, 'r.xlsx', reportOf([a]));
    expect(got.report.unmatched).toEqual([]);
    expect(got.added).toBe(1);
  });

  it.each<[string, boolean, Acceptance[] | undefined, number, number]>([
    [
      '--prune-suppressions drops what matched nothing',
      true,
      [{ fingerprint: 'old', ruleId: 'r/o', reason: 'x' }],
      1,
      0,
    ],
    ['without it they stay listed', false, [{ fingerprint: 'old', ruleId: 'r/o', reason: 'x' }], 0, 1],
    ['nothing unmatched: nothing pruned', true, [], 0, 0],
    ['no review at all', true, undefined, 0, -1],
  ])('%s', (_name, prune, unmatched, pruned, left) => {
    const suppressions = emptySuppressions('s.json');
    suppressions.files.set('r.xlsx', [
      { fingerprint: 'old', ruleId: 'r/o', reason: 'x' },
      { fingerprint: 'keep', ruleId: 'r/k', reason: 'y' },
    ]);
    const got = reviewReport(review({ prune }), suppressions, 'r.xlsx', reportOf([a], unmatched));
    expect(got.pruned).toBe(pruned);
    expect(got.report.unmatched?.length ?? -1).toBe(left);
    expect(suppressions.files.get('r.xlsx')?.length).toBe(2 - pruned);
  });
});

describe('addResult and exitCode', () => {
  const clean = (over: Partial<FileResult> = {}): FileResult => ({
    path: 'r.xlsx',
    report: {
      ...reportOf([]),
      tables: [{ table: 'applications', edition: '2021', sheet: 'S', range: 'A1:J28', index: 0 }],
    },
    ...over,
  });
  const warned = (n: number): FileResult => {
    const result = clean();
    return 'report' in result ? { ...result, report: { ...result.report, warnings: n } } : result;
  };
  const tallyOf = (results: FileResult[]) => results.reduce(addResult, emptyTally());

  it('counts each kind of result', () => {
    const t = tallyOf([
      { path: 'x', error: 'unreadable' },
      clean({ annotated: 'out/r.checked.xlsx', previous: 'last.xlsx' }),
      { path: 'bad.xlsx', report: reportOf([handFinding('S', 'r/e', 'error', 'A1')]) },
      warned(3),
      warned(2),
    ]);
    expect(t).toEqual<Tally>({
      unreadable: 1,
      invalid: 1,
      warnings: 5,
      annotated: ['out/r.checked.xlsx'],
      paired: [['r.xlsx', 'last.xlsx']],
    });
  });

  it('does not change the tally it was given', () => {
    const before = emptyTally();
    addResult(before, clean({ annotated: 'c', previous: 'p' }));
    expect(before).toEqual(emptyTally());
  });

  it.each<[string, FileResult[], number | null, number, boolean]>([
    ['all clean', [clean()], null, EXIT_OK, false],
    ['no table found is a finding', [{ path: 'r', report: reportOf([]) }], null, EXIT_FINDINGS, false],
    [
      'an unreadable file wins over errors',
      [
        { path: 'x', error: 'e' },
        { path: 'r', report: reportOf([]) },
      ],
      null,
      EXIT_USAGE,
      false,
    ],
    ['warnings without a limit', [warned(9)], null, EXIT_OK, false],
    ['warnings at the limit', [warned(3)], 3, EXIT_OK, false],
    ['warnings past the limit', [warned(4)], 3, EXIT_FINDINGS, true],
    ['a limit of 0', [warned(1)], 0, EXIT_FINDINGS, true],
    [
      'errors are said as errors, not as too many warnings',
      [warned(4), { path: 'r', report: reportOf([]) }],
      3,
      EXIT_FINDINGS,
      false,
    ],
  ])('%s', (_name, results, maxWarnings, code, tooMany) => {
    expect(exitCode(tallyOf(results), maxWarnings)).toEqual({ code, tooManyWarnings: tooMany });
  });
});

describe('inputOrder', () => {
  const ok = (path: string): FileResult => ({ path, error: `done ${path}` });
  it.each<[string, number, [number, string][], [number, string][], string[]]>([
    [
      'no no-match',
      2,
      [],
      [
        [0, 'a'],
        [1, 'b'],
      ],
      ['a', 'b'],
    ],
    [
      'a no-match first',
      3,
      [[0, 'x*']],
      [
        [1, 'a'],
        [2, 'b'],
      ],
      ['x*?', 'a', 'b'],
    ],
    [
      'a no-match between',
      3,
      [[1, 'x*']],
      [
        [0, 'a'],
        [2, 'b'],
      ],
      ['a', 'x*?', 'b'],
    ],
    [
      'no-matches last, at the end',
      4,
      [
        [2, 'x*'],
        [3, 'y*'],
      ],
      [
        [0, 'a'],
        [1, 'b'],
      ],
      ['a', 'b', 'x*?', 'y*?'],
    ],
    [
      'only no-matches',
      2,
      [
        [0, 'x*'],
        [1, 'y*'],
      ],
      [],
      ['x*?', 'y*?'],
    ],
  ])('%s', (_name, count, noMatch, results, expected) => {
    const seen: string[] = [];
    const order = inputOrder(count, new Map(noMatch), 'no match', (r) =>
      seen.push('error' in r && r.error === 'no match' ? `${r.path}?` : r.path),
    );
    for (const [i, path] of results) order.result(i, ok(path));
    order.end();
    expect(seen).toEqual(expected);
  });
});
