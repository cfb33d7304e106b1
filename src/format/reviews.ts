import type { ColumnDef, Edition, ReviewsFormat } from './types';

const COLUMNS: readonly ColumnDef[] = [
  { id: 'upheld', label: { zh: '结果维持', en: 'Upheld' }, role: 'input', kind: 'count', aliases: ['维持'] },
  {
    id: 'corrected',
    label: { zh: '结果纠正', en: 'Corrected' },
    role: 'input',
    kind: 'count',
    aliases: ['纠正'],
  },
  {
    id: 'other',
    label: { zh: '其他结果', en: 'Other result' },
    role: 'input',
    kind: 'count',
    aliases: ['其他'],
  },
  {
    id: 'pending',
    label: { zh: '尚未审结', en: 'Pending' },
    role: 'input',
    kind: 'count',
    aliases: ['未审结'],
  },
  {
    id: 'total',
    label: { zh: '总计', en: 'Total' },
    role: 'total',
    kind: 'count',
    aliases: ['合计', '小计'],
  },
];

function build(edition: Edition): ReviewsFormat {
  return {
    table: 'reviews',
    edition,
    title: {
      zh: '政府信息公开行政复议、行政诉讼情况',
      en: 'Administrative reconsideration and litigation',
    },
    header: { review: '行政复议', litigation: '行政诉讼' },
    groups: [
      { id: 'review', label: { zh: '行政复议', en: 'Administrative reconsideration' } },
      {
        id: 'litigation-direct',
        label: { zh: '未经复议直接起诉', en: 'Litigation without reconsideration' },
      },
      { id: 'litigation-after-review', label: { zh: '复议后起诉', en: 'Litigation after reconsideration' } },
    ],
    columns: COLUMNS,
  };
}

/** Table 四 is the same in both editions. */
export const REVIEWS: Record<Edition, ReviewsFormat> = { '2021': build('2021'), '2019': build('2019') };
