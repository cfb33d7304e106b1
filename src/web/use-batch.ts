/**
 * The batch: files picked or dropped, checked by the worker pool (progress n / N, cancellable),
 * then paired with last year's report of the same body within the batch and those re-checked with
 * it, as the CLI's batch does. Review states are applied here, on the page, so accepting a finding
 * recounts at once without a re-check.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { pairPrevious } from '../batch/identity';
import { acceptanceOf, applyReviews, type Acceptance } from '../report/reviews';
import type { Finding, Locale } from '../report/types';
import type { PickedFile } from './files';
import { Cancelled, createPool, PIPELINE, poolSize, type CheckerPool } from './pool';
import { loadReviews, reviewKey, saveReviews, type ReviewBook } from './reviews-store';
import type { CheckedFile } from './types';
import { unreadableResult, type FileResult } from './worker/protocol';

export interface BatchProgress {
  phase: 'check' | 'pair';
  done: number;
  total: number;
  file: string;
}

interface Entry {
  id: number;
  picked: PickedFile;
  result: FileResult | null;
}

export interface Batch {
  files: CheckedFile[];
  progress: BatchProgress | null;
  /** Files left unchecked by the last cancel. */
  cancelled: number;
  add(picked: readonly PickedFile[]): Promise<void>;
  cancel(): void;
  clear(): void;
  accept(file: CheckedFile, finding: Finding, reason: string): void;
  unaccept(file: CheckedFile, fingerprints: readonly string[]): void;
  /** The file's bytes, for the worker's annotate task. */
  bytesOf(file: CheckedFile): Promise<ArrayBuffer>;
  pool: CheckerPool;
}

/** How often results and progress are drawn while a batch is being checked. */
const REDRAW_MS = 250;

const storage = (): Storage | null => {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
};

/** Runs `work` on every item, at most `limit` at a time (bytes are read only when their turn comes). */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

