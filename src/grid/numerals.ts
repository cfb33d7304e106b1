/**
 * Numbers as report prose writes them: Arabic digits (any width, with thousands separators) or
 * Chinese numerals such as 三十三, 一百零五, 两千, 〇. Returns null for anything else.
 */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The characters a Chinese numeral may use; the pattern below reuses them. */
export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万';

export function parseProseNumber(text: string): number | null {
  const s = text.normalize('NFKC').replace(/[,，\s]/g, '');
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  return parseChineseNumeral(s);
}

export function parseChineseNumeral(s: string): number | null {
  if (s.length === 0 || [...s].some((ch) => !CHINESE_NUMERAL_CHARS.includes(ch))) return null;
  let total = 0;
  let section = 0; // below 万
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in CHINESE_DIGITS) {
      if (digit !== null && digit !== 0) return null; // 三五: two digits in a row is not a numeral
      digit = CHINESE_DIGITS[ch];
    } else if (ch in UNITS) {
      // 十 alone at the start means 10 (十三 = 13).
      section += (digit ?? (section === 0 ? 1 : null) ?? NaN) * UNITS[ch];
      if (Number.isNaN(section)) return null;
      digit = null;
    } else {
      // 万
      total += (section + (digit ?? 0)) * 10000;
      section = 0;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}
