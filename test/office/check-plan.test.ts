/** The decisions of a check in the workbook, apart from Office.js (src/office/check-plan.ts). */
import {
  checkOptions,
  chooseSheets,
  commentsDegraded,
  countCells,
  markSnapshot,
  notePlan,
  noteMode,
  pickCells,
  readingDegraded,
  restoredMarks,
  touchedSheets,
} from '../../src/office/check-plan';
import { ArrayGrid } from '../../src/grid';
import type { MarkPlan } from '../../src/office/marks';
import { RULES } from '../../src/rules';
import { DEGRADED } from '../../src/office/messages';
import { NOTE_PREFIX } from '../../src/office/messages';
import type { NoteMode } from '../../src/office/paint';
import type { SavedFormat, Snapshot, UnresolvedSheet } from '../../src/office/snapshot';

/** `{ S: ['A1', 'B2'] }` → a plan marking those cells as errors. */
const planOf = (cells: Record<string, string[]>): MarkPlan =>
  new Map(
    Object.entries(cells).map(([sheet, addresses]) => [
      sheet,
      new Map(addresses.map((a) => [a, { kind: 'error' as const, messages: [`${sheet}!${a}`] }])),
    ]),
  );
const RED: SavedFormat = { fill: { color: '#FF0000', tintAndShade: 0 }, fontColor: '#000000', bold: false };
const PLAIN: SavedFormat = { fill: null, fontColor: '#000000', bold: false };
const BOLD: SavedFormat = { fill: null, fontColor: '#000000', bold: true };
/** An earlier snapshot: `a` → RED, `b` → BOLD on the sheets named. */
const earlier = (sheets: Snapshot['sheets']): Snapshot => ({ formats: [RED, BOLD], sheets });
const zh = (texts: { zh: string }[]) => texts.map((t) => t.zh);

describe('chooseSheets', () => {
  it.each<[string, 'sheet' | 'workbook', string | null, string[], string[]]>([
    ['the active sheet', 'sheet', null, ['B'], ['B']],
    ['every sheet', 'workbook', null, ['A', 'B', 'C'], ['A', 'B', 'C']],
    ['last year read after the active sheet', 'sheet', 'C', ['B'], ['B', 'C']],
    ['last year checked already: read once', 'workbook', 'C', ['A', 'B', 'C'], ['A', 'B', 'C']],
    ['last year is the active sheet', 'sheet', 'B', ['B'], ['B']],
  ])('%s', (_name, scope, lastYear, targets, names) => {
    expect(chooseSheets(scope, 'B', ['A', 'B', 'C'], lastYear)).toEqual({ targets, names });
  });

  it('does not hand back the list it was given (the caller may keep both)', () => {
    const all = ['A'];
    expect(chooseSheets('workbook', 'A', all, 'Z').targets).not.toBe(all);
    expect(all).toEqual(['A']);
  });
});

describe('checkOptions', () => {
  const grid = new ArrayGrid({ sheet: '上年', values: [] });
  const crossYear = RULES.filter((r) => r.meta.tags.includes('cross-year')).map((r) => r.meta.id);
  it.each<[string, Parameters<typeof checkOptions>[1], boolean, object]>([
    ['nothing asked', {}, false, { locale: 'en', year: null }],
    ['a year', { year: 2021 }, false, { locale: 'en', year: 2021 }],
    [
      'last year’s sheet of this workbook',
      { previous: { sheet: '上年' } },
      true,
      {
        locale: 'en',
        year: null,
        previous: { grids: [grid], source: '上年', sameWorkbook: true },
      },
    ],
    [
      'no last year: no cross-year rule',
      { previous: 'none' },
      false,
      { locale: 'en', year: null, disable: crossYear },
    ],
  ])('%s', (_name, request, withLastYear, expected) => {
    expect(checkOptions('en', request, withLastYear ? { grid, name: '上年' } : undefined)).toEqual(expected);
  });

  it('the cross-year rules are some rules, not none', () => {
    expect(crossYear.length).toBeGreaterThan(1);
  });
});

describe('noteMode', () => {
  it.each<[boolean, boolean, NoteMode]>([
    [true, true, 'notes'],
    [true, false, 'notes'],
    [false, true, 'comments'],
    [false, false, 'none'],
  ])('notes %s, comments %s → %s', (notes, comments, mode) => {
    expect(noteMode({ notes, comments })).toBe(mode);
  });
});

