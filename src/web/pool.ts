/**
 * The page's checking workers. The worker script is loaded on first use with a <script> tag (the
 * one way a page opened from file:// may load it) and started from its source as a blob. Tasks
 * queue in order; each worker holds up to PIPELINE of them (it runs them one at a time), so it
 * never waits for the page between two files while the page is drawing the last result. `cancel` ends every worker at once (a file being
 * read cannot be interrupted otherwise) and rejects what was waiting; the next task starts afresh.
 */
import { READY, type MadeFile, type FileResult, type Task, type TaskReply } from './worker/protocol';
import { TOOL_VERSION } from '../version';

declare const WEB_WORKER_GLOBAL: string;

/** Loaded once: the worker's source as a blob URL. */
let workerUrl: Promise<string> | undefined;

function loadWorkerUrl(): Promise<string> {
  return (workerUrl ??= new Promise<string>((resolve, reject) => {
    const globals = window as unknown as Record<string, unknown>;
    const ready = () => {
      const main = globals[WEB_WORKER_GLOBAL];
      if (typeof main !== 'function') {
        workerUrl = undefined; // a later call tries again
        return reject(new Error('the checking script did not load'));
      }
      resolve(URL.createObjectURL(new Blob([`(${String(main)})()`], { type: 'text/javascript' })));
    };
    if (typeof globals[WEB_WORKER_GLOBAL] === 'function') return ready();
    const script = document.createElement('script');
    script.src = `web-worker.js?v=${TOOL_VERSION}`;
    script.onload = ready;
    script.onerror = () => {
      workerUrl = undefined; // try again next time
      reject(new Error('web-worker.js could not be loaded'));
    };
    document.head.appendChild(script);
  }));
}

/** The task was cancelled before it finished. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

/** A failure the worker described for the user. */
export class TaskError extends Error {}

interface Pending {
  id: number;
  task: Task;
  transfer: Transferable[];
  resolve(reply: TaskReply): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  /** Sent to the worker (or about to be, once it is ready), in order. */
  running: Pending[];
}

/** Tasks handed to one worker at a time: the one it runs and the next. */
export const PIPELINE = 2;

export interface CheckerPool {
  check(task: Extract<Task, { kind: 'check' }>): Promise<FileResult>;
  make(task: Exclude<Task, { kind: 'check' }>, transfer?: Transferable[]): Promise<MadeFile>;
  /** Stops everything running or waiting: their promises reject with Cancelled. */
  cancel(): void;
}

export function createPool(size: number): CheckerPool {
  let slots: Slot[] = [];
  const queue: Pending[] = [];
  let nextId = 1;

  const start = async (): Promise<Slot> => {
    const url = await loadWorkerUrl();
    const worker = new Worker(url);
    let readyResolve: () => void = () => undefined;
    const slot: Slot = { worker, ready: new Promise<void>((r) => (readyResolve = r)), running: [] };
    worker.postMessage({ baseUrl: document.baseURI });
    worker.onmessage = (event: MessageEvent<unknown>) => {
      if (event.data === READY) return readyResolve();
      // pdf.js's parser talks on the same port (src/web/worker/read-pdf.ts): only our replies count.
      if (!isReply(event.data)) return;
      const reply = event.data;
      const done = slot.running.find((p) => p.id === reply.id);
      if (!done) return;
      slot.running = slot.running.filter((p) => p !== done);
      done.resolve(reply);
      pump();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const lost = slot.running;
      slot.running = [];
      for (const p of lost) p.reject(new TaskError(event.message || 'the checking worker stopped'));
      // A worker that failed to start is dropped; the next task starts another.
      slots = slots.filter((s) => s !== slot);
      worker.terminate();
      pump();
    };
    return slot;
  };

  let starting: Promise<void> | null = null;
  const pump = (): void => {
    if (queue.length === 0) return;
    // The least loaded worker with room; a new worker first while the pool may grow and all are busy.
    const free = slots
      .filter((s) => s.running.length < PIPELINE)
      .sort((a, b) => a.running.length - b.running.length)[0];
    const grow = slots.length < size && !starting && (!free || free.running.length > 0);
    if (free && !(grow && free.running.length > 0)) {
      const pending = queue.shift() as Pending;
      free.running.push(pending);
      void free.ready.then(() => {
        if (free.running.includes(pending))
          free.worker.postMessage({ id: pending.id, task: pending.task }, pending.transfer);
      });
      pump();
      return;
    }
    if (grow) {
      starting = start().then(
        (slot) => {
          slots.push(slot);
          starting = null;
          pump();
        },
        (e: unknown) => {
          starting = null;
          const error = e instanceof Error ? e : new Error(String(e));
          for (const p of queue.splice(0)) p.reject(error);
        },
      );
    }
  };

  const run = (task: Task, transfer: Transferable[]): Promise<TaskReply> =>
    new Promise<TaskReply>((resolve, reject) => {
      queue.push({ id: nextId++, task, transfer, resolve, reject });
      pump();
    }).then((reply) => {
      if (!reply.ok) throw new TaskError(reply.message);
      return reply;
    });

  return {
    async check(task) {
      const reply = await run(task, [task.bytes]);
      if (reply.ok && reply.kind === 'check') return reply.result;
      throw new TaskError('unexpected reply');
    },
    async make(task, transfer = []) {
      const reply = await run(task, transfer);
      if (reply.ok && reply.kind === 'file') return reply.file;
      throw new TaskError('unexpected reply');
    },
    cancel() {
      for (const slot of slots) {
        slot.worker.terminate();
        for (const p of slot.running) p.reject(new Cancelled());
      }
      slots = [];
      for (const p of queue.splice(0)) p.reject(new Cancelled());
    },
  };
}

function isReply(data: unknown): data is TaskReply {
  return (
    typeof data === 'object' &&
    data !== null &&
    typeof (data as { id?: unknown }).id === 'number' &&
    typeof (data as { ok?: unknown }).ok === 'boolean'
  );
}

/** Workers for a batch: one per core beyond the page's own, at most four. */
export function poolSize(): number {
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency || 2 : 2;
  return Math.max(1, Math.min(4, cores - 1));
}
