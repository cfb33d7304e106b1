/**
 * Runs the jobs of a batch on a pool of worker threads (one per core by default) and hands the
 * outcomes back strictly in input order, as soon as each is next in line. At most `window` jobs
 * are in flight or waiting to be emitted, so memory stays bounded however long the batch.
 * A worker that runs past the time limit, or dies (out of memory), is terminated and replaced;
 * its file gets an outcome saying why, and the batch goes on.
 *
 * Without a compiled worker script (running from TypeScript sources, as the unit tests do) the
 * jobs run in-process one at a time; the time limit then cannot stop a running file.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { runJob, type FileJob, type JobOutcome } from './job';

export interface WorkerRequest {
  id: number;
  job: FileJob;
}

export interface WorkerReply {
  id: number;
  outcome: JobOutcome;
}

export interface PoolOptions {
  /** Worker threads; 0 runs in-process. Default: one per core, never more than the jobs. */
  workers?: number;
  /** The compiled worker script; default lib/batch/worker.js next to this module, when present. */
  workerScript?: string | null;
  /** Extra Node options for the workers (tests load TypeScript through a hook). */
  execArgv?: string[];
  /** Called after each file, in completion order, for a progress display. */
  onProgress?(done: number, total: number): void;
}

export function defaultWorkerScript(): string | null {
  const script = join(__dirname, 'worker.js');
  return existsSync(script) ? script : null;
}

export function defaultWorkerCount(): number {
  return availableParallelism();
}

/** Runs every job; `emit` gets each outcome in input order. Resolves when all are emitted. */
export async function runBatch(
  jobs: readonly FileJob[],
  options: PoolOptions,
  emit: (outcome: JobOutcome, index: number) => void | Promise<void>,
): Promise<void> {
  const script = options.workerScript === undefined ? defaultWorkerScript() : options.workerScript;
  const count = Math.min(options.workers ?? defaultWorkerCount(), jobs.length);
  let done = 0;
  const progress = () => options.onProgress?.(++done, jobs.length);
  if (script === null || count === 0) {
    for (let i = 0; i < jobs.length; i++) {
      await emit(await runJob(jobs[i]), i);
      progress();
    }
    return;
  }
  const ordered = new InOrder(emit);
  const window = Math.max(16, count * 4);
  let next = 0;
  await new Promise<void>((resolve, reject) => {
    const slots: Slot[] = [];
    let finished = 0;
    const feed = (slot: Slot) => {
      if (next >= jobs.length || next >= ordered.nextToEmit + window) return;
      const index = next++;
      slot.run(index, jobs[index]);
    };
    const onOutcome = (index: number, outcome: JobOutcome) => {
      progress();
      ordered.add(index, outcome).then(() => {
        if (++finished === jobs.length) {
          for (const s of slots) s.close();
          resolve();
        } else for (const s of slots) if (s.idle) feed(s);
      }, reject);
    };
    for (let i = 0; i < count; i++) {
      const slot = new Slot(script, options, onOutcome);
      slots.push(slot);
      slot.onReady = () => feed(slot);
    }
  });
}

/** Emits outcomes in index order, holding back those that finish early. */
class InOrder {
  nextToEmit = 0;
  private readonly held = new Map<number, JobOutcome>();
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly emit: (outcome: JobOutcome, index: number) => void | Promise<void>) {}

  add(index: number, outcome: JobOutcome): Promise<void> {
    this.held.set(index, outcome);
    this.chain = this.chain.then(async () => {
      while (this.held.has(this.nextToEmit)) {
        const o = this.held.get(this.nextToEmit) as JobOutcome;
        this.held.delete(this.nextToEmit);
        await this.emit(o, this.nextToEmit);
        this.nextToEmit++;
      }
    });
    return this.chain;
  }
}

/** One worker thread and the job it is running; replaces its worker after a timeout or crash. */
class Slot {
  idle = false;
  onReady: () => void = () => undefined;
  private worker!: Worker;
  private current: { index: number; job: FileJob; timer: NodeJS.Timeout } | null = null;
  private closed = false;

  constructor(
    private readonly script: string,
    private readonly options: PoolOptions,
    private readonly onOutcome: (index: number, outcome: JobOutcome) => void,
  ) {
    this.start();
  }

  private start(): void {
    const worker = new Worker(this.script, { execArgv: this.options.execArgv });
    this.worker = worker;
    worker.on('message', (message: WorkerReply | 'ready') => {
      if (message === 'ready') {
        this.idle = true;
        this.onReady();
        return;
      }
      this.finish(message.outcome);
    });
    worker.on('error', (e: Error) => this.fail(worker, e.message));
    worker.on('exit', () => this.fail(worker, 'the worker stopped'));
  }

  run(index: number, job: FileJob): void {
    this.idle = false;
    const timer = setTimeout(() => this.timeout(), job.limits.timeoutMs);
    this.current = { index, job, timer };
    this.worker.postMessage({ id: index, job } satisfies WorkerRequest);
  }

  close(): void {
    this.closed = true;
    void this.worker.terminate();
  }

  /** `ready`: the worker can take the next job now (not while a replacement is starting). */
  private finish(outcome: JobOutcome, ready = true): void {
    const current = this.current;
    if (!current) return;
    clearTimeout(current.timer);
    this.current = null;
    this.idle = ready;
    this.onOutcome(current.index, outcome);
  }

  private timeout(): void {
    const current = this.current;
    if (!current) return;
    const ext = current.job.path.match(/\.[^./\\]*$/)?.[0]?.toLowerCase() ?? '';
    this.replace();
    this.finish(
      { path: current.job.path, inputError: { code: 'timeout', ext, limit: current.job.limits.timeoutMs } },
      false,
    );
  }

  /** A crash (error or unexpected exit) of the worker running a job: that file fails, a new worker starts. */
  private fail(worker: Worker, detail: string): void {
    if (this.closed || worker !== this.worker) return;
    const current = this.current;
    this.replace();
    if (current) this.finish({ path: current.job.path, internalError: detail }, false);
  }

  private replace(): void {
    const old = this.worker;
    this.idle = false;
    this.start();
    void old.terminate();
  }
}
