/**
 * The six sections of a whole report (FORMAT.md, "The whole report") and their headings as reports
 * write them: `一、总体情况`, `## 二．主动公开情况`, `五、存在的主要问题及整改措施`.
 */
import { labelKey, parseChineseNumeral, type Grid } from '../grid';
import type { CellRef, LocatedTable } from '../locate/types';

/** The standard titles, section 一 first. */
export const SECTION_TITLES = [
  '总体情况',
  '主动公开政府信息情况',
  '收到和处理政府信息公开申请情况',
  '政府信息公开行政复议、行政诉讼情况',
  '存在的主要问题及改进情况',
  '其他需要报告的事项',
] as const;

export const SECTION_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

/** Accepted wordings per section, as label keys (no punctuation, no spaces, no leading year). */
const TITLE_PATTERNS: readonly RegExp[] = [
  /^(?:政府信息公开)?(?:工作)?(?:总体|基本)(?:工作)?(?:情况|概述|概况)$|^(?:工作)?(?:概述|概况)$/,
  /^主动公开(?:政府信息)?(?:工作)?(?:的)?情况$|^主动公开政府信息$/,
  /^(?:收到(?:和|及|与|以及)?处理|受理(?:和|及)?办理)?(?:政府信息公开)?申请(?:的)?(?:收到(?:和|及|与)?处理|办理|处理)?(?:的)?情况$|^依申请公开(?:政府信息)?(?:工作)?(?:的)?情况$/,
  /^.{0,16}?行政复议(?:和|及|与|以及)?(?:被)?(?:提起)?行政诉讼(?:的)?(?:情况)?$/,
  /^.{0,12}?(?:存在的?)?(?:主要)?(?:问题|不足)(?:及|和|与|以及)(?:其)?(?:改进|整改)(?:的)?(?:情况|措施|方向|计划|举措)?$/,
  /^其他(?:需要|需)?(?:报告|说明)?的?事项(?:说明)?$/,
];
/** `2021年`, `本年度` in front of a title: `一、2021年政府信息公开工作总体情况`. */
const YEAR_LEAD = /^(?:\d{4}|本)年度?/;

/** A top-level section number: `一、` `一.` `一．` `一，` `第一部分`; never `（一）`. */
const NUMBERED =
  /^(?:第([一二三四五六七八九十])部分\s*[、.,:：，]?|([一二三四五六七八九十])\s*[、.,，])\s*(.*)$/su;
