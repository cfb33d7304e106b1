/**
 * The page's checking workers. The worker script is loaded on first use with a <script> tag (the
 * one way a page opened from file:// may load it) and started from its source as a blob. Tasks
 * queue in order; each worker runs one at a time. `cancel` ends every worker at once (a file being
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
      if (typeof main !== 'function') return reject(new Error('the checking script did not load'));
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
  busy: Pending | null;
}

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
    const slot: Slot = { worker, ready: new Promise<void>((r) => (readyResolve = r)), busy: null };
    worker.postMessage({ baseUrl: document.baseURI });
    worker.onmessage = (event: MessageEvent<unknown>) => {
      if (event.data === READY) return readyResolve();
      // pdf.js's parser talks on the same port (src/web/worker/read-pdf.ts): only our replies count.
      if (!isReply(event.data)) return;
      const done = slot.busy;
      if (!done || event.data.id !== done.id) return;
      slot.busy = null;
      done.resolve(event.data);
      pump();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      const done = slot.busy;
      slot.busy = null;
      done?.reject(new TaskError(event.message || 'the checking worker stopped'));
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
    const idle = slots.find((s) => s.busy === null);
    if (idle) {
      const pending = queue.shift() as Pending;
      idle.busy = pending;
      void idle.ready.then(() => {
        if (idle.busy === pending)
          idle.worker.postMessage({ id: pending.id, task: pending.task }, pending.transfer);
      });
      pump();
      return;
    }
    if (slots.length < size && !starting) {
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
        slot.busy?.reject(new Cancelled());
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
