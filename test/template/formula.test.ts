import { parseA1 } from '../../src/grid/a1';
import { evaluateFormula, FormulaError, type FormulaValue } from '../../src/template/formula';

const sheet: Record<string, FormulaValue> = {
  A1: 1,
  A2: 2,
  A3: 'x',
  A4: null,
  A5: ' ',
  B1: 5,
  B2: -3,
  C1: '7',
};
const lookup = (ref: { row: number; col: number }): FormulaValue => {
  const hit = Object.entries(sheet).find(([a1]) => {
    const p = parseA1(a1);
    return p?.row === ref.row && p.col === ref.col;
  });
  return hit ? hit[1] : null;
};
const value = (f: string) => {
  const v = evaluateFormula(f, lookup);
  return v instanceof FormulaError ? v.code : v;
};

describe('evaluateFormula: the portable subset', () => {
  test.each<[string, FormulaValue]>([
    ['1+2*3', 7],
    ['(1+2)*3', 9],
    ['-A1+B1', 4],
    ['B1/A2', 2.5],
    ['1.25*4', 5], // a decimal of more than one digit is one number
    ['B1/A2>=2.45', true],
    [' A1 + A2 ', 3], // spaces around tokens, at the end too
    ['SUM(A1:A4)', 3], // text and blanks are skipped
    ['SUM(A1:B2)', 5],
    ['SUM(A1,B1,$B$2)', 3],
    ['COUNT(A1:A4)', 2],
    ['COUNT(A1,A3,B1)', 2],
    ['MIN(A1:B2)', -3],
    ['MIN(A3:A4)', 0],
    ['A1+A2=SUM(A1:A2)', true],
    ['A1<>A2', true],
    ['A4=0', true], // a blank equals 0 and ""
    ['A4=""', true],
    ['A3>1000', true], // text sorts after numbers
    ['B2>=0', false],
    ['AND(A1=1,B1=5)', true],
    ['AND(A1=1,B1=4)', false],
    ['OR(A1=2,B1=5)', true],
    ['NOT(A1=1)', false],
    ['IF(A1=1,"是","否")', '是'],
    ['IF(A1=2,"是","否")', '否'],
    ['IF(A1=1,"say ""hi""","")', 'say "hi"'],
    ['A3+1', '#VALUE!'],
    ['C1+1', 8], // numeric text converts in arithmetic, as in Excel
    ['1/0', '#DIV/0!'],
    ['IF(A3+1=2,"a","b")', '#VALUE!'],
    ['1+2  ', 3], // spaces after the last token
    ['(A1=1)+1', 2], // TRUE counts 1 in arithmetic
    ['(A1=2)+1', 1], // FALSE counts 0
    ['B1-A2', 3],
    ['-(1/0)', '#DIV/0!'],
    ['A5+1', '#VALUE!'], // a text of spaces is no number
    ['C1*A4', 0],
    ['A1:A2', '#VALUE!'], // a bare range outside a function
    ['-A3', '#VALUE!'],
    ['A1+A3', '#VALUE!'],
    ['(1/0)+A3', '#DIV/0!'], // the left error first
    ['1+(1/0)', '#DIV/0!'],
    ['(1/0)=1', '#DIV/0!'],
    ['1=(1/0)', '#DIV/0!'],
    ['SUM(A1,1/0)', '#DIV/0!'],
    ['AND(A3)', '#VALUE!'], // no number or flag among its values
    ['OR(1/0,A1)', '#DIV/0!'],
    ['OR(A1=2,B1=4)', false],
    ['NOT(A3)', '#VALUE!'],
    ['NOT(1/0)', '#DIV/0!'],
    ['IF(A1=2,"是")', false], // no third argument
    ['IF(A3,1,2)', '#VALUE!'],
    ['IF(A4,1,2)', 2], // a blank condition is false
    ['"a"<"B"', true], // text compares case-insensitively
    ['"b"="B"', true],
    ['"b">"a"', true],
    ['"a">"a"', false],
    ['(A1=1)>A4', true], // a blank beside a flag is FALSE
    ['(A1=1)>1000', true], // flags sort after numbers and text
  ])('%s → %p', (formula, expected) => {
    expect(value(formula)).toEqual(expected);
  });

  test.each(['VLOOKUP(A1,A1:B2,2)', 'SUMPRODUCT(A1:A2)', 'INDIRECT("A1")'])(
    '%s is outside the subset and throws',
    (formula) => {
      expect(() => value(formula)).toThrow(/portable subset/);
    },
  );

  test.each([
    ['SUM(A1', /formula/],
    ['1+', /formula/],
    ['A1 A2', /trailing "A2"/],
    ['#', /cannot read "#"/],
    ['A0+1', /bad reference A0/],
    ['TRUE+1', /cannot read "TRUE\+1"/], // a name is read only as a function, before its bracket
    [')', /unexpected "\)"/],
  ])('%s does not parse', (formula, message) => {
    expect(() => value(formula)).toThrow(message);
  });
});
