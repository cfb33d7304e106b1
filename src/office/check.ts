import { checkGrids, type CheckOptions } from '../check';
import { ruleIdsTagged } from '../rules';
import type { Text } from '../format';
import { applyReviews } from '../report/reviews';
import type { Locale } from '../report/types';
import { guardSheets, runOps, textBytes, type Op } from './batches';
import { failure, FailureSignal } from './errors';
import { planMarks, type MarkPlan } from './marks';
import { DEGRADED, fill, fillList } from './messages';
import { cellKey, planComments, queueCommentDetails, queueComments, type CommentInfo } from './comments';
import { deleteOps, isOurNote, noteOps, paintOps, type NoteMode } from './paint';
import { formatLookup, gridOf, readNamed } from './read';
import type { ExcelFeatures } from './requirements';
import { restoreOps } from './restore';
import { queueReviews } from './reviews';
import {
  emptySnapshot,
  mergeSnapshots,
  originalFormat,
  parseSnapshot,
  resolveSnapshot,
  serializeSnapshot,
  SNAPSHOT_KEY,
  SnapshotBuilder,
  type SheetRef,
  type Snapshot,
  type UnresolvedSheet,
} from './snapshot';
import type { CheckProgress, CheckRequest, CheckResult, CheckScope } from './types';

