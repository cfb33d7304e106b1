import type { Edition } from '../format';

/**
 * Every weight and threshold the locator scores candidate positions with, in one place. Each is
 * pinned by a test in test/locate/weights.test.ts that names the range it tolerates; change a value
 * only together with that test.
 */

// ── Editions ─────────────────────────────────────────────────────────────────────────────────────

/**
 * The edition a region of the sheet is read as when both editions explain it equally well (a table
 * 三 cut off before its 其他处理 rows, a table 二 showing only the blocks both editions share). 2021
 * is the format in force; most reports since 2021 use it.
 */
export const PREFERRED_EDITION: Edition = '2021';

/** Both editions, the preferred one first: the order in which rivals are kept on a tie. */
export const EDITIONS_BY_PREFERENCE: readonly Edition[] = [
  PREFERRED_EDITION,
  PREFERRED_EDITION === '2021' ? '2019' : '2021',
];

// ── Labels (label-match.ts) ──────────────────────────────────────────────────────────────────────

/**
 * A found text longer than `key × NARRATIVE_LENGTH_FACTOR + NARRATIVE_LENGTH_SLACK` is a sentence
 * that happens to contain the label (narrative), not the label: real labels add at most a note in
 * brackets or a few characters of their own.
 */
export const NARRATIVE_LENGTH_FACTOR = 2;
export const NARRATIVE_LENGTH_SLACK = 6;

/** A matching marker (`（三）`, `2.`) is worth this much of a segment's score; the text the rest. */
export const MARKER_WEIGHT = 0.5;
/** A marker alone (`（三）` in a cell of its own) scores a little over half: it names a part, barely. */
export const MARKER_ONLY_SCORE = 0.55;
/** A marker of another kind or number multiplies the text's score: reports mis-number, but rarely. */
export const MARKER_MISMATCH_FACTOR = 0.5;

// ── Table 三 rows (applications.ts) ──────────────────────────────────────────────────────────────

/** Least score (0..1) of a row's leaf part, and of the whole row, for the row to match. */
export const MIN_ROW_SCORE = 0.6;
/** Least score of one label segment against a part for the segment to count as that part. */
export const MIN_SEGMENT_SCORE = 0.5;
/** Weight of the leaf part (the row's own words); the row's score is divided by it back to 0..1. */
export const LEAF_WEIGHT = 2;
/** Weight of each group or section label stated on the row itself: it confirms, it does not decide. */
export const ANCESTOR_WEIGHT = 0.5;
/**
 * Section penalty: a row whose section (一、…四、) is neither on the row nor carried from the rows
 * above loses this much, so a lookalike from another section (`（七）总计` vs `二、…总计`) loses
 * against the row the context supports.
 */
export const SECTION_PENALTY = 0.3;
/**
 * Group penalty: an item row (`1.属于国家秘密`) whose group (`（三）不予公开`) is neither on the row nor
 * carried from the rows above loses this much. A vertically merged group cell printed at its middle
 * row (PDFs, web pages) leaves the items above it without their group: their own words still read
 * them, while a shortened item that fits items of two groups goes to the group it sits in.
 */
export const GROUP_PENALTY = 0.3;
/** Each segment of the row's text that matches no part of the row costs this much (other words). */
export const UNMATCHED_PENALTY = 0.6;
/** A group or section label on a row of its own sets the context from this score up. */
export const MIN_CONTEXT_SCORE = 0.75;
/** Non-empty rows that match nothing before a table is taken to have ended (notes, a sub-title). */
export const MAX_GAP = 8;
/**
 * Blank-row rule: blank rows count against a table's gap at a third of a non-matching row's weight,
 * so blank rows between pages or around a note do not end a table, while a wide blank space does.
 */
export const MAX_BLANK_GAP = MAX_GAP * 3;
/** A table needs this many matched rows to count (a stray label in a paragraph is not a table). */
export const MIN_ROWS = 4;
/** Rows above the first matched row searched for the column header (a header is 1–3 rows, plus a title). */
export const HEADER_ROWS_ABOVE = 5;
/** Column labels the header must show to be taken as the header (one `总计` alone is anything). */
export const MIN_HEADER_COLUMNS = 3;

// ── Table 三 numbers (applications.ts `valueStart`) ─────────────────────────────────────────────

/** Candidate first columns of a row's numbers: right after the label and up to this many further. */
export const VALUE_SHIFT = 3;
/** Each filled number cell inside a candidate's window. */
export const WINDOW_HIT = 1;
/** Each non-blank cell skipped between the label and a candidate's start (a window too far right). */
export const SKIP_PENALTY = 1;
/**
 * Window penalty: each filled number in the `WINDOW_OVERFLOW` columns after a candidate's window (a
 * window too far left leaves the row's last numbers out).
 */
export const WINDOW_PENALTY = 1;
export const WINDOW_OVERFLOW = 3;
/**
 * Header nudge: the candidate under the header's first column gains this much. Less than one
 * number cell (`WINDOW_HIT`), so the row's own numbers outvote the header when they disagree (a
 * shifted paste); more than the distance penalty, so it settles rows the numbers leave tied.
 */
export const HEADER_NUDGE = 0.3;
/** Per column between the label and a candidate: of equal windows, the nearest wins. */
export const DISTANCE_PENALTY = 0.01;

// ── Table 二 (proactive.ts) ─────────────────────────────────────────────────────────────────────

/** Least `labelMatch` score of a row or column label of table 二 (short labels: strict). */
export const PROACTIVE_MIN_LABEL_SCORE = 0.85;
/** Rows from a clause (`第二十条第（X）项`) to its `信息内容` header row. */
export const PROACTIVE_HEADER_ROWS = 2;
/** Rows from a block's last row to its next item row (blank rows, a wrapped note). */
export const PROACTIVE_ITEM_GAP = 3;
/** Rows between one block's end and the next clause for both to be one table. */
export const PROACTIVE_BLOCK_GAP = 6;
/** Score of an edition's reading: each block found, each column mapped and each row matched. */
export const PROACTIVE_BLOCK_WEIGHT = 1;
export const PROACTIVE_COLUMN_WEIGHT = 1;
export const PROACTIVE_ROW_WEIGHT = 1;
/** Least score for a table 二 (a lone clause heading in the narrative is not a table). */
export const PROACTIVE_MIN_SCORE = 2;

// ── Table 四 (reviews.ts) ───────────────────────────────────────────────────────────────────────

/**
 * Header rows under the `行政复议 … 行政诉讼` row: group labels, then column labels, and one more for a
 * header whose top cells took two rows (the second left blank where the merge was lost).
 */
export const REVIEWS_HEADER_ROWS = 3;
/** Rows under the header searched for the row of numbers (blank rows between are common). */
export const REVIEWS_VALUE_ROWS = 3;
/** Columns past `行政诉讼` a row of numbers may still reach (its two groups of five). */
export const REVIEWS_RIGHT_SLACK = 10;
/** Header lines of copied text wrap: the numbers are on the first flattened row a few lines down. */
export const FLAT_HEADER_LINES = 6;
