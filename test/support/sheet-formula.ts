/**
 * A second, deliberately small spreadsheet-formula evaluator for tests: an oracle for the formulas
 * the template writes that shares no code with src/template/formula.ts. It knows numbers, "text",
 * A1 references and ranges, + - = <> < > <= >=, and SUM COUNT MIN AND OR NOT IF over number cells
 * (a blank reads as 0). Anything else throws, so a formula outside that set fails the test.
 */
export type SheetValue = number | string | boolean;
/** The value of the cell at 0-based row and column; null when blank. */
export type ReadCell = (row: number, col: number) => number | null;

const TOKENS =
  /\s*("[^"]*"|\d+(?:\.\d+)?|\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?|[A-Z]+(?=\()|<>|<=|>=|[-+=<>(),])/y;

/** Column letters and row number of `$AB$12` → 0-based [row, col]. */
function at(ref: string): [number, number] {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) throw new Error(`sheet-formula: bad reference ${ref}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [Number(m[2]) - 1, col];
}

function cellsOf(range: string, read: ReadCell): (number | null)[] {
  const [from, to = from] = range.split(':');
  const [r1, c1] = at(from);
  const [r2, c2] = at(to);
  const out: (number | null)[] = [];
  for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++)
    for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++) out.push(read(r, c));
  return out;
}

const num = (v: SheetValue): number => {
  if (typeof v !== 'number') throw new Error(`sheet-formula: ${JSON.stringify(v)} is not a number`);
  return v;
};
const bool = (v: SheetValue): boolean => {
  if (typeof v !== 'boolean') throw new Error(`sheet-formula: ${JSON.stringify(v)} is not TRUE or FALSE`);
  return v;
};

/** Evaluates `formula` (without the `=`) against `read`. */
export function sheetFormula(formula: string, read: ReadCell): SheetValue {
  const tokens: string[] = [];
  TOKENS.lastIndex = 0;
  while (TOKENS.lastIndex < formula.length) {
    const m = TOKENS.exec(formula);
    if (!m) throw new Error(`sheet-formula: cannot read ${formula}`);
    tokens.push(m[1]);
  }
  let i = 0;
  const next = (want?: string): string => {
    const t = tokens[i++];
    if (t === undefined || (want && t !== want))
      throw new Error(`sheet-formula: wanted ${want} in ${formula}`);
    return t;
  };

  // Each argument of a function: a list of values (a range gives many).
  const args = (): SheetValue[][] => {
    const out: SheetValue[][] = [];
    next('(');
    while (tokens[i] !== ')') {
      if (out.length) next(',');
      const t = tokens[i];
      if (t.includes(':')) {
        i++;
        out.push(cellsOf(t, read).filter((v): v is number => v !== null));
      } else out.push([comparison()]);
    }
    next(')');
    return out;
  };
  const call = (name: string): SheetValue => {
    if (name === 'IF') {
      const [[test], [yes], [no]] = args();
      return bool(test) ? yes : no;
    }
    const values = args().flat();
    if (name === 'SUM') return values.reduce<number>((s, v) => s + num(v), 0);
    if (name === 'COUNT') return values.filter((v) => typeof v === 'number').length;
    if (name === 'MIN') return values.length ? Math.min(...values.map(num)) : 0;
    if (name === 'AND') return values.every(bool);
    if (name === 'OR') return values.some(bool);
    if (name === 'NOT' && values.length === 1) return !bool(values[0]);
    throw new Error(`sheet-formula: no ${name}() here`);
  };
  const primary = (): SheetValue => {
    const t = next();
    if (t === '(') {
      const v = comparison();
      next(')');
      return v;
    }
    if (t === '-') return -num(primary());
    if (t.startsWith('"')) return t.slice(1, -1);
    if (/^\d/.test(t)) return Number(t);
    if (/^[A-Z]+$/.test(t)) return call(t);
    const [row, col] = at(t);
    return read(row, col) ?? 0;
  };
  const additive = (): SheetValue => {
    let v = primary();
    while (tokens[i] === '+' || tokens[i] === '-')
      v = next() === '+' ? num(v) + num(primary()) : num(v) - num(primary());
    return v;
  };
  const comparison = (): SheetValue => {
    const left = additive();
    const op = tokens[i];
    if (!['=', '<>', '<', '>', '<=', '>='].includes(op)) return left;
    i++;
    const d = num(left) - num(additive());
    return { '=': d === 0, '<>': d !== 0, '<': d < 0, '>': d > 0, '<=': d <= 0, '>=': d >= 0 }[op] as boolean;
  };

  const value = comparison();
  if (i !== tokens.length) throw new Error(`sheet-formula: left over in ${formula}`);
  return value;
}
