import { checkGrids } from '../check';
import { applyReviews } from '../report/reviews';
import type { Locale } from '../report/types';
import { guardSheets, OP_OVERHEAD_BYTES, runOps, textBytes, type Op } from './batches';
import {
  checkOptions,
  chooseSheets,
  commentsDegraded,
  countCells,
  markSnapshot,
  notePlan,
  noteMode,
  readingDegraded,
  restoredMarks,
  touchedSheets,
} from './check-plan';
import { cellKey, planComments, queueCommentDetails, queueComments, type CommentInfo } from './comments';
import { failure, FailureSignal } from './errors';
import { planMarks, type MarkPlan } from './marks';
import { deleteOps, noteOps, paintOps, type NoteMode } from './paint';
import { formatLookup, gridOf, readNamed, type SheetData } from './read';
import type { ExcelFeatures } from './requirements';
import { restoreOps } from './restore';
import { queueReviews } from './reviews';
import {
  mergeSnapshots,
  parseSnapshot,
  resolveSnapshot,
  serializeSnapshot,
  SNAPSHOT_KEY,
  type SheetRef,
  type Snapshot,
  type UnresolvedSheet,
} from './snapshot';
import type { CheckProgress, CheckRequest, CheckResult, CheckScope } from './types';

/** Painting failed part-way: the caller rolls back with `snapshot` (earlier and new originals). */
export class PaintFailed extends Error {
  constructor(
    readonly failedWith: unknown,
    readonly snapshot: Snapshot,
  ) {
    super('painting failed');
  }
}

export interface CheckRun {
  result: CheckResult;
  /** Snapshot written by this run (for rollback when painting fails). */
  painted: Snapshot;
  previous: Snapshot | undefined;
}

/**
 * One validation in three syncs whatever the number of sheets and findings:
 * 1. sheet list, protection, active sheet, stored snapshot and review states; 2. values, formats,
 * merges, notes of every checked sheet; 3. restore earlier marks, paint, notes and the new snapshot
 * (split only when a request would pass the payload limit).
 */
export async function runCheck(
  context: Excel.RequestContext,
  scope: CheckScope,
  locale: Locale,
  features: ExcelFeatures,
  onProgress?: (p: CheckProgress) => void,
  request: CheckRequest = {},
): Promise<CheckRun> {
  const start = queueStart(context, features);
  await context.sync();
  const book = workbookState(start);
  const lastYear = typeof request.previous === 'object' ? request.previous.sheet : null;
  const { targets, names } = chooseSheets(scope, start.active.name, book.names, lastYear);
  onProgress?.({ done: 0, total: targets.length });
  const { read, readComments } = await readChecked(context, names, features, start.commentList);
  const readings = read.slice(0, targets.length);
  const report = checkReadings(
    readings,
    read,
    { locale, request, lastYear, total: targets.length },
    onProgress,
  );
  const acceptances = start.readReviews();
  // Accepted findings (已确认) stay in the report for the pane to list, but are not painted.
  const plan = planMarks(applyReviews(report, acceptances).findings);
  const mode = noteMode(features);
  const unmerged = read.filter((s) => s.mergesUnread).map((s) => s.name);
  const degraded = readingDegraded(features, unmerged, mode, book.lost);
  const targetSet = new Set(targets);
  const restored = restoredMarks(book.previous, targetSet, plan);
  const lookups = readings.map((r) => ({ name: r.name, lookup: formatLookup(r) }));
  const built = markSnapshot(lookups, plan, book.previous, targetSet);
  const touched = touchedSheets(plan, restored);
  const result: CheckResult = { scope, report, checkedAt: new Date(), degraded, acceptances, ...UNPAINTED };
  const locked = touched.filter(book.isProtected);
  if (locked.length)
    throw new FailureSignal({ ...failure('protected', { sheets: locked.join('”、“') }), result });

  const paint = paintSteps(readings, readComments(), { plan, mode, locale, restored, targetSet, touched });
  result.degraded = [...degraded, ...commentsDegraded(mode, plan, paint.foreign, paint.comments)];
  const ops = [...paint.ops, snapshotOp(built, book.refs, book.lost, !start.stored.isNullObject)];
  await paintOrFail(context, ops, paint.fixes, () => mergeSnapshots(book.previous, built));
  Object.assign(result, { painted: countCells(plan), notes: paint.notes });
  return { result, painted: built, previous: book.previous };
}

/** A result's counts before the paint has run. */
const UNPAINTED = { painted: 0, notes: 0 } as const;

/** Runs the paint's ops, then the restore's fixes; on failure, hands the caller what to roll back with. */
async function paintOrFail(
  context: Excel.RequestContext,
  ops: Op[],
  fixes: () => Op[],
  rollback: () => Snapshot,
): Promise<void> {
  try {
    await runOps(context, ops);
    await runOps(context, fixes());
  } catch (error) {
    throw new PaintFailed(error, rollback());
  }
}

