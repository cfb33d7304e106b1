import { TABLE_IDS, TABLE_SECTION, tableFormat } from './format';
import { rangeA1, toA1, type Grid } from './grid';
import { locateWithFlattened, realBounds, toRealCells } from './locate';
import type { CellRef, LocatedTable } from './locate/types';
import { pick, renderTemplate } from './report/render';
import type {
  Finding,
  FindingPart,
  Locale,
  Report,
  Scalar,
  SheetSummary,
  TableSummary,
} from './report/types';
import { detectBody } from './report/body';
import { locationOf } from './report/location';
import { detectYear } from './report/year';
import { indicatorsOf } from './report/indicators';
import { RULES, ruleById, type Rule } from './rules';
import { previousMismatch } from './rules/cross-year/previous-mismatch';
import { formatRowLabel, tableCells, type TableCell } from './rules/tables';
import { anyTable, type PreviousReport, type RawFinding, type RuleContext } from './rules/types';
import { readCell, type CellReading } from './rules/values';

export interface CheckOptions {
  locale?: Locale;
  /** Report year if known; otherwise taken from a title such as `2021年政府信息公开工作年度报告`. */
  year?: number | null;
  /** Run only these rule ids. */
  only?: readonly string[];
  /** Skip these rule ids. */
  disable?: readonly string[];
  /**
   * Last year's report of the same body (its sheets), for the cross-year rules. Without it, a
   * workbook holding two consecutive years of one body is paired sheet by sheet.
   */
  previous?: {
    grids: readonly Grid[];
    source?: string;
    /** Sheets of the workbook being checked: a sheet of the same name is that sheet itself. */
    sameWorkbook?: boolean;
  };
}

/** A sheet with what the engine knows of it before the rules run. */
export interface SheetInfo {
  grid: Grid;
  tables: LocatedTable[];
  /** Year from the sheet's title or name (not from options). */
  year: number | null;
  body: string | null;
}

export function describeSheet(grid: Grid): SheetInfo {
  // Rows flattened by a copy from PDF are read through a view that splits them into cells.
  const { grid: view, tables } = locateWithFlattened(grid);
  return { grid: view, tables, year: detectYear(grid), body: detectBody(grid) };
}

const PREVIOUS_MISMATCH = 'cross-year/previous-mismatch';

/**
 * The previous year's sheet among candidates: one with tables, of the year before (when years are
 * known) and of the same body (when both titles name it). Within one workbook the year must be
 * known on both sides, or two department sheets would be taken for two years.
 */
function pickPrevious(
  candidates: readonly SheetInfo[],
  year: number | null,
  body: string | null,
  strict: boolean,
): SheetInfo | undefined {
  const fits = candidates.filter(
    (c) =>
      c.tables.length > 0 &&
      (strict
        ? year !== null && c.year === year - 1
        : year === null || c.year === null || c.year === year - 1) &&
      (body === null || c.body === null || c.body === body),
  );
  return fits[0];
}

/**
 * Last year's sheet for a sheet with tables: among the sheets of the report named as last year's
 * when one is (never the sheet itself), otherwise among the other sheets of the workbook.
 */
function lastYearSheet(
  sheet: SheetInfo,
  sheets: readonly SheetInfo[],
  earlier: readonly SheetInfo[] | undefined,
  options: CheckOptions,
): SheetInfo | undefined {
  if (sheet.tables.length === 0) return undefined;
  if (earlier)
    return pickPrevious(
      namedCandidates(sheet, earlier, options),
      sheetYearOf(sheet, options),
      sheet.body,
      false,
    );
  // The sheet itself is among `sheets`, but never of the year before its own.
  return pickPrevious(sheets, sheet.year, sheet.body, true);
}

/** The sheets of the report named as last year's that may be this sheet's: a sheet is never its own. */
function namedCandidates(
  sheet: SheetInfo,
  earlier: readonly SheetInfo[],
  options: CheckOptions,
): SheetInfo[] {
  return earlier.filter((e) => e.grid.sheet !== sheet.grid.sheet || !options.previous?.sameWorkbook);
}

