import { reportSheet, type ReportSheet } from '../../support/report-sheet';
import { A, lastYear, say, text, textAt, value, type Case, type Want } from '../../support/rule-cases';

/** Ten sentences of a body's own prose, written in year `y` (two of them name years). */
const ownProse = (y: number) => [
  `${y}年，我局围绕全市中心工作持续深化政务公开，不断提升公开的质量和实效。`,
  '我局按季度更新政府信息公开目录，逐条核对每条信息的发布时间和发布机关。',
  '依申请公开的办理流程经过重新梳理，登记、审核、答复三个环节都明确了责任人。',
  '门户网站开设政策解读专栏，对重要文件采用图表和问答的形式进行解读。',
  '我局组织业务骨干参加全市政务公开培训，并在局内开展了两次专题学习。',
  `与${y - 1}年相比，主动公开的财政预决算信息更加细化，已经公开到项目一级。`,
  '对公众留言中反映集中的问题，我局及时整理归类并在网站上集中答复。',
  '信息发布前一律执行保密审查，坚持先审查后公开、一事一审、全面审查。',
  '下一步将继续推进基层政务公开标准化规范化建设，进一步扩大公众参与。',
  '针对网站栏目更新不及时的问题，已建立栏目责任清单和每月巡检制度。',
];
/** Ten other sentences on the same subjects: this year's prose written anew. */
const newProse = [
  '今年的重点放在政策文件的集中公开上，全年梳理历史文件并逐件标注效力。',
  '我们把申请答复书的文书格式统一为一个模板，引用条款和救济途径写得更清楚。',
  '网站新增了常见问题栏目，收集群众咨询最多的二十个问题并给出答案。',
  '会同财政部门对部门预算公开表格作了核对，发现两处口径不一致并已更正。',
  '为方便老年人查询，在办事大厅设置了纸质公开资料查阅点和专人引导。',
  '年中对各科室公开工作开展一次交叉检查，通报了三个栏目长期未更新的情况。',
  '重大行政决策事项在作出前均向社会公开征求意见，并公布意见采纳情况。',
  '政务新媒体账号全年发布公开类信息一百余条，转载量较往年明显增加。',
  '明年打算把公开目录与办事指南打通，让群众从一个入口查到全部信息。',
  '现有信息公开人员多为兼职，今后将通过岗位调整配备一名专职工作人员。',
];
/** Twenty sentences of a dozen characters or so, each opening with `start`. */
const shortProse = (start: string) =>
  [...ownProse(2021), ...newProse].map((t) => `${start}${t.split('，')[0].slice(2)}。`);
/** Sentences every report carries in much the same words: preamble, statistics period, contacts. */
const formatSentences = (y: number) => [
  '本报告根据《中华人民共和国政府信息公开条例》和年度报告格式的要求编制，全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六个部分。',
  `本年度报告由本局办公室依据《条例》第五十条的规定，会同各科室编制完成。`,
  `本报告所列数据的统计期限自${y}年1月1日起至${y}年12月31日止。`,
  '本报告的电子版可在本局门户网站政府信息公开专栏查阅或下载。',
  '如对本报告有任何疑问，请与本局办公室联系（地址：某某路1号；邮编：000000；电话：0000-0000000）。',
  '联系电话：0000-0000000，传真：0000-0000001，电子邮箱：gk@example.org。',
];
/** Headings and the labels of table 三, as a reader leaves them around a table it could not place. */
const formatLabels = [
  '（一）主动公开情况',
  '第二十条第（一）项',
  '三、收到和处理政府信息公开申请情况',
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  '一、本年新收政府信息公开申请数量',
  '二、上年结转政府信息公开申请数量',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '2.其他法律行政法规禁止公开',
  '5.要求行政机关确认或重新出具已获取信息',
  '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
];
/** Table 二 规章: this year's in force, and issued − repealed. */
const proactiveRules = (s: ReportSheet, id: string) =>
  Number(s.rows[s.at('proactive', 'rules', id).row][s.at('proactive', 'rules', id).col]);
