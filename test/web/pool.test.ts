/** @jest-environment ./test/support/dom-environment.js */
import './support/browser';
import type { Task } from '../../src/web/worker/protocol';
import { blobText, stubBlobUrls } from './support/blobs';
import { FakeWorker, hookScripts, settle, type ScriptOutcome } from './support/fake-worker';

type PoolModule = typeof import('../../src/web/pool');

/** webpack's DefinePlugin constant (webpack.config.js), a global here. */
const GLOBAL = '__disclosureCheckWorker';
(globalThis as unknown as { WEB_WORKER_GLOBAL: string }).WEB_WORKER_GLOBAL = GLOBAL;

let mod: PoolModule;
let script: { next: ScriptOutcome };
let scripts: ReturnType<typeof hookScripts>;
let urls: ReturnType<typeof stubBlobUrls>;

beforeEach(async () => {
  // The worker's source is loaded once per page: each test is a fresh page.
  jest.resetModules();
  mod = await import('../../src/web/pool');
  delete (window as unknown as Record<string, unknown>)[GLOBAL];
  FakeWorker.made = [];
  FakeWorker.autoReady = true;
  (globalThis as unknown as { Worker: unknown }).Worker = FakeWorker;
  script = { next: 'load' };
  scripts = hookScripts(GLOBAL, script);
  urls = stubBlobUrls();
});

afterEach(() => {
  scripts.restore();
  urls.restore();
});

const checkTask = (name: string): Extract<Task, { kind: 'check' }> => ({
  kind: 'check',
  name,
  bytes: new ArrayBuffer(8),
  locale: 'zh-CN',
  previous: null,
});

/** A promise's outcome so far, without waiting for it. */
function track<T>(promise: Promise<T>) {
  const state: { value?: T; error?: unknown; done: boolean } = { done: false };
  promise.then(
    (value) => Object.assign(state, { value, done: true }),
    (error: unknown) => Object.assign(state, { error, done: true }),
  );
  return state;
}

const names = (worker: FakeWorker) =>
  worker.tasks.map((t) => (t.task.kind === 'check' ? t.task.name : t.task.kind));

describe('createPool: loading and starting the worker', () => {
  test('loads web-worker.js once with a <script>, starts workers from its function as a blob, tells them where the page is', async () => {
    const pool = mod.createPool(2);
    const result = pool.check(checkTask('a.xlsx'));
    const other = pool.check(checkTask('b.xlsx'));
    await settle();
    expect(scripts.loaded).toEqual(['web-worker.js?v=0.1.0']);
    expect(FakeWorker.made).toHaveLength(2);
    const [url] = [...urls.blobs.keys()];
    expect(FakeWorker.made.map((w) => w.url)).toEqual([url, url]);
    // The function's source, called: a worker made from a blob runs it at once.
    const source = await blobText(urls.blobs.get(url) as Blob);
    expect(source).toMatch(/^\(function checkingWorkerMain\(\) \{[\s\S]*\}\)\(\)$/);
    expect(urls.blobs.get(url)?.type).toBe('text/javascript');
    expect(FakeWorker.made[0].received[0].data).toEqual({ baseUrl: document.baseURI });
    for (const worker of FakeWorker.made) worker.tasks.forEach((t) => worker.answer(t));
    await expect(result).resolves.toMatchObject({ name: 'a.xlsx' });
    await expect(other).resolves.toMatchObject({ name: 'b.xlsx' });
  });

  test('a script the page already has is not loaded again', async () => {
    (window as unknown as Record<string, unknown>)[GLOBAL] = function preloaded() {};
    const pool = mod.createPool(1);
    const result = pool.check(checkTask('a.xlsx'));
    await settle();
    expect(scripts.loaded).toEqual([]);
    FakeWorker.made[0].answer(FakeWorker.made[0].tasks[0]);
    await expect(result).resolves.toMatchObject({ name: 'a.xlsx' });
  });

  test('tasks are sent once the worker says it is ready, not before', async () => {
    FakeWorker.autoReady = false;
    const pool = mod.createPool(1);
    const result = track(pool.check(checkTask('a.xlsx')));
    await settle();
    const [worker] = FakeWorker.made;
    expect(worker.received.map((m) => m.data)).toEqual([{ baseUrl: document.baseURI }]);
    worker.ready();
    await settle();
    expect(names(worker)).toEqual(['a.xlsx']);
    // The file's bytes are transferred, not copied.
    expect(worker.received[1].transfer).toEqual([(worker.tasks[0].task as { bytes: ArrayBuffer }).bytes]);
    worker.answer(worker.tasks[0]);
    await settle();
    expect(result.value).toMatchObject({ name: 'a.xlsx' });
  });

  test('a script that fails to load rejects the tasks waiting; a later task tries again', async () => {
    script.next = 'fail';
    const pool = mod.createPool(2);
    const first = pool.check(checkTask('a.xlsx'));
    const second = pool.check(checkTask('b.xlsx'));
    await expect(first).rejects.toThrow('web-worker.js could not be loaded');
    await expect(second).rejects.toThrow('web-worker.js could not be loaded');
    expect(FakeWorker.made).toHaveLength(0);

    script.next = 'load';
    const again = pool.check(checkTask('c.xlsx'));
    await settle();
    expect(scripts.loaded).toHaveLength(2);
    FakeWorker.made[0].answer(FakeWorker.made[0].tasks[0]);
    await expect(again).resolves.toMatchObject({ name: 'c.xlsx' });
  });

  test('a script that loads without defining the worker rejects with a message', async () => {
    script.next = 'empty';
    const pool = mod.createPool(1);
    await expect(pool.check(checkTask('a.xlsx'))).rejects.toThrow('the checking script did not load');
    expect(FakeWorker.made).toHaveLength(0);
    // A later task loads the script again (a reload of the page is not needed).
    script.next = 'load';
    const again = pool.check(checkTask('b.xlsx'));
    await settle();
    expect(scripts.loaded).toHaveLength(2);
    FakeWorker.made[0].answer(FakeWorker.made[0].tasks[0]);
    await expect(again).resolves.toMatchObject({ name: 'b.xlsx' });
  });
});

