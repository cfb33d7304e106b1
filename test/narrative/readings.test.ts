import type { Edition } from '../../src/format';
import { cellKey, locateTables, type LocatedTable } from '../../src/locate';
import type { Meaning } from '../../src/narrative/meanings';
import { evaluateMeanings, onlyTable, readingsOf, type ReadCell } from '../../src/narrative/readings';
import { reportSheet, type ReportSheet } from '../support/report-sheet';

/** A reading as `name: row/column + row/column`, the way a reviewer would check it against FORMAT.md. */
const shown = (m: Meaning, edition: Edition = '2021') =>
  readingsOf(m, edition).map(
    (r) =>
      `${r.table} ${r.name.zh} | ${r.name.en}: ${r.cells.map(([row, col]) => `${row}/${col}`).join(' + ')}`,
  );

const ORGS = ['commercial', 'research', 'nonprofit', 'legal-services', 'other-org'];

describe('readingsOf: the cells a stated quantity may be read from', () => {
  it.each<[string, Meaning, Edition, string[]]>([
    [
      '收到申请: 本年新收, or with 上年结转',
      { quantity: 'received' },
      '2021',
      [
        'applications 本年新收 | new this year: new/total',
        'applications 本年新收 + 上年结转 | new + carried in: new/total + carried-in/total',
      ],
    ],
    [
      '上年结转 alone',
      { quantity: 'carried-in' },
      '2021',
      ['applications 上年结转 | carried in: carried-in/total'],
    ],
    [
      '办结 (completed): 办理结果总计',
      { quantity: 'completed' },
      '2021',
      ['applications 办理结果总计 | outcomes total: outcome-total/total'],
    ],
    [
      '结转下年度',
      { quantity: 'carried-forward' },
      '2021',
      ['applications 结转下年度 | carried forward: carried-forward/total'],
    ],
    [
      '部分公开 alone',
      { quantity: 'partly-granted' },
      '2021',
      ['applications 部分公开 | partly granted: partly-granted/total'],
    ],
    [
      '公开 (disclosed): 予以公开 with 部分公开, the only reading',
      { quantity: 'disclosed' },
      '2021',
      ['applications 予以公开 + 部分公开 | granted + partly granted: granted/total + partly-granted/total'],
    ],
    [
      'one applicant column: named after the column',
      { quantity: 'granted', applicant: 'commercial' },
      '2021',
      [
        'applications 予以公开（商业企业） | granted (commercial enterprises): granted/commercial',
        'applications 予以公开 + 部分公开（商业企业） | granted + partly granted (commercial enterprises): granted/commercial + partly-granted/commercial',
      ],
    ],
    [
      'a group: its rows in the edition (2021: 其他处理 has three)',
      { quantity: 'other' },
      '2021',
      [
        'applications 其他处理（合计） | other handling (all rows): other.1/total + other.2/total + other.3/total',
      ],
    ],
    [
      'a group: its rows in the edition (2019: 其他处理 is one row)',
      { quantity: 'other' },
      '2019',
      ['applications 其他处理（合计） | other handling (all rows): other/total'],
    ],
    [
      'each group under its own name: 不予公开 (2019: eight rows)',
      { quantity: 'denied' },
      '2019',
      [
        'applications 不予公开（合计） | denied (all rows): denied.1/total + denied.2/total + denied.3/total + denied.4/total + denied.5/total + denied.6/total + denied.7/total + denied.8/total',
      ],
    ],
    [
      'each group under its own name: 不予处理 (2021: five rows)',
      { quantity: 'not-processed' },
      '2021',
      [
        'applications 不予处理（合计） | not processed (all rows): not-processed.1/total + not-processed.2/total + not-processed.3/total + not-processed.4/total + not-processed.5/total',
      ],
    ],
    [
      'rows of a group named by their reason: those rows first, then the whole group',
      { quantity: 'unavailable', rows: ['unavailable.2'] },
      '2021',
      [
        'applications （四）无法提供 2.没有现成信息需要另行制作 | unavailable: would need to be created: unavailable.2/total',
        'applications 无法提供（合计） | unavailable (all rows): unavailable.1/total + unavailable.2/total + unavailable.3/total',
      ],
    ],
    [
      '行政复议: its total unless a result is named',
      { quantity: 'reviews' },
      '2021',
      ['reviews 行政复议总计 | reviews, total: review/total'],
    ],
    [
      '行政复议 with a result',
      { quantity: 'reviews', result: 'upheld' },
      '2021',
      ['reviews 行政复议结果维持 | reviews, upheld: review/upheld'],
    ],
    [
      '行政诉讼 without a group: both groups, or the direct one alone',
      { quantity: 'litigation' },
      '2021',
      [
        'reviews 行政诉讼（直接起诉 + 复议后起诉）总计 | litigation (direct + after review), total: litigation-direct/total + litigation-after-review/total',
        'reviews 未经复议直接起诉总计 | litigation without reconsideration, total: litigation-direct/total',
      ],
    ],
    [
      '行政诉讼 with a group and a result: that cell alone',
      { quantity: 'litigation', group: 'litigation-after-review', result: 'pending' },
      '2021',
      [
        'reviews 复议后起诉尚未审结 | litigation after reconsideration, pending: litigation-after-review/pending',
      ],
    ],
    [
      '规章 issued this year',
      { quantity: 'issued', document: 'rules' },
      '2021',
      ['proactive 规章本年制发件数 | Rules, issued this year: rules/issued'],
    ],
    [
      '行政规范性文件 repealed this year',
      { quantity: 'repealed', document: 'normative-documents' },
      '2021',
      [
        'proactive 行政规范性文件本年废止件数 | Normative documents, repealed this year: normative-documents/repealed',
      ],
    ],
    [
      '规章 in force',
      { quantity: 'in-force', document: 'rules' },
      '2021',
      ['proactive 规章现行有效件数 | Rules, in force: rules/in-force'],
    ],
    ['a table 二 column without its document: no reading', { quantity: 'issued' }, '2021', []],
    [
      'a table 二 column the edition lacks (现行有效件数 in 2019): no reading',
      { quantity: 'in-force', document: 'normative-documents' },
      '2019',
      [],
    ],
  ])('%s', (_name, meaning, edition, want) => {
    expect(shown(meaning, edition)).toEqual(want);
  });

  it('organisations: the five columns of 法人或其他组织, summed in each reading', () => {
    const [alone, withCarried] = readingsOf({ quantity: 'received', applicant: 'organisations' }, '2021');
    expect(alone.cells).toEqual(ORGS.map((c) => ['new', c]));
    expect(alone.name).toEqual({
      zh: '本年新收（法人或其他组织）',
      en: 'new this year (legal persons and other organisations)',
    });
    expect(withCarried.cells).toEqual([
      ...ORGS.map((c) => ['new', c]),
      ...ORGS.map((c) => ['carried-in', c]),
    ]);
  });
});

