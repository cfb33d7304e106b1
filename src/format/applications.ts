import type { ApplicationsFormat, ApplicationsRowDef, ColumnDef, Edition, LabelPart } from './types';

const COLUMNS: readonly ColumnDef[] = [
  { id: 'natural-person', label: { zh: '自然人', en: 'Natural persons' }, role: 'input', kind: 'count' },
  { id: 'commercial', label: { zh: '商业企业', en: 'Commercial enterprises' }, role: 'input', kind: 'count' },
  { id: 'research', label: { zh: '科研机构', en: 'Research institutions' }, role: 'input', kind: 'count' },
  {
    id: 'nonprofit',
    label: { zh: '社会公益组织', en: 'Public-interest organisations' },
    role: 'input',
    kind: 'count',
  },
  {
    id: 'legal-services',
    label: { zh: '法律服务机构', en: 'Legal service agencies' },
    role: 'input',
    kind: 'count',
  },
  { id: 'other-org', label: { zh: '其他', en: 'Other organisations' }, role: 'input', kind: 'count' },
  { id: 'total', label: { zh: '总计', en: 'Total' }, role: 'total', kind: 'count' },
];

const section = (index: number, text: string, aliases?: string[]): LabelPart => ({
  marker: 'section',
  index,
  text,
  aliases,
});
const group = (index: number, text: string, aliases?: string[]): LabelPart => ({
  marker: 'group',
  index,
  text,
  aliases,
});
const item = (index: number, text: string, aliases?: string[]): LabelPart => ({
  marker: 'item',
  index,
  text,
  aliases,
});

const NEW = section(1, '本年新收政府信息公开申请数量', ['本年新收申请数量', '新收申请']);
const CARRIED_IN = section(2, '上年结转政府信息公开申请数量', ['上年结转申请数量', '上年结转']);
const RESULTS = section(3, '本年度办理结果', ['办理结果']);
const CARRIED_FORWARD = section(4, '结转下年度继续办理', ['结转下年度', '结转下年']);

const DENIED = group(3, '不予公开');
const UNAVAILABLE = group(4, '无法提供');
const NOT_PROCESSED = group(5, '不予处理');
const OTHER = group(6, '其他处理', ['其他']);

type Row = Omit<ApplicationsRowDef, 'outcome' | 'role'> & Partial<Pick<ApplicationsRowDef, 'role'>>;

const outcome = (row: Row): ApplicationsRowDef => ({ role: 'input', ...row, outcome: true });
const plain = (row: Row): ApplicationsRowDef => ({ role: 'input', ...row, outcome: false });

