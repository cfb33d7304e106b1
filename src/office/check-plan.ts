/**
 * The decisions of a check in the workbook (src/office/check.ts), apart from Office.js: which sheets
 * are read, what is said to be degraded, which earlier marks are restored, what the new snapshot holds
 * and where notes may go. Plain data in, plain data out.
 */
import type { CheckOptions } from '../check';
import type { Text } from '../format';
import type { Grid } from '../grid';
import type { Locale } from '../report/types';
import { ruleIdsTagged } from '../rules';
import { cellKey, type CommentPlan } from './comments';
import type { MarkPlan } from './marks';
import { DEGRADED, fill, fillList } from './messages';
import { isOurNote, type NoteMode } from './paint';
import type { ExcelFeatures } from './requirements';
import {
  emptySnapshot,
  originalFormat,
  SnapshotBuilder,
  type SavedFormat,
  type Snapshot,
  type UnresolvedSheet,
} from './snapshot';
import type { CheckRequest, CheckScope } from './types';

const CROSS_YEAR_RULES = ruleIdsTagged('cross-year');

/** The sheets checked (the active one, or all), and those read: last year's is read with them. */
export function chooseSheets(
  scope: CheckScope,
  active: string,
  all: readonly string[],
  lastYear: string | null,
): { targets: string[]; names: string[] } {
  const targets = scope === 'sheet' ? [active] : [...all];
  // Last year's sheet is only compared with, never painted, unless checked too.
  const names = lastYear === null || targets.includes(lastYear) ? targets : [...targets, lastYear];
  return { targets, names };
}

/** The engine's options: the year asked for, and last year's sheet of this workbook when one was chosen. */
export function checkOptions(
  locale: Locale,
  request: CheckRequest,
  lastYear: { grid: Grid; name: string } | undefined,
): CheckOptions {
  const options: CheckOptions = { locale, year: request.year ?? null };
  if (lastYear) options.previous = { grids: [lastYear.grid], source: lastYear.name, sameWorkbook: true };
  // 'none': the cross-year rules have nothing to compare with, so they are simply not run.
  if (request.previous === 'none') options.disable = CROSS_YEAR_RULES;
  return options;
}

/** Notes (ExcelApi 1.18) where Excel has them, else threaded comments (1.10), else none. */
export const noteMode = (features: Pick<ExcelFeatures, 'notes' | 'comments'>): NoteMode =>
  features.notes ? 'notes' : features.comments ? 'comments' : 'none';

/** What the reading and the host's API left out, said before anything is painted. */
export function readingDegraded(
  features: Pick<ExcelFeatures, 'merges'>,
  unmerged: readonly string[],
  mode: NoteMode,
  lost: readonly UnresolvedSheet[],
): Text[] {
  const degraded: Text[] = [];
  if (!features.merges) degraded.push(DEGRADED.noMerges);
  if (unmerged.length) degraded.push(fill(DEGRADED.tooManyMerges, { sheets: unmerged.join('”、“') }));
  if (mode === 'none') degraded.push(DEGRADED.noNotes);
  else if (mode === 'comments') degraded.push(DEGRADED.commentsInsteadOfNotes);
  if (lost.length) degraded.push(fill(DEGRADED.marksLost, { sheets: lost.map((s) => s.name).join('”、“') }));
  return degraded;
}

/**
 * Earlier marks to restore: those on the checked sheets, except cells painted again (the paint sets
 * everything a restore would). Marks on other sheets are carried over untouched.
 */
export function restoredMarks(
  previous: Snapshot | undefined,
  targets: ReadonlySet<string>,
  plan: MarkPlan,
): Snapshot {
  if (!previous) return emptySnapshot();
  return { ...previous, sheets: pickCells(previous, (s, a) => targets.has(s) && !plan.get(s)?.has(a)) };
}

/**
 * The snapshot after this paint: each painted cell's own format (kept from the earlier snapshot when
 * it was marked already, else as read), plus the earlier marks on sheets not checked.
 */
export function markSnapshot(
  readings: readonly { name: string; lookup: (address: string) => SavedFormat }[],
  plan: MarkPlan,
  previous: Snapshot | undefined,
  targets: ReadonlySet<string>,
): Snapshot {
  const snapshot = new SnapshotBuilder();
  for (const { name, lookup } of readings)
    for (const address of plan.get(name)?.keys() ?? [])
      snapshot.add(name, address, originalFormat(previous, name, address) ?? lookup(address));
  if (previous)
    for (const [sheet, cells] of Object.entries(previous.sheets))
      if (!targets.has(sheet))
        for (const [address, i] of Object.entries(cells)) snapshot.add(sheet, address, previous.formats[i]);
  return snapshot.build();
}

/** Sheets the paint writes to: painted now or restored; each once, painted ones first. */
export const touchedSheets = (plan: MarkPlan, restored: Snapshot): string[] => [
  ...new Set([...plan.keys(), ...Object.keys(restored.sheets)]),
];

/** The checked sheets' notes: the add-in's own (replaced), and which sheets may get new ones. */
export function notePlan<N extends { content: unknown }>(
  readings: readonly { name: string; notes?: readonly N[] }[],
): { ours: N[]; noteSheets: Set<string>; foreign: string[] } {
  const ours: N[] = [];
  const noteSheets = new Set<string>();
  const foreign: string[] = [];
  for (const { name, notes = [] } of readings) {
    ours.push(...notes.filter((n) => isOurNote(n.content)));
    // Someone else's notes cannot be located before ExcelApi 1.18's getLocation: nothing is added there.
    if (notes.some((n) => !isOurNote(n.content))) foreign.push(name);
    else noteSheets.add(name);
  }
  return { ours, noteSheets, foreign };
}

/** What others' notes and comments kept from being written, said after the sheets are found unprotected. */
export function commentsDegraded(
  mode: NoteMode,
  plan: MarkPlan,
  foreign: readonly string[],
  comments: Pick<CommentPlan, 'occupied' | 'kept'>,
): Text[] {
  const degraded: Text[] = [];
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
  return degraded;
}

/** The cells of a snapshot `keep` says yes to; sheets left with none are dropped. */
export function pickCells(
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

export const countCells = (plan: MarkPlan): number =>
  [...plan.values()].reduce((n, cells) => n + cells.size, 0);
