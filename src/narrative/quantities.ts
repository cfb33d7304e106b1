import { CHINESE_NUMERAL_CHARS, parseProseNumber } from '../grid';

/** A counted quantity in prose: `33条`, `三十三件`, `1,024 件`. */
export interface Quantity {
  value: number;
  unit: string;
  /** Offset of the number in the text searched. */
  index: number;
  /** Offset just after the unit. */
  end: number;
}

const UNIT = '人次|条|件|项|个|宗|份|篇|次';
// Digits of either width: offsets must stay those of the text as written, so it is not normalised.
const QUANTITY = new RegExp(
  `((?:[0-9０-９]{1,3}(?:[,，][0-9０-９]{3})+|[0-9０-９]+)(?:[.．][0-9０-９]+)?|[${CHINESE_NUMERAL_CHARS}]+)\\s*(${UNIT})`,
  'g',
);
/** Before a number: an ordinal (第一条) or a distributive (每一件), not a count. */
const NOT_COUNT_BEFORE = /[第每各逐单同]$/;
/** After a unit: words that turn it into something else (一次性, 3个月, 一件事). */
const NOT_COUNT_AFTER = /^(性|月|工作日|方面|百分点|事|龙)/;

/** Every count in the text, in order, with offsets into the text as given. */
export function quantities(s: string): Quantity[] {
  const found: Quantity[] = [];
  for (const m of s.matchAll(QUANTITY)) {
    const index = m.index ?? 0;
    const end = index + m[0].length;
    if (NOT_COUNT_BEFORE.test(s.slice(Math.max(0, index - 1), index))) continue;
    if (NOT_COUNT_AFTER.test(s.slice(end))) continue;
    const value = parseProseNumber(m[1]);
    if (value === null) continue;
    found.push({ value, unit: m[2], index, end });
  }
  return found;
}
