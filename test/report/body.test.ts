import { gridFromRows } from '../../src/grid';
import { detectBody } from '../../src/report/body';

describe('detectBody', () => {
  it.each([
    ['郑州市政务服务办公室2021年政府信息公开工作年度报告', '郑州市政务服务办公室'],
    ['# 某某县人民政府 2020 年度政府信息公开工作年度报告', '某某县人民政府'],
    ['某某局２０２２年政府信息公开年度报告', '某某局'],
    ['政府信息公开工作年度报告', null],
    ['2021年政府信息公开工作年度报告', null],
    // Up to 40 characters name the body; more are a sentence about some report, not a title.
    [`${'某'.repeat(39)}局2021年政府信息公开工作年度报告`, `${'某'.repeat(39)}局`],
    [`${'某'.repeat(40)}局2021年政府信息公开工作年度报告`, null],
  ])('%s → %s', (title, want) => {
    expect(detectBody(gridFromRows('S', [[title]]))).toBe(want);
  });
});
