import { messageBody } from '../../src/taskpane/finding-text';

const PLACES = ['（一）予以公开 × 自然人', '（一）予以公开', '自然人'];

describe('messageBody', () => {
  test.each([
    ['（一）予以公开 × 自然人：应为 3，实际为 5（差 +2）', PLACES, '应为 3，实际为 5（差 +2）'],
    ['（一）予以公开：总计应为 4，实际为 7（差 +3）', PLACES, '总计应为 4，实际为 7（差 +3）'],
    ['自然人：（七）总计应为 25，实际为 28（差 +3）', PLACES, '（七）总计应为 25，实际为 28（差 +3）'],
    ['Granted × Natural persons: it should be 3', ['Granted × Natural persons', 'Granted'], 'it should be 3'],
    ['Granted: total should be 4', ['Granted × Natural persons', 'Granted'], 'total should be 4'],
    // Not at the start, or without the separator: the message stays whole.
    ['正文“自然人：3 件”与表格不符', PLACES, '正文“自然人：3 件”与表格不符'],
    ['（一）予以公开 × 自然人 空白', PLACES, '（一）予以公开 × 自然人 空白'],
    ['表三：2 格为空，应填 0', [], '表三：2 格为空，应填 0'],
    ['：x', [''], '：x'],
  ])('%s → %s', (message, places, body) => {
    expect(messageBody(message, places)).toBe(body);
  });
});
