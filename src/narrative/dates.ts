/**
 * Dates as report prose writes them: `2022年1月28日`, `２０２２年１月２８日`, `二〇二二年一月二十八日`,
 * and the statistics period `自2021年1月1日起至2021年12月31日止`.
 */
import { CHINESE_DIGITS, parseChineseNumeral } from '../grid/numerals';
import { sentences } from './sentences';

export interface CalendarDate {
  year: number;
  month: number;
  /** Null where only the month is written (`2022年1月`). */
  day: number | null;
}

// A year digit by digit, as 二〇二二 writes it (not the counting numeral 两千零二十二): the digits
// without 两, and the letter O that typists put for 〇.
const { 两: _counting, ...DIGITS_OF_YEAR } = CHINESE_DIGITS;
const YEAR_DIGITS: Readonly<Record<string, number>> = { ...DIGITS_OF_YEAR, '○': 0, O: 0, o: 0 };

// Sources of the parts, matched on NFKC text (full-width digits are ASCII by then).
const YEAR = '((?:19|20)\\d{2}|[二][〇○零Oo][一二三四五六七八九〇○零Oo]{2})\\s*年';
const MONTH = '(\\d{1,2}|十[一二]?|[一二三四五六七八九])\\s*月';
const DAY = '(\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\\s*[日号]';
/** Year, month and optional day: groups 1–3. */
const DATE = `${YEAR}\\s*${MONTH}(?:\\s*${DAY})?`;
/** The end of a range may leave out the year: groups 1–3 optional year, month, optional day. */
const END = `(?:${YEAR}\\s*)?${MONTH}(?:\\s*${DAY})?`;

// The patterns take a year, month or day all in ASCII digits or all in Chinese ones, never mixed.
function yearOf(text: string): number {
  const ascii = Number(text);
  if (Number.isInteger(ascii)) return ascii;
  return Number([...text].map((ch) => YEAR_DIGITS[ch] ?? NaN).join(''));
}

function smallNumber(text: string | undefined): number | null {
  if (text === undefined) return null;
  const ascii = Number(text);
  return Number.isInteger(ascii) ? ascii : parseChineseNumeral(text);
}

/** A calendar date from regex groups, or null when a part is out of range (13月, 32日). */
function toDate(
  yearText: string | undefined,
  monthText: string,
  dayText: string | undefined,
  fallbackYear?: number,
): CalendarDate | null {
  const year = yearText === undefined ? fallbackYear : yearOf(yearText);
  const month = smallNumber(monthText);
  const day = smallNumber(dayText);
  if (year === undefined || !Number.isFinite(year) || month === null || month < 1 || month > 12) return null;
  if (day !== null && (day < 1 || day > daysIn(year, month))) return null;
  return { year, month, day };
}

export function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A date written as the report writes it: `2022年1月28日`, `2022年1月`. */
export function formatDate(d: CalendarDate): string {
  return `${d.year}年${d.month}月${d.day === null ? '' : `${d.day}日`}`;
}

/** Orders two dates; a missing day counts as the month's first (the earliest the date can mean). */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || (a.day ?? 1) - (b.day ?? 1);
}

/**
 * A line that is only a date, maybe after the body's name: `某某局 2022年1月28日`. The signature
 * line at the end of a report; a sentence that happens to hold a date is not one.
 */
export function dateLine(text: string): CalendarDate | null {
  const s = text.normalize('NFKC').replace(/[\s\u200b\ufeff]+/g, '');
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent: a fast path; past 60 characters the name before the date is over 40, refused below
  if (s.length > 60) return null;
  const m = new RegExp(`^(.*?)${DATE}$`).exec(s);
  if (!m) return null;
  // The name before the date: no digits, no sentence punctuation, not too long.
  const name = m[1];
  if (name.length > 40 || /[\d。，,；;：:！!？?、()（）]/.test(name)) return null;
  // `截至2021年12月31日`, `发布于…`: words leading into a date belong to a sentence, not a name.
  if (/(?:截至|截止|至|到|于|为|是|在|自|从|日期|时间)$/.test(name)) return null;
  return toDate(m[2], m[3], m[4]);
}

export interface StatedPeriod {
  from: CalendarDate;
  to: CalendarDate;
  /** The sentence stating it, for the message. */
  sentence: string;
  /** The sentence's offset in its paragraph: two statements of one paragraph are told apart. */
  start: number;
}

/** Words that make a date range the report's statistics period, not some event's. */
const PERIOD_WORDS = /统计(?:期|时限|时间|周期|区间|范围|时段)|所列数据|报告期/;
const RANGE = new RegExp(`${DATE}\\s*(?:起|开始)?\\s*(?:至|到|[-－—–~～]+)\\s*${END}\\s*(?:止|为止|结束)?`);

/**
 * The statistics period a sentence states: `本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止`,
 * `统计时间为2021年1月1日至12月31日`. The range must come after words naming it the period.
 */
export function statedPeriods(text: string): StatedPeriod[] {
  const periods: StatedPeriod[] = [];
  for (const sentence of sentences(text)) {
    const s = sentence.text.normalize('NFKC');
    const words = PERIOD_WORDS.exec(s);
    if (!words) continue;
    const m = RANGE.exec(s.slice(words.index));
    if (!m) continue;
    const from = toDate(m[1], m[2], m[3]);
    const to = from && toDate(m[4], m[5], m[6], from.year);
    if (from && to) periods.push({ from, to, sentence: sentence.text, start: sentence.start });
  }
  return periods;
}