/** Markdown heading marks, bold marks and quote marks a conversion leaves in front. */
const LEAD = /^[#*>\s\u3000\u200b\ufeff]+/;
const TRAIL = /[*\s\u3000]+$/;
/** Sentence punctuation: a heading has none (a trailing 。 or ： aside). */
const SENTENCE = /[。，,；;！!？?]/;

/** What a paragraph's start says about the section it opens. */
export interface SectionHeading {
  /** The number written (一 = 1). */
  number: number;
  /** The section its words name, 1–6; null when they name none of the six. */
  section: number | null;
  /** The words after the number, as written (trimmed). */
  title: string;
  /** Short words with no sentence punctuation: they read as a title even if not one of the six. */
  titleLike: boolean;
}

/**
 * Reads a paragraph as a section heading: a top-level number and a title. A title may be followed by
 * the section's first sentence in the same paragraph (`一、总体情况。2021年，…`).
 */
export function parseSectionHeading(text: string): SectionHeading | null {
  const s = text.normalize('NFKC').replace(LEAD, '').replace(TRAIL, '');
  const m = NUMBERED.exec(s);
  if (!m) return null;
  const number = parseChineseNumeral(m[1] ?? m[2]);
  // Stryker disable next-line ConditionalExpression: unreachable: NUMBERED takes one numeral character, which always parses
  if (number === null) return null;
  const title = m[3].trim();
  const bare = title.replace(/[。：:．.]+$/, '');
  const titleLike = bare.length > 0 && [...bare].length <= 20 && !SENTENCE.test(bare) && !/\d/.test(bare);
  return { number, section: sectionOf(title), title, titleLike };
}

/** The section a title names, allowing a sentence after it (separated by punctuation or a digit). */
function sectionOf(title: string): number | null {
  const whole = matchTitle(title);
  if (whole !== null) return whole;
  const s = title.normalize('NFKC');
  const year = /^(?:\d{4}|本)年度?/.exec(s)?.[0] ?? '';
  // Stryker disable next-line StringLiteral: unreachable: a pattern of only a starred class always matches
  const head = year + (/^[^。.：:，,；;\d]*/.exec(s.slice(year.length))?.[0] ?? '');
  if (head.length === s.length || head.length === year.length) return null;
  return matchTitle(head);
}

function matchTitle(text: string): number | null {
  const key = labelKey(text).replace(YEAR_LEAD, '');
  const i = TITLE_PATTERNS.findIndex((p) => p.test(key));
  return i < 0 ? null : i + 1;
}

/** A heading found on the sheet. */
export interface HeadingCell extends SectionHeading {
  cell: CellRef;
  /** Reading order on the sheet. */
  order: number;
  /** Inside a located table's bounds (a title row the locator took in). */
  inTable: boolean;
}

/** A heading whose words name one of the six sections. */
export type NamedHeading = HeadingCell & { section: number };

export interface SheetHeadings {
  headings: HeadingCell[];
  /** The first string cell outside the tables: where a report's start is pointed at. */
  firstText: CellRef | null;
  /**
   * Sections whose title stands alone, with no number: a heading Word numbers by itself, or a
   * table's caption. Never evidence of a whole report; enough to not call the section missing.
   */
  unnumbered: Set<number>;
}

const cache = new WeakMap<Grid, WeakMap<readonly LocatedTable[], SheetHeadings>>();

/** Every string cell that reads as a numbered heading, in reading order, with the first text cell. */
export function sectionHeadings(grid: Grid, tables: readonly LocatedTable[]): SheetHeadings {
  let byTables = cache.get(grid);
  if (!byTables) cache.set(grid, (byTables = new WeakMap()));
  let found = byTables.get(tables);
  if (!found) byTables.set(tables, (found = collect(grid, tables)));
  return found;
}

function collect(grid: Grid, tables: readonly LocatedTable[]): SheetHeadings {
  const inside = (row: number, col: number) =>
    tables.some(
      (t) => row >= t.bounds.top && row <= t.bounds.bottom && col >= t.bounds.left && col <= t.bounds.right,
    );
  const headings: HeadingCell[] = [];
  const unnumbered = new Set<number>();
  let firstText: CellRef | null = null;
  let order = 0;
  for (let row = 0; row < grid.rowCount; row++)
    for (let col = 0; col < grid.colCount; col++) {
      const v = grid.value(row, col);
      if (typeof v !== 'string' || v.trim() === '') continue;
      const inTable = inside(row, col);
      if (!inTable) firstText ??= { row, col };
      const heading = v.length <= 400 ? parseSectionHeading(v) : null;
      if (heading) headings.push({ ...heading, cell: { row, col }, order: order++, inTable });
      else if (v.length <= 40) {
        const alone = matchTitle(v.normalize('NFKC').replace(LEAD, '').replace(TRAIL, ''));
        if (alone !== null) unnumbered.add(alone);
      }
    }
  return { headings, firstText, unnumbered };
}

/** Sections of prose only: a sheet of tables under their titles (二 三 四) is not a whole report. */
const PROSE_SECTIONS = [1, 5, 6];

/**
 * The heading taken for each section: the one numbered as the section (a sub-list `一、主动公开情况`
 * inside section 一 then does not count), else the first.
 */
export function chosenHeadings(headings: readonly HeadingCell[]): Map<number, NamedHeading> {
  const chosen = new Map<number, NamedHeading>();
  for (let section = 1; section <= 6; section++) {
    const named = headings.filter((h): h is NamedHeading => h.section === section);
    const pick = named.find((h) => h.number === section) ?? named[0];
    if (pick) chosen.set(section, pick);
  }
  return chosen;
}

/** Whether the sheet holds a whole report: two of the six headings, one of them a prose section's. */
export function isWholeReport(grid: Grid, tables: readonly LocatedTable[]): boolean {
  const chosen = chosenHeadings(sectionHeadings(grid, tables).headings);
  return chosen.size >= 2 && PROSE_SECTIONS.some((s) => chosen.has(s));
}
