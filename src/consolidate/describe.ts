/** The consolidated report as a template, and what to say about each department in the lists. */
import type { Text } from '../format';
import { buildTemplate } from '../template/build';
import type { Template } from '../template/types';
import { EXCLUSION, fillText, INCLUDED_WITH_ERRORS } from './messages';
import type { Consolidation, DepartmentStatus } from './types';

/** The standard template (formula totals) holding the consolidated input cells. */
export function consolidatedTemplate(consolidation: Consolidation, body: string | null = null): Template {
  return buildTemplate({
    edition: consolidation.edition,
    year: consolidation.year,
    body,
    values: consolidation.fills,
  });
}

/** Why the department is left out, or a caution about it; null when there is nothing to say. */
export function departmentNote(department: DepartmentStatus, consolidation: Consolidation): Text | null {
  const vars = {
    errors: department.errors,
    edition: consolidation.edition,
    found: department.editions.filter((e) => e !== consolidation.edition).join('/'),
  };
  const text = department.excluded
    ? EXCLUSION[department.excluded]
    : department.errors > 0
      ? INCLUDED_WITH_ERRORS
      : null;
  return text && { zh: fillText(text.zh, vars), en: fillText(text.en, vars) };
}