describe('readingDegraded', () => {
  const lost: UnresolvedSheet[] = [
    { id: null, name: '旧表', cells: {} },
    { id: '9', name: '其他', cells: {} },
  ];
  it.each<[string, boolean, string[], NoteMode, UnresolvedSheet[], string[]]>([
    ['nothing', true, [], 'notes', [], []],
    ['no merges API', false, [], 'notes', [], [DEGRADED.noMerges.zh]],
    ['no notes API', true, [], 'none', [], [DEGRADED.noNotes.zh]],
    ['comments for notes', true, [], 'comments', [], [DEGRADED.commentsInsteadOfNotes.zh]],
    [
      'one sheet with too many merges',
      true,
      ['甲'],
      'notes',
      [],
      [DEGRADED.tooManyMerges.zh.replace('{sheets}', '甲')],
    ],
    [
      'all, in order',
      false,
      ['甲', '乙'],
      'none',
      lost,
      [
        DEGRADED.noMerges.zh,
        DEGRADED.tooManyMerges.zh.replace('{sheets}', '甲”、“乙'),
        DEGRADED.noNotes.zh,
        DEGRADED.marksLost.zh.replace('{sheets}', '旧表”、“其他'),
      ],
    ],
  ])('%s', (_name, merges, unmerged, mode, lostSheets, expected) => {
    expect(zh(readingDegraded({ merges }, unmerged, mode, lostSheets))).toEqual(expected);
  });
});

describe('restoredMarks', () => {
  it.each<[string, Snapshot | undefined, string[], Record<string, string[]>, Snapshot['sheets']]>([
    ['no earlier marks', undefined, ['S'], {}, {}],
    [
      'earlier marks on a checked sheet',
      earlier({ S: { A1: 0, B2: 1 } }),
      ['S'],
      {},
      { S: { A1: 0, B2: 1 } },
    ],
    [
      'a cell painted again is not restored',
      earlier({ S: { A1: 0, B2: 1 } }),
      ['S'],
      { S: ['A1'] },
      { S: { B2: 1 } },
    ],
    ['every cell painted again: the sheet goes', earlier({ S: { A1: 0 } }), ['S'], { S: ['A1'] }, {}],
    [
      'a sheet not checked is left alone',
      earlier({ S: { A1: 0 }, T: { C3: 1 } }),
      ['S'],
      {},
      { S: { A1: 0 } },
    ],
    [
      'same cell on another sheet still restored',
      earlier({ S: { A1: 0 } }),
      ['S'],
      { T: ['A1'] },
      { S: { A1: 0 } },
    ],
  ])('%s', (_name, previous, targets, painted, sheets) => {
    const restored = restoredMarks(previous, new Set(targets), planOf(painted));
    expect(restored.sheets).toEqual(sheets);
    expect(restored.formats).toEqual(previous ? previous.formats : []);
  });
});

describe('markSnapshot', () => {
  const lookup = () => PLAIN;
  it.each<
    [
      string,
      Snapshot | undefined,
      string[],
      Record<string, string[]>,
      Record<string, Record<string, SavedFormat>>,
    ]
  >([
    ['nothing painted, nothing before', undefined, ['S'], {}, {}],
    ['a new mark keeps the format read', undefined, ['S'], { S: ['A1'] }, { S: { A1: PLAIN } }],
    [
      'a cell marked before keeps its first original',
      earlier({ S: { A1: 0 } }),
      ['S'],
      { S: ['A1', 'B2'] },
      { S: { A1: RED, B2: PLAIN } },
    ],
    [
      'a checked sheet drops marks not painted again',
      earlier({ S: { A1: 0, C3: 1 } }),
      ['S'],
      { S: ['A1'] },
      { S: { A1: RED } },
    ],
    [
      'marks on sheets not checked are carried over',
      earlier({ T: { C3: 1 } }),
      ['S'],
      { S: ['A1'] },
      { S: { A1: PLAIN }, T: { C3: BOLD } },
    ],
    ['a plan for a sheet not read adds nothing', undefined, ['S'], { U: ['A1'] }, {}],
  ])('%s', (_name, previous, targets, painted, expected) => {
    const built = markSnapshot([{ name: 'S', lookup }], planOf(painted), previous, new Set(targets));
    const formats = Object.fromEntries(
      Object.entries(built.sheets).map(([sheet, cells]) => [
        sheet,
        Object.fromEntries(Object.entries(cells).map(([a, i]) => [a, built.formats[i]])),
      ]),
    );
    expect(formats).toEqual(expected);
  });

  it('asks the sheet read for each painted cell not marked before', () => {
    const lookup = jest.fn(() => PLAIN);
    markSnapshot(
      [{ name: 'S', lookup }],
      planOf({ S: ['A1', 'B2'] }),
      earlier({ S: { A1: 0 } }),
      new Set(['S']),
    );
    expect(lookup.mock.calls).toEqual([['B2']]);
  });
});

