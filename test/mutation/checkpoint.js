/**
 * A Stryker reporter that keeps the results so far in the incremental file while a run goes on, so
 * that a run stopped part way (a session's end, a reboot, Ctrl-C) is not lost: the next run reads
 * the file as its incremental report and tests only the mutants not yet tested.
 *
 * Stryker writes the incremental file only when every mutant is done (a folder takes hours on two
 * cores). This writes the same report shape (mutation-testing-report-schema, as Stryker's
 * MutationTestReportHelper builds it) from the events every reporter receives: the tests of the first
 * run and each mutant's result. Results Stryker reuses from the previous file arrive as results too,
 * so nothing known is dropped. Stryker's own final report replaces the checkpoint when the run ends.
 */
const { readFileSync, renameSync, writeFileSync, mkdirSync } = require('node:fs');
const path = require('node:path');

/** A checkpoint at most this often: writing a few megabytes is cheap, but not per mutant. */
const EVERY_MS = 60_000;

const language = (file) => (/\.tsx?$/i.test(file) ? 'typescript' : 'javascript');

/** Stryker's positions are 0-based; the report's are 1-based (objectUtils.toSchemaPosition). */
const schemaPosition = (p) => ({ line: p.line + 1, column: p.column + 1 });

class Checkpoint {
  #file;
  #root;
  #now;
  #every;
  /** Tests of the first run, by id. */
  #tests = new Map();
  /** Mutant results by id. */
  #results = new Map();
  #sources = new Map();
  #lastWrite;
  #done = false;

  /**
   * @param {string} file the incremental file
   * @param {{ root?: string, now?: () => number, every?: number }} [options]
   */
  constructor(file, { root = process.cwd(), now = Date.now, every = EVERY_MS } = {}) {
    this.#file = path.resolve(root, file);
    this.#root = root;
    this.#now = now;
    this.#every = every;
    this.#lastWrite = now();
  }

  onDryRunCompleted({ result }) {
    for (const test of result.tests) this.#tests.set(test.id, test);
  }

  onMutantTested(result) {
    this.#results.set(result.id, result);
    if (this.#now() - this.#lastWrite >= this.#every) this.write();
  }

  /** Stryker writes the final incremental file itself, after this. */
  onMutationTestReportReady() {
    this.#done = true;
  }

  /** Results so far, written aside and renamed into place, so a reader never sees half a file. */
  write() {
    if (this.#done || this.#results.size === 0) return;
    mkdirSync(path.dirname(this.#file), { recursive: true });
    const partial = `${this.#file}.partial`;
    writeFileSync(partial, JSON.stringify(this.report()));
    renameSync(partial, this.#file);
    this.#lastWrite = this.#now();
  }

  /** The report as Stryker's MutationTestReportHelper shapes it (test ids kept as the runner gave them). */
  report() {
    const files = {};
    for (const { fileName, location, killedBy, coveredBy, ...mutant } of this.#results.values()) {
      const name = this.#relative(fileName);
      files[name] ??= { language: language(name), source: this.#source(fileName), mutants: [] };
      files[name].mutants.push({ ...mutant, location, killedBy, coveredBy });
    }
    const testFiles = {};
    for (const test of this.#tests.values()) {
      const name = test.fileName ? this.#relative(test.fileName) : '';
      testFiles[name] ??= { tests: [], ...(test.fileName ? { source: this.#source(test.fileName) } : {}) };
      testFiles[name].tests.push({
        id: test.id,
        name: test.name,
        location: test.startPosition ? { start: schemaPosition(test.startPosition) } : undefined,
      });
    }
    return { schemaVersion: '1.0', files, testFiles, projectRoot: this.#root };
  }

  #relative(file) {
    return path.relative(this.#root, path.resolve(this.#root, file)).split(path.sep).join('/');
  }

  /** The file as it was when the run began: the run mutates a sandbox copy, never the checkout. */
  #source(file) {
    const full = path.resolve(this.#root, file);
    if (!this.#sources.has(full)) this.#sources.set(full, readFileSync(full, 'utf8'));
    return this.#sources.get(full);
  }
}

/** The Stryker plugin: `reporters: ['checkpoint']`, writing to the configured incremental file. */
class CheckpointReporter extends Checkpoint {
  static inject = ['options'];

  /** @param {{ incrementalFile: string, checkpoint?: { everyMs?: number } }} options Stryker's options */
  constructor(options) {
    super(options.incrementalFile, { every: options.checkpoint?.everyMs ?? EVERY_MS });
    // A run stopped by a signal still leaves what it has (Stryker exits through process.exit).
    process.once('exit', () => this.write());
  }
}

/**
 * The plugin as @stryker-mutator/api's declareClassPlugin(PluginKind.Reporter, …) would declare it
 * (that package is ESM only; the declaration is this plain object).
 */
const strykerPlugins = [{ kind: 'Reporter', name: 'checkpoint', injectableClass: CheckpointReporter }];

module.exports = { Checkpoint, CheckpointReporter, strykerPlugins };
