import { gridFromRows } from '../../src/grid';
import { parseSectionHeading, sectionHeadings } from '../../src/narrative/sections';

describe('parseSectionHeading', () => {
  // [paragraph, number written, section named (null: none of the six), reads as a title]
  it.each([
    ['一、总体情况', 1, 1, true],
    ['## 二．主动公开政府信息情况', 2, 2, true],
    ['**二. 主动公开情况**', 2, 2, true],
    ['三、收到和处理政府信息公开申请情况', 3, 3, true],
    ['三、依申请公开情况', 3, 3, true],
    ['四、政府信息公开行政复议、行政诉讼情况', 4, 4, true],
    ['四、政府信息公开行政复议和行政诉讼情况', 4, 4, true],
    ['五、存在的主要问题及整改措施', 5, 5, true],
    ['五、存在的主要问题及改进措施', 5, 5, true],
    ['五、政府信息公开工作存在的主要问题及改进情况', 5, 5, true],
    ['六、其他需要报告的事项说明', 6, 6, true],
    ['第六部分 其他需要报告的事项', 6, 6, true],
    ['四、其他需要报告的事项', 4, 6, true],
    ['一、总体情况。2021年，我局认真落实条例。', 1, 1, false],
    ['一、2021年政府信息公开工作总体情况', 1, 1, false],
    ['一、工作概况', 1, 1, true],
    ['二、本年度主动公开政府信息情况', 2, 2, true],
    ['四、因政府信息公开工作被申请行政复议、提起行政诉讼情况', 4, 4, false],
    ['五、主要问题和改进措施', 5, 5, true],
    ['一、存在的主要问题', 1, null, true],
    ['三、本年度办理结果', 3, null, true],
    ['五、下一步工作打算', 5, null, true],
    ['一、本年新收政府信息公开申请数量', 1, null, true],
    ['二、加强组织领导，明确工作责任。', 2, null, false],
    // Words before or after a section's title make another title.
    ['一、其他工作总体情况', 1, null, true],
    ['一、总体情况分析', 1, null, true],
  ])('%s', (text, number, section, titleLike) => {
    expect(parseSectionHeading(text)).toMatchObject({ number, section, titleLike });
  });

  it.each([
    '（一）主动公开情况',
    '(二)依申请公开情况',
    '1.主动公开情况',
    '一是主动公开情况',
    '总体情况',
    '十一、附则',
  ])('%s is no section heading', (text) => {
    expect(parseSectionHeading(text)).toBeNull();
  });
});

describe('sectionHeadings', () => {
  it('lists numbered headings in reading order and the first text cell', () => {
    const grid = gridFromRows('S', [
      [null, '某某局年度报告'],
      ['一、总体情况'],
      ['正文'],
      ['（一）主动公开情况'],
      ['二、主动公开政府信息情况'],
    ]);
    const { headings, firstText } = sectionHeadings(grid, []);
    expect(headings.map((h) => [h.cell.row, h.number, h.section, h.order])).toEqual([
      [1, 1, 1, 0],
      [4, 2, 2, 1],
    ]);
    expect(firstText).toEqual({ row: 0, col: 1 });
  });
});
