#!/usr/bin/env node
/**
 * Mutation scores per folder from StrykerJS's JSON report (reports/mutation/mutation.json), checked
 * against the project's goals: at least 85% overall and 80% in every folder. Prints a table (plain, or
 * Markdown with --markdown for README) and exits 1 when a goal is missed.
 *
 * Score = detected / (detected + undetected), as Stryker counts it: killed and timed-out mutants are
 * detected; survivors and mutants no test runs are not; ignored mutants and those that do not compile
 * (the TypeScript checker rejects them) count for neither.
 */
const { readdirSync, readFileSync, statSync } = require('node:fs');
const { join, relative, sep } = require('node:path');

const GOAL_OVERALL = 85;
const GOAL_PER_FOLDER = 80;

/** src/grid/a1.ts → src/grid; src/check.ts stays itself. */
function folderOf(path) {
  const parts = path.split(/[\\/]/);
  return parts.length > 2 ? parts.slice(0, 2).join('/') : path;
}

function emptyRow() {
  return { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, invalid: 0 };
}

/** A report's file name (absolute, or relative to the project) as a project path with `/`. */
function projectPath(file, root) {
  return relative(root, file.startsWith(sep) ? file : `${root}${sep}${file}`)
    .split(sep)
    .join('/');
}

/** Counts per folder and overall from the report's `files` map. */
function tally(report, root = process.cwd()) {
  const rows = new Map([['overall', emptyRow()]]);
  const add = (key, status) => {
    const row = rows.get(key) ?? emptyRow();
    if (status === 'Killed') row.killed++;
    else if (status === 'Timeout') row.timeout++;
    else if (status === 'Survived') row.survived++;
    else if (status === 'NoCoverage') row.noCoverage++;
    else if (status === 'Ignored') row.ignored++;
    else row.invalid++;
    rows.set(key, row);
  };
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const path = projectPath(file, root);
    for (const { status } of mutants) {
      add(folderOf(path), status);
      add('overall', status);
    }
  }
  return rows;
}

/** A mutant's place: file, mutator, replacement and span, lines and columns counted from `base`. */
function mutantKey(file, { mutatorName, replacement, location: { start, end } }, base) {
  const at = (p) => `${p.line - base}:${p.column - base}`;
  return `${file}|${mutatorName}|${replacement}|${at(start)}-${at(end)}`;
}

/** The report's results by mutant key (places counted from 1, as the report counts them): path and status. */
function resultsByKey(report, root = process.cwd()) {
  const results = new Map();
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const path = projectPath(file, root);
    for (const m of mutants) results.set(mutantKey(path, m, 1), { path, status: m.status });
  }
  return results;
}

/**
 * Per folder, the mutants of the scope that have no result in the report yet (a run stopped part way:
 * its report and the incremental file hold only what it reached, and their scores only those). `scope`
 * is the instrumenter's list (lines and columns from 0; ignored ones carry their status), the report's
 * places count from 1, as in mutation-testing-report-schema.
 */
function untestedOf(report, scope, root = process.cwd()) {
  const known = resultsByKey(report, root);
  const untested = new Map();
  for (const m of scope) {
    if (m.status === 'Ignored') continue;
    const path = projectPath(m.fileName, root);
    if (known.has(mutantKey(path, m, 0))) continue;
    for (const key of [folderOf(path), 'overall']) untested.set(key, (untested.get(key) ?? 0) + 1);
  }
  return untested;
}

/** The mutants StrykerJS makes of the scope (tsconfig.mutation.json's `include`), as its instrumenter lists them. */
async function scopeMutants(root = process.cwd()) {
  const files = [];
  const walk = (path) => {
    if (statSync(path).isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
    else if (path.endsWith('.ts') && !path.endsWith('.d.ts')) files.push(path);
  };
  for (const path of JSON.parse(readFileSync(join(root, 'tsconfig.mutation.json'), 'utf8')).include) {
    walk(join(root, path));
  }
  const { Instrumenter } = await import('@stryker-mutator/instrumenter');
  const quiet = () => false;
  const logger = { debug() {}, info() {}, warn() {}, error() {}, trace() {}, isDebugEnabled: quiet };
  const input = files.map((name) => ({ name, content: readFileSync(name, 'utf8'), mutate: true }));
  const options = { plugins: null, excludedMutations: [], ignorers: [], noHeader: true };
  return (await new Instrumenter(logger).instrument(input, options)).mutants;
}

function score(row) {
  const detected = row.killed + row.timeout;
  const total = detected + row.survived + row.noCoverage;
  return total === 0 ? 100 : (100 * detected) / total;
}

async function main() {
  const markdown = process.argv.includes('--markdown');
  const file = process.argv.find((a) => a.endsWith('.json')) ?? 'reports/mutation/mutation.json';
  let report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`No mutation report at ${file} (${error.message}); run \`npm run test:mutation\` first.`);
    process.exit(2);
  }
  const rows = tally(report);
  const untested = process.argv.includes('--untested') ? untestedOf(report, await scopeMutants()) : undefined;
  for (const folder of untested?.keys() ?? []) if (!rows.has(folder)) rows.set(folder, emptyRow());
  const folders = [...rows.keys()].filter((k) => k !== 'overall').sort();
  const missed = [];
  const line = (name, key, goal) => {
    const row = rows.get(key);
    const s = score(row);
    if (s < goal) missed.push(`${name} ${s.toFixed(1)}% < ${goal}%`);
    const cells = [
      name,
      `${s.toFixed(1)}%`,
      row.killed + row.timeout,
      row.survived,
      row.noCoverage,
      row.ignored,
      ...(untested ? [untested.get(key) ?? 0] : []),
    ];
    return markdown
      ? `| ${cells.join(' | ')} |`
      : cells.map((c, i) => String(c).padEnd(i ? 10 : 18)).join('');
  };
  const header = [
    'folder',
    'score',
    'detected',
    'survived',
    'no test',
    'ignored',
    ...(untested ? ['untested'] : []),
  ];
  console.log(
    markdown
      ? `| ${header.join(' | ')} |\n|${' --- |'.repeat(header.length)}`
      : header.map((c, i) => c.padEnd(i ? 10 : 18)).join(''),
  );
  for (const f of folders) console.log(line(f, f, GOAL_PER_FOLDER));
  console.log(line(markdown ? '**overall**' : 'overall', 'overall', GOAL_OVERALL));
  const left = untested?.get('overall') ?? 0;
  if (left > 0) {
    console.log(`\n${left} mutants of the scope have no result yet: the scores count only those tested.`);
  }
  if (missed.length > 0) {
    console.error(
      `\nBelow the goals (${GOAL_OVERALL}% overall, ${GOAL_PER_FOLDER}% per folder): ${missed.join('; ')}`,
    );
    process.exitCode = 1;
  }
}

module.exports = {
  GOAL_OVERALL,
  GOAL_PER_FOLDER,
  folderOf,
  projectPath,
  mutantKey,
  resultsByKey,
  tally,
  score,
  untestedOf,
  scopeMutants,
};

if (require.main === module) void main();
