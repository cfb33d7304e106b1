import { chunkAddresses, MAX_ADDRESS_LENGTH } from '../../src/office/chunk';
import { planMarks } from '../../src/office/marks';
import { parseAreas } from '../../src/office/read';
import { splitAddress } from '../../src/office/comments';
import { officeErrorCode } from '../../src/office/errors';
import {
  DEFAULT_FORMAT,
  mergeSnapshots,
  parseSnapshot,
  resolveSnapshot,
  savedFormatOf,
  serializeSnapshot,
  SnapshotBuilder,
  storedSize,
} from '../../src/office/snapshot';
import type { Finding } from '../../src/report/types';

describe('chunkAddresses', () => {
  it('keeps every address, in order, with no list over 8,192 characters', () => {
    const addresses = Array.from({ length: 3000 }, (_, i) => `AB${i + 1}`);
    const chunks = chunkAddresses(addresses);
    expect(chunks.length).toBeGreaterThan(1);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(MAX_ADDRESS_LENGTH);
    expect(chunks.join(',').split(',')).toEqual(addresses);
  });
  it.each([[[]], [['A1']]])('handles %j', (addresses) => {
    expect(chunkAddresses(addresses)).toEqual(addresses.length ? ['A1'] : []);
  });
  it('refuses one address longer than a list may be (a bug, not input)', () => {
    expect(() => chunkAddresses(['A1', 'B'.repeat(30)], 20)).toThrow(
      'address longer than 20: BBBBBBBBBBBBBBBBBBBB…',
    );
    expect(chunkAddresses(['B'.repeat(20)], 20)).toEqual(['B'.repeat(20)]);
  });
});

describe('savedFormatOf', () => {
  it.each([
    ['No Fill', { color: '#FFFFFF', tintAndShade: null }, null],
    ['white fill', { color: '#FFFFFF', tintAndShade: 0 }, { color: '#FFFFFF', tintAndShade: 0 }],
    ['tinted fill', { color: '#4472C4', tintAndShade: 0.4 }, { color: '#4472C4', tintAndShade: 0.4 }],
    [
      'solid fill (pattern not kept: a colour makes a solid fill)',
      { color: '#00B050', tintAndShade: 0, pattern: 'Solid', patternColor: null },
      { color: '#00B050', tintAndShade: 0 },
    ],
    [
      'pattern fill',
      { color: '#FFC000', tintAndShade: 0, pattern: 'Gray25', patternColor: '#7030A0' },
      { color: '#FFC000', tintAndShade: 0, pattern: 'Gray25', patternColor: '#7030A0' },
    ],
    ['No Fill read as white (office-js #6218)', { color: '#FFFFFF', tintAndShade: 0, pattern: 'None' }, null],
  ])('%s', (_name, fill, expected) => {
    expect(savedFormatOf({ format: { fill, font: { color: '#FF0000', bold: true } } })).toEqual({
      fill: expected,
      fontColor: '#FF0000',
      bold: true,
    });
  });

  it.each([
    ['no properties at all', undefined],
    ['a font without colour or bold', { format: { font: {} } }],
    ['a font whose colour and bold read null (mixed)', { format: { font: { color: null, bold: null } } }],
  ])('%s: the default format, not bold', (_name, props) => {
    expect(savedFormatOf(props)).toEqual({ fill: null, fontColor: DEFAULT_FORMAT.fontColor, bold: false });
  });
});

