import { isTableLabel, withoutLabels } from '../../src/narrative';

describe('table labels in the text (class 4)', () => {
  it.each([
    '2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    '2、申请人逾期未按收费通知要求缴纳费用…',
    '（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 2',
    '行政机关不再处理其政府信息公开申请',
    '（四）无法提供 1.本机关不掌握相关政府信息 3 0 0 0 0 0 3',
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    '信息内容 本年制发件数 本年废止件数 现行有效件数',
    '第二十条第（一）项',
    // Table 四's header rows, flattened: its groups, then its result columns.
    '未经复议直接起诉 复议后起诉',
    '结果维持 结果纠正 其他结果 尚未审结',
    // A label cut short, with its marker and what trails it: a piece of one label.
    '1.本机关不掌握相关政府……',
    '2.没有现成信息需要另 0 0 3',
    '3.补正后申请内……', // six characters of a label: just long enough
  ])('a label: %s', (text) => expect(isTableLabel(text)).toBe(true));

  it.each([
    '本年度发出收费通知2件，申请人均未缴纳。',
    '其他处理3件。',
    '予以公开10件，不予公开2件。',
    '本年度未收取信息处理费。',
    '表三中“申请人逾期未按收费通知要求缴纳费用”一项为2件。',
    '因不掌握相关信息等原因无法提供140件。',
    '无其他需要报告的事项。',
    // Too short a piece of a label to be sure of: it could as well be prose.
    '1.本机关不掌……',
    '3.补正后申请……',
  ])('prose: %s', (text) => expect(isTableLabel(text)).toBe(false));

  it.each<[string, boolean]>([
    ['表三中“申请人逾期未按收费通知要求缴纳费用”一项为2件。', false],
    ['对逾期未按收费通知要求缴纳费用的申请不再处理。', false],
    ['本年度发出收费通知2件。', true],
  ])('%s mentions fee notices: %s', (text, mentions) => {
    expect(withoutLabels(text).includes('收费通知')).toBe(mentions);
  });
});
