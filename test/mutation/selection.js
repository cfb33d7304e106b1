/**
 * Makes a mutant run cheap (`npm run test:mutation`). StrykerJS's Jest runner hands Jest the names of
 * the tests that cover a mutant as one `testNamePattern`, `(name)|(name)|…`. Left to Jest, that costs
 * far more than the tests: every test file loads, every test's name is matched against a regular
 * expression of up to thousands of alternatives (≈10 ms a name), and every file runs even after one
 * test has failed (Stryker cannot set Jest's bail). Here:
 *
 * - during Stryker's first run (every test, no active mutant) each test file records its test names and
 *   how long it took, one JSON line per file, in the sandbox (the environment's teardown);
 * - the pattern is read back into the set of names it lists (`coveringNames`), and a test runs when its
 *   full name is in the set: the tests Stryker asked for, without the regular expression;
 * - the sequencer keeps only the files holding one of those tests, the files that killed the last
 *   mutants first (neighbouring mutants are in the same code), then the fastest (`selectTests`);
 * - the first failing test kills the mutant: the environment skips the rest of its file
 *   (`bailAfterFailure`) and the runner starts no further file (`hasKilled`). The result is the same
 *   "Killed", as with Stryker's default (no disableBail).
 *
 * Static mutants (module-level code, such as message catalogs and weight tables, run when a test file
 * loads the module, outside any test) have no covering test names. The first run also records, for
 * each test file, the mutants its loading and hooks reached outside any test (`statics`); a mutant run
 * keeps those files too, and in them every test runs. Stryker's own choice for them, every test file,
 * costs the whole suite per mutant. A "hybrid" mutant (reached both outside tests and inside some) also
 * comes without names: Stryker plans it as static. So the index also holds the mutants each file's
 * tests reached (`covered`), and a mutant without names runs the files that reach it either way: whole
 * where the file reaches it outside its tests, and otherwise only the tests that reached it
 * (`partial`, the mutants only some of a file's tests reached, with those tests), as Stryker runs a
 * mutant's covering tests.
 *
 * A pattern of another shape is left to Jest. Outside Stryker's workers (STRYKER_MUTATOR_WORKER unset)
 * nothing here does anything.
 */
const fs = require('node:fs');
const path = require('node:path');

/** Set by Stryker in the test runner's process while it tests one mutant. */
const ACTIVE_MUTANT = '__STRYKER_ACTIVE_MUTANT__';
const INDEX_NAME = '.stryker-test-index.jsonl';

const isStrykerWorker = () => Boolean(process.env.STRYKER_MUTATOR_WORKER);
const activeMutant = () => process.env[ACTIVE_MUTANT];

/** Where the first run writes the index: the root of the sandbox Stryker copied the project into. */
const indexPath = (rootDir) => path.join(rootDir, INDEX_NAME);

/** Jest's full name of a test (describe names, then the test's), as Stryker's test ids are. */
function fullName(test) {
  const names = [test.name];
  for (let block = test.parent; block?.parent; block = block.parent) names.unshift(block.name);
  return names.join(' ');
}

/** The last index read, with the file's size and time: it does not change after the first run. */
let lastIndex;

/**
 * Reads the index: test file → { names, ms, statics, covered }. An unreadable index gives `undefined`
 * (and the caller runs every file, as Stryker would). Parsed once, not for every mutant, while the file
 * is unchanged.
 * @returns {Map<string, IndexEntry> | undefined}
 */
function readIndex(file) {
  let text;
  let stat;
  try {
    stat = fs.statSync(file);
    const same =
      lastIndex?.file === file && lastIndex.size === stat.size && lastIndex.mtimeMs === stat.mtimeMs;
    if (same) return lastIndex.index;
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const index = new Map();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const { file: testFile, names, ms, statics = [], covered = [], partial = {} } = JSON.parse(line);
    const known = index.get(testFile);
    index.set(testFile, {
      names: [...(known?.names ?? []), ...names],
      ms: (known?.ms ?? 0) + ms,
      statics: new Set([...(known?.statics ?? []), ...statics]),
      covered: new Set([...(known?.covered ?? []), ...covered]),
      // Indices into `names`, made into names only for the mutant that asks: a set of names for every
      // mutant every file reaches would sit in each runner's memory for the whole run. A file Jest ran
      // twice: its lines' indices do not add up, and all its tests run.
      partial: known ? new Map() : new Map(Object.entries(partial)),
    });
  }
  lastIndex = { file, size: stat.size, mtimeMs: stat.mtimeMs, index };
  return index;
}

/** The last pattern read and its names: the sequencer and every test file of a mutant ask again. */
let lastPattern = { pattern: undefined, names: undefined };

