import { reportSheet, type ReportSheet } from '../../support/report-sheet';
import { saidAt, text, textAt, type Case, type Fields, type Want } from '../../support/rule-cases';
import { toA1 } from '../../../src/grid';

const Y = { year: 2021 };

/** Replaces the paragraph starting with `start` by `by` (null removes its text). */
export const replace = (s: ReportSheet, start: string, by: string | null) => {
  const row = s.rows.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith(start));
  if (row < 0) throw new Error(`no paragraph ${start}`);
  s.rows[row] = by === null ? [] : [by];
};
/** Inserts a paragraph right after the one starting with `start`; returns its address. */
const insertAfter = (s: ReportSheet, start: string, paragraph: string) => {
  const row = s.rows.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith(start));
  s.rows.splice(row + 1, 0, [paragraph]);
  return toA1(row + 1, 0);
};
/** Appends paragraphs below the report. */
const append =
  (...paragraphs: string[]) =>
  (s: ReportSheet) => {
    for (const p of paragraphs) s.rows.push([p]);
  };
/** The A1 address of the last paragraph. */
const lastAt = (s: ReportSheet) => toA1(s.rows.length - 1, 0);
/** The fields every finding of these rules shares: a warning on a paragraph, outside the tables. */
const TEXT_FINDING: Omit<Fields, 'data' | 'fingerprint'> = {
  severity: 'warning',
  table: null,
  row: null,
  column: null,
  related: [],
};
const titled = (title: string) => () => reportSheet({ title });
const department = titled('某某局2021年政府信息公开工作年度报告');

export const PERIOD = (from: string, to: string) => `本报告所列数据的统计期限自${from}起至${to}止。`;
const WHOLE_2021 = '2021年1月1日至2021年12月31日';