const sheetYearOf = (sheet: SheetInfo, options: CheckOptions) => options.year ?? sheet.year;

/** How messages name last year's sheet: `file!sheet` for another file, the sheet name within one. */
function previousSourceName(sheet: SheetInfo, options: CheckOptions): string {
  const file = options.previous && !options.previous.sameWorkbook ? options.previous.source : undefined;
  return file ? `${file}!${sheet.grid.sheet}` : sheet.grid.sheet;
}

/**
 * cross-year/previous-mismatch for a sheet with tables, when the report named as last year's was
 * used by no sheet: what its first sheet with tables is, against what this sheet expects.
 */
function rejectedPrevious(
  sheet: SheetInfo,
  earlier: readonly SheetInfo[],
  options: CheckOptions,
): RawFinding | undefined {
  const named = namedCandidates(sheet, earlier, options).find((c) => c.tables.length > 0);
  if (sheet.tables.length === 0 || !named) return undefined;
  return previousMismatch(
    sheet.grid,
    { body: sheet.body, year: sheetYearOf(sheet, options) },
    { body: named.body, year: named.year },
    previousSourceName(named, options),
  );
}

function previousReport(sheet: SheetInfo, options: CheckOptions): PreviousReport {
  const readings = new Map<LocatedTable, CellMap<CellReading>>();
  return {
    source: previousSourceName(sheet, options),
    year: sheet.year,
    grid: sheet.grid,
    tables: sheet.tables,
    read: (table, rowId, columnId) => readTableCell(sheet.grid, readings, table, rowId, columnId),
  };
}

/** Finds the report tables on one sheet and checks every rule. Never throws on bad cells. */
export function checkGrid(grid: Grid, options: CheckOptions = {}): Report {
  return checkGrids([grid], options);
}

/** Checks several sheets (a workbook) into one report. */
export function checkGrids(grids: readonly Grid[], options: CheckOptions = {}): Report {
  const locale = options.locale ?? 'zh-CN';
  const rules = selectRules(RULES, options);
  const sheets = grids.map(describeSheet);
  const pairing = pairSheets(sheets, options.previous?.grids.map(describeSheet), rules, options);
  /** Rules that had something to check on some sheet, or reported anyway. */
  const ran = new Set<string>(pairing.ran);
  const findings: OrderedFinding[] = [];
  const summaries = sheets.map((sheet, sheetIndex) => {
    const checked = checkSheet(sheet, sheetIndex, rules, pairing, options, locale);
    findings.push(...checked.findings);
    for (const id of checked.ran) ran.add(id);
    return checked.summary;
  });
  const tables = sheets.flatMap(tableSummaries);
  const none = noTableFinding(rules, grids, tables.length, locale);
  if (none) findings.push(none);
  const sorted = inReadingOrder(findings);
  const errors = sorted.filter((f) => f.severity === 'error').length;
  return {
    locale,
    sheets: grids.map((g) => g.sheet),
    sheetSummaries: withCounts(summaries, sorted),
    tables,
    findings: sorted,
    errors,
    warnings: sorted.length - errors,
    valid: errors === 0 && tables.length > 0,
    missingTables: TABLE_IDS.filter((id) => !tables.some((t) => t.table === id)),
    rulesRun: rules.filter((r) => ran.has(r.meta.id)).map((r) => r.meta.id),
    year: reportYear(sheets, options),
  };
}

/** A finding with its place in reading order: sheet, table top, suspect cell first, row, column. */
interface OrderedFinding {
  finding: Finding;
  order: number[];
}

/** The rules to run: those named by `only` (all when absent), less those named by `disable`. */
export function selectRules(rules: readonly Rule[], options: Pick<CheckOptions, 'only' | 'disable'>): Rule[] {
  return rules.filter(
    (r) => (!options.only || options.only.includes(r.meta.id)) && !options.disable?.includes(r.meta.id),
  );
}

/** How each sheet relates to last year's report. */
export interface Pairing {
  /** Last year's sheet each sheet compares with (by index), when a rule compares the two years. */
  lastOf: (SheetInfo | undefined)[];
  /** Set when a report named as last year's fits no sheet: each sheet then says so, with this rule. */
  mismatch?: { rule: Rule; earlier: readonly SheetInfo[] };
  /** Rules counted as run whatever the sheets hold. */
  ran: string[];
}

