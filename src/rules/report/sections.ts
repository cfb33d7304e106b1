import {
  chosenHeadings,
  isWholeReport,
  SECTION_NUMERALS,
  SECTION_TITLES,
  sectionHeadings,
  type HeadingCell,
  type NamedHeading,
} from '../../narrative/sections';
import type { Rule, RuleContext } from '../types';

const wholeReport = (context: RuleContext): boolean => isWholeReport(context.grid, context.tables);

const numeral = (n: number): string => SECTION_NUMERALS[n - 1] ?? String(n);
const standard = (section: number): string => `${numeral(section)}、${SECTION_TITLES[section - 1]}`;
/** A heading's words for a message: as written, unless its first sentence runs on after them. */
const shown = (h: HeadingCell): string =>
  h.titleLike || h.section === null ? h.title : SECTION_TITLES[h.section - 1];

/** The headings in the longest run whose sections rise in reading order; the rest are out of order. */
function inOrder(headings: readonly NamedHeading[]): Set<NamedHeading> {
  const best: number[] = headings.map(() => 1);
  const prev: number[] = headings.map(() => -1);
  for (let i = 0; i < headings.length; i++)
    for (let j = 0; j < i; j++)
      if (headings[j].section < headings[i].section && best[j] + 1 > best[i]) {
        best[i] = best[j] + 1;
        prev[i] = j;
      }
  let end = best.indexOf(Math.max(0, ...best));
  const kept = new Set<NamedHeading>();
  for (; end >= 0; end = prev[end]) kept.add(headings[end]);
  return kept;
}

/** FORMAT.md, the whole report: six sections, in order, with the standard titles. */
const rule: Rule = {
  meta: {
    id: 'report/sections',
    severity: 'warning',
    tags: ['report'],
    description: {
      zh: '年度报告应依次包括六个部分：一、总体情况；二、主动公开政府信息情况；三、收到和处理政府信息公开申请情况；四、政府信息公开行政复议、行政诉讼情况；五、存在的主要问题及改进情况；六、其他需要报告的事项。',
      en: 'A whole report has six sections in this order: 一 overview, 二 proactive disclosure, 三 applications, 四 reviews and lawsuits, 五 problems and improvements, 六 other matters.',
    },
    help: {
      zh: '按《政府信息公开工作年度报告格式》补齐缺少的部分，按一至六的顺序排列并使用规定的标题；没有内容的部分也应保留标题并写明“无”。',
      en: 'Add any missing section, keep the order 一 to 六 and use the standard titles; a section with nothing to report keeps its heading and says so.',
    },
    messages: {
      'zh-CN': {
        missingFirst: '缺少第{section}部分“{expected}”：应位于报告开头，第{next}部分之前',
        missingAfter: '缺少第{section}部分“{expected}”：应在第{after}部分“{afterTitle}”之后',
        number: '“{heading}”是第{expected}部分，编号却是“{actual}”',
        order: '第{section}部分“{heading}”排在第{after}部分之后：六个部分应按一至六的顺序排列',
        orderBefore: '第{section}部分“{heading}”排在第{before}部分之前：六个部分应按一至六的顺序排列',
        title: '第{section}部分的标题“{actual}”不是规定的标题，应为“{expected}”',
      },
      en: {
        missingFirst:
          'Section {section} “{expected}” is missing: it belongs at the start, before section {next}',
        missingAfter:
          'Section {section} “{expected}” is missing: it belongs after section {after} “{afterTitle}”',
        number: '“{heading}” is section {expected} but is numbered “{actual}”',
        order:
          'Section {section} “{heading}” comes after section {after}: the six sections go in order 一 to 六',
        orderBefore:
          'Section {section} “{heading}” comes before section {before}: the six sections go in order 一 to 六',
        title: 'The title of section {section}, “{actual}”, is not the standard one: “{expected}”',
      },
    },
  },
  applies: wholeReport,
  check(context) {
    if (!wholeReport(context)) return;
    const { headings, firstText, unnumbered } = sectionHeadings(context.grid, context.tables);
    const chosen = chosenHeadings(headings);
    const present = [...chosen.values()].sort((a, b) => a.order - b.order);
    const kept = inOrder(present);

    for (const h of present) {
      const { section } = h;
      if (!kept.has(h)) {
        // Left out of the longest rising run, a heading has a higher section before it or a lower
        // one after it (else the run would take it in): named as out of place next to that one.
        const higher = present.find((p) => p.order < h.order && p.section > section);
        const lower = present.find((p) => p.order > h.order && p.section < section)!;
        const data = { section: numeral(section), heading: shown(h) };
        context.report({
          messageId: higher ? 'order' : 'orderBefore',
          cell: h.cell,
          key: `order-${section}`,
          data: higher
            ? { ...data, after: numeral(higher.section) }
            : { ...data, before: numeral(lower.section) },
        });
      } else if (h.number !== section)
        context.report({
          messageId: 'number',
          cell: h.cell,
          key: `number-${section}`,
          expected: numeral(section),
          actual: numeral(h.number),
          data: { heading: shown(h) },
        });
    }

    // The sections in order around a missing one: its place lies between them.
    const ordered = present.filter((h) => kept.has(h));
    for (let section = 1; section <= 6; section++) {
      // A title standing alone with no number (Word may number it): the section is there.
      if (chosen.has(section) || unnumbered.has(section)) continue;
      const before = ordered.filter((h) => h.section < section).pop();
      const next = ordered.find((h) => h.section > section);
      // A heading numbered as the missing section, in its place: the section is there under other
      // words. Named as such only when they clearly read as a title; otherwise nothing is said.
      const candidates = headings.filter(
        (h) =>
          h.section === null &&
          h.number === section &&
          !h.inTable &&
          (!before || h.order > before.order) &&
          (!next || h.order < next.order),
      );
      if (candidates.length > 1 || (candidates.length === 1 && !candidates[0].titleLike)) continue;
      if (candidates.length === 1) {
        context.report({
          messageId: 'title',
          cell: candidates[0].cell,
          key: `title-${section}`,
          expected: SECTION_TITLES[section - 1],
          actual: candidates[0].title,
          data: { section: numeral(section) },
        });
        continue;
      }
      // A whole report keeps at least one section in order, so one lies before or after the missing one.
      context.report({
        messageId: before ? 'missingAfter' : 'missingFirst',
        cell: before ? before.cell : (firstText ?? next!.cell),
        key: `missing-${section}`,
        expected: standard(section),
        // Placed after the section before it, or, first of all, before the next one.
        data: before
          ? { section: numeral(section), after: numeral(before.section), afterTitle: shown(before) }
          : { section: numeral(section), next: numeral(next!.section) },
      });
    }
  },
};

export default rule;
