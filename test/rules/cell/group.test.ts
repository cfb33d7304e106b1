import { checkGrid } from '../../../src/check';
import { planMarks } from '../../../src/report/marks';
import { reportSheet } from '../../support/report-sheet';
import { A } from '../../support/rule-cases';

/** Blank, text and unit cells: one finding per table and kind, every cell still listed and marked. */
describe('grouped cell findings', () => {
  const blanks = ['natural-person', 'commercial', 'research', 'nonprofit'];
  const sheet = () => {
    const s = reportSheet();
    for (const c of blanks) s.set('applications', 'denied.2', c, null);
    return s;
  };

  it.each(['zh-CN', 'en'] as const)(
    'counts the cells, names the first three and lists all (%s)',
    (locale) => {
      const s = sheet();
      const [f] = checkGrid(s.grid(), { only: ['cell/blank'], locale }).findings;
      const cells = blanks.map((c) => A(s, 'applications', 'denied.2', c));
      expect(f.address).toBe(cells[0]);
      expect(f.related).toEqual(cells.slice(1));
      expect(f.data.count).toBe(4);
      expect(f.parts?.map((p) => p.address)).toEqual(cells);
      expect(f.parts?.map((p) => [p.row, p.column, p.expected, p.actual])).toEqual(
        blanks.map((c) => ['denied.2', c, 0, null]),
      );
      if (locale === 'zh-CN') {
        expect(f.message).toMatch(
          /^表三 收到和处理政府信息公开申请情况：4 格为空，应填 0（（三）不予公开 2\.其他法律行政法规禁止公开 × 自然人、.+ 等）$/,
        );
        expect(f.parts?.[0].message).toBe('（三）不予公开 2.其他法律行政法规禁止公开 × 自然人：空白，应填 0');
      } else {
        expect(f.message).toMatch(/^Table 三 .+: 4 cells are blank; 0 is expected \(.+ and more\)$/);
        expect(f.parts?.[0].message).toMatch(/: blank; 0 is expected$/);
      }
    },
  );

  it('marks every cell with its own message', () => {
    const s = sheet();
    const report = checkGrid(s.grid(), { only: ['cell/blank'] });
    const marks = planMarks(report.findings).get('年报');
    expect([...(marks?.keys() ?? [])].sort()).toEqual(
      blanks.map((c) => A(s, 'applications', 'denied.2', c)).sort(),
    );
    for (const [, mark] of marks ?? []) {
      expect(mark.kind).toBe('warning');
      expect(mark.messages).toHaveLength(1);
      expect(mark.messages[0]).toMatch(/：空白，应填 0$/);
    }
  });

  it('gives each table and kind its own finding and fingerprint', () => {
    const s = sheet();
    s.set('applications', 'denied.3', 'research', '—');
    s.set('applications', 'denied.4', 'research', '/');
    s.set('reviews', 'review', 'other', null);
    s.set('reviews', 'review', 'pending', null);
    const report = checkGrid(s.grid(), { only: ['cell/blank'] });
    expect(report.findings.map((f) => [f.messageId, f.table, f.data.count])).toEqual([
      ['blanks', 'applications', 4],
      ['placeholders', 'applications', 2],
      ['blanks', 'reviews', 2],
    ]);
    const prints = report.findings.map((f) => f.fingerprint);
    expect(new Set(prints).size).toBe(3);
    expect(prints[0]).toBe('cell/blank|年报|applications#0|||blanks');
  });

  it('counts each group once in the totals', () => {
    const report = checkGrid(sheet().grid(), { only: ['cell/blank'] });
    expect(report.warnings).toBe(1);
  });
});
