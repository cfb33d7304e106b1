/**
 * The consolidated report as a template, and what to say about each department and about the run,
 * in the words of the front end in use (its controls are named, never another front end's).
 */
import type { Text } from '../format';
import { renderTemplate, renderText } from '../report/render';
import { buildTemplate } from '../template/build';
import type { Template } from '../template/types';
import type { DuplicateGroup } from './duplicates';
import {
  DUPLICATE,
  EDITIONS_DIFFER,
  EXCLUSION,
  INCLUDED_WITH_ERRORS,
  INVALID_POLICY,
  MIXED_YEARS,
  OTHER_YEAR,
  SKIPPED,
} from './messages';
import type { Consolidation, DepartmentStatus, FrontEndWords, SkippedCell } from './types';

/** The standard template (formula totals) holding the consolidated input cells. */
export function consolidatedTemplate(consolidation: Consolidation, body: string | null = null): Template {
  return buildTemplate({
    edition: consolidation.edition,
    year: consolidation.year,
    body,
    values: consolidation.fills,
  });
}

/** Why a cell of a department was not added into the total, in the words of the sheet's notes. */
export const skippedNote = (cell: SkippedCell): Text =>
  cell.reason === 'missing'
    ? SKIPPED.missing
    : renderText(SKIPPED.unreadable, { source: cell.source, raw: String(cell.raw) });

/** Why the department is left out, or a caution about it; null when there is nothing to say. */
export function departmentNote(
  department: DepartmentStatus,
  consolidation: Consolidation,
  words: FrontEndWords,
): Text | null {
  const vars = {
    errors: department.errors,
    edition: consolidation.edition,
    // Stryker disable next-line StringLiteral: equivalent: of the two editions at most one is not the total's
    found: department.editions.filter((e) => e !== consolidation.edition).join('/'),
    // Stryker disable next-line StringLiteral: equivalent: only a duplicate's text says {kept}, and it has one
    kept: department.duplicateOf ?? '',
  };
  const control = department.excluded === 'duplicate' ? words.keepControl : words.excludeControl;
  const text = department.excluded
    ? EXCLUSION[department.excluded]
    : department.errors > 0
      ? INCLUDED_WITH_ERRORS
      : null;
  return text && renderText(text, { ...vars, control: control.zh }, { ...vars, control: control.en });
}

/** What was done with departments with errors, and how to choose otherwise: said in every run. */
export function invalidPolicy(consolidation: Consolidation, words: FrontEndWords): Text {
  const withErrors = consolidation.departments.filter(
    (d) => d.errors > 0 && (d.excluded === null || d.excluded === 'errors'),
  );
  const key = consolidation.excludeInvalid
    ? withErrors.length
      ? 'excluded'
      : 'noneExcluded'
    : withErrors.length
      ? 'included'
      : 'noneIncluded';
  const vars = (l: 'zh' | 'en') => ({
    count: withErrors.length,
    control: words.excludeControl[l],
    hint: words.excludeHint[l],
  });
  const text = renderText(INVALID_POLICY[key], vars('zh'), vars('en'));
  // Stryker disable next-line MethodExpression: equivalent for zh, whose text puts no space before {hint}
  return { zh: text.zh.trim(), en: text.en.trim() };
}

/** The included departments whose report year is not the total's, or null when all agree. */
export function mixedYears(consolidation: Consolidation): Text | null {
  const others = consolidation.departments.filter((d) => d.excluded === null && d.otherYear);
  // Stryker disable next-line ConditionalExpression: equivalent: no department is of another year when the total has none
  if (others.length === 0 || consolidation.year === null) return null;
  // Stryker disable StringLiteral: equivalent: a department of another year has a year (a `next-line`
  // comment inside the chain is not taken)
  const list = (l: 'zh' | 'en') =>
    others
      .map((d) => renderTemplate(OTHER_YEAR[l], { name: d.name, year: d.year ?? '' }))
      .join(l === 'zh' ? '、' : ', ');
  // Stryker restore StringLiteral
  return renderText(
    MIXED_YEARS,
    { year: consolidation.year, others: list('zh') },
    { year: consolidation.year, others: list('en') },
  );
}

/** Departments of another edition: their tables cannot be added, so the total is refused. */
export function editionConflict(consolidation: Consolidation): Text | null {
  const others = consolidation.departments.filter((d) => d.excluded === 'edition');
  if (others.length === 0) return null;
  // Stryker disable StringLiteral: equivalent: of the two editions at most one is not the total's
  const found = [...new Set(others.flatMap((d) => d.editions))]
    .filter((e) => e !== consolidation.edition)
    .join('/');
  // Stryker restore StringLiteral
  const vars = (l: 'zh' | 'en') => ({
    names: quoted(
      others.map((d) => d.name),
      l,
    ),
    found,
    edition: consolidation.edition,
  });
  return renderText(EDITIONS_DIFFER, vars('zh'), vars('en'));
}

/** One group of inputs that are one report, named as the front end names them (files or sheets). */
export function duplicateText(group: DuplicateGroup, names: readonly string[]): Text {
  const members = group.members.map((i) => names[i]);
  const shown = group.kind === 'same-file' ? [members[0]] : members;
  const vars = (l: 'zh' | 'en') => ({
    names: quoted(shown, l),
    count: members.length,
    // Stryker disable next-line StringLiteral: equivalent: only same-report texts say {body} and {year}, and such a group has both
    body: group.body ?? '',
    // Stryker disable next-line StringLiteral: equivalent, as for body
    year: group.year ?? '',
  });
  return renderText(DUPLICATE[group.kind], vars('zh'), vars('en'));
}

const quoted = (names: readonly string[], l: 'zh' | 'en'): string =>
  names.map((n) => `“${n}”`).join(l === 'zh' ? '、' : ', ');
