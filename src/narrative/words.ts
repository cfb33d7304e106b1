import { normalizeText } from '../grid';
import type { Applicant, LitigationGroup, Meaning, ReviewResult, StatedQuantity } from './meanings';

/**
 * What the words around one number say it counts. Only the words of the number's own segment are
 * read (from the previous number or the clause start up to this number, and for the last number of
 * a clause the words after it): a verb elsewhere in the clause names another number.
 */
export interface WordsReading {
  /** The quantities the words may name; empty when they name only a column (`自然人520件`). */
  quantities: StatedQuantity[];
  applicant?: Applicant;
  rows?: string[];
  result?: ReviewResult;
  group?: LitigationGroup;
  document?: Meaning['document'];
  /** `自然人申请N件`: an applicant and 申请 with no verb. Received, unless a list says otherwise. */
  applicantApplications?: boolean;
}

/** Words that make a number something other than this year's table quantity. */
const SKIP = new RegExp(
  [
    '同比|环比|比上一?年|较上一?年|比去年|较去年|较\\d{4}年|上年同期|去年|前年',
    '增加|减少|增长|下降|上升|提高|降低|持平',
    // 近两年, 近年来: a count over several years.
    '以来|历年|近[一二两三四五六七八九十几\\d]*年|平均|日均|月均|每月|每周|每天|每年',
    '分别',
    '咨询|留言|来电|来信|热线|信箱|信件|意见建议|诉求',
    '浏览|访问|点击|阅读|转载',
    // Table 二's decisions and fees: not compared.
    '行政许可|行政处罚|行政强制|事业性收费|处理决定',
  ].join('|'),
);
/** 上年 is another year, except in 上年结转. */
const LAST_YEAR = /上一?年(?!度?(结转|转入|遗留|未办结))/;
/** An approximate count: `约100件`, `近百件`, `100件以上`. */
const APPROX_BEFORE = /(约|近|超过|超|逾|大约|将近|不到|不足|达近)$/;
const APPROX_AFTER = /^(以上|以下|左右|余|多)/;

const CARRIED_FORWARD =
  /结转(至|到|入)?下一?年|(转入|转至|转到|延至|延期至|顺延至?|留待)下一?年|下一?年度?继续办理|(尚在|正在|仍在)办理/;
const CARRIED_IN = /上一?年度?(结转|转入|遗留|未办结)|往年结转/;

/** Outcome groups of table 三, most specific words first (不予公开 before 予以公开). */
const OUTCOMES: readonly [StatedQuantity, RegExp][] = [
  ['denied', /不予以?公开|不同意公开/g],
  ['partly-granted', /部分公开/g],
  ['granted', /(予以|同意|准予|全部)公开/g],
  ['unavailable', /无法提供/g],
  ['not-processed', /不予以?处理/g],
  ['other', /其他处理/g],
];

/** Rows named by their reason; they narrow a group the words also name, never stand alone. */
const REASONS: readonly [string, RegExp][] = [
  ['denied.1', /国家秘密/],
  ['denied.2', /法律行政法规禁止/],
  ['denied.3', /三安全一稳定/],
  ['denied.4', /第三方/],
  ['denied.5', /内部事务/],
  ['denied.6', /过程性/],
  ['denied.7', /执法案卷/],
  ['denied.8', /行政查询/],
  ['unavailable.1', /不掌握/],
  ['unavailable.2', /另行制作|没有现成/],
  ['unavailable.3', /不明确/],
  ['not-processed.1', /信访|举报|投诉/],
  ['not-processed.2', /重复申请/],
  ['not-processed.3', /出版物/],
  ['not-processed.4', /大量反复/],
  ['not-processed.5', /重新出具/],
  ['other.1', /补正/],
  ['other.2', /缴纳费用|缴费|收费通知/],
];

/** Other business a body counts (suggestions, petitions, services, corrections asked): not applications. */
const OTHER_BUSINESS = /信访|举报|投诉|建议|提案|议案|来访|政务服务|审批|事项|工单|办件|补正/;
const COMPLETED = /办结|答复|办理完毕|处理完毕|办理结果|已办理|已处理/;
/** Answered late or with an extension: not the count of answers, nor of the applications received. */
const NOT_COMPLETED = /延期|延长|逾期|超期|超时/;
const RECEIVED = /收到|受理|新收|接收|接到|收悉|提交|提出|申请(总数|总量|数量|件数|量)/;
const NOT_RECEIVED = /不予受理|受理率/;
/** 办理/处理 applications: received (with or without carried in) or completed. */
const HANDLED = /办理|处理/;

const APPLICANTS: readonly [Applicant, RegExp][] = [
  ['natural-person', /自然人/],
  ['organisations', /法人/],
  ['commercial', /企业/],
  ['research', /科研机构/],
  ['nonprofit', /公益组织/],
  ['legal-services', /法律服务机构|律师/],
];

const REVIEW = /复议/;
const LITIGATION = /诉讼|起诉|被诉/;
// 经复议 after 未/不/没 is the direct group's own label (未经复议直接起诉), not after review.
const AFTER_REVIEW = /复议后|(?<![未不没])经过?复议/;
const DIRECT = /直接(提起)?(起诉|诉讼)|[未不没]经过?复议/;
/** The body as the reviewing authority, or a count of filings: not table 四. */
const NOT_TABLE_FOUR = /备案|受理|审理|办理|收到|复议机关|审查|应诉|决定书|听证/;
const RESULTS: readonly [ReviewResult, RegExp][] = [
  ['upheld', /维持/],
  ['corrected', /纠正/],
  ['pending', /尚未审结|未审结|未结案|审理中/],
  ['other', /其他结果/],
];

