/** Random but consistent report numbers for the template tests, from a seeded generator. */
import { APPLICATIONS, PROACTIVE, REVIEWS, type Edition } from '../../src/format';
import type { TemplateFill } from '../../src/template/types';
import { consistentValues } from '../support/generate';

/** Mulberry32: small, seedable, good enough to vary test data reproducibly. */
export function seeded(seed: number): (max: number) => number {
  let a = seed >>> 0;
  return (max) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (max + 1));
  };
}

/** Values for every cell of tables 二, 三 and 四 (totals included) that satisfy every rule. */
export function consistentFills(edition: Edition, seed: number): TemplateFill[] {
  const int = seeded(seed);
  const fills: TemplateFill[] = [];
  const perColumn = Array.from({ length: 6 }, () => ({
    outcomes: Array.from({ length: 1 + int(6) }, () => int(3) * int(9)),
    carriedIn: int(12),
    carriedForward: int(12),
  }));
  const values = consistentValues(edition, perColumn);
  const f = APPLICATIONS[edition];
  for (const row of f.rows)
    f.columns.forEach((c, i) =>
      fills.push({ table: 'applications', rowId: row.id, columnId: c.id, value: values[row.id][i] }),
    );
  for (const group of REVIEWS[edition].groups) {
    const parts = [int(9), int(9), int(9), int(9)];
    REVIEWS[edition].columns.forEach((c, i) =>
      fills.push({
        table: 'reviews',
        rowId: group.id,
        columnId: c.id,
        value: c.role === 'total' ? parts.reduce((a, b) => a + b, 0) : parts[i],
      }),
    );
  }
  for (const block of PROACTIVE[edition].blocks)
    for (const row of block.rows)
      for (const c of block.columns) {
        const value = c.kind === 'amount' ? int(99999) / 100 : c.kind === 'delta' ? int(40) - 20 : int(500);
        fills.push({ table: 'proactive', rowId: row.id, columnId: c.id, value });
      }
  return fills;
}