const inForce = (s: ReportSheet) => proactiveRules(s, 'in-force');
const inForceChange = (s: ReportSheet) => proactiveRules(s, 'issued') - proactiveRules(s, 'repealed');
/** Last year's report under a title of its own. */
function titled(title: string) {
  return { grids: [reportSheet({ title }).grid()], source: 'last.xlsx' };
}
/** Characters a sentence counts for: its letters and digits, no punctuation. */
const chars = (sentence: string) => sentence.replace(/[\p{P}\p{S}\s]/gu, '').length;
const prose = (lines: readonly string[]) => (s: ReportSheet) => lines.forEach((l) => void say(s, l));
/** The clean sheet's own sentences of 8 characters or more: the same in both years. */
/** Every number of the sheet's tables set to 0: no cell to compare across the years. */
const zeroed = (s: ReportSheet) =>
  s.rows.forEach((r) => r.forEach((v, i) => void (typeof v === 'number' && (r[i] = 0))));
const SHEET_PROSE = ['本年度我局认真贯彻落实条例。', '本年度未收取信息处理费。'];
const rate = (copied: readonly string[], all: readonly string[]) =>
  Math.floor((100 * copied.reduce((n, t) => n + chars(t), 0)) / all.reduce((n, t) => n + chars(t), 0));

