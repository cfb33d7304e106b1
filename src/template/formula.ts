/**
 * A small evaluator for the template's own formulas. The template uses only SUM, COUNT, MIN, IF,
 * AND, OR, NOT, arithmetic and comparisons, which Excel, WPS and LibreOffice compute alike; this
 * evaluator knows exactly that subset, so the template can cache every formula's result (readers
 * such as the engine see numbers without a recalculation) and tests can check conditional formats.
 * Anything outside the subset is a bug in the template and throws.
 */
import { parseA1 } from '../grid/a1';
import type { CellRef } from '../locate/types';

export type FormulaValue = number | string | boolean | null;
export type CellLookup = (cell: CellRef) => FormulaValue;

/** An Excel error value such as #VALUE!, propagated like Excel does. */
export class FormulaError {
  constructor(readonly code: string) {}
}

type Value = FormulaValue | FormulaError;
type Node =
  | { kind: 'literal'; value: number | string }
  | { kind: 'ref'; cell: CellRef }
  | { kind: 'range'; from: CellRef; to: CellRef }
  | { kind: 'call'; name: string; args: Node[] }
  | { kind: 'unary'; op: '-'; arg: Node }
  | { kind: 'binary'; op: string; left: Node; right: Node };

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?)|("(?:[^"]|"")*")|(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)|([A-Z]+)(?=\()|(<>|<=|>=|[-+*/=<>(),]))/y;

function tokenize(formula: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  // Every token is at least one character long, so each pass moves on until nothing matches.
  for (;;) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(formula);
    if (m) tokens.push(m[0].trim());
    else if (formula.slice(start).trim() === '') return tokens;
    else throw new Error(`formula: cannot read "${formula.slice(start)}" in ${formula}`);
  }
}

const cellOf = (a1: string): CellRef => {
  const ref = parseA1(a1.replace(/\$/g, ''));
  if (!ref) throw new Error(`formula: bad reference ${a1}`);
  return ref;
};

/** Recursive descent: comparison < additive < multiplicative < unary < primary. */
function parse(formula: string): Node {
  const tokens = tokenize(formula);
  let i = 0;
  const peek = () => tokens[i];
  const take = (expected?: string) => {
    const t = tokens[i++];
    if (t === undefined || (expected !== undefined && t !== expected))
      throw new Error(`formula: expected ${expected ?? 'more'} in ${formula}`);
    return t;
  };
  const binary = (next: () => Node, ops: string[]) => (): Node => {
    let left = next();
    while (ops.includes(peek())) {
      const op = take();
      left = { kind: 'binary', op, left, right: next() };
    }
    return left;
  };
  const primary = (): Node => {
    const t = take();
    if (t === '(') {
      const inner = comparison();
      take(')');
      return inner;
    }
    if (/^\d/.test(t)) return { kind: 'literal', value: Number(t) };
    if (t.startsWith('"')) return { kind: 'literal', value: t.slice(1, -1).replace(/""/g, '"') };
    // A bare name is a function: the tokenizer yields one only before its bracket.
    if (/^[A-Z]+$/.test(t)) {
      take('(');
      const args: Node[] = [];
      if (peek() !== ')') {
        args.push(comparison());
        while (peek() === ',') {
          take(',');
          args.push(comparison());
        }
      }
      take(')');
      return { kind: 'call', name: t, args };
    }
    if (t.includes(':')) {
      const [a, b] = t.split(':');
      return { kind: 'range', from: cellOf(a), to: cellOf(b) };
    }
    if (/^\$?[A-Z]/.test(t)) return { kind: 'ref', cell: cellOf(t) };
    throw new Error(`formula: unexpected "${t}" in ${formula}`);
  };
  const unary = (): Node => (peek() === '-' ? (take(), { kind: 'unary', op: '-', arg: unary() }) : primary());
  const multiplicative = binary(unary, ['*', '/']);
  const additive = binary(multiplicative, ['+', '-']);
  const comparison = binary(additive, ['=', '<>', '<', '>', '<=', '>=']);
  const node = comparison();
  if (i !== tokens.length) throw new Error(`formula: trailing "${tokens.slice(i).join('')}" in ${formula}`);
  return node;
}

const parsed = new Map<string, Node>();

export function evaluateFormula(formula: string, lookup: CellLookup): FormulaValue | FormulaError {
  let node = parsed.get(formula);
  if (!node) parsed.set(formula, (node = parse(formula)));
  return evaluate(node, lookup);
}

