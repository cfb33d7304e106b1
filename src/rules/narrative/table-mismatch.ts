import type { Text } from '../../format';
import type { LocatedTable } from '../../locate/types';
import { quote, statements, textCells, type StatedQuantity } from '../../narrative';
import type { CellReading } from '../values';
import type { Rule, RuleContext } from '../types';

/** One way to read a stated quantity off the tables: the cells summed, and its name. */
interface Reading {
  table: 'applications' | 'reviews';
  cells: readonly [rowId: string, columnId: string][];
  name: Text;
}

/** FORMAT.md, narrative/table-mismatch: the plausible readings of each quantity. */
const READINGS: Record<StatedQuantity, readonly Reading[]> = {
  received: [
    { table: 'applications', cells: [['new', 'total']], name: { zh: '本年新收', en: 'new this year' } },
    {
      table: 'applications',
      cells: [
        ['new', 'total'],
        ['carried-in', 'total'],
      ],
      name: { zh: '本年新收 + 上年结转', en: 'new + carried in' },
    },
  ],
  'carried-in': [
    { table: 'applications', cells: [['carried-in', 'total']], name: { zh: '上年结转', en: 'carried in' } },
  ],
  completed: [
    {
      table: 'applications',
      cells: [['outcome-total', 'total']],
      name: { zh: '办理结果总计', en: 'outcomes total' },
    },
  ],
  'carried-forward': [
    {
      table: 'applications',
      cells: [['carried-forward', 'total']],
      name: { zh: '结转下年度', en: 'carried forward' },
    },
  ],
  granted: [
    { table: 'applications', cells: [['granted', 'total']], name: { zh: '予以公开', en: 'granted' } },
    {
      table: 'applications',
      cells: [
        ['granted', 'total'],
        ['partly-granted', 'total'],
      ],
      name: { zh: '予以公开 + 部分公开', en: 'granted + partly granted' },
    },
  ],
  reviews: [
    { table: 'reviews', cells: [['review', 'total']], name: { zh: '行政复议总计', en: 'reviews total' } },
  ],
  litigation: [
    {
      table: 'reviews',
      cells: [
        ['litigation-direct', 'total'],
        ['litigation-after-review', 'total'],
      ],
      name: { zh: '行政诉讼总计（直接起诉 + 复议后起诉）', en: 'litigation total (direct + after review)' },
    },
  ],
};

const rule: Rule = {
  meta: {
    id: 'narrative/table-mismatch',
    severity: 'warning',
    tags: ['narrative'],
    description: {
      zh: '正文中引用的申请数、办结数、结转数、予以公开数、行政复议和行政诉讼数，应与表三、表四的某一合理读法一致。',
      en: 'Numbers the text quotes (received, completed, carried over, granted, reviews, lawsuits) must match a plausible reading of tables 三 and 四.',
    },
    help: {
      zh: '正文和表格说的应是同一组数。核对是正文写错还是表格填错；若正文按“新收 + 上年结转”计数，请在正文中写明。',
      en: 'The text and the tables should tell the same numbers: find which one is wrong.',
    },
    messages: {
      'zh-CN': {
        mismatch: '正文“{quote}”称 {actual}，但表格中{readings}',
      },
      en: {
        mismatch: 'Text “{quote}” says {actual}, but the tables give {readingsEn}',
      },
    },
  },
  applies: (context) =>
    (only(context.tables, 'applications') !== undefined || only(context.tables, 'reviews') !== undefined) &&
    textCells(context.grid, context.tables).length > 0,
  check(context) {
    const applications = only(context.tables, 'applications');
    const reviews = only(context.tables, 'reviews');
    if (!applications && !reviews) return;
    for (const tc of textCells(context.grid, context.tables))
      for (const st of statements(tc.text, context.year)) {
        const options = READINGS[st.quantity]
          .map((r) => evaluate(context, r, r.table === 'applications' ? applications : reviews))
          .filter((o): o is Evaluated => o !== undefined);
        if (options.length === 0 || options.some((o) => o.value === st.value)) continue;
        context.report({
          messageId: 'mismatch',
          cell: tc.cell,
          related: options.flatMap((o) => o.readings.map((r) => r.cell)),
          table: options[0].table,
          expected: options[0].value,
          actual: st.value,
          data: {
            quote: quote(st.clause.text),
            readings: options.map((o) => `${o.name.zh}为 ${o.value}`).join('，'),
            readingsEn: options.map((o) => `${o.name.en} = ${o.value}`).join(', '),
          },
        });
      }
  },
};

interface Evaluated {
  table: LocatedTable;
  name: Text;
  value: number;
  readings: CellReading[];
}

function evaluate(
  context: RuleContext,
  reading: Reading,
  table: LocatedTable | undefined,
): Evaluated | undefined {
  if (!table) return undefined;
  const readings: CellReading[] = [];
  for (const [rowId, columnId] of reading.cells) {
    const r = context.read(table, rowId, columnId);
    if (!r || r.value === null) return undefined;
    readings.push(r);
  }
  return { table, name: reading.name, value: readings.reduce((s, r) => s + (r.value ?? 0), 0), readings };
}

/** The sheet's one table of a kind; several copies (departments) leave the text ambiguous. */
function only(tables: readonly LocatedTable[], id: LocatedTable['table']): LocatedTable | undefined {
  const found = tables.filter((t) => t.table === id);
  return found.length === 1 ? found[0] : undefined;
}

export default rule;
