#!/usr/bin/env node
/**
 * A random sample of the mutants that have no result yet, and the scores it estimates.
 *
 * Testing every mutant of the scope takes dozens of hours on two cores (module-level mutants run most
 * of the suite each; README "Mutation testing"). The kept results are not a random part of the scope:
 * each run took whole folders in file order. So the mutants without a result (the frame) are sampled
 * at random, per folder, with a fixed seed; Stryker tests only the sample (`--mutate` ranges); and each
 * folder's score is estimated as
 *
 *   (detected outside the frame + F̂ × p) / (counted outside the frame + F̂)
 *
 * where p is the share of the sample's counted mutants that were detected, and F̂ the frame's size
 * times the share of the sample that counts (mutants that do not compile count for neither side, as in
 * Stryker's score). The interval is p's 95% Wilson interval put through the same formula (F̂ taken at
 * its point value); a folder whose frame is sampled whole has an exact score. A sampled mutant still
 * without a result counts as undetected, so a run stopped part way only lowers the estimate.
 *
 *   node scripts/mutation-sample.js draw [--size 30] [--seed 1]   frame and sample → test/mutation/sample.json.gz
 *   node scripts/mutation-sample.js draw --grow --size 40         the same frame and seed, a larger sample
 *   node scripts/mutation-sample.js ranges                        the sample as Stryker `--mutate` ranges
 *   node scripts/mutation-sample.js scores [report] [--markdown]  the estimates (exit 1 below a goal)
 *
 * Keys name a mutant by place (file, mutator, replacement, span), so an edit that moves code turns
 * the sample stale: `scores` says how many sampled mutants it no longer finds; draw again.
 */
