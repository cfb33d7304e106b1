import type { ColumnDef, Edition, ProactiveBlockDef, ProactiveFormat, RowDef, ValueKind } from './types';

const col = (
  id: string,
  zh: string,
  en: string,
  kind: ValueKind = 'count',
  aliases?: string[],
): ColumnDef => ({
  id,
  label: { zh, en },
  role: 'input',
  kind,
  aliases,
});
const row = (id: string, zh: string, en: string): RowDef => ({ id, label: { zh, en }, role: 'input' });

const clause = (index: number): string => `第二十条第（${'一二三四五六七八九'[index - 1]}）项`;

const DECISIONS_2021 = col('decisions', '本年处理决定数量', 'Decisions this year', 'count', ['处理决定数量']);

const BLOCKS_2021: readonly ProactiveBlockDef[] = [
  {
    id: 'clause-1',
    clause: clause(1),
    clauseIndex: 1,
    columns: [
      col('issued', '本年制发件数', 'Issued this year', 'count', ['制发件数']),
      col('repealed', '本年废止件数', 'Repealed this year', 'count', ['废止件数']),
      col('in-force', '现行有效件数', 'In force', 'count', ['有效件数']),
    ],
    rows: [
      row('rules', '规章', 'Rules'),
      row('normative-documents', '行政规范性文件', 'Normative documents'),
    ],
  },
  {
    id: 'clause-5',
    clause: clause(5),
    clauseIndex: 5,
    columns: [DECISIONS_2021],
    rows: [row('licensing', '行政许可', 'Administrative licensing')],
  },
  {
    id: 'clause-6',
    clause: clause(6),
    clauseIndex: 6,
    columns: [DECISIONS_2021],
    rows: [
      row('penalties', '行政处罚', 'Administrative penalties'),
      row('enforcement', '行政强制', 'Administrative coercion'),
    ],
  },
  {
    id: 'clause-8',
    clause: clause(8),
    clauseIndex: 8,
    columns: [
      col('fees-amount', '本年收费金额（单位：万元）', 'Fees collected (10k yuan)', 'amount', [
        '本年收费金额',
        '收费金额',
      ]),
    ],
    rows: [row('fees', '行政事业性收费', 'Administrative fees')],
  },
];

const PREVIOUS = col('previous-count', '上一年项目数量', 'Items last year', 'count', ['上一年项目']);
const CHANGE = col('change', '本年增/减', 'Change this year', 'delta', ['本年增减', '增/减', '增减']);
const DECISIONS_2019 = col('decisions', '处理决定数量', 'Decisions', 'count', ['本年处理决定数量']);

const BLOCKS_2019: readonly ProactiveBlockDef[] = [
  {
    id: 'clause-1',
    clause: clause(1),
    clauseIndex: 1,
    columns: [
      col('made', '本年新制作数量', 'Made this year', 'count', ['新制作数量']),
      col('published', '本年新公开数量', 'Published this year', 'count', ['新公开数量']),
      col('published-total', '对外公开总数量', 'Published in total', 'count', ['公开总数量']),
    ],
    rows: [row('rules', '规章', 'Rules'), row('normative-documents', '规范性文件', 'Normative documents')],
  },
  {
    id: 'clause-5',
    clause: clause(5),
    clauseIndex: 5,
    columns: [PREVIOUS, CHANGE, DECISIONS_2019],
    rows: [
      row('licensing', '行政许可', 'Administrative licensing'),
      row('other-services', '其他对外管理服务事项', 'Other public services'),
    ],
  },
  {
    id: 'clause-6',
    clause: clause(6),
    clauseIndex: 6,
    columns: [PREVIOUS, CHANGE, DECISIONS_2019],
    rows: [
      row('penalties', '行政处罚', 'Administrative penalties'),
      row('enforcement', '行政强制', 'Administrative coercion'),
    ],
  },
  {
    id: 'clause-8',
    clause: clause(8),
    clauseIndex: 8,
    columns: [PREVIOUS, CHANGE],
    rows: [row('fees', '行政事业性收费', 'Administrative fees')],
  },
  {
    id: 'clause-9',
    clause: clause(9),
    clauseIndex: 9,
    columns: [
      col('procurement-count', '采购项目数量', 'Procurement items', 'count'),
      col('procurement-amount', '采购总金额', 'Procurement amount', 'amount'),
    ],
    rows: [row('procurement', '政府集中采购', 'Centralised procurement')],
  },
];

function build(edition: Edition): ProactiveFormat {
  return {
    table: 'proactive',
    edition,
    title: { zh: '主动公开政府信息情况', en: 'Information disclosed proactively' },
    contentHeader: '信息内容',
    blocks: edition === '2021' ? BLOCKS_2021 : BLOCKS_2019,
  };
}

export const PROACTIVE: Record<Edition, ProactiveFormat> = { '2021': build('2021'), '2019': build('2019') };
