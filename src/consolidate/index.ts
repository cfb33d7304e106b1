export * from './types';
export { consolidate } from './consolidate';
export { describeDepartment, departmentStatus, usedTables } from './department';
export { checkTemplate, templateGrid } from './check';
export {
  MAX_FORMULA_LENGTH,
  MAX_SUM_ARGUMENTS,
  planCell,
  sheetReference,
  sumAgrees,
  type CellPlan,
  type FallbackReason,
} from './formula';
export {
  EXCLUSION,
  FALLBACK,
  INCLUDED_WITH_ERRORS,
  PLAIN_WORDS,
  SHEET_WORDS,
  SKIPPED,
  TABLE_NAME,
} from './messages';
export {
  consolidatedTemplate,
  departmentNote,
  skippedNote,
  duplicateText,
  editionConflict,
  invalidPolicy,
  mixedYears,
} from './describe';
export {
  departmentIdentity,
  findDuplicates,
  gridsContent,
  type DepartmentIdentity,
  type DuplicateGroup,
  type DuplicateKind,
} from './duplicates';
