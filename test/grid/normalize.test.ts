import { labelKey, labelMatch, normalizeText, parseLabel, similarity } from '../../src/grid';

describe('normalizeText and labelKey', () => {
  it.each([
    ['（一）予以公开', '(一)予以公开'],
    ['商业\n企业', '商业企业'],
    ['结果 维持', '结果维持'],
    ['危及“三安全一稳定”', '危及三安全一稳定'],
    ['１．属于国家秘密', '1.属于国家秘密'],
  ])('%j → %j', (input, want) => expect(normalizeText(input)).toBe(want));

  it('labelKey drops punctuation so both widths and both comma styles agree', () => {
    expect(labelKey('部分公开（区分处理的，只计这一情形，不计其他情形）')).toBe(
      labelKey('部分公开(区分处理的, 只计这一情形, 不计其他情形)'),
    );
  });
});

describe('parseLabel', () => {
  it.each([
    ['三、本年度办理结果', [{ marker: 'section', index: 3, key: '本年度办理结果' }]],
    ['（三）不予公开', [{ marker: 'group', index: 3, key: '不予公开' }]],
    ['(七) 总计', [{ marker: 'group', index: 7, key: '总计' }]],
    ['1.属于国家秘密', [{ marker: 'item', index: 1, key: '属于国家秘密' }]],
    ['2、重复申请', [{ marker: 'item', index: 2, key: '重复申请' }]],
    ['3．其他', [{ marker: 'item', index: 3, key: '其他' }]],
    [
      '三、本年度办理结果（一）予以公开',
      [
        { marker: 'section', index: 3, key: '本年度办理结果' },
        { marker: 'group', index: 1, key: '予以公开' },
      ],
    ],
    ['自然人', [{ key: '自然人' }]],
  ])('%j', (input, want) => expect(parseLabel(input)).toEqual(want));
});

describe('labelMatch', () => {
  it('scores exact, abbreviated and unrelated labels', () => {
    expect(labelMatch('予以公开', '予以公开')).toBe(1);
    expect(
      labelMatch('逾期不补正', '申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请'),
    ).toBeGreaterThan(0.8);
    expect(labelMatch('自然人', '本年新收政府信息公开申请数量')).toBeLessThan(0.3);
  });

  it.each([
    ['an empty found label', '', '其他处理', 0],
    ['an empty official label', '其他处理', '', 0],
    ['two empty labels', '', '', 0],
    ['the same label', '其他处理', '其他处理', 1],
    ['an abbreviation of two or more characters', '其他', '其他处理', 0.9],
    ['a single character of the official label', '其', '其他处理', 0.6],
    ['a found label holding a two-character official one', '其他处理', '其他', 0.85],
    ['a found label holding a one-character official one', '其他', '其', 0.5],
    // Neither holds the other: their similarity (the Dice coefficient, its own table below).
    ['labels sharing one of 2 + 3 bigrams', '申请人', '申请数量', 0.4],
    ['labels sharing one of 3 + 3 bigrams', '不予公开', '不予处理', (2 * 1) / 6],
    ['two different single characters', '甲', '乙', 0],
  ])('scores %s', (_case, found, official, score) => {
    expect(labelMatch(found, official)).toBe(score);
  });
});

describe('similarity', () => {
  it.each([
    ['equal strings', '公开', '公开', 1],
    ['two empty strings', '', '', 1],
    ['an empty string and a two-character one', '', '公开', 0],
    ['a two-character string and an empty one', '公开', '', 0],
    ['two different single characters', '甲', '乙', 0],
    ['a single character and a string holding it', '公', '公开', 0],
    ['strings sharing their only bigram', '公开', '公开了', (2 * 1) / 3],
    ['the same, the other way round', '公开了', '公开', (2 * 1) / 3],
    ['a bigram both hold twice', '公开公开', '公开再公开', (2 * 2) / 7],
    ['a bigram one holds twice, the other once', '公开公开', '公开不公', (2 * 1) / 6],
    ['no bigram in common', '公开', '处理', 0],
  ])('scores %s', (_case, a, b, score) => {
    expect(similarity(a, b)).toBe(score);
  });
});
