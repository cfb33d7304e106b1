import { APPLICATIONS, labelTexts, partTexts, REVIEWS } from '../../src/format';

describe('the texts a format label is known by', () => {
  it('a column: its official words, then its other names', () => {
    const upheld = REVIEWS['2021'].columns.find((c) => c.id === 'upheld')!;
    expect(labelTexts(upheld)).toEqual(['结果维持', '维持']);
    const natural = APPLICATIONS['2021'].columns.find((c) => c.id === 'natural-person')!;
    expect(labelTexts(natural)).toEqual(['自然人']);
  });

  it('a row label part: its words, then its other names', () => {
    const carriedIn = APPLICATIONS['2021'].rows.find((r) => r.id === 'carried-in')!.path[0];
    expect(partTexts(carriedIn)).toEqual(['上年结转政府信息公开申请数量', '上年结转申请数量', '上年结转']);
    const results = APPLICATIONS['2021'].rows.find((r) => r.id === 'granted')!.path;
    expect(partTexts(results[0])).toEqual(['本年度办理结果', '办理结果']);
  });
});