/** The checked sheets through the engine (progress per sheet), with last year's sheet when chosen. */
function checkReadings(
  readings: readonly SheetData[],
  read: readonly SheetData[],
  ask: { locale: Locale; request: CheckRequest; lastYear: string | null; total: number },
  onProgress?: (p: CheckProgress) => void,
) {
  const grids = readings.map((reading, i) => {
    onProgress?.({ done: i + 1, total: ask.total, sheet: reading.name });
    return gridOf(reading);
  });
  const last = ask.lastYear === null ? undefined : read.find((s) => s.name === ask.lastYear);
  const lastYear = last && { grid: gridOf(last), name: last.name };
  return checkGrids(grids, checkOptions(ask.locale, ask.request, lastYear));
}

/** First sync: the sheet list with protection, the active sheet, the stored snapshot, reviews, comments. */
function queueStart(context: Excel.RequestContext, features: ExcelFeatures) {
  const workbook = context.workbook;
  const worksheets = workbook.worksheets.load('items/name,items/id,items/protection/protected');
  const active = worksheets.getActiveWorksheet().load('name');
  const stored = workbook.settings.getItemOrNullObject(SNAPSHOT_KEY).load('value');
  const readReviews = queueReviews(context);
  const commentList = features.comments ? queueComments(context) : undefined;
  return { worksheets, active, stored, readReviews, commentList };
}

/** The workbook as the first sync found it: its sheets, and the earlier marks matched to them. */
function workbookState({ worksheets, stored }: ReturnType<typeof queueStart>) {
  const refs: SheetRef[] = worksheets.items.map((ws) => ({ id: ws.id, name: ws.name }));
  const resolved = stored.isNullObject ? undefined : resolveSnapshot(parseSnapshot(stored.value), refs);
  const protectionBySheet = new Map(worksheets.items.map((ws) => [ws.name, ws.protection.protected]));
  return {
    refs,
    names: worksheets.items.map((ws) => ws.name),
    previous: resolved?.snapshot,
    lost: resolved?.missing ?? [],
    isProtected: (sheet: string) => protectionBySheet.get(sheet) === true,
  };
}

/** Second sync: the sheets' cells (and notes), with the comments' cells and replies. */
async function readChecked(
  context: Excel.RequestContext,
  names: string[],
  features: ExcelFeatures,
  commentList: Excel.CommentCollection | undefined,
) {
  let readComments: () => CommentInfo[] = () => [];
  const options = { formats: true, merges: features.merges, notes: features.notes, valuesOnly: false };
  const read = await readNamed(context, names, options, () => {
    if (commentList) readComments = queueCommentDetails(commentList);
  });
  return { read, readComments };
}

/**
 * Third sync's ops, bar the snapshot: guard the sheets, restore earlier marks, delete the add-in's
 * notes and comments, paint, and add notes. Ours are replaced, unless someone replied to one; nothing
 * is added where a comment stays, nor on a sheet with someone else's notes.
 */
function paintSteps(
  readings: readonly SheetData[],
  commentInfos: CommentInfo[],
  p: {
    plan: MarkPlan;
    mode: NoteMode;
    locale: Locale;
    restored: Snapshot;
    targetSet: Set<string>;
    touched: string[];
  },
) {
  const comments = planComments(commentInfos);
  const { ours, noteSheets, foreign } = notePlan(
    readings.map((r) => ({ name: r.name, notes: r.notes?.items })),
  );
  const allowed = (sheet: string, address: string) =>
    noteSheets.has(sheet) && !comments.occupied.has(cellKey(sheet, address));
  const notes = noteOps(p.plan, p.mode, allowed, p.locale);
  const restore = restoreOps(p.restored, p.targetSet);
  const ops: Op[] = [
    ...guardSheets(p.touched),
    ...restore.ops,
    ...deleteOps([...comments.remove, ...ours]),
    ...paintOps(p.plan),
    ...notes,
  ];
  return { ops, fixes: () => restore.fixes(), notes: notes.length, foreign, comments };
}

/** Stores the new snapshot (marks on sheets not found are kept for a later 清除标记), or deletes it. */
function snapshotOp(
  snapshot: Snapshot,
  sheets: readonly SheetRef[],
  lost: readonly UnresolvedSheet[],
  hadPrevious: boolean,
): Op {
  const empty = Object.keys(snapshot.sheets).length === 0 && lost.length === 0;
  const json = serializeSnapshot(snapshot, sheets, lost);
  return {
    bytes: textBytes(json) + OP_OVERHEAD_BYTES.setting,
    queue: (context) => {
      const settings = context.workbook.settings;
      if (!empty) settings.add(SNAPSHOT_KEY, json);
      else if (hadPrevious) settings.getItemOrNullObject(SNAPSHOT_KEY).delete();
    },
  };
}
