import { reviewsEquations } from '../equations';
import { totalsRule } from '../totals';

/** FORMAT.md table 四: per group, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export default totalsRule(
  {
    id: 'reviews/group-total',
    severity: 'error',
    tags: ['reviews', 'totals'],
    description: {
      zh: '表四每组（行政复议、未经复议直接起诉、复议后起诉）：总计应等于结果维持、结果纠正、其他结果、尚未审结之和。',
      en: 'Table 四, each group: total must equal upheld + corrected + other + pending.',
    },
    help: {
      zh: '把该组四种结果的件数相加，填入该组的总计。',
      en: 'Add the four results of the group and put the sum in its total.',
    },
    messages: {
      'zh-CN': {
        mismatch:
          '{row}：总计应为 结果维持 {upheld} ＋ 结果纠正 {corrected} ＋ 其他结果 {other} ＋ 尚未审结 {pending} ＝ {expected}，实际为 {actual}（差 {+diff}）',
        missing: '{row}：总计为空，四种结果之和为 {expected}',
      },
      en: {
        mismatch:
          '{row}: total should be upheld {upheld} + corrected {corrected} + other {other} + pending {pending} = {expected}; found {actual} (off by {+diff})',
        missing: '{row}: total is blank; the four results add up to {expected}',
      },
    },
  },
  'reviews',
  reviewsEquations,
);