describe('touchedSheets', () => {
  it.each<[string, Record<string, string[]>, Snapshot['sheets'], string[]]>([
    ['none', {}, {}, []],
    ['painted first, then restored', { B: ['A1'] }, { A: { A1: 0 } }, ['B', 'A']],
    ['a sheet both painted and restored once', { A: ['A1'] }, { A: { B2: 0 }, C: { A1: 0 } }, ['A', 'C']],
  ])('%s', (_name, painted, restored, expected) => {
    expect(touchedSheets(planOf(painted), { formats: [RED], sheets: restored })).toEqual(expected);
  });
});

describe('notePlan', () => {
  const ours = { content: `${NOTE_PREFIX.zh}合计不符` };
  const oursEn = { content: `${NOTE_PREFIX.en}Total` };
  const theirs = { content: '请核对' };
  it.each<[string, { name: string; notes?: { content: unknown }[] }[], unknown[], string[], string[]]>([
    ['notes not read', [{ name: 'S' }], [], ['S'], []],
    ['our notes only', [{ name: 'S', notes: [ours, oursEn] }], [ours, oursEn], ['S'], []],
    [
      'someone else’s note',
      [
        { name: 'S', notes: [ours, theirs] },
        { name: 'T', notes: [] },
      ],
      [ours],
      ['T'],
      ['S'],
    ],
    ['a note that is no text is not ours', [{ name: 'S', notes: [{ content: 1 }] }], [], [], ['S']],
  ])('%s', (_name, readings, expectedOurs, noteSheets, foreign) => {
    const plan = notePlan(readings);
    expect(plan.ours).toEqual(expectedOurs);
    expect([...plan.noteSheets]).toEqual(noteSheets);
    expect(plan.foreign).toEqual(foreign);
  });
});

describe('commentsDegraded', () => {
  const plan = planOf({ S: ['A1', 'B2'], T: ['C3'] });
  const comments = (occupied: string[], kept: string[] = []) => ({ occupied: new Set(occupied), kept });
  const foreignNotes = (sheets: string) => DEGRADED.foreignNotes.zh.replace('{sheets}', sheets);
  const cells = (list: string) => DEGRADED.cellsWithComments.zh.replace('{cells}', list);
  const kept = (list: string) => DEGRADED.commentsKept.zh.replace('{cells}', list);
  it.each<[string, NoteMode, string[], ReturnType<typeof comments>, string[]]>([
    ['nothing in the way', 'notes', [], comments([]), []],
    ['foreign notes on a marked sheet', 'notes', ['T', 'U'], comments([]), [foreignNotes('T')]],
    ['foreign notes on unmarked sheets only', 'notes', ['U'], comments([]), []],
    ['marked cells under a comment', 'comments', [], comments(['S!B2', 'U!A1']), [cells('S!B2')]],
    ['no notes at all: neither is said', 'none', ['S'], comments(['S!A1']), []],
    ['kept comments are said whatever the mode', 'none', [], comments([], ['S!A1']), [kept('S!A1')]],
    [
      'all, in order',
      'notes',
      ['S', 'T'],
      comments(['T!C3', 'S!A1'], ['T!C3']),
      [foreignNotes('S”、“T'), cells('S!A1、T!C3'), kept('T!C3')],
    ],
  ])('%s', (_name, mode, foreign, commentPlan, expected) => {
    expect(zh(commentsDegraded(mode, plan, foreign, commentPlan))).toEqual(expected);
  });
});

describe('pickCells and countCells', () => {
  it('keeps the cells asked for and drops emptied sheets', () => {
    const snapshot = earlier({ S: { A1: 0, B2: 1 }, T: { A1: 1 } });
    expect(pickCells(snapshot, (sheet, a) => sheet === 'S' && a === 'B2')).toEqual({ S: { B2: 1 } });
    expect(pickCells(snapshot, () => false)).toEqual({});
  });

  it.each<[Record<string, string[]>, number]>([
    [{}, 0],
    [{ S: ['A1'] }, 1],
    [{ S: ['A1', 'B2'], T: ['C3'] }, 3],
  ])('counts the painted cells of %j', (cells, n) => {
    expect(countCells(planOf(cells))).toBe(n);
  });
});
