import { applicationsEquations } from '../equations';
import { totalsRule } from '../totals';

/** FORMAT.md table 三: per column, new + carried-in = outcome-total + carried-forward. */
export default totalsRule(
  {
    id: 'applications/balance',
    severity: 'error',
    tags: ['applications', 'totals'],
    description: {
      zh: '表三每一列：第一项（本年新收）加第二项（上年结转）之和，应等于第三项（办理结果总计）加第四项（结转下年度）之和。',
      en: 'Table 三, each column: new + carried in must equal outcomes total + carried forward (the rule printed in the header).',
    },
    help: {
      zh: '这是表头注明的勾稽关系。先核对本年新收、上年结转和（七）总计三个数，再按“新收＋结转−总计”填写结转下年度。',
      en: 'This is the balance printed in the header. Check new, carried-in and the outcomes total first, then set carried-forward to new + carried-in − outcomes total.',
    },
    messages: {
      'zh-CN': {
        mismatch:
          '{column}：本年新收 {new} ＋ 上年结转 {carriedIn} 应等于 办理结果总计 {outcomeTotal} ＋ 结转下年度；结转下年度应为 {expected}，实际为 {actual}（差 {+diff}）',
        missing:
          '{column}：结转下年度为空，按 本年新收 {new} ＋ 上年结转 {carriedIn} − 办理结果总计 {outcomeTotal} 应为 {expected}',
      },
      en: {
        mismatch:
          '{column}: new {new} + carried in {carriedIn} must equal outcomes total {outcomeTotal} + carried forward; carried forward should be {expected}, found {actual} (off by {+diff})',
        missing:
          '{column}: carried forward is blank; new {new} + carried in {carriedIn} − outcomes total {outcomeTotal} gives {expected}',
      },
    },
  },
  'applications',
  applicationsEquations,
);