export const crossYearCases: Record<string, Case[]> = {
  'cross-year/carry-over': [
    { name: 'no previous report', want: () => [] },
    { name: 'carried in = last year’s carried forward', options: { previous: lastYear() }, want: () => [] },
    {
      name: 'one column differs',
      options: { previous: lastYear((b) => b.set('applications', 'carried-forward', 'natural-person', 9)) },
      want: (s) => [
        [
          A(s, 'applications', 'carried-in', 'natural-person'),
          'mismatch',
          9,
          value(s, 'carried-in', 'natural-person'),
          {
            severity: 'warning',
            table: 'applications',
            row: 'carried-in',
            column: 'natural-person',
            related: [],
            data: { source: '2020年报.xlsx!年报', diff: -6 },
            fingerprint: 'cross-year/carry-over|年报|applications#0|carried-in|natural-person',
          },
        ],
      ],
    },
    {
      name: 'carried in left blank: told as blank with last year’s figure, not as 0',
      edit: (s) => s.set('applications', 'carried-in', 'natural-person', null),
      options: { previous: lastYear() },
      want: (s) => [
        // Last year's carried forward: the clean sheet's carried in, before the edit.
        [
          A(s, 'applications', 'carried-in', 'natural-person'),
          'blank',
          value(reportSheet(), 'carried-in', 'natural-person'),
          null,
          {
            severity: 'warning',
            table: 'applications',
            row: 'carried-in',
            column: 'natural-person',
            related: [],
            // A blank has no difference to show: only where last year's figure came from.
            data: { source: '2020年报.xlsx!年报' },
            fingerprint: 'cross-year/carry-over|年报|applications#0|carried-in|natural-person',
          },
        ],
      ],
    },
    {
      name: 'carried in as words: cell/invalid-number’s finding, nothing to compare',
      edit: (s) => s.set('applications', 'carried-in', 'natural-person', '见说明'),
      options: { previous: lastYear() },
      want: () => [],
    },
    {
      name: 'last year’s carried forward as words: nothing to compare',
      edit: (s) => s.set('applications', 'carried-in', 'natural-person', 99),
      options: {
        previous: lastYear((b) => b.set('applications', 'carried-forward', 'natural-person', '见说明')),
      },
      want: () => [],
    },
  ],
  'cross-year/proactive-chain': [
    { name: 'no previous report', want: () => [] },
    { name: 'in force carried on', options: { previous: lastYear() }, want: () => [] },
    {
      name: 'last year’s in force does not lead to this year’s',
      options: { previous: lastYear((b) => b.set('proactive', 'rules', 'in-force', 10)) },
      want: (s) => [
        [
          A(s, 'proactive', 'rules', 'in-force'),
          'mismatch',
          10 + inForceChange(s),
          inForce(s),
          {
            severity: 'warning',
            table: 'proactive',
            row: 'rules',
            column: 'in-force',
            related: ['B7', 'C7'],
            data: { source: '2020年报.xlsx!年报', before: 10, issued: 1, repealed: 2, diff: -6 },
            fingerprint: 'cross-year/proactive-chain|年报|proactive#0|rules|in-force',
          },
        ],
      ],
    },
    {
      name: 'in force left blank: told as blank with the figure it should hold, not as 0',
      edit: (s) => s.set('proactive', 'rules', 'in-force', null),
      options: { previous: lastYear() },
      want: (s) => [
        [
          A(s, 'proactive', 'rules', 'in-force'),
          'blank',
          inForce(reportSheet()),
          null,
          {
            severity: 'warning',
            table: 'proactive',
            row: 'rules',
            column: 'in-force',
            related: ['B7', 'C7'],
            data: { source: '2020年报.xlsx!年报', before: 4, issued: 1, repealed: 2 },
            fingerprint: 'cross-year/proactive-chain|年报|proactive#0|rules|in-force',
          },
        ],
      ],
    },
    {
      name: 'a 2019-edition previous report has no in-force column to chain',
      options: { previous: { grids: [reportSheet({ edition: '2019' }).grid()] } },
      want: () => [],
    },
    // A break the text explains is reported as explained, quoting the sentence that explains it.
    ...(
      [
        [
          'a break the text explains (a clean-up of documents) is reported as explained',
          '今年开展了规章和规范性文件清理工作，现行有效件数根据清理结果进行了调整。',
          '今年开展了规章和规范性文件清理工作，现行有效件数根据清理结果进行了调整',
        ],
        [
          'a clean-up of normative documents alone explains it too',
          '本年度对本局制发的行政规范性文件进行了一次全面清理。',
          '本年度对本局制发的行政规范性文件进行了一次全面清理',
        ],
        [
          'of a clean-up and the count in force adjusted, the sentence naming the count is quoted',
          '本年度对本局制发的行政规范性文件进行了一次全面清理。现行有效件数根据清理结果进行了核减。',
          '现行有效件数根据清理结果进行了核减',
        ],
      ] as const
    ).map(([name, paragraph, quote]) => ({
      name,
      edit: text(() => paragraph),
      options: { previous: lastYear((b) => b.set('proactive', 'rules', 'in-force', 10)) },
      want: (s: ReportSheet): Want[] => [
        [
          A(s, 'proactive', 'rules', 'in-force'),
          'explained',
          10 + inForceChange(s),
          inForce(s),
          {
            severity: 'warning',
            table: 'proactive',
            row: 'rules',
            column: 'in-force',
            related: ['B7', 'C7', 'A60'],
            data: { source: '2020年报.xlsx!年报', before: 10, issued: 1, repealed: 2, diff: -6, quote },
            fingerprint: 'cross-year/proactive-chain|年报|proactive#0|rules|in-force',
          },
        ],
      ],
    })),
    {
      name: 'a sentence naming in-force and repealed counts only is no explanation',
      edit: text(() => '本年废止行政规范性文件若干件，现行有效件数见表二。'),
      options: { previous: lastYear((b) => b.set('proactive', 'rules', 'in-force', 10)) },
      want: (s) => [
        [
          A(s, 'proactive', 'rules', 'in-force'),
          'mismatch',
          10 + inForceChange(s),
          inForce(s),
          {
            severity: 'warning',
            table: 'proactive',
            row: 'rules',
            column: 'in-force',
            related: ['B7', 'C7'],
            data: { source: '2020年报.xlsx!年报', before: 10, issued: 1, repealed: 2, diff: -6 },
            fingerprint: 'cross-year/proactive-chain|年报|proactive#0|rules|in-force',
          },
        ],
      ],
    },
    {
      name: 'an explanation with an unbroken chain reports nothing',
      edit: text(() => '今年开展了规章和规范性文件清理工作，现行有效件数根据清理结果进行了调整。'),
      options: { previous: lastYear() },
      want: () => [],
    },
    ...(['in-force', 'issued', 'repealed'] as const).map((column) => ({
      name: `${column} as words this year: nothing to compare`,
      edit: (s: ReportSheet) => s.set('proactive', 'rules', column, '见说明'),
      options: { previous: lastYear((b) => b.set('proactive', 'rules', 'in-force', 10)) },
      want: () => [],
    })),
    {
      name: 'last year’s in force as words: nothing to compare',
      options: { previous: lastYear((b) => b.set('proactive', 'rules', 'in-force', '见说明')) },
      want: () => [],
    },
    {
      name: 'the in-force column not found this year: nothing to compare (structure/missing-column’s finding)',
      edit: (s) => {
        s.rows[s.at('proactive', 'rules', 'in-force').row - 1][3] = null;
      },
      options: { previous: lastYear((b) => b.set('proactive', 'rules', 'in-force', 10)) },
      want: () => [],
    },
  ],
  'cross-year/similarity': [
    { name: 'no previous report', edit: prose(ownProse(2021)), want: () => [] },
    {
      name: 'the same prose, last year’s years moved on by one: all of it repeated',
      edit: prose(ownProse(2021)),
      options: { year: 2021, previous: lastYear(prose(ownProse(2020))) },
      want: (s) => [
        [
          textAt(s, '一、总体情况'),
          'repeated',
          null,
          100,
          {
            severity: 'warning',
            table: null,
            row: null,
            column: null,
            related: [],
            data: {
              source: '2020年报.xlsx!年报',
              textRate: 100,
              tableRate: 94,
              repeated: 340,
              characters: 340,
              same: 123,
              compared: 130,
            },
            fingerprint: 'cross-year/similarity|年报||||A2',
          },
        ],
      ],
    },
    {
      name: 'the same prose, every number 0 in both years: the text alone, no table share',
      edit: (s) => {
        zeroed(s);
        prose(ownProse(2021))(s);
      },
      options: {
        year: 2021,
        previous: lastYear((b) => {
          zeroed(b);
          prose(ownProse(2020))(b);
        }),
      },
      want: (s) => [
        [
          textAt(s, '一、总体情况'),
          'repeatedText',
          null,
          100,
          {
            severity: 'warning',
            table: null,
            row: null,
            column: null,
            related: [],
            data: { source: '2020年报.xlsx!年报', textRate: 100, repeated: 340, characters: 340 },
            fingerprint: 'cross-year/similarity|年报||||A2',
          },
        ],
      ],
    },
    {
      name: 'last year’s year unknown: taken as the year before this one',
      sheet: () => reportSheet({ title: '某某局2021年政府信息公开工作年度报告' }),
      edit: prose(ownProse(2021)),
      options: { previous: lastYear(prose(ownProse(2020))) },
      want: (s) => [
        [
          textAt(s, '一、总体情况'),
          'repeated',
          null,
          100,
          {
            severity: 'warning',
            table: null,
            row: null,
            column: null,
            related: [],
            data: {
              source: '2020年报.xlsx!年报',
              textRate: 100,
              tableRate: 94,
              repeated: 340,
              characters: 340,
              same: 123,
              compared: 130,
            },
            fingerprint: 'cross-year/similarity|年报||||A2',
          },
        ],
      ],
    },
    {
      name: 'one figure changed in every long sentence: near copies still count',
      edit: prose(ownProse(2021).map((t) => t.replace('两次', '三次').replace('一级', '二级'))),
      options: { year: 2021, previous: lastYear(prose(ownProse(2020))) },
      want: (s) => [
        [
          textAt(s, '一、总体情况'),
          'repeated',
          null,
          100,
          {
            severity: 'warning',
            table: null,
            row: null,
            column: null,
            related: [],
            data: {
              source: '2020年报.xlsx!年报',
              textRate: 100,
              tableRate: 94,
              repeated: 340,
              characters: 340,
              same: 123,
              compared: 130,
            },
            fingerprint: 'cross-year/similarity|年报||||A2',
          },
        ],
      ],
    },
    {
      name: 'six of ten sentences copied, four written anew',
      edit: prose([...ownProse(2021).slice(0, 6), ...newProse.slice(0, 4)]),
      options: { year: 2021, previous: lastYear(prose(ownProse(2020))) },
      want: (s) => [
        [
          textAt(s, '一、总体情况'),
          'repeated',
          null,
          rate(
            [...ownProse(2021).slice(0, 6), ...SHEET_PROSE],
            [...ownProse(2021).slice(0, 6), ...newProse.slice(0, 4), ...SHEET_PROSE],
          ),
          {
            severity: 'warning',
            table: null,
            row: null,
            column: null,
            related: [],
            data: {
              source: '2020年报.xlsx!年报',
              textRate: 63,
              tableRate: 94,
              repeated: 220,
              characters: 348,
              same: 123,
              compared: 130,
            },
            fingerprint: 'cross-year/similarity|年报||||A2',
          },
        ],
      ],
    },
    {
      name: 'the clean sheet against itself: too little prose to judge',
      options: { year: 2021, previous: lastYear() },
      want: () => [],
    },
    {
      name: 'prose written anew',
      edit: prose(newProse),
      options: { year: 2021, previous: lastYear(prose(ownProse(2020))) },
      want: () => [],
    },
    {
      name: 'three of ten sentences copied: under half',
      edit: prose([...ownProse(2021).slice(0, 3), ...newProse.slice(3)]),
      options: { year: 2021, previous: lastYear(prose(ownProse(2020))) },
      want: () => [],
    },
    {
      name: 'preamble, statistics period and contacts repeated: format text is not copying',
      edit: prose([...formatSentences(2021), ...newProse.slice(0, 6)]),
      options: { year: 2021, previous: lastYear(prose([...formatSentences(2020), ...ownProse(2020)])) },
      want: () => [],
    },
    {
      name: 'headings and table labels repeated: format text is not copying',
      edit: prose([...formatLabels, ...newProse.slice(0, 6)]),
      options: { year: 2021, previous: lastYear(prose([...formatLabels, ...ownProse(2020)])) },
      want: () => [],
    },
    {
      name: 'short sentences with their first word changed are not near copies',
      edit: prose(shortProse('本局')),
      options: { year: 2021, previous: lastYear(prose(shortProse('我们'))) },
      want: () => [],
    },
    {
      name: 'last year’s report without prose (tables only)',
      edit: prose(ownProse(2021)),
      options: {
        year: 2021,
        previous: { grids: [reportSheet().grid()].map((g) => g), source: 'tables.xlsx' },
      },
      want: () => [],
    },
  ],
  'cross-year/previous-mismatch': [
    { name: 'no previous report', want: () => [] },
    {
      name: 'the same body, the year before',
      sheet: () => reportSheet({ title: '某某局2021年政府信息公开工作年度报告' }),
      options: { previous: titled('某某局2020年政府信息公开工作年度报告') },
      want: () => [],
    },
    {
      name: 'last year’s report names neither body nor year: taken as it is',
      sheet: () => reportSheet({ title: '某某局2021年政府信息公开工作年度报告' }),
      options: { previous: titled('政府信息公开工作年度报告') },
      want: () => [],
    },
    {
      name: 'this report names neither body nor year: nothing to hold last year’s against',
      options: { previous: titled('另一局2019年政府信息公开工作年度报告') },
      want: () => [],
    },
    {
      name: 'another body’s report',
      sheet: () => reportSheet({ title: '某某局2021年政府信息公开工作年度报告' }),
      options: { previous: titled('另一局2020年政府信息公开工作年度报告') },
      want: () => [
        [
          'A1',
          'otherBody',
          '某某局',
          '另一局',
          {
            severity: 'warning',
            table: null,
            row: null,
            column: null,
            related: [],
            data: { source: 'last.xlsx!年报', body: '某某局', previousBody: '另一局' },
            fingerprint: 'cross-year/previous-mismatch|年报||||A1',
          },
        ],
      ],
    },
    {
      name: 'the same body two years back',
      sheet: () => reportSheet({ title: '某某局2021年政府信息公开工作年度报告' }),
      options: { previous: titled('某某局2019年政府信息公开工作年度报告') },
      want: () => [
        [
          'A1',
          'otherYear',
          2020,
          2019,
          {
            severity: 'warning',
            table: null,
            row: null,
            column: null,
            related: [],
            data: { source: 'last.xlsx!年报', previousYear: 2019, expectedYear: 2020, year: 2021 },
            fingerprint: 'cross-year/previous-mismatch|年报||||A1',
          },
        ],
      ],
    },
    {
      name: 'the year option decides this report’s year',
      sheet: () => reportSheet({ title: '某某局政府信息公开工作年度报告' }),
      options: { year: 2022, previous: titled('某某局2020年政府信息公开工作年度报告') },
      want: () => [
        [
          'A1',
          'otherYear',
          2021,
          2020,
          {
            severity: 'warning',
            table: null,
            row: null,
            column: null,
            related: [],
            data: { source: 'last.xlsx!年报', previousYear: 2020, expectedYear: 2021, year: 2022 },
            fingerprint: 'cross-year/previous-mismatch|年报||||A1',
          },
        ],
      ],
    },
    {
      name: 'another body, another year',
      sheet: () => reportSheet({ title: '某某局2021年政府信息公开工作年度报告' }),
      options: { previous: titled('另一局2021年政府信息公开工作年度报告') },
      want: () => [
        [
          'A1',
          'otherBodyAndYear',
          '某某局 2020',
          '另一局 2021',
          {
            severity: 'warning',
            table: null,
            row: null,
            column: null,
            related: [],
            data: {
              source: 'last.xlsx!年报',
              body: '某某局',
              previousBody: '另一局',
              previousYear: 2021,
              expectedYear: 2020,
            },
            fingerprint: 'cross-year/previous-mismatch|年报||||A1',
          },
        ],
      ],
    },
  ],
};
