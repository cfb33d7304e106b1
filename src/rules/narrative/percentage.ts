import {
  evaluateMeanings,
  onlyTable,
  percentages,
  proseCells,
  quote,
  type Evaluated,
  type PercentStatement,
} from '../../narrative';
import { distinctCells } from '../related';
import type { Rule } from '../types';

/** Shares listed in a message at most: the first readings are the likeliest. */
const MAX_TRIED = 4;

/**
 * FORMAT.md, across the report: a percentage in the text ("予以公开56件，占51.85%", "公开率为96.5%")
 * is a share of outcome-total unless the sentence names another base; printed rounded or truncated.
 * Checked only when the sentence names the quantity shared.
 */
const rule: Rule = {
  meta: {
    id: 'narrative/percentage',
    severity: 'warning',
    tags: ['narrative'],
    description: {
      zh: '正文中的百分比（如“予以公开56件，占51.85%”“公开率为96.5%”）应等于表格中相应数量之比，按所示精度四舍五入或截断。',
      en: 'A percentage in the text (“granted 56, 51.85%”, “disclosure rate 96.5%”) must equal the ratio of the table quantities it names, rounded or truncated to the digits shown.',
    },
    help: {
      zh: '百分比默认以办理结果总计为分母，除非句中写明其他基数（如“占收到申请的”）。核对分子、分母和小数位：可能用了旧数据，或表格改过而正文未改。',
      en: 'Percentages are shares of the outcomes total unless the sentence names another base. Check numerator, base and rounding: the text may predate a change to the tables.',
    },
    messages: {
      'zh-CN': {
        mismatch: '正文“{quote}”中的 {percent}% 与表格不符：{tried}',
      },
      en: {
        mismatch: 'Text “{quote}” gives {percent}%, but the tables give {triedEn}',
      },
    },
  },
  applies: (context) =>
    (onlyTable(context.tables, 'applications') !== undefined ||
      onlyTable(context.tables, 'reviews') !== undefined) &&
    proseCells(context.grid, context.tables).length > 0,
  check(context) {
    for (const tc of proseCells(context.grid, context.tables))
      for (const p of percentages(tc.text, context.year)) {
        const tries = shares(p, (m) => evaluateMeanings([m], context.tables, context.read));
        if (tries.length === 0 || tries.some((t) => fits(p, t.numerator, t.base.value))) continue;
        // A wrong count is table-mismatch's finding; its share of the right base is consistent.
        if (p.stated !== undefined && tries.some((t) => fits(p, p.stated ?? 0, t.base.value))) continue;
        const shown = tries.slice(0, MAX_TRIED);
        const expected = (t: Share) => shownValue(p, t.numerator, t.base.value);
        context.report({
          messageId: 'mismatch',
          cell: tc.cell,
          related: distinctCells(shown.flatMap((t) => [...(t.from?.cells ?? []), ...t.base.cells])),
          table: shown[0].base.table,
          expected: Number(expected(shown[0])),
          actual: p.value,
          key: String(p.start),
          data: {
            quote: quote(p.clause.text),
            percent: p.printed,
            tried: shown
              .map(
                (t) =>
                  `${t.name.zh} ${t.numerator} ÷ ${t.base.reading.name.zh} ${t.base.value} = ${expected(t)}%`,
              )
              .join('；'),
            triedEn: shown
              .map(
                (t) =>
                  `${t.name.en} ${t.numerator} / ${t.base.reading.name.en} ${t.base.value} = ${expected(t)}%`,
              )
              .join('; '),
          },
        });
      }
  },
};

interface Share {
  numerator: number;
  name: { zh: string; en: string };
  from?: Evaluated;
  base: Evaluated;
}

function shares(
  p: PercentStatement,
  evaluate: (m: PercentStatement['shares'][number][0]) => Evaluated[],
): Share[] {
  const out: Share[] = [];
  const seen = new Set<string>();
  for (const [n, b] of p.shares)
    for (const num of evaluate(n))
      for (const base of evaluate(b)) {
        const key = `${num.reading.name.en}|${base.reading.name.en}`;
        if (base.value <= 0 || seen.has(key)) continue;
        seen.add(key);
        out.push({ numerator: num.value, name: num.reading.name, from: num, base });
      }
  return out;
}

/** The printed percentage as an integer count of its last digit (51.85 → 5185). */
const printedUnits = (p: PercentStatement) => Number(p.printed.replace('.', ''));

/** Whether n/base, as a percentage at the printed precision, rounds or truncates to the printed value. */
function fits(p: PercentStatement, n: number, base: number): boolean {
  const scale = 100 * 10 ** p.decimals;
  const truncated = Math.floor((n * scale) / base);
  const rounded = Math.floor((2 * n * scale + base) / (2 * base));
  return printedUnits(p) === truncated || printedUnits(p) === rounded;
}

function shownValue(p: PercentStatement, n: number, base: number): string {
  const scale = 100 * 10 ** p.decimals;
  return (Math.floor((2 * n * scale + base) / (2 * base)) / 10 ** p.decimals).toFixed(p.decimals);
}

export default rule;