/**
 * The names a Stryker pattern lists: `(a)|(b)|…`, each name escaped as Stryker's escapeRegExp does
 * (a backslash before each of `.*+-?^${}()|[]\`). Anything else gives `undefined`.
 * @returns {Set<string> | undefined}
 */
function coveringNames(pattern) {
  if (pattern !== lastPattern.pattern) lastPattern = { pattern, names: parseCoveringNames(pattern) };
  return lastPattern.names;
}

function parseCoveringNames(pattern) {
  const names = new Set();
  let i = 0;
  while (i < pattern.length) {
    if (pattern[i] !== '(') return undefined;
    let name = '';
    for (i++; i < pattern.length && pattern[i] !== ')'; i++) {
      if (pattern[i] === '\\') i++;
      else if ('.*+-?^${}()|[]'.includes(pattern[i])) return undefined; // an operator: not a plain name
      if (i >= pattern.length) return undefined;
      name += pattern[i];
    }
    if (pattern[i] !== ')') return undefined;
    names.add(name);
    i++;
    if (i < pattern.length && pattern[i++] !== '|') return undefined;
    if (i === pattern.length && pattern[i - 1] === '|') return undefined;
  }
  return names.size > 0 ? names : undefined;
}

/** Test files that killed the last mutants in this process, the latest first. */
const recentKillers = [];
const KILLERS_KEPT = 8;

/** Puts `testFile` first among the recent killers. */
function noteKiller(testFile) {
  const at = recentKillers.indexOf(testFile);
  if (at >= 0) recentKillers.splice(at, 1);
  recentKillers.unshift(testFile);
  recentKillers.length = Math.min(recentKillers.length, KILLERS_KEPT);
}

/**
 * @typedef {{
 *   names: string[], ms: number, statics: Set<string>, covered: Set<string>,
 *   partial: Map<string, number[]>
 * }} IndexEntry
 * A test file in the index: its tests' full names, its time, the mutants it reaches outside its tests
 * (static), those its tests reach, and of these the ones only some tests reach, with those tests (their
 * places in `names`).
 */

/**
 * The test files holding one of `names` or loading `mutant` statically; with no names (Stryker's plan
 * for a static or hybrid mutant, whose every test then runs) the files reaching it in any way. Recent
 * killers first (in the order of `killers`), then the fastest. Files the index does not know (added
 * after the first run) are kept. With no names and no known file reaching the mutant, every file
 * stays: the index then does not describe this run.
 * @template {{ path: string }} T
 * @param {T[]} tests
 * @param {Set<string> | undefined} names
 * @param {Map<string, IndexEntry>} index
 * @param {string | undefined} mutant
 * @param {readonly string[]} [killers]
 * @returns {T[]}
 */
function selectTests(tests, names, index, mutant, killers = recentKillers, source = undefined) {
  const reaches = (entry) =>
    names === undefined
      ? mutant !== undefined && (entry.statics.has(mutant) || entry.covered.has(mutant))
      : entry.names.some((name) => names.has(name)) || (mutant !== undefined && entry.statics.has(mutant));
  let kept = tests.filter((test) => {
    const entry = index.get(test.path);
    return entry === undefined || reaches(entry);
  });
  if (names === undefined && !kept.some((test) => index.has(test.path))) kept = [...tests];
  // The mutant's own test file, then the recent killers, then its folder's tests and those of the
  // folders above it, nearest first; once per file, not per comparison.
  const rankOf = (test) => {
    const kin = source ? kinship(test.path, source) : KIN.other;
    if (kin === KIN.mirror) return -1;
    const at = killers.indexOf(test.path);
    return at >= 0 ? at : killers.length + kin;
  };
  const rank = new Map(kept.map((test) => [test.path, rankOf(test)]));
  const cost = (test) => index.get(test.path)?.ms ?? Number.POSITIVE_INFINITY;
  return kept.sort(
    (a, b) => rank.get(a.path) - rank.get(b.path) || cost(a) - cost(b) || a.path.localeCompare(b.path),
  );
}

/**
 * How close a test file is to a source file (lower is closer): tests mirror src/ in test/
 * (DEVELOPERS.md), and a folder's tests often cover its subfolders' files (`test/rules/catalog.test.ts`
 * checks the messages of every rule in the subfolders of `src/rules/`).
 */
const KIN = { mirror: 0, folder: 1, other: 1000 };

/**
 * `test/grid/a1.test.ts` to `src/grid/a1.ts` is its mirror; any other test in `test/grid/` is of its
 * folder (`text-positions.test.ts` tests `text.ts`); a test in a folder above the source's, under
 * `test/`, is one more per level up (`test/rules/` to `src/rules/applications/balance.ts`: 2).
 * @param {string} testPath absolute
 * @param {{ rootDir: string, file: string }} source the sandbox and the mutated file's absolute path
 * @returns {number}
 */
