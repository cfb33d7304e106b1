/**
 * A dedicated worker for jsdom (which has none), standing in for the page's checking worker, and
 * the <script> that loads the worker's source. The worker follows the HTML standard's dedicated
 * worker semantics (https://html.spec.whatwg.org/multipage/workers.html#dedicated-workers-and-the-worker-interface,
 * and #message-ports for postMessage):
 * - postMessage never delivers during the call: each message is a task queued on the receiver's
 *   event loop, and messages arrive in the order they were sent (a port's message queue is FIFO;
 *   here each is a timer of delay 0, which Node runs in the order they were set);
 * - after terminate() nothing more is delivered, in either direction;
 * - an uncaught error in the worker reaches the page as an ErrorEvent on `onerror`, cancelable:
 *   preventDefault() marks it handled (the browser then does not report it on the console).
 * What the worker does with a task is up to the test: it reads `tasks` and calls `reply`.
 */
import { READY, type TaskReply, type TaskRequest } from '../../../src/web/worker/protocol';

const later = (then: () => void) => void setTimeout(then, 0);

export class FakeWorker {
  /** Every worker made, in order. */
  static made: FakeWorker[] = [];
  /** Whether a new worker says READY by itself once started (its modules loaded). */
  static autoReady = true;

  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  /** Messages the worker received, in order, with their transfer lists. */
  readonly received: { data: unknown; transfer: readonly Transferable[] }[] = [];
  readonly repliedIds = new Set<number>();
  terminated = false;
  /** Error events delivered to the page, to see whether it handled them. */
  readonly errors: ErrorEvent[] = [];

  constructor(readonly url: string) {
    FakeWorker.made.push(this);
    if (FakeWorker.autoReady) this.ready();
  }

  // ---- the page's side ----

  postMessage(data: unknown, transfer: readonly Transferable[] = []): void {
    if (this.terminated) return;
    later(() => {
      if (!this.terminated) this.received.push({ data, transfer });
    });
  }

  terminate(): void {
    this.terminated = true;
  }

  // ---- the worker's side ----

  /** The task requests received, in order. */
  get tasks(): TaskRequest[] {
    return this.received.map((m) => m.data).filter((d): d is TaskRequest => isRequest(d));
  }

  /** Task requests received and not answered yet. */
  get outstanding(): TaskRequest[] {
    return this.tasks.filter((t) => !this.repliedIds.has(t.id));
  }

  ready(): void {
    this.post(READY);
  }

  post(data: unknown): void {
    if (this.terminated) return;
    later(() => {
      if (!this.terminated) this.onmessage?.(new MessageEvent('message', { data }));
    });
  }

  reply(reply: TaskReply): void {
    this.repliedIds.add(reply.id);
    this.post(reply);
  }

  /** A check's answer: a result named after the task's file. */
  answer(request: TaskRequest): void {
    if (request.task.kind === 'check')
      this.reply({ id: request.id, ok: true, kind: 'check', result: resultNamed(request.task.name) });
    else this.reply({ id: request.id, ok: true, kind: 'file', file: { bytes: new ArrayBuffer(1) } });
  }

  /** An uncaught error inside the worker. */
  fail(message: string): void {
    later(() => {
      if (this.terminated) return;
      const event = new ErrorEvent('error', { message, cancelable: true });
      this.errors.push(event);
      this.onerror?.(event);
    });
  }
}

function isRequest(data: unknown): data is TaskRequest {
  return typeof data === 'object' && data !== null && 'id' in data && 'task' in data;
}

export function resultNamed(name: string) {
  return {
    name,
    status: 'valid' as const,
    report: null,
    error: null,
    format: 'xlsx',
    notices: [],
    body: null,
    year: null,
    editions: [],
    previous: null,
    grids: [],
  };
}

/** Lets every message and callback queued so far (and those they queue) run. */
export async function settle(turns = 10): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

export type ScriptOutcome = 'load' | 'fail' | 'empty';

/**
 * The worker script's <script> tag, as the browser would run it: appending it to the head loads it
 * later; 'load' defines `window[global]` (the worker's main function) and fires onload, 'fail'
 * fires onerror (the file is missing), 'empty' fires onload without defining anything.
 */
export function hookScripts(global: string, outcome: { next: ScriptOutcome }) {
  const loaded: string[] = [];
  const head = document.head;
  const append = head.appendChild.bind(head);
  const spy = jest.spyOn(head, 'appendChild').mockImplementation(<T extends Node>(node: T): T => {
    append(node);
    if (node instanceof HTMLScriptElement) {
      const script = node;
      loaded.push(script.getAttribute('src') ?? '');
      const what = outcome.next;
      later(() => {
        if (what === 'fail') return script.onerror?.(new Event('error'));
        if (what === 'load')
          (window as unknown as Record<string, unknown>)[global] = function checkingWorkerMain() {
            return 'the worker runs';
          };
        script.onload?.(new Event('load'));
      });
    }
    return node;
  });
  return { loaded, restore: () => spy.mockRestore() };
}