/** Pairs each sheet with last year's (the named report's sheets, or the workbook's other sheets). */
export function pairSheets(
  sheets: readonly SheetInfo[],
  earlier: readonly SheetInfo[] | undefined,
  rules: readonly Rule[],
  options: CheckOptions,
): Pairing {
  const fits = sheets.map((sheet) => lastYearSheet(sheet, sheets, earlier, options));
  // A pairing is used (and named in the summaries) only when a rule compares the two years.
  const compares = rules.some((r) => r.meta.tags.includes('cross-year') && r.meta.id !== PREVIOUS_MISMATCH);
  const mismatchRule = rules.find((r) => r.meta.id === PREVIOUS_MISMATCH);
  // A report named as last year's that no sheet could use is said so on each sheet, not used.
  const rejected = earlier && mismatchRule && fits.every((l) => !l);
  return {
    lastOf: compares ? fits : fits.map(() => undefined),
    ...(rejected ? { mismatch: { rule: mismatchRule, earlier } } : {}),
    ran: earlier && mismatchRule ? [PREVIOUS_MISMATCH] : [],
  };
}

/** Runs every rule on one sheet: its findings, the rules that ran, and its summary (counts still 0). */
function checkSheet(
  sheet: SheetInfo,
  sheetIndex: number,
  rules: readonly Rule[],
  pairing: Pairing,
  options: CheckOptions,
  locale: Locale,
): { findings: OrderedFinding[]; ran: string[]; summary: SheetSummary } {
  const { grid, tables } = sheet;
  const findings: OrderedFinding[] = [];
  const ran: string[] = [];
  const readings = new Map<LocatedTable, CellMap<CellReading>>();
  const read: RuleContext['read'] = (table, rowId, columnId) =>
    readTableCell(grid, readings, table, rowId, columnId);
  const last = pairing.lastOf[sheetIndex];
  const previous = last && previousReport(last, options);
  const summary = sheetSummary(sheet, sheetYearOf(sheet, options), previous?.source ?? null, read);
  let current: Rule = rules[0];
  const context: RuleContext = {
    grid,
    tables,
    year: sheetYearOf(sheet, options),
    previous,
    read,
    report: (raw) => findings.push(toFinding(current, realCells(grid, raw), grid, sheetIndex, locale)),
  };
  for (const rule of rules) {
    current = rule;
    const before = findings.length;
    rule.check(context);
    if (findings.length > before || (rule.applies ?? anyTable)(context)) ran.push(rule.meta.id);
  }
  const rejected = pairing.mismatch && rejectedPrevious(sheet, pairing.mismatch.earlier, options);
  if (pairing.mismatch && rejected) {
    current = pairing.mismatch.rule;
    context.report(rejected);
  }
  return { findings, ran, summary };
}

/** A sheet's summary before its findings are counted. */
export function sheetSummary(
  sheet: SheetInfo,
  year: number | null,
  previous: string | null,
  read: RuleContext['read'],
): SheetSummary {
  const { grid, tables } = sheet;
  return {
    sheet: grid.sheet,
    body: sheet.body,
    year,
    editions: [...new Set(tables.map((t) => t.edition))],
    tables: tables.length,
    errors: 0,
    warnings: 0,
    previous,
    indicators: indicatorsOf(tables, (table, rowId, columnId) => read(table, rowId, columnId)?.value),
  };
}

/** Where each table of a sheet was found, as the report lists it (real cells, not the flattened view). */
export function tableSummaries(sheet: SheetInfo): TableSummary[] {
  const { grid } = sheet;
  return sheet.tables.map((t) => {
    const b = realBounds(grid, t.bounds);
    return {
      table: t.table,
      edition: t.edition,
      sheet: grid.sheet,
      range: rangeA1(b.top, b.left, b.bottom, b.right),
      index: t.index,
    };
  });
}

