/**
 * How checkGrids turns what the rules report into findings: the row label of a finding that names a
 * row but no cell, the structure/no-table finding that lists every sheet, and fingerprints kept
 * unique when two findings would share one.
 */
import { checkGrids } from '../../src/check';
import { APPLICATIONS, PROACTIVE } from '../../src/format';
import { ArrayGrid } from '../../src/grid';
import { reportSheet } from '../support/report-sheet';

const TITLE = '某某局2021年政府信息公开工作年度报告';

describe('the row label of a finding on a whole row', () => {
  it('is the format’s label for a row of table 三 that is missing from the sheet', () => {
    const s = reportSheet({ title: TITLE });
    const r = s.at('applications', 'carried-in', 'natural-person').row;
    s.rows[r] = s.rows[r].map(() => null);
    const [finding] = checkGrids([s.grid()], { only: ['structure/missing-row'] }).findings;
    const label = APPLICATIONS['2021'].rows.find((row) => row.id === 'carried-in')?.label;
    expect(label).toEqual({ zh: '二、上年结转政府信息公开申请数量', en: 'Carried over from last year' });
    expect([finding.row, finding.column, finding.rowLabel]).toEqual(['carried-in', null, label]);
  });

  it('is the format’s label for a row of table 二 that is missing from the sheet', () => {
    const s = reportSheet({ title: TITLE });
    const r = s.at('proactive', 'rules', 'in-force').row;
    s.rows[r] = s.rows[r].map(() => null);
    const [finding] = checkGrids([s.grid()], { only: ['structure/missing-row'] }).findings;
    const label = PROACTIVE['2021'].blocks.flatMap((b) => b.rows).find((row) => row.id === 'rules')?.label;
    expect(label?.zh).toBe('规章');
    expect([finding.table, finding.row, finding.column, finding.rowLabel]).toEqual([
      'proactive',
      'rules',
      null,
      label,
    ]);
  });
});

describe('structure/no-table', () => {
  const notes = (sheet: string) => new ArrayGrid({ sheet, values: [['说明'], ['本表无数据']] });

  it.each([
    ['zh-CN', '“封面”、“附件”'],
    ['en', '“封面”, “附件”'],
  ] as const)('names every sheet in %s, on the first one', (locale, sheets) => {
    const { findings } = checkGrids([notes('封面'), notes('附件')], { locale, only: ['structure/no-table'] });
    expect(findings.map((f) => [f.sheet, f.address, f.data])).toEqual([['封面', 'A1', { sheets }]]);
    expect(findings[0].message).toContain(sheets);
  });

  it('is not raised when there is no sheet at all', () => {
    expect(checkGrids([], { only: ['structure/no-table'] }).findings).toEqual([]);
  });
});

describe('fingerprints', () => {
  it('number the repeats of one fingerprint #2, #3… in reading order', () => {
    // Three sheets of one name (a document's tables are all read as one name, say) with one break.
    const s = reportSheet({ title: TITLE });
    s.set('applications', 'new', 'natural-person', 99);
    const { findings } = checkGrids([s.grid(), s.grid(), s.grid()], { only: ['applications/row-total'] });
    const first = 'applications/row-total|年报|applications#0|new|total';
    expect(findings.map((f) => f.fingerprint)).toEqual([first, `${first}#2`, `${first}#3`]);
  });
});
