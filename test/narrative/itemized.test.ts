import { itemizedSums } from '../../src/narrative';

/** Each list as [total, parts reported, whether the total equals the sum at some place it may end]. */
const read = (text: string) =>
  itemizedSums(text).map((s) => [s.total.value, s.parts.map((p) => p.value), s.sums.includes(s.total.value)]);

describe('where a list ends (class 2)', () => {
  it.each<[string, unknown[]]>([
    [
      '收到申请10件，其中：予以公开5件，部分公开1件，不予公开1件，其他处理3件；因依申请公开引发行政复议1件、行政诉讼4件。',
      [[10, [5, 1, 1, 3], true]],
    ],
    ['共收到申请531件，其中自然人520件，法人或其他组织11件；共答复498件。', [[531, [520, 11], true]]],
    // 其中 right after the count, with no comma.
    ['收到申请10件其中自然人8件、法人2件。', [[10, [8, 2], true]]],
    ['行政复议40件，其中维持30件，纠正1件，尚未审结9件；行政诉讼21件。', [[40, [30, 1, 9], true]]],
    ['收到申请5件，其中自然人3件、企业2件；办结5件，结转下年度0件。', [[5, [3, 2], true]]],
    ['收到申请20件，其中网上申请12件，信函申请8件，上年结转2件。', [[20, [12, 8], true]]],
    [
      '收到申请12件，其中当面申请5件、网上申请7件，自然人申请10件、法人申请2件。',
      [[12, [5, 7, 10, 2], true]],
    ],
    ['收到申请10件，其中：予以公开5件；部分公开2件；不予公开3件。', [[10, [5, 2, 3], true]]],
    // A clause opening with a year starts another statement: the list ends before it.
    ['收到申请10件，其中自然人8件、法人2件，2020年为6件。', [[10, [8, 2], true]]],
    // A second 其中 breaks down a part: the list ends before it.
    ['收到申请10件，其中自然人8件、法人2件，其中自然人申请予以公开6件。', [[10, [8, 2], true]]],
    // Wrong sums: what is reported is the list up to its likeliest end.
    ['收到申请5件，其中自然人3件、企业1件；办结5件。', [[5, [3, 1], false]]],
    ['行政复议40件，其中维持30件，纠正1件，尚未审结8件；行政诉讼21件。', [[40, [30, 1, 8], false]]],
    ['收到申请10件，其中：予以公开5件；部分公开2件；不予公开2件。', [[10, [5, 2, 2], false]]],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));

  it.each([
    '全年共受理申请62件，较上年增加15件，其中当面申请5件、网上申请50件、信函申请7件。',
    '依照条例第十条，共办理2件，其中第一件已办结，另1件转办。',
    '发布信息12条，其中：文件8条，解读4条，浏览量3000次。',
  ])('no list to check: %s', (text) => {
    expect(read(text).filter(([, , fits]) => !fits)).toEqual([]);
  });
});

describe('brackets (class 3)', () => {
  it.each<[string, unknown[]]>([
    [
      '主动公开信息300条，其中：财政信息120条（部门预算45条、部门决算75条），工作动态180条。',
      [
        [300, [120, 180], true],
        [120, [45, 75], true],
      ],
    ],
    ['收到申请12件(其中自然人10件、法人1件)，办结12件。', [[12, [10, 1], false]]],
    ['收到申请12件（自然人10件、法人2件）。', [[12, [10, 2], true]]],
    ['不予公开3件（属于国家秘密1件，属于过程性信息2件）。', [[3, [1, 2], true]]],
    // A bracket never closed inside the list: what follows it is inside it, not more items.
    ['收到申请12件，其中自然人10件（含代理人、法人2件。', []],
    // A bracket never closed: the list runs to the sentence end.
    ['收到申请12件（其中自然人10件、法人2件。', [[12, [10, 2], true]]],
    // The breakdown's bracket closes at its own ）, past the one inside it.
    ['收到申请12件（自然人10件（含委托代理人提出的）、法人2件）。', [[12, [10, 2], true]]],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));

  it.each([
    '收到申请12件（较上年增加3件、减少1件）。',
    '收到申请12件（主要涉及规划4件、征收3件等）。',
    '收到申请12件（2020年为8件、2019年为6件）。',
    '全年共受理申请22件（含上年结转2件）。',
  ])('not a breakdown: %s', (text) => expect(read(text)).toEqual([]));

  it('the outer list skips a bracket inside it', () => {
    const [outer] = itemizedSums(
      '主动公开信息300条，其中：财政信息120条（部门预算45条、部门决算75条），工作动态170条。',
    );
    expect([outer.sum, outer.quote]).toEqual([
      290,
      '主动公开信息300条，其中：财政信息120条（部门预算45条、部门决算75条），工作动态170条',
    ]);
  });
});