/** structure/no-table when no sheet holds a table (and the rule is run): it names every sheet. */
function noTableFinding(
  rules: readonly Rule[],
  grids: readonly Grid[],
  tableCount: number,
  locale: Locale,
): OrderedFinding | undefined {
  const noTable = rules.find((r) => r.meta.id === 'structure/no-table');
  if (tableCount > 0 || !noTable || grids.length === 0) return undefined;
  const sheets = grids.map((g) => `“${g.sheet}”`).join(locale === 'en' ? ', ' : '、');
  return toFinding(
    noTable,
    { messageId: 'none', cell: { row: 0, col: 0 }, data: { sheets } },
    grids[0],
    0,
    locale,
  );
}

/** The findings sorted in reading order (stable: ties keep the order found), fingerprints made unique. */
function inReadingOrder(findings: OrderedFinding[]): Finding[] {
  findings.sort((a, b) => compareOrder(a.order, b.order));
  const sorted = findings.map((f) => f.finding);
  uniqueFingerprints(sorted);
  return sorted;
}

/** Each sheet's summary with its errors and warnings counted (a repeated sheet name: the last one's). */
export function withCounts(summaries: readonly SheetSummary[], findings: readonly Finding[]): SheetSummary[] {
  const counted = summaries.map((s) => ({ ...s }));
  const summaryOf = new Map(counted.map((s) => [s.sheet, s]));
  for (const f of findings) {
    const summary = summaryOf.get(f.sheet);
    if (summary) summary[f.severity === 'error' ? 'errors' : 'warnings']++;
  }
  return counted;
}

/** The report's year: the one given, else the first sheet's that names one. */
export function reportYear(sheets: readonly SheetInfo[], options: Pick<CheckOptions, 'year'>): number | null {
  return options.year ?? sheets.find((s) => s.year !== null)?.year ?? null;
}

/** rowId → columnId → value: two-level maps avoid building a string key on every read (hot path). */
type CellMap<T> = Map<string, Map<string, T>>;

function getIn<T>(map: CellMap<T>, rowId: string, columnId: string): T | undefined {
  return map.get(rowId)?.get(columnId);
}

function setIn<T>(map: CellMap<T>, rowId: string, columnId: string, value: T): void {
  let byRow = map.get(rowId);
  if (!byRow) map.set(rowId, (byRow = new Map()));
  byRow.set(columnId, value);
}

const cellIndex = new WeakMap<LocatedTable, CellMap<TableCell>>();

function tableCell(table: LocatedTable, rowId: string, columnId: string): TableCell | undefined {
  let index = cellIndex.get(table);
  // Stryker disable next-line ConditionalExpression: equivalent: a cache; built again, it holds the same cells
  if (!index) {
    index = new Map();
    for (const c of tableCells(table)) setIn(index, c.rowId, c.columnId, c);
    cellIndex.set(table, index);
  }
  return getIn(index, rowId, columnId);
}

function readTableCell(
  grid: Grid,
  readings: Map<LocatedTable, CellMap<CellReading>>,
  table: LocatedTable,
  rowId: string,
  columnId: string,
): CellReading | undefined {
  let byTable = readings.get(table);
  // Stryker disable next-line ConditionalExpression: equivalent: a cache; a new map per call reads the cells again
  if (!byTable) readings.set(table, (byTable = new Map()));
  let reading = getIn(byTable, rowId, columnId);
  // Stryker disable next-line ConditionalExpression: equivalent: a cache; read again, the cell gives the same reading
  if (!reading) {
    const tc = tableCell(table, rowId, columnId);
    if (!tc) return undefined;
    reading = readCell(grid, tc.cell, tc.kind);
    setIn(byTable, rowId, columnId, reading);
  }
  return reading;
}