function rangeValues(node: Node, lookup: CellLookup): Value[] {
  if (node.kind !== 'range') return [evaluate(node, lookup)];
  const out: Value[] = [];
  for (let r = Math.min(node.from.row, node.to.row); r <= Math.max(node.from.row, node.to.row); r++)
    for (let c = Math.min(node.from.col, node.to.col); c <= Math.max(node.from.col, node.to.col); c++)
      out.push(lookup({ row: r, col: c }));
  return out;
}

/** Arguments of SUM, COUNT, MIN, AND, OR: numbers (and booleans for AND/OR) from ranges and values. */
function collect(args: Node[], lookup: CellLookup): { values: Value[]; error?: FormulaError } {
  const values = args.flatMap((a) => rangeValues(a, lookup));
  return { values, error: values.find((v): v is FormulaError => v instanceof FormulaError) };
}

function toNumber(v: Value): number | FormulaError {
  if (v instanceof FormulaError) return v;
  if (v === null) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return v;
  const n = v.trim() === '' ? NaN : Number(v);
  return Number.isFinite(n) ? n : new FormulaError('#VALUE!');
}

function toBoolean(v: Value): boolean | FormulaError {
  if (v instanceof FormulaError) return v;
  if (typeof v === 'string') return new FormulaError('#VALUE!');
  return Boolean(v);
}

/** Excel's ordering across types: numbers < text < booleans; blank takes the other side's type. */
function compare(a: Value, b: Value): number {
  const blankAs = (v: Value, other: Value): Value =>
    v === null ? (typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0) : v;
  const x = blankAs(a, b);
  const y = blankAs(b, a);
  const rank = (v: Value) => (typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === 'string' && typeof y === 'string') {
    const [p, q] = [x.toLowerCase(), y.toLowerCase()];
    return p < q ? -1 : p > q ? 1 : 0;
  }
  return Number(x) - Number(y);
}

function evaluate(node: Node, lookup: CellLookup): Value {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'ref':
      return lookup(node.cell);
    case 'range':
      return new FormulaError('#VALUE!'); // a bare range outside a function
    case 'unary': {
      const n = toNumber(evaluate(node.arg, lookup));
      return n instanceof FormulaError ? n : -n;
    }
    case 'binary': {
      const left = evaluate(node.left, lookup);
      const right = evaluate(node.right, lookup);
      if (left instanceof FormulaError) return left;
      if (right instanceof FormulaError) return right;
      if (['=', '<>', '<', '>', '<=', '>='].includes(node.op)) {
        const c = compare(left, right);
        const results: Record<string, boolean> = {
          '=': c === 0,
          '<>': c !== 0,
          '<': c < 0,
          '>': c > 0,
          '<=': c <= 0,
          '>=': c >= 0,
        };
        return results[node.op];
      }
      const a = toNumber(left);
      const b = toNumber(right);
      if (a instanceof FormulaError) return a;
      if (b instanceof FormulaError) return b;
      if (node.op === '+') return a + b;
      if (node.op === '-') return a - b;
      if (node.op === '*') return a * b;
      return b === 0 ? new FormulaError('#DIV/0!') : a / b;
    }
    case 'call':
      return call(node.name, node.args, lookup);
  }
}

function call(name: string, args: Node[], lookup: CellLookup): Value {
  switch (name) {
    case 'SUM':
    case 'COUNT':
    case 'MIN': {
      const { values, error } = collect(args, lookup);
      if (error) return error;
      const numbers = values.filter((v): v is number => typeof v === 'number');
      if (name === 'COUNT') return numbers.length;
      if (name === 'MIN') return numbers.length ? Math.min(...numbers) : 0;
      return numbers.reduce((s, v) => s + v, 0);
    }
    case 'AND':
    case 'OR': {
      const { values, error } = collect(args, lookup);
      if (error) return error;
      const flags = values.filter((v) => typeof v === 'number' || typeof v === 'boolean').map(Boolean);
      if (flags.length === 0) return new FormulaError('#VALUE!');
      return name === 'AND' ? flags.every(Boolean) : flags.some(Boolean);
    }
    case 'NOT': {
      const b = toBoolean(evaluate(args[0], lookup));
      return b instanceof FormulaError ? b : !b;
    }
    case 'IF': {
      const b = toBoolean(evaluate(args[0], lookup));
      if (b instanceof FormulaError) return b;
      return b ? evaluate(args[1], lookup) : args.length > 2 ? evaluate(args[2], lookup) : false;
    }
    default:
      throw new Error(`formula: ${name} is not in the template's portable subset`);
  }
}
