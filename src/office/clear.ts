import { guardSheets, runOps } from './batches';
import { failure, FailureSignal } from './errors';
import { deleteOps, isOurNote } from './paint';
import type { ExcelFeatures } from './requirements';
import { restoreOps } from './restore';
import { mergeSnapshots, parseSnapshot, SNAPSHOT_KEY, snapshotSize, type Snapshot } from './snapshot';

export interface ClearOutcome {
  restored: number;
  /** Sheets in the snapshot that no longer exist under that name (deleted or renamed). */
  missingSheets: string[];
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
  workbook.worksheets.load('items/name,items/protection/protected');
  await context.sync();

  const saved = stored.isNullObject ? undefined : parseSnapshot(stored.value);
  const snapshot = extra ? mergeSnapshots(saved, extra) : saved;
  if (!snapshot || snapshotSize(snapshot) === 0) {
    if (!stored.isNullObject) stored.delete();
    throw new FailureSignal(failure('no-marks'));
  }
  const isProtected = new Map(workbook.worksheets.items.map((ws) => [ws.name, ws.protection.protected]));
  const marked = Object.keys(snapshot.sheets);
  const missingSheets = marked.filter((s) => !isProtected.has(s));
  const locked = marked.filter((s) => isProtected.get(s));
  // 清除标记 refuses a protected sheet; a rollback (`extra`) restores every sheet it still can.
  if (locked.length && !extra) throw new FailureSignal(failure('protected', { sheets: locked.join('”、“') }));
  const present = marked.filter((s) => isProtected.get(s) === false);

  const noteLists = features.notes
    ? present.map((s) => workbook.worksheets.getItem(s).notes.load('items/content'))
    : [];
  const comments =
    !features.notes && features.comments ? workbook.comments.load('items/id,items/content') : undefined;
  await context.sync();

  const ours = [
    ...noteLists.flatMap((list) => list.items.filter((n) => isOurNote(n.content))),
    ...(comments?.items.filter((c) => isOurNote(c.content)) ?? []),
  ];
  await runOps(context, [
    ...guardSheets(present),
    ...restoreOps(snapshot, new Set(present)),
    ...deleteOps(ours),
    {
      bytes: 64,
      queue: () => {
        if (!stored.isNullObject) stored.delete();
      },
    },
  ]);
  const restored = present.reduce((n, s) => n + Object.keys(snapshot.sheets[s]).length, 0);
  return { restored, missingSheets };
}
