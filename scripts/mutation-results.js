#!/usr/bin/env node
/**
 * The mutation results kept in the repository, so that a fresh clone's `npm run test:mutation` starts
 * from them instead of from nothing (Stryker's incremental mode reuses every result whose code and
 * tests did not change, and tests only the rest). A first run of the whole scope takes many hours on two
 * cores; without this, results of a run stopped part way die with the checkout that made them.
 *
 *   node scripts/mutation-results.js restore   committed results → reports/mutation/incremental.json
 *                                              (only when that file is absent; --force to replace it)
 *   node scripts/mutation-results.js save      reports/mutation/incremental.json → committed results
 *
 * Stryker's own incremental file is tens of megabytes: every mutant lists the full name of every test
 * that reaches it, and a killed mutant keeps its failure message. The committed file (gzip'd JSON) keeps
 * only what Stryker's reuse decision reads (mutants/incremental-differ.js in @stryker-mutator/core):
 *   - a killed mutant is reused when a test that killed it is unchanged and still reaches it, so it keeps
 *     `killedBy` and drops `coveredBy` (the differ counts the killers as covering);
 *   - any other result is reused when no new test reaches it, so it keeps `coveredBy`, written as numbers
 *     into the list of tests (restore writes the names back);
 *   - a mutant that did not compile keeps no coverage: it is checked again, which costs the TypeScript
 *     checker a moment and no test run;
 *   - ignored mutants (`Stryker disable` comments) are left out: Stryker never reuses them, it reads the
 *     comments again;
 *   - a static mutant that survived is left out, so the next run tests it again: the differ decides on
 *     the tests that reached the mutant inside a test, and module-level code is reached outside any, so
 *     a test added to kill it would never be seen (a survivor kept at bbfa96a stayed "Survived" after
 *     the test that kills it was added).
 */
const { existsSync, mkdirSync, readFileSync, writeFileSync, renameSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { gzipSync, gunzipSync } = require('node:zlib');

const ROOT = join(__dirname, '..');
const INCREMENTAL = 'reports/mutation/incremental.json';
const COMMITTED = 'test/mutation/results.json.gz';
/** Bumped when the committed shape changes; an older file is ignored rather than misread. */
const FORMAT = 1;

/** Every test of the report, in file order, and each one's position in that list. */
function indexTests(testFiles) {
  const ids = [];
  for (const file of Object.values(testFiles ?? {})) for (const test of file.tests) ids.push(test.id);
  return { ids, position: new Map(ids.map((id, i) => [id, i])) };
}

/** A mutant as the committed file keeps it, or undefined when it is not worth keeping. */
function slimMutant(mutant, position) {
  if (mutant.status === 'Ignored') return undefined;
  if (mutant.static && mutant.status === 'Survived') return undefined;
  const { id, mutatorName, replacement, location, status, testsCompleted } = mutant;
  const slim = { id, mutatorName, replacement, location, status };
  if (mutant.static) slim.static = true;
  if (testsCompleted !== undefined) slim.testsCompleted = testsCompleted;
  if (mutant.killedBy?.length) slim.killedBy = mutant.killedBy;
  if (status !== 'Killed' && status !== 'CompileError' && mutant.coveredBy?.length) {
    // A test id the list lacks stays a name; numbers and names cannot be confused.
    slim.coveredBy = mutant.coveredBy.map((testId) => position.get(testId) ?? testId);
  }
  return slim;
}

/** Stryker's incremental report → the committed shape. */
function slim(report) {
  const { position } = indexTests(report.testFiles);
  const files = {};
  for (const [name, file] of Object.entries(report.files)) {
    const mutants = file.mutants.map((m) => slimMutant(m, position)).filter(Boolean);
    if (mutants.length > 0) files[name] = { language: file.language, source: file.source, mutants };
  }
  return {
    format: FORMAT,
    schemaVersion: report.schemaVersion,
    projectRoot: report.projectRoot,
    files,
    testFiles: report.testFiles ?? {},
  };
}

/** The committed shape → Stryker's incremental report. */
function expand(kept) {
  const { ids } = indexTests(kept.testFiles);
  const files = {};
  for (const [name, file] of Object.entries(kept.files)) {
    files[name] = {
      ...file,
      mutants: file.mutants.map((m) =>
        m.coveredBy ? { ...m, coveredBy: m.coveredBy.map((t) => (typeof t === 'number' ? ids[t] : t)) } : m,
      ),
    };
  }
  const { format: _format, ...rest } = kept;
  return { ...rest, files };
}

/** Writes next to the target and renames, so a stopped write never leaves half a file. */
function writeAtomically(file, data) {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  writeFileSync(partial, data);
  renameSync(partial, file);
}

/** How many mutant results a (slim or full) incremental report holds. */
function mutantCount(report) {
  return Object.values(report.files).reduce((n, file) => n + file.mutants.length, 0);
}

function readJson(file, gzipped) {
  const bytes = readFileSync(file);
  return JSON.parse((gzipped ? gunzipSync(bytes) : bytes).toString('utf8'));
}

/** @returns {string} what was done, for the console */
function restore({ root = ROOT, force = false } = {}) {
  const committed = join(root, COMMITTED);
  const incremental = join(root, INCREMENTAL);
  if (!existsSync(committed)) return `No kept results (${COMMITTED}); Stryker starts from nothing.`;
  if (existsSync(incremental) && !force) {
    return `${INCREMENTAL} exists; kept as it is (--force replaces it with ${COMMITTED}).`;
  }
  const kept = readJson(committed, true);
  if (kept.format !== FORMAT) {
    return `${COMMITTED} has format ${kept.format}, this script reads ${FORMAT}; not restored.`;
  }
  writeAtomically(incremental, JSON.stringify(expand(kept)));
  return `Restored ${mutantCount(kept)} mutant results from ${COMMITTED} into ${INCREMENTAL}.`;
}

/** @returns {string} what was done, for the console */
function save({ root = ROOT } = {}) {
  const incremental = join(root, INCREMENTAL);
  if (!existsSync(incremental)) {
    throw new Error(`No ${INCREMENTAL} to save; run \`npm run test:mutation\` first.`);
  }
  const kept = slim(readJson(incremental, false));
  const bytes = gzipSync(JSON.stringify(kept), { level: 9 });
  writeAtomically(join(root, COMMITTED), bytes);
  return `Saved ${mutantCount(kept)} mutant results into ${COMMITTED} (${Math.round(bytes.length / 1024)} KiB).`;
}

function main(argv) {
  const [command] = argv;
  try {
    if (command === 'restore') console.log(restore({ force: argv.includes('--force') }));
    else if (command === 'save') console.log(save());
    else {
      console.error('usage: node scripts/mutation-results.js restore [--force] | save');
      process.exitCode = 2;
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}

module.exports = { COMMITTED, INCREMENTAL, FORMAT, slim, expand, restore, save };

if (require.main === module) main(process.argv.slice(2));
