/**
 * The page's CheckerPool without workers: each task runs in this thread through the worker's own
 * runTask, so the real readers, engine and download makers run. Failures come back as the real
 * pool gives them: a TaskError with the message the worker would post (src/web/worker/main.ts).
 * Results are not copied as postMessage would copy them; the page never changes them, so sharing
 * them is harmless here.
 */
import { TaskError, type CheckerPool } from '../../../src/web/pool';
import type { Task } from '../../../src/web/worker/protocol';
import { runTask, TaskFailure } from '../../../src/web/worker/tasks';

export interface InProcessPool extends CheckerPool {
  /** Every task run, in order. */
  tasks: Task[];
}

export function inProcessPool(): InProcessPool {
  const tasks: Task[] = [];
  const run = async (task: Task) => {
    tasks.push(task);
    try {
      return await runTask(task);
    } catch (e) {
      throw new TaskError(e instanceof TaskFailure ? e.message : `worker failed: ${String(e)}`);
    }
  };
  return {
    tasks,
    async check(task) {
      const result = await run(task);
      if (!('status' in result)) throw new TaskError('unexpected reply');
      return result;
    },
    async make(task) {
      const made = await run(task);
      if ('status' in made) throw new TaskError('unexpected reply');
      return made;
    },
    // Nothing runs in the background: every task has finished or is finishing in this thread.
    cancel() {},
  };
}
