import type { Case } from '../../support/rule-cases';
import { crossYearCases } from './cross-year';
import { narrativeCases } from './narrative';
import { reportCases } from './report';
import { tableCases } from './rules';

/** Every rule's cases, by rule id: the catalog test runs them all. */
export const ALL_CASES: Record<string, Case[]> = {
  ...tableCases,
  ...narrativeCases,
  ...reportCases,
  ...crossYearCases,
};