/** The report sheet, its tables, and a ReadCell over its values (anything but a number reads as null). */
function sheetTables(edit?: (s: ReportSheet) => void): {
  sheet: ReportSheet;
  tables: LocatedTable[];
  read: ReadCell;
} {
  const sheet = reportSheet();
  edit?.(sheet);
  const grid = sheet.grid();
  const read: ReadCell = (table, rowId, columnId) => {
    const cell = table.cells.get(cellKey(rowId, columnId));
    const value = cell && grid.value(cell.row, cell.col);
    return cell && { cell, value: typeof value === 'number' ? value : null };
  };
  return { sheet, tables: locateTables(grid), read };
}

describe('evaluateMeanings: the values of the readings the tables give', () => {
  it('sums each reading’s cells and lists the cells', () => {
    const { sheet, tables, read } = sheetTables((s) => {
      s.set('applications', 'new', 'total', 10);
      s.set('applications', 'carried-in', 'total', 3);
    });
    const values = evaluateMeanings([{ quantity: 'received' }], tables, read);
    expect(values.map((v) => [v.reading.name.zh, v.value, v.table.table])).toEqual([
      ['本年新收', 10, 'applications'],
      ['本年新收 + 上年结转', 13, 'applications'],
    ]);
    expect(values[1].cells).toEqual([
      sheet.at('applications', 'new', 'total'),
      sheet.at('applications', 'carried-in', 'total'),
    ]);
  });

  it('gives a reading two meanings share once (予以公开 + 部分公开 is both granted and disclosed)', () => {
    const { tables, read } = sheetTables();
    const names = evaluateMeanings([{ quantity: 'granted' }, { quantity: 'disclosed' }], tables, read).map(
      (v) => v.reading.name.zh,
    );
    expect(names).toEqual(['予以公开', '予以公开 + 部分公开']);
  });

  it('leaves out a reading with a blank cell, keeps the others', () => {
    const { tables, read } = sheetTables((s) => s.set('applications', 'carried-in', 'total', null));
    const names = evaluateMeanings([{ quantity: 'received' }], tables, read).map((v) => v.reading.name.zh);
    expect(names).toEqual(['本年新收']);
  });

  it('reads nothing from a table the sheet lacks, and goes on to the next meaning', () => {
    const { tables, read } = sheetTables();
    const withoutReviews = tables.filter((t) => t.table !== 'reviews');
    const values = evaluateMeanings(
      [{ quantity: 'reviews' }, { quantity: 'carried-in' }],
      withoutReviews,
      read,
    );
    expect(values.map((v) => v.reading.name.zh)).toEqual(['上年结转']);
  });
});

describe('onlyTable', () => {
  it('is the one table of a kind, none when there are two (departments: the text could mean either)', () => {
    const { tables } = sheetTables();
    const applications = tables.find((t) => t.table === 'applications');
    expect(onlyTable(tables, 'applications')).toBe(applications);
    expect(onlyTable([...tables, applications!], 'applications')).toBeUndefined();
    expect(onlyTable([], 'reviews')).toBeUndefined();
  });
});
