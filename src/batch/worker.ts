/**
 * The worker thread of the batch pool: runs one job at a time and posts its outcome back.
 * Compiled to lib/batch/worker.js, which the pool starts (see pool.ts).
 */
import { parentPort } from 'node:worker_threads';
import { runJob, type FileJob } from './job';
import type { WorkerReply, WorkerRequest } from './pool';

const port = parentPort;
if (port) {
  port.on('message', (request: WorkerRequest) => {
    const reply = (outcome: WorkerReply['outcome']) =>
      port.postMessage({ id: request.id, outcome } as WorkerReply);
    runJob(request.job as FileJob).then(reply, (e: unknown) =>
      reply({ path: request.job.path, internalError: e instanceof Error ? e.message : String(e) }),
    );
  });
  // Modules are loaded: from now on the pool's clock measures the files, not the start-up.
  port.postMessage('ready');
}