describe('createPool: replies and the queue', () => {
  test('replies are matched by id, whichever worker answers first and in whatever order', async () => {
    const pool = mod.createPool(2);
    const files = ['1.xlsx', '2.xlsx', '3.xlsx', '4.xlsx'];
    const results = files.map((name) => pool.check(checkTask(name)));
    await settle();
    const [one, two] = FakeWorker.made;
    expect(FakeWorker.made).toHaveLength(2);
    expect([...names(one), ...names(two)].sort()).toEqual(files);
    // Last sent first, across both workers.
    const all = [...one.tasks.map((t) => [one, t] as const), ...two.tasks.map((t) => [two, t] as const)];
    all.sort((a, b) => b[1].id - a[1].id);
    for (const [worker, request] of all) {
      worker.answer(request);
      await settle(2);
    }
    await expect(Promise.all(results)).resolves.toEqual(
      files.map((name) => expect.objectContaining({ name })),
    );
  });

  test('a reply for another worker’s task, or for no task, settles nothing', async () => {
    const pool = mod.createPool(2);
    const a = track(pool.check(checkTask('a.xlsx')));
    const b = track(pool.check(checkTask('b.xlsx')));
    await settle();
    const [one, two] = FakeWorker.made;
    const [taskOfTwo] = two.tasks;
    one.answer(taskOfTwo);
    one.answer({ id: 999, task: checkTask('x.xlsx') });
    await settle();
    expect([a.done, b.done]).toEqual([false, false]);
    two.answer(taskOfTwo);
    one.answer(one.tasks[0]);
    await settle();
    expect([a.value?.name, b.value?.name]).toEqual(['a.xlsx', 'b.xlsx']);
  });

  test.each([
    ['pdf.js saying its parser is ready', { sourceName: 'worker', targetName: 'main', action: 'ready' }],
    ['pdf.js answering a callback', { sourceName: 'worker', targetName: 'main', callbackId: 1, data: {} }],
    ['an id without ok', { id: 1, result: {} }],
    ['ok without an id', { ok: true, kind: 'check', result: {} }],
    ['a string id', { id: '1', ok: true, kind: 'check', result: {} }],
    ['text', 'hello'],
    ['nothing', null],
  ])('other messages on the worker’s port are ignored: %s', async (_what, message) => {
    const pool = mod.createPool(1);
    const result = track(pool.check(checkTask('a.xlsx')));
    await settle();
    const [worker] = FakeWorker.made;
    expect(worker.tasks[0].id).toBe(1);
    worker.post(message);
    await settle();
    expect(result.done).toBe(false);
    worker.answer(worker.tasks[0]);
    await settle();
    expect(result.value).toMatchObject({ name: 'a.xlsx' });
  });

  test('each worker holds at most PIPELINE (2) tasks and is given the next as soon as one is answered', async () => {
    expect(mod.PIPELINE).toBe(2);
    const pool = mod.createPool(1);
    const files = ['1', '2', '3', '4', '5'].map((n) => `${n}.xlsx`);
    const results = files.map((name) => track(pool.check(checkTask(name))));
    await settle();
    const [worker] = FakeWorker.made;
    const seen: number[] = [];
    while (worker.outstanding.length > 0) {
      seen.push(worker.outstanding.length);
      worker.answer(worker.outstanding[0]);
      await settle();
    }
    // Full while the queue lasts, then draining.
    expect(seen).toEqual([2, 2, 2, 2, 1]);
    expect(names(worker)).toEqual(files);
    expect(results.map((r) => r.value?.name)).toEqual(files);
    expect(FakeWorker.made).toHaveLength(1);
  });

  test('the pool grows to its size and no further, each worker with at most PIPELINE tasks', async () => {
    const pool = mod.createPool(3);
    const results = Array.from({ length: 10 }, (_, i) => track(pool.check(checkTask(`${i}.xlsx`))));
    await settle();
    expect(FakeWorker.made).toHaveLength(3);
    expect(FakeWorker.made.map((w) => w.outstanding.length)).toEqual([2, 2, 2]);
    while (results.some((r) => !r.done)) {
      for (const worker of FakeWorker.made) {
        expect(worker.outstanding.length).toBeLessThanOrEqual(mod.PIPELINE);
        if (worker.outstanding.length > 0) worker.answer(worker.outstanding[0]);
      }
      await settle();
    }
    expect(FakeWorker.made).toHaveLength(3);
    expect(results.every((r) => r.value !== undefined)).toBe(true);
  });

  test('one task starts one worker: the pool grows only when its workers are busy', async () => {
    const pool = mod.createPool(4);
    const result = pool.check(checkTask('a.xlsx'));
    await settle();
    expect(FakeWorker.made).toHaveLength(1);
    FakeWorker.made[0].answer(FakeWorker.made[0].tasks[0]);
    await result;
    const next = pool.check(checkTask('b.xlsx'));
    await settle();
    expect(FakeWorker.made).toHaveLength(1);
    FakeWorker.made[0].answer(FakeWorker.made[0].tasks[1]);
    await expect(next).resolves.toMatchObject({ name: 'b.xlsx' });
  });

  test('a failure the worker reports rejects with a TaskError carrying its message', async () => {
    const pool = mod.createPool(1);
    const made = pool.make({ kind: 'template', source: null, year: null, locale: 'zh-CN' });
    await settle();
    const [worker] = FakeWorker.made;
    worker.reply({ id: worker.tasks[0].id, ok: false, message: '未找到年报表格' });
    await expect(made).rejects.toThrow(new mod.TaskError('未找到年报表格'));
    await expect(made).rejects.toBeInstanceOf(mod.TaskError);
  });
});

