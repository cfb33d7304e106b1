import { itemizedSums, quantities, sentences, statements } from '../../src/narrative';

describe('quantities', () => {
  it.each([
    ['主动公开信息33条', [[33, '条']]],
    ['收到三十三件申请', [[33, '件']]],
    ['受理１２件', [[12, '件']]],
    ['浏览量1,200人次', [[1200, '人次']]],
    ['依照第十条规定', []],
    ['每一件都按时答复', []],
    ['一次性告知', []],
    ['在15个工作日内答复', []],
    ['分别为2，3件', [[3, '件']]],
    ['收到三五件', []], // three to five: no number
  ])('%s', (text, want) => {
    expect(quantities(text).map((q) => [q.value, q.unit])).toEqual(want);
  });

  it('offsets point into the text as written', () => {
    const text = '共收到申请１２件';
    const [q] = quantities(text);
    expect(text.slice(q.index, q.end)).toBe('１２件');
  });
});

describe('sentences', () => {
  it('splits at 。！？ and line breaks, keeps ；inside, trims', () => {
    expect(sentences('甲1条；乙2条。 丙！\n丁').map((s) => s.text)).toEqual(['甲1条；乙2条', '丙', '丁']);
  });
});

describe('itemizedSums on the fixture sentence', () => {
  // Line 11 of the published report (test/fixtures/zhengzhou-zwfwb-2021.txt): its parts add up to 34.
  const text =
    '这一年来，市政务办主动公开信息33条，其中：机构领导1条，机构设置1条，政府信息公开指南2条，人事信息1条，财政信息5条，工作信息9条，建议提案办理14条，信息公开年度报告1条。';
  it('reads the total and all eight parts', () => {
    const [sum] = itemizedSums(text);
    expect(sum.total.value).toBe(33);
    expect(sum.parts.map((p) => p.value)).toEqual([1, 1, 2, 1, 5, 9, 14, 1]);
    expect(sum.sum).toBe(34);
    expect(sum.quote.startsWith('市政务办主动公开信息33条')).toBe(true);
  });
});

describe('statements', () => {
  it.each([
    ['2021年度，市政务办收到1条依申请公开申请。', 2021, [['received', 1]]],
    [
      '上年结转2件，本年新收申请5件，办结6件，结转下年度1件。',
      null,
      [
        ['carried-in', 2],
        ['received', 5],
        ['completed', 6],
        ['carried-forward', 1],
      ],
    ],
    [
      '其中予以公开3件，部分公开1件，不予公开1件。',
      null,
      [
        ['granted', 3],
        ['partly-granted', 1],
        ['denied', 1],
      ],
    ],
    // Each count is read with the words of its own segment.
    [
      '发生行政复议1件、行政诉讼2件。',
      null,
      [
        ['reviews', 1],
        ['litigation', 2],
      ],
    ],
    [
      '发生行政复议1件，行政诉讼2件。',
      null,
      [
        ['reviews', 1],
        ['litigation', 2],
      ],
    ],
    ['2020年收到申请9件。', 2021, []],
    ['收到申请比上年增加9件。', null, []],
    ['主动公开信息33条。', null, []],
    ['收到申请10件和咨询5件。', null, [['received', 10]]],
    ['收到申请和咨询共15件。', null, []],
  ])('%s', (text, year, want) => {
    expect(statements(text, year).map((s) => [s.meanings[0].quantity, s.value])).toEqual(want);
  });
});
