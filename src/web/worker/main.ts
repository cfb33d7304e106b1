/**
 * The page's checking worker (webpack entry `web-worker`, one self-contained script: a worker made
 * from a blob cannot load more scripts from a page opened as a file). Answers each request once;
 * a failure is a message for the user, never a stack trace.
 */
import { setPdfBase } from './read-pdf';
import { READY, type TaskReply, type TaskRequest, type WorkerSetup } from './protocol';
import { runTask, TaskFailure } from './tasks';
import { wordsOf } from '../i18n';
import { workerWords } from '../i18n/worker';

interface WorkerScope {
  onmessage: ((event: MessageEvent<TaskRequest | WorkerSetup>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const message = event.data;
  if ('baseUrl' in message) {
    setPdfBase(message.baseUrl);
    return;
  }
  const { id, task } = message;
  runTask(task).then(
    (result) => {
      if ('status' in result) scope.postMessage({ id, ok: true, kind: 'check', result } satisfies TaskReply);
      else
        scope.postMessage({ id, ok: true, kind: 'file', file: result } satisfies TaskReply, [result.bytes]);
    },
    (e: unknown) => {
      const locale = 'locale' in task ? task.locale : 'zh-CN';
      const message =
        e instanceof TaskFailure
          ? e.message
          : wordsOf(workerWords, locale)('failed', { detail: e instanceof Error ? e.message : String(e) });
      scope.postMessage({ id, ok: false, message } satisfies TaskReply);
    },
  );
};

scope.postMessage(READY);
