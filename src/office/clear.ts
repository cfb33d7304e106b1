import { guardSheets, OP_OVERHEAD_BYTES, runOps } from './batches';
import { failure, FailureSignal } from './errors';
import { CLEAR_PROTECTED, fill } from './messages';
import { planComments, queueCommentDetails, queueComments } from './comments';
import { deleteOps, isOurNote } from './paint';
import type { ExcelFeatures } from './requirements';
import { restoreOps } from './restore';
import {
  emptySnapshot,
  mergeSnapshots,
  parseSnapshot,
  resolveSnapshot,
  SNAPSHOT_KEY,
  snapshotSize,
  type SheetRef,
  type Snapshot,
} from './snapshot';
import type { UnrestoredSheet } from './types';

export interface ClearOutcome {
  restored: number;
  /** Marked sheets that cannot be found (deleted, or renamed and reopened): their cells stay as marked. */
  missing: UnrestoredSheet[];
  /** `Sheet!A1` of the add-in's comments kept because others replied to them. */
  keptComments: string[];
}

/**
 * Restores the stored originals (plus `extra`, used to roll back a failed paint), deletes the add-in's
 * notes and the snapshot. Three syncs: snapshot and sheets; notes; restore.
 */
export async function runClear(
  context: Excel.RequestContext,
  features: ExcelFeatures,
  extra?: Snapshot,
): Promise<ClearOutcome> {
  const workbook = context.workbook;
  const stored = workbook.settings.getItemOrNullObject(SNAPSHOT_KEY);
  stored.load('value');
  workbook.worksheets.load('items/name,items/id,items/protection/protected');
  const commentList = features.comments ? queueComments(context) : undefined;
  await context.sync();

  const refs: SheetRef[] = workbook.worksheets.items.map((ws) => ({ id: ws.id, name: ws.name }));
  const parsed = stored.isNullObject ? undefined : parseSnapshot(stored.value);
  const saved = parsed ? resolveSnapshot(parsed, refs) : undefined;
  const snapshot = extra ? mergeSnapshots(saved?.snapshot, extra) : (saved?.snapshot ?? emptySnapshot());
  // Every sheet of the workbook by name: a marked sheet missing here was renamed or deleted.
  const protectionBySheet = new Map(
    workbook.worksheets.items.map((ws) => [ws.name, ws.protection.protected]),
  );
  const exists = (sheet: string) => protectionBySheet.has(sheet);
  const isProtected = (sheet: string) => protectionBySheet.get(sheet) === true;
  const marked = Object.keys(snapshot.sheets);
  // Found by neither ID nor name, or (a rollback's own marks) renamed or deleted since the paint.
  const missing = missingSheets([
    ...(saved?.missing ?? []).map((s) => ({ sheet: s.name, cells: Object.keys(s.cells).length })),
    ...marked
      .filter((s) => !exists(s))
      .map((s) => ({ sheet: s, cells: Object.keys(snapshot.sheets[s]).length })),
  ]);
  if (snapshotSize(snapshot) === 0 && missing.length === 0) {
    // Stored marks of no cell are tidied away; a value it cannot read (a later version's?) is left.
    if (parsed) {
      stored.delete();
      await context.sync();
    }
    throw new FailureSignal(failure('no-marks'));
  }
  const locked = marked.filter(isProtected);
  // 清除标记 refuses a protected sheet; a rollback (`extra`) restores every sheet it still can.
  if (locked.length && !extra) {
    const sheets = locked.join('”、“');
    throw new FailureSignal({ ...failure('protected'), message: fill(CLEAR_PROTECTED, { sheets }) });
  }
  const present = marked.filter((s) => exists(s) && !isProtected(s));

  const noteLists = features.notes
    ? // Stryker disable next-line StringLiteral: untestable here: Worksheet.notes (ExcelApi 1.18) is not in the npm runtime (1.1.110)
      present.map((s) => workbook.worksheets.getItem(s).notes.load('items/content'))
    : [];
  const readComments = commentList ? queueCommentDetails(commentList) : () => [];
  await context.sync();

  // The add-in's comments go, except those someone replied to (deleting would delete the replies).
  const comments = planComments(readComments());
  const ours = [
    // Stryker disable next-line MethodExpression,ArrowFunction: untestable here: notes are read only on ExcelApi 1.18, which the npm runtime (1.1.110) lacks
    ...noteLists.flatMap((list) => list.items.filter((n) => isOurNote(n.content))),
    ...comments.remove,
  ];
  const restore = restoreOps(snapshot, new Set(present));
  await runOps(context, [
    ...guardSheets(present),
    ...restore.ops,
    ...deleteOps(ours),
    {
      bytes: OP_OVERHEAD_BYTES.setting,
      queue: () => {
        if (!stored.isNullObject) stored.delete();
      },
    },
  ]);
  await runOps(context, restore.fixes());
  const restored = present.reduce((n, s) => n + Object.keys(snapshot.sheets[s]).length, 0);
  return { restored, missing, keptComments: comments.kept };
}

/**
 * Each missing sheet once, in the order found: a rollback's marks on a sheet deleted since the paint
 * name the same sheet as the stored marks do. The first count is kept (the stored marks' cells).
 */
export function missingSheets(found: readonly UnrestoredSheet[]): UnrestoredSheet[] {
  const seen = new Set<string>();
  return found.filter((m) => {
    if (seen.has(m.sheet)) return false;
    seen.add(m.sheet);
    return true;
  });
}