const CROSS_YEAR_RULES = ruleIdsTagged('cross-year');

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
  const workbook = context.workbook;
  const worksheets = workbook.worksheets;
  worksheets.load('items/name,items/id,items/protection/protected');
  const active = worksheets.getActiveWorksheet();
  active.load('name');
  const stored = workbook.settings.getItemOrNullObject(SNAPSHOT_KEY);
  stored.load('value');
  const readReviews = queueReviews(context);
  const commentList = features.comments ? queueComments(context) : undefined;
  await context.sync();

  const refs: SheetRef[] = worksheets.items.map((ws) => ({ id: ws.id, name: ws.name }));
  const resolved = stored.isNullObject ? undefined : resolveSnapshot(parseSnapshot(stored.value), refs);
  const previous = resolved?.snapshot;
  const lost = resolved?.missing ?? [];
  const protectionBySheet = new Map(worksheets.items.map((ws) => [ws.name, ws.protection.protected]));
  const isProtected = (sheet: string) => protectionBySheet.get(sheet) === true;
  const targets = scope === 'sheet' ? [active.name] : worksheets.items.map((ws) => ws.name);
  onProgress?.({ done: 0, total: targets.length });

  // Last year's sheet is read with them; it is only compared with, never painted, unless checked too.
  const lastYear = typeof request.previous === 'object' ? request.previous.sheet : null;
  const names = lastYear === null || targets.includes(lastYear) ? targets : [...targets, lastYear];
  const mode: NoteMode = features.notes ? 'notes' : features.comments ? 'comments' : 'none';
  let readComments: () => CommentInfo[] = () => [];
  const read = await readNamed(
    context,
    names,
    {
      formats: true,
      merges: features.merges,
      notes: features.notes,
      valuesOnly: false,
    },
    () => {
      if (commentList) readComments = queueCommentDetails(commentList);
    },
  );
  const readings = read.slice(0, targets.length);
  const lastYearReading = lastYear === null ? undefined : read.find((s) => s.name === lastYear);

  const grids = readings.map((reading, i) => {
    onProgress?.({ done: i + 1, total: targets.length, sheet: reading.name });
    return gridOf(reading);
  });
  const options: CheckOptions = { locale, year: request.year ?? null };
  if (lastYearReading)
    options.previous = { grids: [gridOf(lastYearReading)], source: lastYearReading.name, sameWorkbook: true };
  // 'none': the cross-year rules have nothing to compare with, so they are simply not run.
  if (request.previous === 'none') options.disable = CROSS_YEAR_RULES;
  const report = checkGrids(grids, options);
  const acceptances = readReviews();
  // Accepted findings (已确认) stay in the report for the pane to list, but are not painted.
  const plan = planMarks(applyReviews(report, acceptances).findings);
  const degraded: Text[] = [];
  if (!features.merges) degraded.push(DEGRADED.noMerges);
  const unmerged = read.filter((s) => s.mergesUnread).map((s) => s.name);
  if (unmerged.length) degraded.push(fill(DEGRADED.tooManyMerges, { sheets: unmerged.join('”、“') }));
  if (mode === 'none') degraded.push(DEGRADED.noNotes);
  else if (mode === 'comments') degraded.push(DEGRADED.commentsInsteadOfNotes);
  if (lost.length) degraded.push(fill(DEGRADED.marksLost, { sheets: lost.map((s) => s.name).join('”、“') }));

  // Earlier marks on the checked sheets are restored; those on other sheets are carried over untouched.
  const targetSet = new Set(targets);
  // A cell painted again needs no restore first: the paint sets everything a restore would.
  const restored: Snapshot = previous
    ? { ...previous, sheets: pickCells(previous, (s, a) => targetSet.has(s) && !plan.get(s)?.has(a)) }
    : emptySnapshot();
  const snapshot = new SnapshotBuilder();
  for (const reading of readings) {
    const lookup = formatLookup(reading);
    for (const address of plan.get(reading.name)?.keys() ?? [])
      snapshot.add(reading.name, address, originalFormat(previous, reading.name, address) ?? lookup(address));
  }
  if (previous)
    for (const [sheet, cells] of Object.entries(previous.sheets))
      if (!targetSet.has(sheet))
        for (const [address, i] of Object.entries(cells)) snapshot.add(sheet, address, previous.formats[i]);

  const touched = [...new Set([...plan.keys(), ...Object.keys(restored.sheets)])];
  const result: CheckResult = {
    scope,
    report,
    checkedAt: new Date(),
    painted: 0,
    notes: 0,
    degraded,
    acceptances,
  };
  const locked = touched.filter(isProtected);
  if (locked.length)
    throw new FailureSignal({ ...failure('protected', { sheets: locked.join('”、“') }), result });

  // Ours are replaced, unless someone replied to one; nothing is added where a comment stays, nor on a
  // sheet with someone else's notes (which the notes API cannot locate before ExcelApi 1.18's getLocation).
  const comments = planComments(readComments());
  const ours: { delete(): void }[] = [...comments.remove];
  const noteSheets = new Set<string>();
  const foreign: string[] = [];
  for (const reading of readings) {
    const items = reading.notes?.items ?? [];
    ours.push(...items.filter((n) => isOurNote(n.content)));
    if (items.some((n) => !isOurNote(n.content))) foreign.push(reading.name);
    else noteSheets.add(reading.name);
  }
  const markedForeign = foreign.filter((s) => plan.has(s));
  const occupied = [...plan].flatMap(([sheet, cells]) =>
    [...cells.keys()].map((a) => cellKey(sheet, a)).filter((key) => comments.occupied.has(key)),
  );
  if (mode !== 'none') {
    if (markedForeign.length)
      degraded.push(fill(DEGRADED.foreignNotes, { sheets: markedForeign.join('”、“') }));
    if (occupied.length) degraded.push(fillList(DEGRADED.cellsWithComments, occupied));
  }
  if (comments.kept.length) degraded.push(fillList(DEGRADED.commentsKept, comments.kept));

  const built = snapshot.build();
  const notes = noteOps(
    plan,
    mode,
    (sheet, address) => noteSheets.has(sheet) && !comments.occupied.has(cellKey(sheet, address)),
    locale,
  );
  const restore = restoreOps(restored, targetSet);
  const ops: Op[] = [
    ...guardSheets(touched),
    ...restore.ops,
    ...deleteOps(ours),
    ...paintOps(plan),
    ...notes,
    snapshotOp(built, refs, lost, !stored.isNullObject),
  ];
  try {
    await runOps(context, ops);
    await runOps(context, restore.fixes());
  } catch (error) {
    throw new PaintFailed(error, mergeSnapshots(previous, built));
  }
  result.painted = countCells(plan);
  result.notes = notes.length;
  return { result, painted: built, previous };
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
    bytes: textBytes(json) + 64,
    queue: (context) => {
      const settings = context.workbook.settings;
      if (!empty) settings.add(SNAPSHOT_KEY, json);
      else if (hadPrevious) settings.getItemOrNullObject(SNAPSHOT_KEY).delete();
    },
  };
}

function pickCells(
  snapshot: Snapshot,
  keep: (sheet: string, address: string) => boolean,
): Snapshot['sheets'] {
  const sheets: Snapshot['sheets'] = {};
  for (const [sheet, cells] of Object.entries(snapshot.sheets)) {
    const kept = Object.entries(cells).filter(([address]) => keep(sheet, address));
    if (kept.length) sheets[sheet] = Object.fromEntries(kept);
  }
  return sheets;
}

const countCells = (plan: MarkPlan): number => [...plan.values()].reduce((n, cells) => n + cells.size, 0);
