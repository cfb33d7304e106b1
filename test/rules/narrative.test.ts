import { runRuleCases, reviewTotal, saidAt, text, textAt, total, type Case } from '../support/rule-cases';

const narrativeCases: Record<string, Case[]> = {
  'narrative/itemized-sum': [
    { name: 'clean report', want: () => [] },
    {
      name: 'parts that add up',
      edit: text(() => '本年度主动公开信息10条，其中：通知公告4条，工作动态6条。'),
      want: () => [],
    },
    {
      name: 'parts that do not add up',
      edit: text(() => '本年度主动公开信息10条，其中：通知公告4条，工作动态5条。'),
      want: (s) => [[saidAt(s), 'mismatch', 9, 10]],
    },
    {
      name: 'Chinese numerals and full-width digits',
      edit: text(() => '共收到申请三十三件，其中自然人申请３０件，法人申请二件。'),
      want: (s) => [[saidAt(s), 'mismatch', 32, 33]],
    },
    {
      name: 'a bracketed list ends at its bracket',
      edit: text(() => '收到申请5件（其中自然人3件、企业2件），办结4件。'),
      want: () => [],
    },
    {
      name: 'a new topic ends the list',
      edit: text(() => '收到申请5件，其中自然人3件、企业2件；办结5件，结转下年度0件。'),
      want: () => [],
    },
    {
      name: 'counts in other units are not parts',
      edit: text(() => '发布信息12条，其中：文件8条，解读4条，浏览量3000次。'),
      want: () => [],
    },
    {
      name: 'ordinals are not counts',
      edit: text(() => '依照条例第十条，共办理2件，其中第一件已办结，另1件转办。'),
      want: () => [],
    },
  ],
  'narrative/table-mismatch': [
    { name: 'clean report', want: () => [] },
    {
      name: 'received = new',
      edit: text((s) => `本年度收到政府信息公开申请${total(s, 'new')}件。`),
      want: () => [],
    },
    {
      name: 'received = new + carried in',
      edit: text((s) => `本年度共受理申请${total(s, 'new') + total(s, 'carried-in')}件。`),
      want: () => [],
    },
    {
      name: 'received matches no reading',
      edit: text((s) => `本年度收到政府信息公开申请${total(s, 'new') + total(s, 'carried-in') + 7}件。`),
      want: (s) => [[saidAt(s), 'mismatch', total(s, 'new'), total(s, 'new') + total(s, 'carried-in') + 7]],
    },
    {
      name: 'completed and carried forward as in the table',
      edit: text(
        (s) => `全年办结${total(s, 'outcome-total')}件，结转下年度继续办理${total(s, 'carried-forward')}件。`,
      ),
      want: () => [],
    },
    {
      name: 'carried forward wrong',
      edit: text((s) => `结转下年度继续办理${total(s, 'carried-forward') + 1}件。`),
      want: (s) => [[saidAt(s), 'mismatch', total(s, 'carried-forward'), total(s, 'carried-forward') + 1]],
    },
    {
      name: 'granted may include partly granted',
      edit: text((s) => `予以公开${total(s, 'granted') + total(s, 'partly-granted')}件。`),
      want: () => [],
    },
    {
      name: 'reviews and lawsuits against table 四',
      edit: text(
        (s) =>
          `发生政府信息公开行政复议${reviewTotal(s, 'review')}件；行政诉讼${
            reviewTotal(s, 'litigation-direct') + reviewTotal(s, 'litigation-after-review') + 1
          }件。`,
      ),
      want: (s) => [
        [
          saidAt(s),
          'mismatch',
          reviewTotal(s, 'litigation-direct') + reviewTotal(s, 'litigation-after-review'),
          reviewTotal(s, 'litigation-direct') + reviewTotal(s, 'litigation-after-review') + 1,
        ],
      ],
    },
    {
      name: 'a sentence about another year is not this table',
      options: { year: 2021 },
      edit: text(() => '2020年收到政府信息公开申请99件。'),
      want: () => [],
    },
    {
      name: 'comparisons are not quantities',
      edit: text(() => '收到的申请比上年增加99件。'),
      want: () => [],
    },
    {
      name: 'proactive disclosure counts are not applications',
      edit: text(() => '主动公开政府信息并答复公众留言99条。'),
      want: () => [],
    },
  ],
  'fees/notices': [
    { name: 'clean report (no unpaid fee notices)', want: () => [] },
    {
      name: 'unpaid fee notices while section 六 says none were sent',
      edit: (s) => {
        s.set('applications', 'other.2', 'total', 2);
        text(() => '发出收费通知的件数和总金额以及实际收取的总金额均为0。')(s);
      },
      want: (s) => [[saidAt(s), 'denied', null, 2]],
    },
    {
      name: 'unpaid fee notices and section 六 silent about fees',
      edit: (s) => {
        s.set('applications', 'other.2', 'total', 2);
        const i = s.rows.findIndex((r) => r[0] === '本年度未收取信息处理费。');
        s.rows[i] = ['无其他需要报告的事项。'];
      },
      want: (s) => [[textAt(s, '六、其他需要报告的事项'), 'silent', null, 2]],
    },
    {
      name: 'unpaid fee notices and section 六 reporting them',
      edit: (s) => {
        s.set('applications', 'other.2', 'total', 2);
        const i = s.rows.findIndex((r) => r[0] === '本年度未收取信息处理费。');
        s.rows[i] = ['本年度发出收费通知2件，申请人均未缴费，未收取信息处理费。'];
      },
      want: () => [],
    },
  ],
};
runRuleCases(narrativeCases);
