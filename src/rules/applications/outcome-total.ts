import { applicationsEquations } from '../equations';
import { totalsRule } from '../totals';

/** FORMAT.md table 三: per column, （七）总计 = Σ outcome rows （一）…（六）. */
export default totalsRule(
  {
    id: 'applications/outcome-total',
    severity: 'error',
    tags: ['applications', 'totals'],
    description: {
      zh: '表三每一列：（七）总计应等于（一）至（六）各项办理结果之和。',
      en: 'Table 三, each column: outcomes total （七） must equal the sum of outcomes （一） to （六）.',
    },
    help: {
      zh: '逐项核对该列（一）予以公开至（六）其他处理的数字，（七）总计应为它们的和；部分公开只计一次。',
      en: 'Add up outcomes （一） to （六） in this column; （七） must equal that sum. A partly granted application counts once.',
    },
    messages: {
      'zh-CN': {
        mismatch: '{column}：（七）总计应为（一）至（六）之和 {expected}，实际为 {actual}（差 {+diff}）',
        missing: '{column}：（七）总计为空，（一）至（六）之和为 {expected}',
      },
      en: {
        mismatch:
          '{column}: outcomes total should be the sum of outcomes, {expected}; found {actual} (off by {+diff})',
        missing: '{column}: outcomes total is blank; the outcomes add up to {expected}',
      },
    },
  },
  'applications',
  applicationsEquations,
);
