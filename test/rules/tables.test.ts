import type { Edition, TableId } from '../../src/format';
import { formatRowLabel } from '../../src/rules/tables';

describe('formatRowLabel', () => {
  it.each<[TableId, Edition, string, string | undefined]>([
    ['applications', '2021', 'carried-in', '二、上年结转政府信息公开申请数量'],
    ['applications', '2021', 'rules', undefined],
    ['proactive', '2021', 'rules', '规章'],
    ['proactive', '2021', 'review', undefined],
    ['reviews', '2021', 'review', '行政复议'],
    ['reviews', '2021', 'litigation-after-review', '复议后起诉'],
    ['reviews', '2021', 'carried-in', undefined],
  ])('%s (%s) %s → %s', (table, edition, rowId, zh) => {
    expect(formatRowLabel({ table, edition }, rowId)?.zh).toBe(zh);
  });
});