const { readFileSync, writeFileSync, existsSync, mkdirSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { gzipSync, gunzipSync } = require('node:zlib');
const {
  GOAL_OVERALL,
  GOAL_PER_FOLDER,
  folderOf,
  mutantKey,
  projectPath,
  resultsByKey,
  scopeMutants,
} = require('./mutation-scores.js');

const SAMPLE_FILE = 'test/mutation/sample.json.gz';
const INCREMENTAL = 'reports/mutation/incremental.json';
const FORMAT = 1;
/** 95% two-sided. */
const Z = 1.959964;

/** FNV-1a, 32 bits: a folder's name and the seed → the seed of that folder's generator. */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** mulberry32: a small seeded generator of numbers in [0, 1); the same seed gives the same draw anywhere. */
function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `size` keys of `keys` without replacement, by a Fisher–Yates shuffle of the sorted keys. */
function pick(keys, size, random) {
  const order = [...keys].sort();
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order.slice(0, size);
}

/**
 * Per folder, the frame (every mutant of the scope without a result) and a sample of it. With `frame`
 * (a previous draw's frames by folder) the frame is kept and only the sample's size changes: the same
 * seed shuffles the same frame the same way, so a larger sample holds the smaller one and the results
 * it already has.
 */
function draw(report, scope, { size, seed, frame: kept }, root = process.cwd()) {
  const known = resultsByKey(report, root);
  const keptFrame = kept && new Set(Object.values(kept).flat());
  const frames = new Map();
  const byPath = new Map();
  for (const m of scope) {
    if (m.status === 'Ignored') continue;
    const path = projectPath(m.fileName, root);
    const key = mutantKey(path, m, 0);
    const entry = { key, path, location: m.location, known: known.has(key) };
    if (!byPath.has(path)) byPath.set(path, []);
    byPath.get(path).push(entry);
    const folder = folderOf(path);
    if (keptFrame ? !keptFrame.has(key) : entry.known) continue;
    if (!frames.has(folder)) frames.set(folder, []);
    frames.get(folder).push(entry);
  }
  const folders = {};
  const ranges = [];
  const chosenAll = new Set();
  for (const [folder, frame] of [...frames].sort(([a], [b]) => a.localeCompare(b))) {
    const chosen = new Set(
      pick(
        frame.map((m) => m.key),
        size,
        generator(hash(`${seed}:${folder}`)),
      ),
    );
    folders[folder] = { frame: frame.map((m) => m.key).sort(), sample: [...chosen].sort() };
    for (const m of frame) if (chosen.has(m.key)) ranges.push(mutateRange(m.path, m.location));
    for (const key of chosen) chosenAll.add(key);
  }
  return { format: FORMAT, seed, size, folders, ranges, ignore: spansToIgnore(byPath, chosenAll) };
}

/**
 * Stryker mutates every node inside a `--mutate` range, so a sampled mutant that spans others (a block
 * removed, a condition replaced) brings them along: hundreds of extra mutants to test. These are the
 * spans (`path:line:column-line:column`, from 0) of those brought along that the sample run's ignorer
 * (test/mutation/sample-ignorer.js) skips: an ignorer skips a node and everything in it, so a span is
 * skipped only when nothing in it is sampled or has a result (an ignored mutant loses its old result).
 */
function spansToIgnore(byPath, chosen) {
  const spans = new Set();
  for (const [path, mutants] of byPath) {
    const sampled = mutants.filter((m) => chosen.has(m.key));
    for (const m of mutants) {
      if (m.known || chosen.has(m.key)) continue;
      if (!sampled.some((s) => contains(s.location, m.location))) continue;
      if (mutants.some((o) => (o.known || chosen.has(o.key)) && contains(m.location, o.location))) continue;
      const { start, end } = m.location;
      spans.add(`${path}:${start.line}:${start.column}-${end.line}:${end.column}`);
    }
  }
  return [...spans].sort();
}

/** Whether `outer` holds `inner` (instrumenter locations; the same span holds itself). */
function contains(outer, inner) {
  const before = (a, b) => a.line < b.line || (a.line === b.line && a.column <= b.column);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

/**
 * Stryker's `--mutate` range for one mutant: lines from 1, columns from 0 (core's project-reader
 * subtracts one from the lines only; the instrumenter lists both from 0). Stryker mutates every node
 * inside the range; `spansToIgnore` keeps most of those out of the run, but other mutants of the
 * sampled node itself (`<` → `<=` drawn, `<` → `>=` comes along) are tested too, outside the sample.
 */
function mutateRange(path, { start, end }) {
  return `${path}:${start.line + 1}:${start.column}-${end.line + 1}:${end.column}`;
}

/** Wilson's interval for k successes in n trials. */
function wilson(k, n, z = Z) {
  if (n === 0) return [0, 1];
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

function emptyCounts() {
  return { detected: 0, counted: 0 };
}

/**
 * Per folder and overall: the census outside the frame, the sample's outcomes, and the estimated score
 * with its interval (percentages). Overall adds the folders' estimated counts; its interval takes every
 * folder at its bound at once, so it is wider than a 95% interval would be.
 */
function estimate(report, sample, root = process.cwd()) {
  const status = resultsByKey(report, root);
  const inFrame = new Set(Object.values(sample.folders).flatMap((f) => f.frame));
  const census = new Map();
  for (const [key, { path, status: s }] of status) {
    if (inFrame.has(key) || !(DETECTED.has(s) || UNDETECTED.has(s))) continue;
    const folder = folderOf(path);
    const row = census.get(folder) ?? emptyCounts();
    row.counted++;
    if (DETECTED.has(s)) row.detected++;
    census.set(folder, row);
  }
  const rows = new Map();
  const folders = new Set([...census.keys(), ...Object.keys(sample.folders)]);
  const total = { detected: 0, low: 0, high: 0, counted: 0 };
  for (const folder of [...folders].sort()) {
    const outside = census.get(folder) ?? emptyCounts();
    const drawn = sample.folders[folder] ?? { frame: [], sample: [] };
    const outcome = { detected: 0, undetected: 0, invalid: 0, pending: 0 };
    for (const key of drawn.sample) {
      const s = status.get(key)?.status;
      if (s === undefined) outcome.pending++;
      else if (DETECTED.has(s)) outcome.detected++;
      else if (UNDETECTED.has(s)) outcome.undetected++;
      else outcome.invalid++;
    }
    const n = drawn.sample.length;
    const counted = outcome.detected + outcome.undetected + outcome.pending;
    const whole = n === drawn.frame.length;
    const frameCounted = n === 0 ? 0 : (drawn.frame.length * counted) / n;
    const p = counted === 0 ? 0 : outcome.detected / counted;
    const [pLow, pHigh] = whole ? [p, p] : wilson(outcome.detected, counted);
    const denominator = outside.counted + frameCounted;
    const at = (share) =>
      denominator === 0 ? 100 : (100 * (outside.detected + frameCounted * share)) / denominator;
    rows.set(folder, {
      census: outside,
      frame: drawn.frame.length,
      sample: n,
      outcome,
      score: at(p),
      low: at(pLow),
      high: at(pHigh),
    });
    total.counted += denominator;
    total.detected += outside.detected + frameCounted * p;
    total.low += outside.detected + frameCounted * pLow;
    total.high += outside.detected + frameCounted * pHigh;
  }
  const pct = (x) => (total.counted === 0 ? 100 : (100 * x) / total.counted);
  rows.set('overall', {
    score: pct(total.detected),
    low: pct(total.low),
    high: pct(total.high),
    frame: [...rows.values()].reduce((a, r) => a + r.frame, 0),
    sample: [...rows.values()].reduce((a, r) => a + r.sample, 0),
    outcome: [...rows.values()].reduce(
      (a, r) => ({
        detected: a.detected + r.outcome.detected,
        undetected: a.undetected + r.outcome.undetected,
        invalid: a.invalid + r.outcome.invalid,
        pending: a.pending + r.outcome.pending,
      }),
      { detected: 0, undetected: 0, invalid: 0, pending: 0 },
    ),
    census: [...census.values()].reduce(
      (a, r) => ({ detected: a.detected + r.detected, counted: a.counted + r.counted }),
      emptyCounts(),
    ),
  });
  return rows;
}

function readSample(root = process.cwd()) {
  const file = join(root, SAMPLE_FILE);
  if (!existsSync(file)) throw new Error(`No sample at ${SAMPLE_FILE}; draw one first.`);
  const sample = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8'));
  if (sample.format !== FORMAT) throw new Error(`${SAMPLE_FILE} has format ${sample.format}, not ${FORMAT}.`);
  return sample;
}

function option(argv, name, fallback) {
  const at = argv.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(argv[at + 1]);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} wants a whole number, not ${argv[at + 1]}`);
  return value;
}

/** Lines of the scores table, plain or Markdown, and the goals missed by a point estimate. */
function scoresTable(rows, markdown) {
  const header = [
    'folder',
    'score',
    '95% interval',
    'outside frame',
    'frame',
    'sample',
    'of which detected / undetected / no compile / no result',
  ];
  const missed = [];
  const lines = [];
  const format = (cells) =>
    markdown ? `| ${cells.join(' | ')} |` : cells.map((c, i) => String(c).padEnd(i ? 15 : 18)).join('');
  lines.push(format(header));
  if (markdown) lines.push(`|${' --- |'.repeat(header.length)}`);
  for (const [folder, r] of rows) {
    const goal = folder === 'overall' ? GOAL_OVERALL : GOAL_PER_FOLDER;
    if (r.score < goal) missed.push(`${folder} ${r.score.toFixed(1)}% < ${goal}%`);
    const o = r.outcome;
    lines.push(
      format([
        markdown && folder === 'overall' ? '**overall**' : folder,
        `${r.score.toFixed(1)}%`,
        `${r.low.toFixed(1)}–${r.high.toFixed(1)}%`,
        `${r.census.detected}/${r.census.counted}`,
        r.frame,
        r.sample,
        `${o.detected} / ${o.undetected} / ${o.invalid} / ${o.pending}`,
      ]),
    );
  }
  return { lines, missed };
}

/** Run from the project's root (npm scripts are). */
async function main(argv, root = process.cwd()) {
  const [command] = argv;
  if (command === 'draw') {
    const size = option(argv, '--size', 30);
    const seed = option(argv, '--seed', 1);
    const report = JSON.parse(readFileSync(join(root, INCREMENTAL), 'utf8'));
    // --grow keeps the drawn frame and seed; only the size changes.
    const previous = argv.includes('--grow') ? readSample(root) : undefined;
    const frame = previous
      ? Object.fromEntries(Object.entries(previous.folders).map(([f, d]) => [f, d.frame]))
      : undefined;
    const drawnSeed = previous?.seed ?? seed;
    const sample = draw(report, await scopeMutants(root), { size, seed: drawnSeed, frame }, root);
    mkdirSync(dirname(join(root, SAMPLE_FILE)), { recursive: true });
    writeFileSync(join(root, SAMPLE_FILE), gzipSync(JSON.stringify(sample), { level: 9 }));
    for (const [folder, f] of Object.entries(sample.folders)) {
      console.log(
        `${folder.padEnd(18)}frame ${String(f.frame.length).padStart(5)}  sample ${f.sample.length}`,
      );
    }
    console.log(
      `Drew ${sample.ranges.length} mutants (seed ${drawnSeed}) into ${SAMPLE_FILE}; ` +
        `${sample.ignore.length} spans they hold are skipped.`,
    );
  } else if (command === 'ranges') {
    console.log(readSample(root).ranges.join(','));
  } else if (command === 'scores') {
    const file = argv.slice(1).find((a) => a.endsWith('.json')) ?? 'reports/mutation/mutation.json';
    const rows = estimate(JSON.parse(readFileSync(file, 'utf8')), readSample(root), process.cwd());
    const { lines, missed } = scoresTable(rows, argv.includes('--markdown'));
    console.log(lines.join('\n'));
    const stale = rows.get('overall').outcome.pending;
    if (stale > 0)
      console.log(`\n${stale} sampled mutants have no result in ${file}: counted as undetected.`);
    if (missed.length > 0) {
      console.error(
        `\nBelow the goals (${GOAL_OVERALL}% overall, ${GOAL_PER_FOLDER}% per folder): ${missed.join('; ')}`,
      );
      process.exitCode = 1;
    }
  } else {
    console.error(
      'usage: node scripts/mutation-sample.js draw [--size N] [--seed N] | ranges | scores [report.json] [--markdown]',
    );
    process.exitCode = 2;
  }
}

module.exports = {
  readSample,
  hash,
  generator,
  pick,
  draw,
  contains,
  mutateRange,
  wilson,
  estimate,
  scoresTable,
  SAMPLE_FILE,
};

if (require.main === module) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
