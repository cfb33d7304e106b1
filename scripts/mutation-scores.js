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
const { readFileSync } = require('node:fs');
const { relative, sep } = require('node:path');

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
    const path = relative(root, file.startsWith(sep) ? file : `${root}${sep}${file}`)
      .split(sep)
      .join('/');
    for (const { status } of mutants) {
      add(folderOf(path), status);
      add('overall', status);
    }
  }
  return rows;
}

function score(row) {
  const detected = row.killed + row.timeout;
  const total = detected + row.survived + row.noCoverage;
  return total === 0 ? 100 : (100 * detected) / total;
}

function main() {
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
  const folders = [...rows.keys()].filter((k) => k !== 'overall').sort();
  const missed = [];
  const line = (name, row, goal) => {
    const s = score(row);
    if (s < goal) missed.push(`${name} ${s.toFixed(1)}% < ${goal}%`);
    const cells = [
      name,
      `${s.toFixed(1)}%`,
      row.killed + row.timeout,
      row.survived,
      row.noCoverage,
      row.ignored,
    ];
    return markdown
      ? `| ${cells.join(' | ')} |`
      : cells.map((c, i) => String(c).padEnd(i ? 10 : 18)).join('');
  };
  const header = ['folder', 'score', 'detected', 'survived', 'no test', 'ignored'];
  console.log(
    markdown
      ? `| ${header.join(' | ')} |\n|${' --- |'.repeat(header.length)}`
      : header.map((c, i) => c.padEnd(i ? 10 : 18)).join(''),
  );
  for (const f of folders) console.log(line(f, rows.get(f), GOAL_PER_FOLDER));
  console.log(line(markdown ? '**overall**' : 'overall', rows.get('overall'), GOAL_OVERALL));
  if (missed.length > 0) {
    console.error(
      `\nBelow the goals (${GOAL_OVERALL}% overall, ${GOAL_PER_FOLDER}% per folder): ${missed.join('; ')}`,
    );
    process.exitCode = 1;
  }
}

module.exports = { GOAL_OVERALL, GOAL_PER_FOLDER, folderOf, tally, score };

if (require.main === module) main();