function rows(edition: Edition): ApplicationsRowDef[] {
  const other: ApplicationsRowDef[] =
    edition === '2021'
      ? [
          outcome({
            id: 'other.1',
            label: { zh: '（六）其他处理 1.逾期不补正', en: 'Other: no correction in time' },
            path: [
              RESULTS,
              OTHER,
              item(1, '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', [
                '逾期不补正',
                '申请人无正当理由逾期不补正',
              ]),
            ],
          }),
          outcome({
            id: 'other.2',
            label: { zh: '（六）其他处理 2.逾期不缴费', en: 'Other: fee not paid in time' },
            path: [
              RESULTS,
              OTHER,
              item(2, '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', [
                '逾期不缴纳信息处理费',
                '逾期未缴纳费用',
                '逾期不缴费',
              ]),
            ],
          }),
          outcome({
            id: 'other.3',
            label: { zh: '（六）其他处理 3.其他', en: 'Other: other' },
            path: [RESULTS, OTHER, item(3, '其他')],
          }),
        ]
      : [
          outcome({
            id: 'other',
            label: { zh: '（六）其他处理', en: 'Other handling' },
            path: [RESULTS, OTHER],
          }),
        ];

  const denied = [
    ['属于国家秘密', 'State secrets', []],
    ['其他法律行政法规禁止公开', 'Barred by other laws', ['法律行政法规禁止公开']],
    ['危及“三安全一稳定”', 'Endangers security or stability', ['三安全一稳定']],
    ['保护第三方合法权益', 'Third-party rights', ['第三方合法权益']],
    ['属于三类内部事务信息', 'Internal affairs', ['内部事务信息', '三类内部事务']],
    ['属于四类过程性信息', 'Process information', ['过程性信息', '四类过程性信息']],
    ['属于行政执法案卷', 'Enforcement files', ['行政执法案卷']],
    ['属于行政查询事项', 'Administrative enquiries', ['行政查询事项']],
  ] as const;
  const unavailable = [
    ['本机关不掌握相关政府信息', 'Not held by this body', ['不掌握相关政府信息', '本机关不掌握']],
    ['没有现成信息需要另行制作', 'Would need to be created', ['需要另行制作', '没有现成信息']],
    ['补正后申请内容仍不明确', 'Still unclear after correction', ['申请内容仍不明确', '补正后仍不明确']],
  ] as const;
  const notProcessed = [
    ['信访举报投诉类申请', 'Petitions and complaints', ['信访举报投诉']],
    ['重复申请', 'Repeated application', []],
    ['要求提供公开出版物', 'Published material requested', ['公开出版物']],
    ['无正当理由大量反复申请', 'Mass repeated applications', ['大量反复申请']],
    [
      '要求行政机关确认或重新出具已获取信息',
      'Confirmation of information already obtained',
      ['重新出具已获取信息', '确认或重新出具'],
    ],
  ] as const;

  const itemRows = (
    prefix: string,
    grp: LabelPart,
    items: readonly (readonly [string, string, readonly string[]])[],
  ): ApplicationsRowDef[] =>
    items.map(([zh, en, aliases], i) =>
      outcome({
        id: `${prefix}.${i + 1}`,
        label: { zh: `（${'一二三四五六'[grp.index - 1]}）${grp.text} ${i + 1}.${zh}`, en },
        path: [RESULTS, grp, item(i + 1, zh, [...aliases])],
      }),
    );

  return [
    plain({
      id: 'new',
      label: { zh: '一、本年新收政府信息公开申请数量', en: 'New applications' },
      path: [NEW],
    }),
    plain({
      id: 'carried-in',
      label: { zh: '二、上年结转政府信息公开申请数量', en: 'Carried over from last year' },
      path: [CARRIED_IN],
    }),
    outcome({
      id: 'granted',
      label: { zh: '（一）予以公开', en: 'Granted' },
      path: [RESULTS, group(1, '予以公开')],
    }),
    outcome({
      id: 'partly-granted',
      label: { zh: '（二）部分公开', en: 'Partly granted' },
      path: [RESULTS, group(2, '部分公开（区分处理的，只计这一情形，不计其他情形）', ['部分公开'])],
    }),
    ...itemRows('denied', DENIED, denied),
    ...itemRows('unavailable', UNAVAILABLE, unavailable),
    ...itemRows('not-processed', NOT_PROCESSED, notProcessed),
    ...other,
    {
      id: 'outcome-total',
      label: { zh: '（七）总计', en: 'Outcomes total' },
      path: [RESULTS, group(7, '总计', ['合计', '小计'])],
      role: 'total',
      outcome: false,
    },
    plain({
      id: 'carried-forward',
      label: { zh: '四、结转下年度继续办理', en: 'Carried forward to next year' },
      path: [CARRIED_FORWARD],
    }),
  ];
}

function build(edition: Edition): ApplicationsFormat {
  return {
    table: 'applications',
    edition,
    title: { zh: '收到和处理政府信息公开申请情况', en: 'Applications received and handled' },
    rows: rows(edition),
    columns: COLUMNS,
    header: {
      note: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      applicants: '申请人情况',
      naturalPerson: '自然人',
      organisations: '法人或其他组织',
      total: '总计',
    },
  };
}

export const APPLICATIONS: Record<Edition, ApplicationsFormat> = {
  '2021': build('2021'),
  '2019': build('2019'),
};