function toFinding(
  rule: Rule,
  raw: RawFinding,
  grid: Grid,
  sheetIndex: number,
  locale: Locale,
): { finding: Finding; order: number[] } {
  const table = raw.table;
  const { address, rowLabel, columnLabel, expected, actual, data, message } = rendered(
    rule,
    raw,
    grid,
    locale,
  );
  const finding: Finding = {
    ruleId: rule.meta.id,
    severity: raw.severity ?? rule.meta.severity,
    sheet: grid.sheet,
    address,
    related: (raw.related ?? []).map((c: CellRef) => toA1(c.row, c.col)),
    location: locationOf(grid, raw.cell),
    table: table?.table ?? null,
    row: raw.row ?? null,
    column: raw.column ?? null,
    expected,
    actual,
    message,
    fingerprint: [
      rule.meta.id,
      grid.sheet,
      table ? `${table.table}#${table.index}` : '',
      raw.row ?? '',
      raw.column ?? '',
      // Text has no table cell to name: the paragraph (its address) and the statement's key.
      ...(table ? [] : [address]),
      ...(raw.key === undefined ? [] : [raw.key]),
    ].join('|'),
    messageId: raw.messageId,
    rowLabel,
    columnLabel,
    edition: table?.edition,
    tableIndex: table?.index,
    data,
  };
  if (raw.parts) finding.parts = raw.parts.map((part) => partOf(rule, { ...part, table }, grid, locale));
  const suspectFirst = rule.meta.id === 'applications/suspect-cell' ? 0 : 1;
  // Findings outside tables (text, structure) take their own row's place in reading order.
  const order = [
    sheetIndex,
    table ? table.bounds.top : raw.cell.row,
    suspectFirst,
    raw.cell.row,
    raw.cell.col,
  ];
  return { finding, order };
}

/**
 * Fingerprints name a finding in a suppressions file and in the workbook's review states, so no two
 * in one report may share one: a repeat (two copies of a table on one sheet, say) gets `#2`, `#3`…
 * in reading order.
 */
function uniqueFingerprints(findings: Finding[]): void {
  const seen = new Map<string, number>();
  for (const f of findings) {
    const n = (seen.get(f.fingerprint) ?? 0) + 1;
    seen.set(f.fingerprint, n);
    if (n > 1) f.fingerprint = `${f.fingerprint}#${n}`;
  }
}

/** The finding and each of its parts on the real cells they came from (rows split from flattened text). */
function realCells(grid: Grid, raw: RawFinding): RawFinding {
  const moved = toRealCells(grid, raw);
  return raw.parts ? { ...moved, parts: raw.parts.map((p) => toRealCells(grid, p)) } : moved;
}

/** A raw finding's labels, values and message in the report's locale. */
function rendered(rule: Rule, raw: RawFinding, grid: Grid, locale: Locale) {
  const table = raw.table;
  const tc = table && raw.row && raw.column ? tableCell(table, raw.row, raw.column) : undefined;
  const rowLabel = tc?.rowLabel ?? (table && raw.row ? formatRowLabel(table, raw.row) : undefined);
  const columnLabel = tc?.columnLabel;
  const address = toA1(raw.cell.row, raw.cell.col);
  const expected: Scalar = raw.expected ?? null;
  const actual: Scalar = raw.actual ?? null;
  const data: Record<string, Scalar> = { ...(raw.data ?? {}) };
  const template =
    rule.meta.messages[locale][raw.messageId] ?? rule.meta.messages['zh-CN'][raw.messageId] ?? raw.messageId;
  const message = renderTemplate(template, {
    cell: address,
    sheet: grid.sheet,
    row: rowLabel ? pick(rowLabel, locale) : undefined,
    column: columnLabel ? pick(columnLabel, locale) : undefined,
    table: table
      ? `${TABLE_SECTION[table.table]} ${pick(tableFormat(table.table, table.edition).title, locale)}`
      : undefined,
    expected,
    actual,
    ...data,
  });
  return { address, rowLabel, columnLabel, expected, actual, data, message };
}

function partOf(rule: Rule, raw: RawFinding, grid: Grid, locale: Locale): FindingPart {
  const { address, rowLabel, columnLabel, expected, actual, message } = rendered(rule, raw, grid, locale);
  return {
    address,
    location: locationOf(grid, raw.cell),
    row: raw.row ?? null,
    column: raw.column ?? null,
    rowLabel,
    columnLabel,
    expected,
    actual,
    message,
  };
}

function compareOrder(a: number[], b: number[]): number {
  // Stryker disable next-line EqualityOperator: equivalent: orders are all five long; past the end both read undefined
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

export { ruleById };
