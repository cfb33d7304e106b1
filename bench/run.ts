import { BUNDLE_GOAL_BYTES, bundleBench } from './bundle';
import { engineBench } from './engine';

/** `npm run bench`: prints each benchmark with its goal. Not a test: numbers depend on the machine. */
function main(): void {
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
}

main();