export function useBatch(locale: Locale, pool: CheckerPool = defaultPool()): Batch {
  const [entries, setEntries] = useState<Entry[]>([]);
  const [progress, setProgress] = useState<BatchProgress | null>(null);
  const [cancelled, setCancelled] = useState(0);
  const [reviews, setReviews] = useState<ReviewBook>(() => loadReviews(storage()));
  const nextId = useRef(1);
  // The entries as last set: every change goes through it, so updates between renders see each other.
  const latest = useRef<Entry[]>([]);
  const run = useRef(0);

  useEffect(() => {
    saveReviews(storage(), reviews);
  }, [reviews]);

  // Results arrive faster than a table of a hundred rows redraws: they are shown in batches, a few
  // times a second, so the page stays responsive and the workers are never kept waiting.
  const settled = useRef(new Map<number, FileResult>());
  const flushTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const flush = useCallback(() => {
    if (flushTimer.current !== null) clearTimeout(flushTimer.current);
    flushTimer.current = null;
    const results = settled.current;
    if (results.size === 0) return;
    settled.current = new Map();
    const updated = latest.current.map((e) => {
      const result = results.get(e.id);
      return result ? { ...e, result } : e;
    });
    latest.current = updated;
    setEntries(updated);
  }, []);
  const settle = (id: number, result: FileResult) => {
    settled.current.set(id, result);
    flushTimer.current ??= setTimeout(flush, REDRAW_MS);
  };

  const checkOne = useCallback(
    async (entry: Entry, previous: FileResult | null): Promise<FileResult> => {
      const bytes = await entry.picked.file.arrayBuffer().catch(() => null);
      if (!bytes) return unreadableResult(entry.picked.file.name, '');
      return pool
        .check({
          kind: 'check',
          name: entry.picked.file.name,
          bytes,
          locale,
          previous: previous ? { name: previous.name, grids: previous.grids } : null,
        })
        .catch((e: unknown) => {
          if (e instanceof Cancelled) throw e;
          return unreadableResult(entry.picked.file.name, e instanceof Error ? e.message : String(e));
        });
    },
    [pool, locale],
  );

  const add = useCallback(
    async (picked: readonly PickedFile[]) => {
      if (picked.length === 0) return;
      const token = ++run.current;
      const fresh = picked.map((p) => ({ id: nextId.current++, picked: p, result: null }));
      const updated = [...latest.current, ...fresh];
      latest.current = updated;
      setEntries(updated);
      setCancelled(0);
      let done = 0;
      let shown = 0;
      setProgress({ phase: 'check', done, total: fresh.length, file: fresh[0].picked.path });
      try {
        // Enough files read ahead to keep every worker's pipeline full.
        await eachLimited(fresh, poolSize() * PIPELINE + 1, async (entry) => {
          // Cancelled or cleared: a lane still reading a file when it happened takes no more.
          if (token !== run.current) return;
          const result = await checkOne(entry, null);
          if (token !== run.current) return;
          done++;
          settle(entry.id, result);
          const now = performance.now();
          if (now - shown >= REDRAW_MS || done === fresh.length) {
            shown = now;
            setProgress({ phase: 'check', done, total: fresh.length, file: entry.picked.path });
          }
        });
        flush();
        // Last year's report of the same body, within everything dropped so far.
        const all = latest.current.filter((e) => e.result?.report);
        const pairs = pairPrevious(
          all.map((e) => ({ body: e.result?.body ?? null, year: e.result?.year ?? null })),
        );
        const todo = all
          .map((entry, i) => ({ entry, previous: pairs[i] === null ? null : all[pairs[i] as number] }))
          .filter(
            (p): p is { entry: Entry; previous: Entry } =>
              p.previous !== null && p.entry.result?.previous !== p.previous.picked.file.name,
          );
        let paired = 0;
        for (const { entry, previous } of todo) {
          if (token !== run.current) return;
          setProgress({ phase: 'pair', done: paired, total: todo.length, file: entry.picked.path });
          const result = await checkOne(entry, previous.result);
          paired++;
          if (token === run.current) settle(entry.id, result);
        }
        flush();
      } catch (e) {
        if (!(e instanceof Cancelled)) throw e;
      } finally {
        if (token === run.current) setProgress(null);
      }
    },
    [checkOne],
  );

  const cancel = useCallback(() => {
    run.current++;
    pool.cancel();
    flush();
    setProgress(null);
    const list = latest.current;
    const kept = list.filter((e) => e.result !== null);
    latest.current = kept;
    setEntries(kept);
    setCancelled(list.length - kept.length);
  }, [pool, flush]);

  const clear = useCallback(() => {
    run.current++;
    pool.cancel();
    settled.current = new Map();
    setProgress(null);
    setCancelled(0);
    latest.current = [];
    setEntries([]);
  }, [pool]);

  const files = useMemo(
    () =>
      entries
        .filter((e): e is Entry & { result: FileResult } => e.result !== null)
        .map((e) => toCheckedFile(e, reviews[reviewKey(e.picked.path, e.picked.file.size)] ?? [])),
    [entries, reviews],
  );

  const change = (file: CheckedFile, edit: (list: Acceptance[]) => Acceptance[]) =>
    setReviews((book) => {
      const key = reviewKey(file.path, file.size);
      const list = edit(book[key] ?? []);
      const next = { ...book };
      if (list.length > 0) next[key] = list;
      else delete next[key];
      return next;
    });

  return {
    files,
    progress,
    cancelled,
    add,
    cancel,
    clear,
    accept: (file, finding, reason) =>
      change(file, (list) => [
        ...list.filter((a) => a.fingerprint !== finding.fingerprint),
        acceptanceOf(finding, reason.trim()),
      ]),
    unaccept: (file, fingerprints) =>
      change(file, (list) => list.filter((a) => !fingerprints.includes(a.fingerprint))),
    bytesOf: (file) => {
      const entry = latest.current.find((e) => e.id === file.id);
      return entry ? entry.picked.file.arrayBuffer() : Promise.reject(new Error('file gone'));
    },
    pool,
  };
}

function toCheckedFile(
  entry: Entry & { result: FileResult },
  acceptances: readonly Acceptance[],
): CheckedFile {
  const { result } = entry;
  const base = { ...result, id: entry.id, path: entry.picked.path, size: entry.picked.file.size };
  if (!result.report) return base;
  const report = applyReviews(result.report, acceptances);
  return { ...base, report, status: report.valid ? 'valid' : 'invalid' };
}

let shared: CheckerPool | undefined;
function defaultPool(): CheckerPool {
  return (shared ??= createPool(poolSize()));
}
