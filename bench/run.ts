import { BUNDLE_GOAL_BYTES, bundleBench, withProductionBuild } from './bundle';
import { cliBench } from './cli';
import { DOCUMENT_GOAL_RATIO, documentsBench, type ReadCheck } from './documents';
import { engineBench } from './engine';
import { WEB_GOAL_INITIAL_BYTES, WEB_GOAL_LONG_TASK_MS, WEB_GOAL_RATIO, webBench } from './web';

/** `npm run bench`: prints each benchmark with its goal. Not a test: numbers depend on the machine. */
async function main(): Promise<void> {
  const e = engineBench();
  console.log(
    `engine: 300 stacked copies of table 三 (${e.cells} cells): check ${e.engineMs.toFixed(1)} ms, ` +
      `bare read+normalise ${e.bareMs.toFixed(1)} ms, ratio ${e.ratio.toFixed(2)}× (goal ≤ 3×) ${e.ratio <= 3 ? 'OK' : 'OVER'}`,
  );
  await withProductionBuild(async (outDir, source) => {
    const b = bundleBench(outDir, source);
    console.log(
      `task pane initial JS (${b.files.join(', ')}; ${b.source}): ${(b.rawBytes / 1024).toFixed(1)} KB minified, ` +
        `${(b.gzipBytes / 1024).toFixed(1)} KB gzip (goal ≤ ${BUNDLE_GOAL_BYTES / 1024} KB) ${b.gzipBytes <= BUNDLE_GOAL_BYTES ? 'OK' : 'OVER'}`,
    );
    const w = await webBench(outDir);
    if (!w) {
      console.log('web page: skipped (/usr/bin/chromium not installed)');
      return;
    }
    console.log(
      `web page: ${w.files} generated workbooks, the folder picked in dist/web.html from file:// (${w.workers} worker): ` +
        `${w.pageMs.toFixed(0)} ms against the CLI on 1 worker ${w.cliMs.toFixed(0)} ms, ratio ${w.ratio.toFixed(2)}× ` +
        `(goal ≤ ${WEB_GOAL_RATIO}×) ${w.ratio <= WEB_GOAL_RATIO ? 'OK' : 'OVER'}; longest main-thread task while checking ` +
        `${w.longestTaskMs.toFixed(0)} ms (goal ≤ ${WEB_GOAL_LONG_TASK_MS} ms) ${w.longestTaskMs <= WEB_GOAL_LONG_TASK_MS ? 'OK' : 'OVER'}; ` +
        `initial JS (${w.initialFiles.join(', ')}) ${(w.initialGzipBytes / 1024).toFixed(1)} KB gzip ` +
        `(goal ≤ ${WEB_GOAL_INITIAL_BYTES / 1024} KB) ${w.initialGzipBytes <= WEB_GOAL_INITIAL_BYTES ? 'OK' : 'OVER'}`,
    );
  });
  const c = await cliBench();
  console.log(
    `cli: ${c.files} generated workbooks: bare exceljs load ${c.bareMs.toFixed(0)} ms (one thread), ` +
      `check on 1 worker ${c.oneWorkerMs.toFixed(0)} ms, ratio ${c.loadRatio.toFixed(2)}× (goal ≤ 1.3×) ${c.loadRatio <= 1.3 ? 'OK' : 'OVER'}; ` +
      `check on ${c.cores} workers ${c.allWorkersMs.toFixed(0)} ms, speed-up ${c.speedup.toFixed(2)}× (goal ≥ 1.6× on 2 cores) ` +
      `${c.speedup >= 1.6 ? 'OK' : 'UNDER'}. The machine may be shared: rerun on an idle one before judging.`,
  );
  const d = await documentsBench();
  const goal = (ratio: number) =>
    `ratio ${ratio.toFixed(2)}× (goal ≤ ${DOCUMENT_GOAL_RATIO}×) ${ratio <= DOCUMENT_GOAL_RATIO ? 'OK' : 'OVER'}`;
  const found = (k: ReadCheck) =>
    `${k.tables} tables, ${k.errors} errors, ${k.warnings} warnings` +
    (k.tables === d.expected.tables && k.errors === d.expected.errors && k.warnings === d.expected.warnings
      ? ' (as the .txt)'
      : ` (the .txt ×${d.copies}: ${d.expected.tables}/${d.expected.errors}/${d.expected.warnings}) MISREAD`);
  console.log(
    `documents: the seed report ×${d.copies} as .docx (docx package), median of ${d.runs}: ` +
      `.xlsx of the same tables, exceljs load + grids ${d.xlsx.ms.toFixed(1)} ms, ${found(d.xlsx.check)}; ` +
      `.docx read ${d.docx.ms.toFixed(1)} ms, ${found(d.docx.check)}, ${goal(d.docx.ratio)}`,
  );
  console.log(
    d.pdf
      ? `pdf: ${d.pdf.pages} pages printed by LibreOffice: read as the CLI does (worker thread, pdfjs, layout) ` +
          `${d.pdf.ms.toFixed(1)} ms, ${found(d.pdf.check)}, ${goal(d.pdf.ratio)}; ` +
          `layout alone ${d.pdf.layoutMs.toFixed(1)} ms (${(d.pdf.layoutMs / d.xlsx.ms).toFixed(2)}×)`
      : 'pdf: skipped (LibreOffice not installed)',
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
