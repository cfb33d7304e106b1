import { applicationsEquations } from '../equations';
import { totalsRule } from '../totals';

/** FORMAT.md table 三: per row, 总计 = Σ six applicant columns. */
export default totalsRule(
  {
    id: 'applications/row-total',
    severity: 'error',
    tags: ['applications', 'totals'],
    description: {
      zh: '表三每一行：总计列应等于自然人与五类法人或其他组织之和。',
      en: 'Table 三, each row: the total column must equal natural persons plus the five kinds of organisation.',
    },
    help: {
      zh: '把该行自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他六个数相加，填入总计。',
      en: 'Add the six applicant columns of this row and put the sum in the total column.',
    },
    messages: {
      'zh-CN': {
        mismatch:
          '{row}：总计应为六类申请人之和 {expected}（自然人 {naturalPerson}、商业企业 {commercial}、科研机构 {research}、社会公益组织 {nonprofit}、法律服务机构 {legalServices}、其他 {otherOrg}），实际为 {actual}（差 {+diff}）',
        missing: '{row}：总计为空，六类申请人之和为 {expected}',
      },
      en: {
        mismatch:
          '{row}: total should be the sum of the six applicant columns, {expected}; found {actual} (off by {+diff})',
        missing: '{row}: total is blank; the six applicant columns add up to {expected}',
      },
    },
  },
  'applications',
  applicationsEquations,
);