function kinship(testPath, { rootDir, file }) {
  const stem = path.relative(path.join(rootDir, 'src'), file).replace(/\.tsx?$/, '');
  const testStem = path.relative(path.join(rootDir, 'test'), testPath).replace(/\.test\.tsx?$/, '');
  if (stem.startsWith('..') || testStem.startsWith('..')) return KIN.other;
  if (testStem === stem) return KIN.mirror;
  const folders = (p) =>
    path
      .dirname(p)
      .split(path.sep)
      .filter((f) => f !== '.');
  const sourceFolders = folders(stem);
  const testFolders = folders(testStem);
  const above = testFolders.length > 0 && testFolders.every((f, i) => sourceFolders[i] === f);
  return above ? KIN.folder + sourceFolders.length - testFolders.length : KIN.other;
}

/** Mutant id → the instrumented source file holding it, per sandbox (read once per process). */
let mutantFiles = { rootDir: undefined, byId: new Map() };

/**
 * The source file of `mutant`, found in the sandbox's instrumented sources (each mutant is a
 * `stryMutAct_…("id")` call there): Stryker hands the test runner only the mutant's id.
 * @returns {{ rootDir: string, file: string } | undefined}
 */
function sourceOf(rootDir, mutant) {
  if (mutant === undefined) return undefined;
  if (mutantFiles.rootDir !== rootDir)
    mutantFiles = { rootDir, byId: scanMutants(path.join(rootDir, 'src')) };
  const file = mutantFiles.byId.get(mutant);
  return file ? { rootDir, file } : undefined;
}

function scanMutants(dir) {
  const byId = new Map();
  let names;
  try {
    names = fs.readdirSync(dir, { recursive: true });
  } catch {
    return byId; // No sources to read (not a sandbox): the order falls back to killers and time.
  }
  for (const name of names.filter((n) => /\.tsx?$/.test(n))) {
    const file = path.join(dir, name);
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/stryMutAct_[0-9a-f]+\("(\d+)"\)/g)) byId.set(match[1], file);
  }
  return byId;
}

/**
 * The tests of `testFile` to run for a mutant Stryker sent without names (static or hybrid), when the
 * file reaches it only inside some of its tests: those tests' names. `undefined`: every test runs.
 */
function testsReaching(index, testFile, mutant) {
  const entry = index?.get(testFile);
  if (mutant === undefined || !entry || loadsStatically(index, testFile, mutant)) return undefined;
  const some = entry.partial.get(mutant);
  return some && new Set(some.map((at) => entry.names[at]));
}

/** Whether the first run saw `testFile` reach `mutant` outside its tests: then all its tests run. */
function loadsStatically(index, testFile, mutant) {
  return mutant !== undefined && index?.get(testFile)?.statics.has(mutant) === true;
}

/** The mutant that has already failed a test in this process (one runner tests one mutant at a time). */
let killedMutant;

/**
 * Adds the recording (first run) and the bail (mutant runs) to a Jest environment class.
 * @template {new (...args: any[]) => any} E
 * @param {E} Environment
 * @returns {E}
 */
