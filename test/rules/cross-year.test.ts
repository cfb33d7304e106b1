import { reportSheet } from '../support/report-sheet';
import { A, lastYear, runRuleCases, value, type Case } from '../support/rule-cases';

const crossYearCases: Record<string, Case[]> = {
  'cross-year/carry-over': [
    { name: 'no previous report', want: () => [] },
    { name: 'carried in = last year’s carried forward', options: { previous: lastYear() }, want: () => [] },
    {
      name: 'one column differs',
      options: { previous: lastYear((b) => b.set('applications', 'carried-forward', 'natural-person', 9)) },
      want: (s) => [
        [
          A(s, 'applications', 'carried-in', 'natural-person'),
          'mismatch',
          9,
          value(s, 'carried-in', 'natural-person'),
        ],
      ],
    },
  ],
  'cross-year/proactive-chain': [
    { name: 'no previous report', want: () => [] },
    { name: 'in force carried on', options: { previous: lastYear() }, want: () => [] },
    {
      name: 'last year’s in force does not lead to this year’s',
      options: { previous: lastYear((b) => b.set('proactive', 'rules', 'in-force', 10)) },
      want: (s) => {
        const v = (id: string) =>
          Number(s.rows[s.at('proactive', 'rules', id).row][s.at('proactive', 'rules', id).col]);
        return [
          [
            A(s, 'proactive', 'rules', 'in-force'),
            'mismatch',
            10 + v('issued') - v('repealed'),
            v('in-force'),
          ],
        ];
      },
    },
    {
      name: 'a 2019-edition previous report has no in-force column to chain',
      options: { previous: { grids: [reportSheet({ edition: '2019' }).grid()] } },
      want: () => [],
    },
  ],
};
runRuleCases(crossYearCases);
