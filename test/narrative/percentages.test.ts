import { percentages, type Meaning } from '../../src/narrative';

const show = (m: Meaning) => [m.quantity, m.applicant, m.result, m.group].filter(Boolean).join('/');
/** Each percentage as [printed, decimals, 'numerator ÷ base' pairs, count stated]. */
const read = (text: string) =>
  percentages(text, null).map((p) => [
    p.printed,
    p.decimals,
    p.shares.map(([n, b]) => `${show(n)} ÷ ${show(b)}`),
    p.stated ?? null,
  ]);

describe('percentages (class 9)', () => {
  it.each<[string, unknown[]]>([
    ['予以公开56件，占51.85%。', [['51.85', 2, ['granted ÷ completed'], 56]]],
    ['不予公开5件占4.6%。', [['4.6', 1, ['denied ÷ completed'], 5]]],
    ['公开率为96.5%。', [['96.5', 1, ['disclosed ÷ completed'], null]]],
    ['予以公开的占收到申请的40%。', [['40', 0, ['granted ÷ received'], null]]],
    ['自然人申请50件，占90%。', [['90', 0, ['received/natural-person ÷ received'], 50]]],
    [
      '自然人申请中，予以公开20件，占40%。',
      [
        [
          '40',
          0,
          [
            'granted ÷ completed',
            'granted/natural-person ÷ completed',
            'granted/natural-person ÷ completed/natural-person',
          ],
          20,
        ],
      ],
    ],
    ['行政复议5件，其中纠正2件，占40%。', [['40', 0, ['reviews/corrected ÷ reviews'], 2]]],
    ['予以公开５６件，占５１．８５％。', [['51.85', 2, ['granted ÷ completed'], 56]]],
    // After a paragraph's lead (its topic) as in the first sentence.
    ['（二）依申请公开情况。予以公开56件，占51.85%。', [['51.85', 2, ['granted ÷ completed'], 56]]],
    ['行政复议维持的占复议总数的60%。', [['60', 0, ['reviews/upheld ÷ reviews'], null]]],
    [
      '自然人予以公开的占办结总数的50%。',
      [
        [
          '50',
          0,
          ['granted/natural-person ÷ completed', 'granted/natural-person ÷ completed/natural-person'],
          null,
        ],
      ],
    ],
    [
      '复议后起诉结果维持的占行政诉讼的50%。',
      [['50', 0, ['litigation/upheld/litigation-after-review ÷ litigation/litigation-after-review'], null]],
    ],
  ])('%s', (text, want) => expect(read(text)).toEqual(want));

  it.each([
    '收到申请同比增长20%。',
    '按时答复率100%。',
    '群众满意度98.5%。',
    '予以公开占比约50%。',
    '予以公开占50%以上。',
    '受理的申请中，涉及城乡规划类22件，占35.5%。',
    '收到申请50件，占全市的10%。',
    '办结50件，占95%。',
    '局办公室予以公开20件，占40%。',
    '予以公开56件，为51.85%。', // no 占 or 比例: not said to be a share
    '其余的占40%。', // no quantity named before 占
    '行政诉讼结果维持3件，占行政复议的60%。', // a share of the other group of table 四
    '予以公开5件、部分公开3件占80%。', // two counts before 占: which one is shared is unclear
  ])('says nothing: %s', (text) => expect(read(text)).toEqual([]));
});
