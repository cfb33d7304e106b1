import { APPLICATIONS, EDITIONS, PROACTIVE, REVIEWS, type Edition } from '../../src/format';
import { labelText } from '../../src/template/applications';
import { buildTemplate, titleText } from '../../src/template/build';
import { cellReader } from '../../src/template/calc';
import { COLUMN_COUNT, TABLE_ROW_HEIGHT } from '../../src/template/layout';
import { evaluateFormula, FormulaError } from '../../src/template/formula';
import { STATUS } from '../../src/template/messages';
import { STYLES } from '../../src/template/styles';
import type { Template, TemplateTable, TotalsMode } from '../../src/template/types';

const MODES: TotalsMode[] = ['formula', 'input'];
const CASES = EDITIONS.flatMap((edition) => MODES.map((totals) => [edition, totals] as const));
const build = (edition: Edition, totals: TotalsMode) => buildTemplate({ edition, totals, year: 2021 });
const texts = (t: Template) => new Set(t.cells.map((c) => c.value).filter((v) => typeof v === 'string'));
const at = (t: Template, row: number, col: number) => t.cells.find((c) => c.row === row && c.col === col);
/** The merged area whose top-left cell is at row, col. */
const mergeAt = (t: Template, row: number, col: number) =>
  t.merges.find((m) => m.top === row && m.left === col);
const tableOf = (t: Template, id: TemplateTable['table']) => t.tables.find((x) => x.table === id);

describe('title', () => {
  test.each<[string | null, number | null, string]>([
    ['郑州市政务服务办公室', 2021, '郑州市政务服务办公室2021年政府信息公开工作年度报告'],
    [null, 2022, '（机关名称）2022年政府信息公开工作年度报告'],
    ['某县', null, '某县（年度）年政府信息公开工作年度报告'],
  ])('%s / %s → %s', (body, year, title) => {
    expect(titleText(body, year)).toBe(title);
    expect(buildTemplate({ body, year }).cells[0].value).toBe(title);
  });
});

test('the body’s name is trimmed, and a blank one leaves the placeholder', () => {
  const padded = buildTemplate({ body: ' 某县 ', year: 2022 });
  expect([padded.body, padded.cells[0].value]).toEqual(['某县', titleText('某县', 2022)]);
  const blank = buildTemplate({ body: '  ', year: 2022 });
  expect([blank.body, blank.cells[0].value]).toEqual([null, titleText(null, 2022)]);
});

describe.each(EDITIONS)('labels of the %s edition come from the format data', (edition) => {
  const all = texts(build(edition, 'formula'));
  test('table 三: header, and every part of every row path with its marker', () => {
    const f = APPLICATIONS[edition];
    for (const v of Object.values(f.header)) expect(all).toContain(v);
    for (const c of f.columns) expect(all).toContain(c.label.zh);
    for (const row of f.rows) for (const part of row.path) expect(all).toContain(labelText(part));
  });
  test('table 二: clauses, 信息内容, column and row labels', () => {
    const f = PROACTIVE[edition];
    expect(all).toContain(f.contentHeader);
    for (const b of f.blocks) {
      expect(all).toContain(b.clause);
      for (const c of b.columns) expect(all).toContain(c.label.zh);
      for (const r of b.rows) expect(all).toContain(r.label.zh);
    }
  });
  test('table 四 and the six section headings', () => {
    const f = REVIEWS[edition];
    for (const label of [f.header.review, f.header.litigation, ...f.groups.slice(1).map((g) => g.label.zh)])
      expect(all).toContain(label);
    for (const heading of [
      '一、总体情况',
      `二、${PROACTIVE[edition].title.zh}`,
      `三、${APPLICATIONS[edition].title.zh}`,
      `四、${REVIEWS[edition].title.zh}`,
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ])
      expect(all).toContain(heading);
  });
});

