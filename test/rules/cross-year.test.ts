import { runRuleCases } from '../support/rule-cases';
import { crossYearCases } from './cases/cross-year';

runRuleCases(crossYearCases);