describe('createPool: cancel and errors', () => {
  test('cancel ends the workers and rejects running and queued tasks with Cancelled; a later task starts a fresh worker', async () => {
    const pool = mod.createPool(1);
    const results = ['1', '2', '3'].map((n) => pool.check(checkTask(`${n}.xlsx`)));
    await settle();
    const [old] = FakeWorker.made;
    expect(old.outstanding).toHaveLength(2);
    pool.cancel();
    for (const result of results) await expect(result).rejects.toBeInstanceOf(mod.Cancelled);
    expect(old.terminated).toBe(true);

    const later = pool.check(checkTask('4.xlsx'));
    await settle();
    expect(FakeWorker.made).toHaveLength(2);
    const fresh = FakeWorker.made[1];
    expect(names(fresh)).toEqual(['4.xlsx']);
    fresh.answer(fresh.tasks[0]);
    await expect(later).resolves.toMatchObject({ name: '4.xlsx' });
    // The script was loaded once for both.
    expect(scripts.loaded).toHaveLength(1);
  });

  test('a worker that fails rejects its tasks with TaskError, is ended, and the queue goes on in a new one', async () => {
    const pool = mod.createPool(1);
    const results = ['1', '2', '3'].map((n) => track(pool.check(checkTask(`${n}.xlsx`))));
    await settle();
    const [broken] = FakeWorker.made;
    broken.fail('out of memory');
    await settle();
    expect(results.map((r) => r.done)).toEqual([true, true, false]);
    for (const r of results.slice(0, 2)) {
      expect(r.error).toBeInstanceOf(mod.TaskError);
      expect((r.error as Error).message).toBe('out of memory');
    }
    expect(broken.terminated).toBe(true);
    // Handled: the browser does not report it as uncaught.
    expect(broken.errors[0].defaultPrevented).toBe(true);

    const fresh = FakeWorker.made[1];
    expect(names(fresh)).toEqual(['3.xlsx']);
    fresh.answer(fresh.tasks[0]);
    await settle();
    expect(results[2].value).toMatchObject({ name: '3.xlsx' });
  });

  test('an error without a message still says the worker stopped', async () => {
    const pool = mod.createPool(1);
    const result = pool.check(checkTask('a.xlsx'));
    await settle();
    FakeWorker.made[0].fail('');
    await expect(result).rejects.toThrow('the checking worker stopped');
  });
});

describe('poolSize', () => {
  test.each([
    [undefined, 1],
    [1, 1],
    [2, 1],
    [4, 3],
    [5, 4],
    [16, 4],
  ])('%s cores → %i workers', (cores, expected) => {
    const spy = jest.spyOn(navigator, 'hardwareConcurrency', 'get').mockReturnValue(cores as number);
    expect(mod.poolSize()).toBe(expected);
    spy.mockRestore();
  });
});
