import { BUNDLE_GOAL_BYTES, bundleBench } from './bundle';
import { cliBench } from './cli';
import { engineBench } from './engine';

/** `npm run bench`: prints each benchmark with its goal. Not a test: numbers depend on the machine. */
async function main(): Promise<void> {
  const e = engineBench();
  console.log(
    `engine: 300 stacked copies of table 三 (${e.cells} cells): check ${e.engineMs.toFixed(1)} ms, ` +
      `bare read+normalise ${e.bareMs.toFixed(1)} ms, ratio ${e.ratio.toFixed(2)}× (goal ≤ 3×) ${e.ratio <= 3 ? 'OK' : 'OVER'}`,
  );
  const b = bundleBench();
  console.log(
    `task pane initial JS (${b.files.join(', ')}; ${b.source}): ${(b.rawBytes / 1024).toFixed(1)} KB minified, ` +
      `${(b.gzipBytes / 1024).toFixed(1)} KB gzip (goal ≤ ${BUNDLE_GOAL_BYTES / 1024} KB) ${b.gzipBytes <= BUNDLE_GOAL_BYTES ? 'OK' : 'OVER'}`,
  );
  const c = await cliBench();
  console.log(
    `cli: ${c.files} generated workbooks: bare exceljs load ${c.bareMs.toFixed(0)} ms (one thread), ` +
      `check on 1 worker ${c.oneWorkerMs.toFixed(0)} ms, ratio ${c.loadRatio.toFixed(2)}× (goal ≤ 1.3×) ${c.loadRatio <= 1.3 ? 'OK' : 'OVER'}; ` +
      `check on ${c.cores} workers ${c.allWorkersMs.toFixed(0)} ms, speed-up ${c.speedup.toFixed(2)}× (goal ≥ 1.6× on 2 cores) ` +
      `${c.speedup >= 1.6 ? 'OK' : 'UNDER'}. The machine may be shared: rerun on an idle one before judging.`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
