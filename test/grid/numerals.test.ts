import { parseChineseNumeral, parseProseNumber } from '../../src/grid';

describe('parseProseNumber', () => {
  it.each([
    ['0', 0],
    ['33', 33],
    ['３３', 33],
    ['1,024', 1024],
    ['12.5', 12.5],
    ['0.25', 0.25],
    ['零', 0],
    ['〇', 0],
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十三', 13],
    ['二十', 20],
    ['三十三', 33],
    ['一百', 100],
    ['一百零五', 105],
    ['一百一十', 110],
    ['两千', 2000],
    ['一千零一', 1001],
    ['一万五千', 15000],
    ['十万', 100000],
  ])('%s → %d', (text, want) => {
    expect(parseProseNumber(text)).toBe(want);
  });

  // A unit with no digit before it means one only at the start (十三); after another unit (一百十,
  // 十十) the reading is a guess, so none is made.
  it.each(['', '三五', '二〇二一', '一是', 'abc', '1.2.3', '一百十', '十十', '千百'])(
    '%j is not a number',
    (text) => {
      expect(parseProseNumber(text)).toBeNull();
    },
  );

  it('only numeral characters are read as a Chinese numeral', () => {
    expect(parseChineseNumeral('十个')).toBeNull();
  });
});
