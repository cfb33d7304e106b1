import { compareDates, dateLine, formatDate, statedPeriods } from '../../src/narrative/dates';

const show = (d: { year: number; month: number; day: number | null } | null) => (d ? formatDate(d) : null);

describe('dateLine', () => {
  it.each([
    ['2022年1月28日', '2022年1月28日'],
    ['２０２２年１月２８日', '2022年1月28日'],
    ['二〇二二年一月二十八日', '2022年1月28日'],
    ['二○二一年十二月三十一日', '2021年12月31日'],
    ['二零二二年三月', '2022年3月'],
    ['2022 年 3 月 1 号', '2022年3月1日'],
    ['2021年13月1日', null],
    ['2021年0月1日', null],
    ['2021年1月0日', null],
    ['2022年2月30日', null],
    ['1月28日', null],
    ['某某市某某局 2022年1月28日', '2022年1月28日'],
    ['某某市某某局\n二〇二二年一月二十八日', '2022年1月28日'],
    ['　　2022年3月', '2022年3月'],
    ['2022年1月10日召开会议，部署工作', null],
    ['本报告于2022年1月28日发布', null],
    ['发布日期：2022年1月28日', null],
    ['截至2021年12月31日', null],
    ['2021年1月1日至12月31日', null],
  ])('%s', (text, want) => {
    expect(show(dateLine(text))).toBe(want);
  });
});

describe('statedPeriods', () => {
  const periods = (text: string) => statedPeriods(text).map((p) => `${show(p.from)}至${show(p.to)}`);
  it.each([
    ['本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。', ['2021年1月1日至2021年12月31日']],
    ['本报告中使用数据统计期限为2020年1月1日至12月31日。', ['2020年1月1日至2020年12月31日']],
    ['统计时间为二〇二一年一月一日到二〇二一年十二月三十一日', ['2021年1月1日至2021年12月31日']],
    ['报告期为2021年1月-12月。', ['2021年1月至2021年12月']],
    ['所列数据统计期限自2021年1月1日起至2021年11月30日止', ['2021年1月1日至2021年11月30日']],
    // A range with no words naming it the statistics period is some event's, not the report's.
    ['2021年1月至6月，网站访问量10万次。', []],
    ['据统计，2021年1月至6月，网站访问量10万次。', []],
    ['本报告所列数据截至2021年12月31日。', []],
    ['统计期限为2021年度。', []],
  ])('%s', (text, want) => {
    expect(periods(text)).toEqual(want);
  });

  it('keeps each statement’s sentence and offset', () => {
    const text = '一、总体情况。统计期限自2021年1月1日起至2021年12月31日止。';
    const [p] = statedPeriods(text);
    expect(text.slice(p.start)).toMatch(/^统计期限/);
    expect(p.sentence).toBe('统计期限自2021年1月1日起至2021年12月31日止');
  });
});

describe('compareDates', () => {
  it('orders by year, month, day; a missing day is the first', () => {
    expect(
      compareDates({ year: 2022, month: 2, day: null }, { year: 2022, month: 1, day: 31 }),
    ).toBeGreaterThan(0);
    expect(compareDates({ year: 2022, month: 1, day: null }, { year: 2022, month: 1, day: 1 })).toBe(0);
    expect(compareDates({ year: 2021, month: 12, day: 31 }, { year: 2022, month: 1, day: 1 })).toBeLessThan(
      0,
    );
  });
});