const DOCUMENTS: readonly [NonNullable<Meaning['document']>, RegExp][] = [
  ['normative-documents', /规范性文件/],
  ['rules', /规章(?!制度)/],
];
const DOCUMENT_COLUMNS: readonly [StatedQuantity, RegExp][] = [
  ['in-force', /现行有效/],
  ['issued', /制发|印发|制定|出台/],
  ['repealed', /废止|失效/],
];

const found = <T>(list: readonly [T, RegExp][], s: string): T[] =>
  list.filter(([, re]) => new RegExp(re.source).test(s)).map(([k]) => k);

/**
 * Reads the words of one number's segment. `head`: words before the number; `tail`: words after its
 * unit (empty unless it is the clause's last number); `before`: the words before the segment that
 * may name its topic (a paragraph's short lead and the sentence so far).
 * Null: the words say the number is something else, or say too much to tell.
 */
export function readWords(head: string, tail: string, before: string): WordsReading | null {
  const h = normalizeText(head);
  const t = normalizeText(tail);
  const w = h + t;
  if (SKIP.test(w) || LAST_YEAR.test(w) || APPROX_BEFORE.test(h) || APPROX_AFTER.test(t)) return null;

  const documents = found(DOCUMENTS, w);
  if (documents.length > 0) {
    const columns = found(DOCUMENT_COLUMNS, w);
    if (documents.length !== 1 || columns.length !== 1) return null;
    return { quantities: columns, document: documents[0] };
  }
  if (w.includes('主动公开')) return null;

  const results = found(RESULTS, w);
  if (results.length > 1) return null;
  const result = results[0];
  if (REVIEW.test(w) || LITIGATION.test(w)) return tableFour(w, result);

  const applicants = found(APPLICANTS, w);
  // 法人 and one kind of organisation: the kind; any other pair is two columns, not one.
  const kinds = applicants.length === 2 && applicants[0] === 'organisations' ? [applicants[1]] : applicants;
  if (kinds.length > 1) return null;
  const applicant = kinds[0];
  const narrowing = { ...(applicant ? { applicant } : {}) };

  const forward = CARRIED_FORWARD.test(w);
  const carriedIn = CARRIED_IN.test(w);
  const outcomes = outcomeGroups(w);
  if (outcomes === null) return null;
  if (outcomes.length === 0 && OTHER_BUSINESS.test(w)) return null;
  const classes = [forward, carriedIn, outcomes.length > 0].filter(Boolean).length;
  if (classes > 1) return null;
  if (forward) return { quantities: ['carried-forward'], ...narrowing };
  if (carriedIn) return { quantities: ['carried-in'], ...narrowing };
  if (outcomes.length > 0) {
    const q = outcomes[0];
    const rows = found(REASONS, w).filter((r) => r.startsWith(`${q}.`));
    return { quantities: [q], ...narrowing, ...(rows.length > 0 ? { rows } : {}) };
  }
  if (result) return { quantities: [], result };

  // Applications must be named: by the segment, or by the words before it (`依申请公开方面，受理5件`).
  if (!/申请/.test(w) && !/申请/.test(normalizeText(before)))
    return applicant ? { quantities: [], applicant, applicantApplications: false } : null;
  const quantities: StatedQuantity[] = [];
  if (COMPLETED.test(w) && !NOT_COMPLETED.test(w)) quantities.push('completed');
  if (RECEIVED.test(w) && !NOT_RECEIVED.test(w) && !NOT_COMPLETED.test(w)) quantities.push('received');
  // 办理/处理 alone names applications only in the segment itself.
  if (quantities.length === 0 && /申请/.test(w) && HANDLED.test(w) && !NOT_COMPLETED.test(w))
    quantities.push('received', 'completed');
  if (quantities.length > 0) return { quantities, ...narrowing };
  if (applicant) return { quantities: [], applicant, applicantApplications: /申请/.test(w) };
  return null;
}

/** 予以公开及部分公开 is one quantity (disclosed); any other pair of groups is two. */
function outcomeGroups(w: string): StatedQuantity[] | null {
  let rest = w;
  const groups: StatedQuantity[] = [];
  for (const [q, re] of OUTCOMES) {
    if (new RegExp(re.source).test(rest)) groups.push(q);
    rest = rest.replace(re, '|');
  }
  if (groups.length <= 1) return groups;
  if (groups.length === 2 && groups.includes('granted') && groups.includes('partly-granted'))
    return ['disclosed'];
  return null;
}

function tableFour(w: string, result: ReviewResult | undefined): WordsReading | null {
  if (NOT_TABLE_FOUR.test(w)) return null;
  const narrowing = result ? { result } : {};
  if (LITIGATION.test(w) && AFTER_REVIEW.test(w))
    return { quantities: ['litigation'], group: 'litigation-after-review', ...narrowing };
  if (LITIGATION.test(w) && DIRECT.test(w))
    return { quantities: ['litigation'], group: 'litigation-direct', ...narrowing };
  if (REVIEW.test(w) && LITIGATION.test(w)) return null;
  return { quantities: [REVIEW.test(w) ? 'reviews' : 'litigation'], ...narrowing };
}
