import { NO_SHADING, restoreShading, sameColour, WHITE, type NoneMode } from '../../src/word/shading';

/**
 * How 清除标记 learns whether Word takes "" for "No Color" (office-js #5460). The service tests run
 * this behind the real runtime with a host that removes, ignores or refuses ""; here the one thing
 * they cannot stage alone: an unrelated failure during the probe is not taken for Word's answer.
 */
interface FakeCell {
  shadingColor: string;
  /** What was loaded: only those properties come back from Word at the next sync (docs: ClientObject.load). */
  loaded: string[];
  load(names: string): void;
}

/** Word keeps the colour it was given "" for: a cell that loaded its shading reads its mark again. */
const keepsColour = (cell: FakeCell) => {
  if (cell.shadingColor === '' && cell.loaded.includes('shadingColor')) cell.shadingColor = '#FFC7CE';
};

/** Two marked cells, whose own shadings are `owns` ("" for No Color); `sync` sees them all. */
function setup(sync: (cells: FakeCell[]) => Promise<void>, owns = ['', '']) {
  const cells: FakeCell[] = owns.map(() => {
    const cell: FakeCell = {
      shadingColor: '#FFC7CE',
      loaded: [],
      load: (names) => void cell.loaded.push(names),
    };
    return cell;
  });
  const context = { sync: () => sync(cells) } as unknown as Word.RequestContext;
  const mode: { value: NoneMode } = { value: 'unknown' };
  const restore = () =>
    restoreShading(
      context,
      cells.map((cell, i) => ({ cell: cell as unknown as Word.TableCell, own: owns[i] })),
      mode,
    );
  return { cells, mode, restore };
}

const failure = (code: string) => Object.assign(new Error(code), { code });

describe('sameColour', () => {
  test.each<[string | null | undefined, string, boolean]>([
    ['#ff0000', '#FF0000', true],
    ['#FF0000', '#FF0001', false],
    // Word reads "No Color" back as '' on some hosts and as nothing at all before a load.
    [null, NO_SHADING, true],
    [undefined, NO_SHADING, true],
    [null, WHITE, false],
  ])('%p and %p: %p', (a, b, same) => {
    expect(sameColour(a, b)).toBe(same);
  });
});

describe('restoreShading: "No Color"', () => {
  it.each([
    ['takes "" and reads it back', async () => undefined, 'empty-string', 0, ''],
    ['takes "" but keeps the colour', async ([cell]: FakeCell[]) => keepsColour(cell), 'white', 2, WHITE],
    ...['InvalidArgument', 'NotImplemented', 'GeneralException'].map(
      (code) =>
        [
          `refuses "" (${code})`,
          async () => {
            throw failure(code);
          },
          'white',
          2,
          WHITE,
        ] as const,
    ),
  ] as const)('Word %s', async (_name, sync, mode, white, shown) => {
    const s = setup(sync);
    expect(await s.restore()).toBe(white);
    expect(s.mode.value).toBe(mode);
    expect(s.cells.map((c) => c.shadingColor)).toEqual([shown, shown]);
  });

  it('fails, and remembers nothing, when the probe fails for another reason', async () => {
    const s = setup(async () => {
      throw failure('RequestPayloadSizeLimitExceeded');
    });
    await expect(s.restore()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(s.mode.value).toBe('unknown');
  });

  it('probes on, and counts, only the cells whose own shading is "No Color"', async () => {
    const s = setup(async (cells) => cells.forEach(keepsColour), ['#00B050', '']);
    expect([await s.restore(), s.mode.value]).toEqual([1, 'white']);
    expect(s.cells.map((c) => c.shadingColor)).toEqual(['#00B050', WHITE]);
  });

  it('asks once per session', async () => {
    let syncs = 0;
    const s = setup(async () => void syncs++);
    await s.restore();
    await s.restore();
    expect(syncs).toBe(1);
  });
});
