import { engineBench } from './engine';

/** `npm run bench`: prints each benchmark with its goal. Not a test: numbers depend on the machine. */
function main(): void {
  const e = engineBench();
  console.log(
    `engine: 300 stacked copies of table 三 (${e.cells} cells): check ${e.engineMs.toFixed(1)} ms, ` +
      `bare read+normalise ${e.bareMs.toFixed(1)} ms, ratio ${e.ratio.toFixed(2)}× (goal ≤ 3×) ${e.ratio <= 3 ? 'OK' : 'OVER'}`,
  );
}

main();
