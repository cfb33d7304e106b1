import { checkGrid } from '../../src/check';
import { bodyKind } from '../../src/report/body';
import { reportSheet } from '../support/report-sheet';
import { runRuleCases } from '../support/rule-cases';
import { PERIOD, replace, reportCases } from './cases/report';

runRuleCases(reportCases);

describe('bodyKind: the deadline a body’s report falls under', () => {
  it.each([
    ['某某市人民政府', 'county-government'],
    ['某某县人民政府', 'county-government'],
    ['某某区人民政府', 'county-government'],
    ['某某省人民政府', 'county-government'],
    ['某某市', 'county-government'],
    ['某某市政府', 'county-government'],
    ['某某镇政府', 'unknown'],
    ['镇江市人民政府', 'county-government'],
    ['某某县某某镇人民政府', 'unknown'],
    ['某某市某某街道', 'unknown'],
    ['某某市人民政府办公室', 'department'],
    ['郑州市政务服务办公室', 'department'],
    ['某某县财政局', 'department'],
    ['某某镇人民政府', 'unknown'],
    ['某某乡人民政府', 'unknown'],
    ['某某街道办事处', 'unknown'],
    ['某某高新区管委会', 'unknown'],
    [null, 'unknown'],
  ])('%s → %s', (name, kind) => {
    expect(bodyKind(name)).toBe(kind);
  });
});

describe('report rule messages', () => {
  it.each(['zh-CN', 'en'] as const)('fill every placeholder in %s', (locale) => {
    const s = reportSheet({ title: '某某局2021年政府信息公开工作年度报告' });
    replace(s, '一、总体情况', '一、总体情况。本年度我局认真贯彻落实条例。');
    replace(s, '五、存在', '五、下一步工作打算');
    replace(s, '六、其他', '四、其他需要报告的事项');
    replace(s, '二、主动公开', null);
    s.rows.push([PERIOD('2020年1月1日', '2020年11月30日')], [PERIOD('2020年1月1日', '2020年12月31日')]);
    s.rows.push(['某某局'], ['2022年2月10日']);
    const report = checkGrid(s.grid(), {
      locale,
      only: ['report/sections', 'report/period', 'report/date'],
    });
    expect(report.findings.map((f) => f.messageId).sort()).toEqual([
      'lateDepartment',
      'missingAfter',
      'number',
      'partial',
      'title',
      'year',
    ]);
    for (const f of report.findings) expect(f.message).not.toMatch(/[{}]|undefined|NaN/);
    const missing = report.findings.find((f) => f.messageId === 'missingAfter');
    // A heading that runs on into its first sentence is named by its title alone.
    expect(missing?.message).toContain('“总体情况”');
  });
});
