/**
 * A Stryker ignorer for the sample run (stryker.sample.config.mjs): the sample's `--mutate` ranges
 * make Stryker mutate every node inside a sampled mutant's span, and this skips the nodes in those
 * spans that are not sampled (scripts/mutation-sample.js lists them as `ignore` when it draws), so the
 * run tests the sample and not hundreds of mutants brought along with it.
 */
const path = require('node:path');
const { readSample } = require('../../scripts/mutation-sample.js');

const REASON = 'Not in the random sample: it lies inside a sampled mutant (scripts/mutation-sample.js)';

class SampleIgnorer {
  /** Per file (absolute), the spans to skip as `line:column-line:column`, lines and columns from 0. */
  #spans = new Map();

  /** @param {{ ignore: string[] }} sample @param {string} root the project */
  constructor(sample, root) {
    for (const entry of sample.ignore) {
      const [, file, span] = /^(.*):(\d+:\d+-\d+:\d+)$/.exec(entry) ?? [];
      if (!file) throw new Error(`Not a span: ${entry}`);
      const full = path.resolve(root, file);
      if (!this.#spans.has(full)) this.#spans.set(full, new Set());
      this.#spans.get(full).add(span);
    }
  }

  /**
   * @param {{ node: { loc?: { start: { line: number, column: number }, end: { line: number, column: number } } },
   *   hub?: { file?: { opts?: { filename?: string } } } }} nodePath a Babel path; the instrumenter wraps
   *   the tree in a File named after the source (instrumenter's babel-transformer), and Babel's lines
   *   count from 1.
   */
  shouldIgnore(nodePath) {
    const file = nodePath.hub?.file?.opts?.filename;
    const loc = nodePath.node.loc;
    if (!file || !loc) return undefined;
    const spans = this.#spans.get(path.resolve(file));
    if (!spans) return undefined;
    const span = `${loc.start.line - 1}:${loc.start.column}-${loc.end.line - 1}:${loc.end.column}`;
    return spans.has(span) ? REASON : undefined;
  }
}

/** The plugin as @stryker-mutator/api's declareFactoryPlugin(PluginKind.Ignore, 'sample', …) declares it. */
const strykerPlugins = [
  {
    kind: 'Ignore',
    name: 'sample',
    factory: () => new SampleIgnorer(readSample(process.cwd()), process.cwd()),
  },
];

module.exports = { SampleIgnorer, REASON, strykerPlugins };