function withTestSelection(Environment) {
  return class SelectingEnvironment extends Environment {
    #testPath;
    #indexFile;
    #names = [];
    #started = Date.now();
    /** Static coverage counts when the file starts loading (first run). */
    #staticBefore = {};

    constructor(config, context) {
      super(config, context);
      this.#testPath = context.testPath;
      this.#indexFile = indexPath(config.projectConfig.rootDir);
    }

    async handleTestEvent(event, state) {
      await super.handleTestEvent?.(event, state);
      if (event.name === 'test_skip' || event.name === 'test_todo') this.#endSkippedTest();
      const mutant = activeMutant();
      if (event.name === 'setup') {
        if (mutant === undefined) this.#staticBefore = { ...this.#staticCoverage() };
        else this.#selectTests(event, state, mutant);
      }
      if (mutant === undefined) {
        if (event.name === 'test_done') this.#names.push(fullName(event.test));
        return;
      }
      const killedBefore = hasKilled(mutant);
      bailAfterFailure(event, mutant);
      if (!killedBefore && hasKilled(mutant)) noteKiller(this.#testPath);
    }

    /** The tests of this file a mutant run keeps (the index is read once per file, at setup). */
    #selectTests(event, state, mutant) {
      const index = readIndex(this.#indexFile);
      // A file that loads the mutant statically runs whole: its module-level code is what changed.
      if (loadsStatically(index, this.#testPath, mutant)) state.testNamePattern = null;
      else if (event.testNamePattern) matchNamesExactly(event, state);
      else matchNames(testsReaching(index, this.#testPath, mutant), state);
    }

    async teardown() {
      const firstRun = activeMutant() === undefined;
      const statics = firstRun ? this.#reachedStatically() : [];
      const { covered, partial } = firstRun ? this.#reachedInTests() : {};
      await super.teardown();
      if (!firstRun) return;
      const ms = Date.now() - this.#started;
      const line = { file: this.#testPath, names: this.#names, ms, statics, covered, partial };
      fs.appendFileSync(this.#indexFile, `${JSON.stringify(line)}\n`);
    }

    /**
     * Stryker's counts of static coverage (mutant id → hits outside any test), shared by every file of
     * the run: the instrumenter context its environment puts on the test's global.
     */
    #staticCoverage() {
      return this.#coverage()?.static ?? {};
    }

    #coverage() {
      return this.#instrumenterContext()?.mutantCoverage;
    }

    #instrumenterContext() {
      return this.global?.[this.global.__strykerGlobalNamespace__ ?? '__stryker__'];
    }

    /**
     * A test Jest does not run (skipped, filtered out, todo) gets 'test_start' and then 'test_skip' or
     * 'test_todo', never 'test_done' (jest-circus jestAdapterInit.js, _runTestInContext). Stryker's
     * environment (jest-runner mixin-jest-environment.cjs) names the test that coverage counts for on
     * 'test_start' and clears it only on 'test_done', and the context is shared by every file: so the
     * next file's loading counted for the skipped test. Seen in the first run: `QUOTES` in
     * src/grid/normalize.ts, loaded by test/grid/normalize.test.ts after test/manifest/xsd.test.ts
     * skipped its last test (no schemas), was "covered" by that test and by no load of its own test file.
     */
    #endSkippedTest() {
      const context = this.#instrumenterContext();
      if (context) context.currentTestId = undefined;
    }

    /**
     * The mutants this file's tests reached (Stryker keys coverage per test by its full name), and
     * those only some of them reached, with the indices of those tests in the file's names.
     */
    #reachedInTests() {
      const perTest = this.#coverage()?.perTest ?? {};
      const reachedBy = new Map();
      this.#names.forEach((name, at) => {
        for (const id of Object.keys(perTest[name] ?? {})) {
          if (!reachedBy.has(id)) reachedBy.set(id, []);
          reachedBy.get(id).push(at);
        }
      });
      const partial = {};
      for (const [id, at] of reachedBy) if (at.length < this.#names.length) partial[id] = at;
      return { covered: [...reachedBy.keys()], partial };
    }

    /** The mutants this file's loading and hooks reached outside any test (counts that grew). */
    #reachedStatically() {
      return Object.entries(this.#staticCoverage())
        .filter(([id, hits]) => hits > (this.#staticBefore[id] ?? 0))
        .map(([id]) => id);
    }
  };
}

/**
 * Replaces Jest's regular expression (built from the 'setup' event's pattern) with a lookup in the
 * set of names it lists; Jest only calls its `test(name)`.
 */
function matchNamesExactly(event, state) {
  matchNames(event.testNamePattern ? coveringNames(event.testNamePattern) : undefined, state);
}

/** Runs the tests named in `names` (all of them when there is no set). */
function matchNames(names, state) {
  if (names) state.testNamePattern = { test: (name) => names.has(name) };
}

/**
 * A test file that could not run under `mutant` (it threw while loading, or its environment failed):
 * the run starts no further file. Stryker's verdict is then fixed whatever the other files do: a hit
 * limit reached (an endless loop the instrumenter stopped) is a timeout, and any other file that failed
 * to run makes the whole run an error (jest-runner's collectRunResult). Running on cost minutes for a
 * static mutant, whose every file loads it and fails the same way, until Stryker's own timeout (a
 * multiple of the whole first run) ended it.
 * @param {{ testExecError?: unknown } | undefined} result Jest's result of the file; none when it threw
 */
function bailAfterBrokenFile(result, mutant) {
  if (mutant !== undefined && (result === undefined || result.testExecError)) killedMutant = mutant;
}

/** Whether `mutant` has failed a test in this process: its run starts no further test file. */
const hasKilled = (mutant) => killedMutant === mutant;

/** Once a test has failed under `mutant`, every later describe block and test is skipped. */
function bailAfterFailure(event, mutant) {
  if (event.name === 'test_done' && event.test.errors.length > 0) killedMutant = mutant;
  if (killedMutant !== mutant) return;
  if (event.name === 'run_describe_start') event.describeBlock.mode = 'skip';
  if (event.name === 'test_start') event.test.mode = 'skip';
}

module.exports = {
  isStrykerWorker,
  indexPath,
  readIndex,
  coveringNames,
  selectTests,
  sourceOf,
  kinship,
  loadsStatically,
  testsReaching,
  noteKiller,
  activeMutant,
  hasKilled,
  matchNamesExactly,
  withTestSelection,
  fullName,
  bailAfterFailure,
  bailAfterBrokenFile,
};
