/** The table quantities prose quotes (FORMAT.md, narrative/table-mismatch). */
export type StatedQuantity =
  // Table 三, rows (or groups of rows).
  | 'received'
  | 'carried-in'
  | 'completed'
  | 'carried-forward'
  | 'granted'
  /** 予以公开及部分公开: granted + partly granted. */
  | 'disclosed'
  | 'partly-granted'
  | 'denied'
  | 'unavailable'
  | 'not-processed'
  | 'other'
  // Table 四, groups.
  | 'reviews'
  | 'litigation'
  // Table 二, columns of block 第二十条第（一）项.
  | 'in-force'
  | 'issued'
  | 'repealed';

/** Applicant columns of table 三 a sentence can name; `organisations` is the five 法人或其他组织 columns. */
export type Applicant =
  'natural-person' | 'organisations' | 'commercial' | 'research' | 'nonprofit' | 'legal-services';

/** Result columns of table 四. */
export type ReviewResult = 'upheld' | 'corrected' | 'other' | 'pending';

export type LitigationGroup = 'litigation-direct' | 'litigation-after-review';

/** One thing a stated number may be: a quantity, narrowed by the words to a column or rows. */
export interface Meaning {
  quantity: StatedQuantity;
  /** The applicant column(s) the words name; none: the total column. */
  applicant?: Applicant;
  /** Rows of the quantity's group the words name by their reason (`不掌握` → unavailable.1). */
  rows?: readonly string[];
  /** Table 四: the result column named (`维持`); none: the total. */
  result?: ReviewResult;
  /** Table 四: one litigation group named (`复议后起诉`); none: either or both. */
  group?: LitigationGroup;
  /** Table 二: 规章 or 行政规范性文件. */
  document?: 'rules' | 'normative-documents';
}

/** The quantities of table 三 whose rows are outcomes of handling (shares of outcome-total). */
export const OUTCOME_QUANTITIES: readonly StatedQuantity[] = [
  'granted',
  'disclosed',
  'partly-granted',
  'denied',
  'unavailable',
  'not-processed',
  'other',
];

/** The table a quantity is read from. */
export function tableOf(q: StatedQuantity): 'applications' | 'reviews' | 'proactive' {
  if (q === 'reviews' || q === 'litigation') return 'reviews';
  if (q === 'in-force' || q === 'issued' || q === 'repealed') return 'proactive';
  return 'applications';
}
