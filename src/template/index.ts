export * from './types';
export { buildTemplate, titleText } from './build';
export {
  applyValues,
  fillTemplate,
  isTyped,
  type FillResult,
  type FillSource,
  type UnfilledCell,
} from './fill';
export { cellReader, recalculate } from './calc';
export { evaluateFormula, FormulaError, type FormulaValue } from './formula';
export { STYLES, FONT, FAIL_STYLE, type CellStyle, type StyleId } from './styles';