describe.each(CASES)('structure of %s, totals %s', (edition, totals) => {
  const t = build(edition, totals);

  test('one value cell per format cell', () => {
    const count = (id: TemplateTable['table']) => tableOf(t, id)?.cells.length;
    const proactive = PROACTIVE[edition].blocks.reduce((n, b) => n + b.rows.length * b.columns.length, 0);
    expect(count('proactive')).toBe(proactive);
    expect(count('applications')).toBe(APPLICATIONS[edition].rows.length * 7);
    expect(count('reviews')).toBe(15);
  });

  test('table 三: a section label spans the rows under it, a group label its items', () => {
    const first = tableOf(t, 'applications')!.bounds.top + 3;
    const rows = APPLICATIONS[edition].rows;
    // Depth 0: sections (column A) over the rows with groups; depth 1: groups (column B) over items.
    for (const depth of [0, 1]) {
      const under = new Map<string, number[]>();
      rows.forEach((row, i) => {
        if (row.path.length <= depth + 1) return; // a label with nothing under it spans columns
        const key = row.path
          .slice(0, depth + 1)
          .map((part) => part.text)
          .join('/');
        under.set(key, [...(under.get(key) ?? []), i]);
      });
      expect(under.size).toBeGreaterThan(0);
      for (const indexes of under.values()) {
        const top = first + indexes[0];
        const label = at(t, top, depth);
        expect(label?.value).toBe(labelText(rows[indexes[0]].path[depth]));
        const merge = mergeAt(t, top, depth);
        expect([label?.value, merge?.bottom]).toEqual([label?.value, first + indexes[indexes.length - 1]]);
      }
    }
  });

  test('the title and the narrative cells span the page; staff type into the narrative', () => {
    const spanning = t.cells.filter((c) => ['title', 'narrative'].includes(c.style) && c.col === 0);
    expect(spanning.length).toBeGreaterThan(1); // the title and the sections' texts
    for (const c of spanning) {
      const merge = mergeAt(t, c.row, 0);
      expect([c.style, c.row, merge?.right, merge?.bottom]).toEqual([
        c.style,
        c.row,
        COLUMN_COUNT - 1,
        c.row,
      ]);
      expect([c.style, c.row, c.unlocked === true]).toEqual([c.style, c.row, c.style === 'narrative']);
    }
  });

  test('merges do not overlap, and only their top-left cell holds content', () => {
    const owner = new Map<string, number>();
    t.merges.forEach((m, i) => {
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) {
          expect(owner.get(`${r},${c}`)).toBeUndefined();
          owner.set(`${r},${c}`, i);
          const cell = at(t, r, c);
          expect(cell).toBeDefined(); // covered cells carry the style (borders)
          if (r !== m.top || c !== m.left) expect(cell?.value ?? cell?.formula).toBeUndefined();
        }
    });
  });

  test('typed cells are unlocked and validated by kind; totals follow the mode', () => {
    const validated = new Map(t.validations.map((v) => [`${v.cell.row},${v.cell.col}`, v.kind]));
    for (const table of t.tables)
      for (const v of table.cells) {
        const cell = at(t, v.cell.row, v.cell.col);
        const typed = v.role === 'input' || totals === 'input';
        expect(cell?.unlocked ?? false).toBe(typed);
        expect(validated.get(`${v.cell.row},${v.cell.col}`)).toBe(typed ? v.kind : undefined);
        if (typed) expect(cell?.value).toBe(0);
        else expect(cell?.formula).toMatch(/^SUM\([A-Z]+\d+:[A-Z]+\d+\)$/);
        const style = STYLES[cell?.style ?? 'label'];
        expect(style.numFmt).toBe(v.kind === 'amount' ? '0.00' : '0');
        // A total looks like one (bold, filled) whether it is a formula or typed in.
        expect([v.rowId, v.columnId, cell?.style]).toEqual([
          v.rowId,
          v.columnId,
          v.role === 'total' ? 'total' : v.kind,
        ]);
      }
  });

  test('conditional formats: the balance rule per column, every total in input mode, each status cell', () => {
    const values = t.conditionalFormats.filter((cf) => cf.target === 'value');
    const flagged = new Set(values.map((cf) => `${cf.cell.row},${cf.cell.col}`));
    const statuses = t.conditionalFormats.filter((cf) => cf.target === 'status').map((cf) => cf.cell);
    expect(statuses).toEqual(t.tables.map((x) => x.status));
    const cells = t.tables.flatMap((x) => x.cells);
    const expected = cells.filter(
      (c) => c.rowId === 'carried-forward' || (totals === 'input' && c.role === 'total'),
    );
    expect([...flagged].sort()).toEqual([
      ...new Set(expected.map((c) => `${c.cell.row},${c.cell.col}`).sort()),
    ]);
  });

  test('every formula is in the portable subset and the blank template passes its own checks', () => {
    const read = cellReader(t.cells);
    for (const cf of t.conditionalFormats) expect(evaluateFormula(cf.formula, read)).toBe(false);
    for (const cell of t.cells.filter((c) => c.formula))
      expect(evaluateFormula(cell.formula ?? '', read)).not.toBeInstanceOf(FormulaError);
    const statuses = t.tables.map((x) => at(t, x.status.row, x.status.col)?.result);
    expect(statuses).toEqual([STATUS.proactive[0], STATUS.applications[totals][0], STATUS.reviews[0]]);
  });

  test('every row of every table is at least a table row high; table 四’s last header row two', () => {
    for (const table of t.tables)
      for (let r = table.bounds.top; r <= table.bounds.bottom; r++)
        expect([table.table, r, t.rowHeights[r]! >= TABLE_ROW_HEIGHT]).toEqual([table.table, r, true]);
    const reviews = tableOf(t, 'reviews')!;
    // Its third header row holds two-line labels such as 结果/维持; the value row is one line.
    expect(t.rowHeights[reviews.bounds.top + 2]).toBeGreaterThanOrEqual(2 * TABLE_ROW_HEIGHT);
    expect(t.rowHeights[reviews.bounds.bottom]).toBe(TABLE_ROW_HEIGHT);
  });

  test('print setup covers every cell; table 三 starts a page; the title is frozen', () => {
    const area = t.page.printArea;
    for (const c of t.cells) {
      expect(c.row).toBeLessThanOrEqual(area.bottom);
      expect(c.col).toBeLessThanOrEqual(area.right);
    }
    const applications = tableOf(t, 'applications');
    expect(t.page.rowBreaks).toEqual([applications?.status.row]);
    expect(t.frozenRows).toBe(1);
    expect(t.page.printTitleRows).toEqual({ first: 0, last: 0 });
  });
});
