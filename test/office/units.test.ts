import { chunkAddresses, MAX_ADDRESS_LENGTH } from '../../src/office/chunk';
import { planMarks } from '../../src/office/marks';
import { parseAreas } from '../../src/office/read';
import { mergeSnapshots, parseSnapshot, savedFormatOf, SnapshotBuilder } from '../../src/office/snapshot';
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
});

describe('savedFormatOf', () => {
  it.each([
    ['No Fill', { color: '#FFFFFF', tintAndShade: null }, null],
    ['white fill', { color: '#FFFFFF', tintAndShade: 0 }, { color: '#FFFFFF', tintAndShade: 0 }],
    ['tinted fill', { color: '#4472C4', tintAndShade: 0.4 }, { color: '#4472C4', tintAndShade: 0.4 }],
  ])('%s', (_name, fill, expected) => {
    expect(savedFormatOf({ format: { fill, font: { color: '#FF0000', bold: true } } })).toEqual({
      fill: expected,
      fontColor: '#FF0000',
      bold: true,
    });
  });
});

describe('snapshots', () => {
  it('round-trips through JSON and rejects foreign shapes', () => {
    const builder = new SnapshotBuilder();
    builder.add('年报', 'B3', { fill: null, fontColor: '#000000', bold: false });
    builder.add('年报', 'C3', { fill: null, fontColor: '#000000', bold: false });
    const snapshot = builder.build();
    expect(snapshot.formats).toHaveLength(1);
    expect(parseSnapshot(JSON.stringify(snapshot))).toEqual(snapshot);
    expect(parseSnapshot('{"version":2}')).toBeUndefined();
    expect(parseSnapshot('not json')).toBeUndefined();
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
