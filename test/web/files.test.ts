/** @jest-environment ./test/support/dom-environment.js */
import { fromDrop, fromInput, isReportCandidate, type PickedFile } from '../../src/web/files';
import { dropOf, entriesOf, fileEntry, fileItems, type Tree } from './support/entries';

const paths = (picked: readonly PickedFile[]) => picked.map((p) => p.path);

/** A File as the folder picker gives it: its path within the folder in webkitRelativePath. */
function pickedFromFolder(path: string, text = 'x'): File {
  const file = new File([text], path.slice(path.lastIndexOf('/') + 1));
  // jsdom's File has no webkitRelativePath; browsers set it for files of a picked folder.
  Object.defineProperty(file, 'webkitRelativePath', { value: path });
  return file;
}

/** A drop of `tree`, read the way the page reads it: the event ends once fromDrop has returned. */
async function drop(tree: Tree, piece?: number) {
  const { entries, log } = entriesOf(tree, { piece });
  const { data, end } = dropOf(fileItems(entries));
  const reading = fromDrop(data);
  end();
  return { picked: await reading, log };
}

describe('isReportCandidate', () => {
  test.each([
    ['市财政局2024年报.docx', true],
    ['report.xlsx', true],
    ['年报~$草稿.docx', true],
    ['~$市财政局2024年报.docx', false],
    ['.DS_Store', false],
    ['._市财政局2024年报.docx', false],
    ['Thumbs.db', false],
    ['desktop.ini', false],
  ])('%s → %s', (name, expected) => {
    expect(isReportCandidate(name)).toBe(expected);
  });
});

describe('fromInput', () => {
  test('no list (the picker was cancelled) is no file', () => {
    expect(fromInput(null)).toEqual([]);
  });

  test('single files keep their names as paths; lock and hidden files are left out; sorted in pinyin order', () => {
    const files = ['民政局.xlsx', '~$财政局.xlsx', '财政局.xlsx', '.hidden.docx', '教育局.docx'].map(
      (name) => new File(['x'], name),
    );
    const picked = fromInput(files as unknown as FileList);
    // Pinyin: cai, jiao, min (by code point it would be 教, 民, 财).
    expect(paths(picked)).toEqual(['财政局.xlsx', '教育局.docx', '民政局.xlsx']);
    expect(picked[0].file).toBe(files[2]);
  });

  test('a picked folder keeps each file’s path within it', () => {
    const files = [
      pickedFromFolder('各单位年报/科室/民政局.xlsx'),
      pickedFromFolder('各单位年报/财政局.xlsx'),
      pickedFromFolder('各单位年报/科室/~$民政局.xlsx'),
      pickedFromFolder('各单位年报/Thumbs.db'),
      // The folder picker lists hidden folders too (a drop does not walk them).
      pickedFromFolder('各单位年报/.git/报告.docx'),
      pickedFromFolder('各单位年报/科室/.备份/民政局.xlsx'),
    ];
    expect(paths(fromInput(files as unknown as FileList))).toEqual([
      '各单位年报/财政局.xlsx',
      '各单位年报/科室/民政局.xlsx',
    ]);
  });
});

describe('fromDrop (File and Directory Entries API)', () => {
  test('walks nested folders to the bottom, reading each until it gives no more, and keeps paths', async () => {
    const { picked, log } = await drop({
      各单位年报: {
        '教育局.docx': 'e',
        科室: {
          '民政局.xlsx': 'm',
          '司法局.pdf': 's',
          '文旅局.docx': 'w',
          下属单位: { '档案馆.html': 'd' },
        },
        '财政局.xlsx': 'c',
        '卫健委.txt': 'h',
      },
      '单独一份.docx': 'single',
    });
    expect(paths(picked)).toEqual([
      '单独一份.docx',
      '各单位年报/财政局.xlsx',
      '各单位年报/教育局.docx',
      '各单位年报/科室/民政局.xlsx',
      '各单位年报/科室/司法局.pdf',
      '各单位年报/科室/文旅局.docx',
      '各单位年报/科室/下属单位/档案馆.html',
      '各单位年报/卫健委.txt',
    ]);
    // Two entries a piece: 4 entries need 2 pieces and the empty one that ends the folder.
    expect(log.readCalls.get('/各单位年报')).toBe(3);
    expect(log.readCalls.get('/各单位年报/科室')).toBe(3);
    expect(log.readCalls.get('/各单位年报/科室/下属单位')).toBe(2);
    const byPath = new Map(picked.map((p) => [p.path, p.file]));
    expect(byPath.get('各单位年报/科室/下属单位/档案馆.html')?.size).toBe(1);
    expect(byPath.get('单独一份.docx')?.name).toBe('单独一份.docx');
  });

  test('a folder of more than one piece (Chromium: 100 a call) is read whole', async () => {
    const many: Tree = {};
    for (let i = 1; i <= 250; i++) many[`单位${String(i).padStart(3, '0')}.docx`] = String(i);
    const { picked, log } = await drop({ 年报: many }, 100);
    expect(picked).toHaveLength(250);
    expect(picked[0].path).toBe('年报/单位001.docx');
    expect(picked[249].path).toBe('年报/单位250.docx');
    expect(log.readCalls.get('/年报')).toBe(4);
  });

  test('leaves out Office lock files and hidden files, and does not walk hidden folders', async () => {
    const { picked, log } = await drop({
      年报: {
        '~$财政局.docx': 'lock',
        '财政局.docx': 'c',
        '.DS_Store': 'mac',
        'Thumbs.db': 'win',
        'desktop.ini': 'win',
        '.git': { 'config.txt': 'git' },
      },
      '~$单独.xlsx': 'lock',
    });
    expect(paths(picked)).toEqual(['年报/财政局.docx']);
    expect(log.readersCreated).toEqual(['/年报']);
  });

  test('takes DataTransfer.files when the drop has no entries (dragged text, or no webkitGetAsEntry)', async () => {
    const files = [
      new File(['b'], '民政局.xlsx'),
      new File(['a'], '财政局.docx'),
      new File(['c'], '~$x.docx'),
    ];
    const cases = [
      dropOf([{ kind: 'string' }, { kind: 'file', entry: null }], files),
      dropOf([{ kind: 'file' }, { kind: 'file' }, { kind: 'file' }], files, { withEntries: false }),
    ];
    for (const { data, end } of cases) {
      const reading = fromDrop(data);
      end();
      const picked = await reading;
      expect(paths(picked)).toEqual(['财政局.docx', '民政局.xlsx']);
      expect(picked[0].file).toBe(files[1]);
    }
  });

  test('a file the browser cannot read (removed meanwhile) is left out; the rest of the drop counts', async () => {
    const gone = {
      name: '民政局.xlsx',
      fullPath: '/民政局.xlsx',
      isFile: true,
      isDirectory: false,
      // MDN, FileSystemFileEntry.file(): the error callback gets a DOMException, later.
      file: (_ok: unknown, fail: (e: DOMException) => void) =>
        setTimeout(() => fail(new DOMException('gone', 'NotFoundError')), 0),
    } as unknown as FileSystemFileEntry;
    const { data, end } = dropOf(
      fileItems([gone, fileEntry(new File(['x'], '财政局.xlsx'), '/财政局.xlsx')]),
    );
    const reading = fromDrop(data);
    end();
    expect(paths(await reading)).toEqual(['财政局.xlsx']);
  });

  test('a drop of nothing readable is no file', async () => {
    const { data, end } = dropOf([{ kind: 'string' }]);
    const reading = fromDrop(data);
    end();
    await expect(reading).resolves.toEqual([]);
  });
});