export const reportCases: Record<string, Case[]> = {
  'report/sections': [
    { name: 'clean report', want: () => [] },
    {
      name: 'wording variants and heading marks',
      edit: (s) => {
        replace(s, '一、总体情况', '# 一．总体情况');
        replace(s, '二、主动公开', '## 二. 主动公开情况');
        replace(s, '五、存在', '五、 存在的主要问题及整改措施');
        replace(s, '六、其他', '**六、其他需要报告的事项说明**');
      },
      want: () => [],
    },
    {
      name: 'sub-headings inside section 一 are not sections',
      edit: (s) => {
        insertAfter(s, '一、总体情况', '（一）主动公开情况');
        insertAfter(s, '（一）主动公开情况', '（二）依申请公开情况');
      },
      want: () => [],
    },
    {
      name: 'a sub-list numbered 一、 inside section 一 is not a misnumbered section',
      edit: (s) => {
        insertAfter(s, '一、总体情况', '一、主动公开情况');
        insertAfter(s, '一、主动公开情况', '二、依申请公开情况');
      },
      want: () => [],
    },
    {
      name: 'a heading that runs on into its first sentence',
      edit: (s) => replace(s, '一、总体情况', '一、总体情况。本年度我局认真贯彻落实条例。'),
      want: () => [],
    },
    {
      name: 'section 五 missing',
      edit: (s) => replace(s, '五、存在', null),
      want: (s) => [
        [
          textAt(s, '四、政府信息公开'),
          'missingAfter',
          '五、存在的主要问题及改进情况',
          null,
          {
            ...TEXT_FINDING,
            data: { section: '五', after: '四', afterTitle: '政府信息公开行政复议、行政诉讼情况' },
            fingerprint: 'report/sections|年报||||A50|missing-5',
          },
        ],
      ],
    },
    {
      name: 'a title standing alone, numbered by Word: not missing',
      edit: (s) => replace(s, '五、存在', '存在的主要问题及改进情况'),
      want: () => [],
    },
    {
      name: 'section 一 missing: pointed at the first text',
      edit: (s) => replace(s, '一、总体情况', null),
      want: () => [
        [
          'A1',
          'missingFirst',
          '一、总体情况',
          null,
          {
            ...TEXT_FINDING,
            data: { section: '一', next: '二' },
            fingerprint: 'report/sections|年报||||A1|missing-1',
          },
        ],
      ],
    },
    {
      name: 'sections 五 and 六 missing: both after 四',
      edit: (s) => {
        replace(s, '五、存在', null);
        replace(s, '六、其他', null);
      },
      want: (s) => [
        [
          textAt(s, '四、政府信息公开'),
          'missingAfter',
          '五、存在的主要问题及改进情况',
          null,
          {
            ...TEXT_FINDING,
            data: { section: '五', after: '四', afterTitle: '政府信息公开行政复议、行政诉讼情况' },
            fingerprint: 'report/sections|年报||||A50|missing-5',
          },
        ],
        [
          textAt(s, '四、政府信息公开'),
          'missingAfter',
          '六、其他需要报告的事项',
          null,
          {
            ...TEXT_FINDING,
            data: { section: '六', after: '四', afterTitle: '政府信息公开行政复议、行政诉讼情况' },
            fingerprint: 'report/sections|年报||||A50|missing-6',
          },
        ],
      ],
    },
    {
      name: 'section 六 numbered 四',
      edit: (s) => replace(s, '六、其他', '四、其他需要报告的事项'),
      want: (s) => [
        [
          textAt(s, '四、其他'),
          'number',
          '六',
          '四',
          {
            ...TEXT_FINDING,
            data: { heading: '其他需要报告的事项' },
            fingerprint: 'report/sections|年报||||A58|number-6',
          },
        ],
      ],
    },
    {
      name: 'sections 五 and 六 swapped',
      edit: (s) => {
        const five = s.rows.findIndex((r) => r[0] === '五、存在的主要问题及改进情况');
        const moved = s.rows.splice(five, 2);
        s.rows.push(...moved);
      },
      want: (s) => [
        [
          textAt(s, '五、存在'),
          'order',
          null,
          null,
          {
            ...TEXT_FINDING,
            data: { section: '五', heading: '存在的主要问题及改进情况', after: '六' },
            fingerprint: 'report/sections|年报||||A58|order-5',
          },
        ],
      ],
    },
    {
      name: 'section 六 moved before 一',
      edit: (s) => {
        const six = s.rows.findIndex((r) => r[0] === '六、其他需要报告的事项');
        const moved = s.rows.splice(six, 2);
        const one = s.rows.findIndex((r) => typeof r[0] === 'string' && r[0].startsWith('一、'));
        s.rows.splice(one, 0, ...moved);
      },
      // Nothing before it is higher: it is named as out of place before 一, not after a section “0”.
      want: (s) => [
        [
          textAt(s, '六、其他'),
          'orderBefore',
          null,
          null,
          {
            ...TEXT_FINDING,
            data: { section: '六', heading: '其他需要报告的事项', before: '一' },
            fingerprint: `report/sections|年报||||${textAt(s, '六、其他')}|order-6`,
          },
        ],
      ],
    },
    {
      name: 'a title that is none of the six, numbered as the missing section',
      edit: (s) => replace(s, '五、存在', '五、下一步工作打算'),
      want: (s) => [
        [
          textAt(s, '五、下一步'),
          'title',
          '存在的主要问题及改进情况',
          '下一步工作打算',
          {
            ...TEXT_FINDING,
            data: { section: '五' },
            fingerprint: 'report/sections|年报||||A56|title-5',
          },
        ],
      ],
    },
    {
      name: 'a sentence numbered as the missing section: unsure, nothing',
      edit: (s) => replace(s, '五、存在', '五、加强队伍建设，提升公开质量。'),
      want: () => [],
    },
    {
      name: 'a sheet of tables with their titles only is not a whole report',
      edit: (s) => {
        for (const start of ['某某局', '一、总体情况', '本年度', '五、存在', '人员力量', '六、其他'])
          replace(s, start, null);
      },
      want: () => [],
    },
    {
      name: 'a table row label read as text is no section',
      edit: append('一、本年新收政府信息公开申请数量', '三、本年度办理结果'),
      want: () => [],
    },
  ],
  'report/period': [
    { name: 'clean report', options: Y, want: () => [] },
    {
      name: 'the report year',
      edit: text(() => PERIOD('2021年1月1日', '2021年12月31日')),
      options: Y,
      want: () => [],
    },
    {
      name: 'in Chinese numerals, the end without its year',
      edit: text(() => '本报告中使用数据统计期限为二〇二一年一月一日至十二月三十一日。'),
      options: Y,
      want: () => [],
    },
    {
      name: 'last year’s period left in',
      edit: text(() => PERIOD('2020年1月1日', '2020年12月31日')),
      options: Y,
      want: (s) => [
        [
          saidAt(s),
          'year',
          WHOLE_2021,
          '2020年1月1日至2020年12月31日',
          {
            ...TEXT_FINDING,
            data: { quote: '本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止', year: 2021 },
            fingerprint: 'report/period|年报||||A60|0',
          },
        ],
      ],
    },
    {
      name: 'the year from the title',
      sheet: titled('某某局2022年政府信息公开工作年度报告'),
      edit: text(() => PERIOD('2021年1月1日', '2021年12月31日')),
      want: (s) => [
        [
          saidAt(s),
          'year',
          '2022年1月1日至2022年12月31日',
          WHOLE_2021,
          {
            ...TEXT_FINDING,
            data: { quote: '本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止', year: 2022 },
            fingerprint: 'report/period|年报||||A60|0',
          },
        ],
      ],
    },
    // Not a whole year: each bound off by a day, or on the right day of the wrong month.
    ...(
      [
        ['2021年1月1日', '2021年11月30日'],
        ['2021年1月2日', '2021年12月31日'],
        ['2021年2月1日', '2021年12月31日'],
        ['2021年1月1日', '2021年10月31日'],
      ] as const
    ).map(([from, to]) => ({
      name: `${from} to ${to}: not a whole year`,
      edit: text(() => PERIOD(from, to)),
      options: Y,
      want: (s: ReportSheet): Want[] => [
        [
          saidAt(s),
          'partial',
          WHOLE_2021,
          `${from}至${to}`,
          {
            ...TEXT_FINDING,
            data: { quote: `本报告所列数据的统计期限自${from}起至${to}止` },
            fingerprint: 'report/period|年报||||A60|0',
          },
        ],
      ],
    })),
    {
      name: 'months without days: 1月 to 12月 is the whole year',
      edit: text(() => '本报告统计期限为2021年1月至12月。'),
      options: Y,
      want: () => [],
    },
    {
      name: 'across two years',
      edit: text(() => '统计时间为2020年12月1日至2021年11月30日。'),
      options: Y,
      want: (s) => [
        [
          saidAt(s),
          'partial',
          WHOLE_2021,
          '2020年12月1日至2021年11月30日',
          {
            ...TEXT_FINDING,
            data: { quote: '统计时间为2020年12月1日至2021年11月30日' },
            fingerprint: 'report/period|年报||||A60|0',
          },
        ],
      ],
    },
    {
      name: 'year unknown: nothing',
      edit: text(() => PERIOD('2020年1月1日', '2020年12月31日')),
      want: () => [],
    },
    {
      name: 'a range that is some event’s, not the statistics period',
      edit: text(() => '据统计，2021年1月至6月，门户网站访问量10万次。'),
      options: Y,
      want: () => [],
    },
  ],
  'report/date': [
    { name: 'clean report', options: Y, want: () => [] },
    {
      name: 'a department on time',
      edit: append('某某局', '2022年1月28日'),
      sheet: department,
      want: () => [],
    },
    {
      name: 'a department late',
      edit: append('某某局', '2022年2月10日'),
      sheet: department,
      want: (s) => [
        [
          lastAt(s),
          'lateDepartment',
          '2022年1月31日',
          '2022年2月10日',
          {
            ...TEXT_FINDING,
            data: { body: '某某局' },
            fingerprint: 'report/date|年报||||A61',
          },
        ],
      ],
    },
    {
      name: 'name and date on one line, in Chinese numerals',
      edit: append('某某局 二〇二二年二月十日'),
      sheet: department,
      want: (s) => [
        [
          lastAt(s),
          'lateDepartment',
          '2022年1月31日',
          '2022年2月10日',
          {
            ...TEXT_FINDING,
            data: { body: '某某局' },
            fingerprint: 'report/date|年报||||A60',
          },
        ],
      ],
    },
    {
      name: 'a county government on time after 1月31日',
      sheet: titled('某某县人民政府2021年政府信息公开工作年度报告'),
      edit: append('某某县人民政府', '2022年3月20日'),
      want: () => [],
    },
    {
      name: 'a county government late',
      sheet: titled('某某县人民政府2021年政府信息公开工作年度报告'),
      edit: append('2022年4月2日'),
      want: (s) => [
        [
          lastAt(s),
          'lateGovernment',
          '2022年3月31日',
          '2022年4月2日',
          {
            ...TEXT_FINDING,
            data: { body: '某某县人民政府' },
            fingerprint: 'report/date|年报||||A60',
          },
        ],
      ],
    },
    {
      name: 'a government’s general office is a department',
      sheet: titled('某某市人民政府办公室2021年政府信息公开工作年度报告'),
      edit: append('2022年2月10日'),
      want: (s) => [
        [
          lastAt(s),
          'lateDepartment',
          '2022年1月31日',
          '2022年2月10日',
          {
            ...TEXT_FINDING,
            data: { body: '某某市人民政府办公室' },
            fingerprint: 'report/date|年报||||A60',
          },
        ],
      ],
    },
    {
      name: 'a town government: unknown type, the later deadline',
      sheet: titled('某某镇人民政府2021年政府信息公开工作年度报告'),
      edit: append('2022年2月10日'),
      want: () => [],
    },
    {
      name: 'a town government after 3月31日',
      sheet: titled('某某镇人民政府2021年政府信息公开工作年度报告'),
      edit: append('2022年4月1日'),
      want: (s) => [
        [
          lastAt(s),
          'lateUnknown',
          '2022年3月31日',
          '2022年4月1日',
          {
            ...TEXT_FINDING,
            data: {},
            fingerprint: 'report/date|年报||||A60',
          },
        ],
      ],
    },
    {
      name: 'no name in the title: the later deadline',
      edit: append('2022年2月10日'),
      options: Y,
      want: () => [],
    },
    {
      name: 'last year’s date left unchanged',
      edit: append('某某局', '2021年1月28日'),
      options: Y,
      want: (s) => [
        [
          lastAt(s),
          'early',
          '2021年12月31日',
          '2021年1月28日',
          {
            ...TEXT_FINDING,
            data: { year: 2021 },
            fingerprint: 'report/date|年报||||A61',
          },
        ],
      ],
    },
    {
      name: 'a date inside a sentence is no date line',
      edit: append('2022年2月10日召开专题会议，部署年度报告编制工作。'),
      options: Y,
      want: () => [],
    },
    {
      name: 'a date line far from the end is not the report’s',
      edit: (s) =>
        append(
          '2022年2月10日',
          ...[
            '第一段说明文字。',
            '第二段说明文字。',
            '第三段说明文字。',
            '第四段说明文字。',
            '第五段说明文字。',
          ],
        )(s),
      options: Y,
      want: () => [],
    },
    { name: 'year unknown: nothing', edit: append('某某局', '2022年5月10日'), want: () => [] },
    {
      name: 'a date under a sheet of tables only may be the day it was filled in: nothing',
      sheet: department,
      edit: (s) => {
        for (const start of ['一、总体情况', '本年度', '五、存在', '人员力量', '六、其他'])
          replace(s, start, null);
        append('2022年2月10日')(s);
      },
      want: () => [],
    },
  ],
};