describe('snapshots', () => {
  const plain = { fill: null, fontColor: '#000000', bold: false };
  const green = { fill: { color: '#00B050', tintAndShade: 0 }, fontColor: '#000000', bold: true };
  const marked = () => {
    const builder = new SnapshotBuilder();
    builder.add('年报', 'B3', plain);
    builder.add('年报', 'C3', plain);
    builder.add('附表', 'A1', green);
    return builder.build();
  };
  const now = (...sheets: [string, string][]) => sheets.map(([id, name]) => ({ id, name }));

  it('stores each sheet by ID and name and shares formats between cells', () => {
    const stored = JSON.parse(serializeSnapshot(marked(), now(['{a}', '年报'], ['{b}', '附表'])));
    expect(stored).toEqual({
      version: 2,
      formats: [plain, green],
      sheets: [
        { id: '{a}', name: '年报', cells: { B3: 0, C3: 0 } },
        { id: '{b}', name: '附表', cells: { A1: 1 } },
      ],
    });
  });

  it.each([
    ['same session, same names', now(['{a}', '年报'], ['{b}', '附表']), ['年报', '附表'], []],
    [
      'renamed in this session: found by ID',
      now(['{a}', '年报（改）'], ['{b}', '附表']),
      ['年报（改）', '附表'],
      [],
    ],
    [
      'reopened (new IDs), same names: found by name',
      now(['{x}', '年报'], ['{y}', '附表']),
      ['年报', '附表'],
      [],
    ],
    ['reopened and renamed: missing', now(['{x}', '年报（改）'], ['{y}', '附表']), ['附表'], ['年报']],
    ['deleted: missing', now(['{b}', '附表']), ['附表'], ['年报']],
    // A new sheet took the old name while the marked one, renamed, kept its ID: the ID wins.
    ['ID before name', now(['{a}', '旧'], ['{n}', '年报'], ['{b}', '附表']), ['旧', '附表'], []],
  ])('resolves sheets: %s', (_name, sheets, found, missing) => {
    const text = serializeSnapshot(marked(), now(['{a}', '年报'], ['{b}', '附表']));
    const resolved = resolveSnapshot(parseSnapshot(text), sheets);
    expect(Object.keys(resolved.snapshot.sheets)).toEqual(found);
    expect(resolved.missing.map((m) => m.name)).toEqual(missing);
    for (const sheet of found) expect(Object.keys(resolved.snapshot.sheets[sheet]).length).toBeGreaterThan(0);
  });

  it('keeps missing sheets, formats and all, when stored again', () => {
    const first = serializeSnapshot(marked(), now(['{a}', '年报'], ['{b}', '附表']));
    const { snapshot, missing } = resolveSnapshot(parseSnapshot(first), now(['{b}', '附表']));
    const again = resolveSnapshot(parseSnapshot(serializeSnapshot(snapshot, now(['{b}', '附表']), missing)), [
      ...now(['{b}', '附表'], ['{a}', '年报']),
    ]);
    expect(again.missing).toEqual([]);
    expect(again.snapshot.formats[again.snapshot.sheets['附表'].A1]).toEqual(green);
    expect(again.snapshot.formats[again.snapshot.sheets['年报'].C3]).toEqual(plain);
  });

  it('reads the version 1 value (sheets by name) that earlier releases stored', () => {
    const v1 = JSON.stringify({ version: 1, formats: [plain], sheets: { 年报: { B3: 0 } } });
    const resolved = resolveSnapshot(parseSnapshot(v1), now(['{x}', '年报']));
    expect(resolved.snapshot.sheets).toEqual({ 年报: { B3: 0 } });
    expect(storedSize(parseSnapshot(v1))).toBe(1);
  });

  it.each([
    ['another version', '{"version":3,"formats":[],"sheets":[]}'],
    ['no sheets', '{"version":2,"formats":[]}'],
    [
      'a cell pointing past the formats',
      '{"version":2,"formats":[],"sheets":[{"id":null,"name":"s","cells":{"A1":0}}]}',
    ],
    ['a sheet without a name', '{"version":2,"formats":[],"sheets":[{"id":"{a}","cells":{}}]}'],
    ['version 1 with a bad format', '{"version":1,"formats":[{"fill":1}],"sheets":{}}'],
    ['not JSON', 'not json'],
    ['JSON that is not an object', '42'],
    ['a format that is not an object', '{"version":2,"formats":[null],"sheets":[]}'],
    ['a sheet that is not an object', '{"version":2,"formats":[],"sheets":[null]}'],
    ['version 1 with a cell pointing past the formats', '{"version":1,"formats":[],"sheets":{"s":{"A1":0}}}'],
    ['version 1 with sheets in a list', '{"version":1,"formats":[],"sheets":[]}'],
    [
      'a cell index written as text',
      '{"version":2,"formats":[{"fill":null,"fontColor":"#000000","bold":false}],"sheets":[{"id":null,"name":"s","cells":{"A1":"0"}}]}',
    ],
  ])('reads %s as no snapshot', (_name, text) => {
    expect(parseSnapshot(text)).toBeUndefined();
  });

  it('keeps the older original when merging', () => {
    const older = new SnapshotBuilder();
    older.add('s', 'A1', { fill: null, fontColor: '#000000', bold: false });
    const newer = new SnapshotBuilder();
    newer.add('s', 'A1', { fill: { color: '#FFC7CE', tintAndShade: 0 }, fontColor: '#9C0006', bold: false });
    newer.add('s', 'A2', { fill: null, fontColor: '#000000', bold: true });
    const merged = mergeSnapshots(older.build(), newer.build());
    expect(merged.formats[merged.sheets.s.A1].fill).toBeNull();
    expect(merged.formats[merged.sheets.s.A2].bold).toBe(true);
  });
});

describe('parseAreas', () => {
  it('reads merged areas with quoted sheet names that contain commas', () => {
    expect(parseAreas("'年报, 2021'!A1:J1,'年报, 2021'!$B$3")).toEqual([
      { top: 0, left: 0, bottom: 0, right: 9 },
      { top: 2, left: 1, bottom: 2, right: 1 },
    ]);
  });
});

describe('planMarks', () => {
  const finding = (ruleId: string, severity: 'error' | 'warning', address: string, message: string) =>
    ({ ruleId, severity, sheet: 's', address, message }) as Finding;
  it('keeps the strongest mark per cell and every message, and skips the no-table anchor', () => {
    const plan = planMarks([
      finding('cell/unit-text', 'warning', 'B2', 'w'),
      finding('applications/row-total', 'error', 'B2', 'e'),
      finding('applications/suspect-cell', 'error', 'C3', 's'),
      finding('structure/no-table', 'error', 'A1', 'none'),
    ]);
    expect(plan.get('s')?.get('B2')).toEqual({ kind: 'error', messages: ['w', 'e'] });
    expect(plan.get('s')?.get('C3')?.kind).toBe('suspect');
    expect(plan.get('s')?.has('A1')).toBe(false);
  });
});

describe('splitAddress', () => {
  it.each([
    ["'Sheet 1'!$B$7", { sheet: 'Sheet 1', address: 'B7' }],
    ["'O''Brien'!C3", { sheet: "O'Brien", address: 'C3' }],
    ['年报!AA10', { sheet: '年报', address: 'AA10' }],
    ['B7', undefined],
    ['年报!', undefined],
  ])('%s', (address, want) => expect(splitAddress(address)).toEqual(want));
});

describe('officeErrorCode', () => {
  it.each([
    [{ code: 'ItemNotFound' }, 'ItemNotFound'],
    [{ code: 5103 }, undefined],
    [new Error('x'), undefined],
    [null, undefined],
    ['ItemNotFound', undefined],
  ])('%j → %j', (error, code) => expect(officeErrorCode(error)).toBe(code));
});
