/** The standard report format as data (FORMAT.md). Ids are public interface: keep them stable. */

export type Edition = '2021' | '2019';
export const EDITIONS: readonly Edition[] = ['2021', '2019'];

export type TableId = 'proactive' | 'applications' | 'reviews';
export const TABLE_IDS: readonly TableId[] = ['proactive', 'applications', 'reviews'];

export interface Text {
  zh: string;
  en: string;
}

/** What a number cell may hold. */
export type ValueKind =
  | 'count' // non-negative integer
  | 'amount' // non-negative number, decimals allowed (万元)
  | 'delta'; // integer, may be negative (2019: 本年增/减)

/** One enumerated part of a row label: `三、本年度办理结果`, `（三）不予公开`, `1.属于国家秘密`. */
export interface LabelPart {
  marker: 'section' | 'group' | 'item';
  /** 一 = 1 for sections and groups; the number for items. */
  index: number;
  /** The official text without its marker. */
  text: string;
  /** Other spellings seen in published reports (without marker). */
  aliases?: readonly string[];
}

export interface ColumnDef {
  id: string;
  label: Text;
  /** Input cells are typed by staff; total cells are sums of others. */
  role: 'input' | 'total';
  kind: ValueKind;
  aliases?: readonly string[];
}

export interface RowDef {
  id: string;
  label: Text;
  role: 'input' | 'total';
}

/** Table 三: 收到和处理政府信息公开申请情况. */
export interface ApplicationsRowDef extends RowDef {
  /** From the outermost label (section) to the row's own label. */
  path: readonly LabelPart[];
  /** True for the 办理结果 rows that （七）总计 sums. */
  outcome: boolean;
}

export interface ApplicationsFormat {
  table: 'applications';
  edition: Edition;
  title: Text;
  rows: readonly ApplicationsRowDef[];
  columns: readonly ColumnDef[];
  /** The header note and group labels, for the template and for finding the header. */
  header: {
    note: string;
    applicants: string;
    naturalPerson: string;
    organisations: string;
    total: string;
  };
}

/** Table 四: 政府信息公开行政复议、行政诉讼情况. */
export interface ReviewsGroupDef {
  id: 'review' | 'litigation-direct' | 'litigation-after-review';
  label: Text;
}

export interface ReviewsFormat {
  table: 'reviews';
  edition: Edition;
  title: Text;
  header: { review: string; litigation: string };
  groups: readonly ReviewsGroupDef[];
  columns: readonly ColumnDef[];
}

/** Table 二: 主动公开政府信息情况, a list of blocks each headed by its clause of 条例 第二十条. */
export interface ProactiveBlockDef {
  id: string;
  /** `第二十条第（一）项` */
  clause: string;
  clauseIndex: number;
  columns: readonly ColumnDef[];
  rows: readonly RowDef[];
}

export interface ProactiveFormat {
  table: 'proactive';
  edition: Edition;
  title: Text;
  /** The first header cell of every block: 信息内容. */
  contentHeader: string;
  blocks: readonly ProactiveBlockDef[];
}

export type TableFormat = ApplicationsFormat | ReviewsFormat | ProactiveFormat;
