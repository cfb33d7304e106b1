/**
 * Every Excel API member that src/office/ uses must be implemented by the simulated host, so that a new
 * Office.js call without host support fails here, by name, rather than only in whichever test happens
 * to reach it (or in no test at all, when it sits behind a feature check).
 *
 * The used members come from the TypeScript checker over src/office/*.ts (test/support/api-coverage.ts,
 * shared with the Word test), named as the runtime sends them: `Range.Values`, `Range.Format`
 * (property or navigation), `Range.GetCellProperties()` (method), `WorksheetCollection[]` (`getItem`,
 * sent as an indexer), `WorksheetCollection.items` (a collection query). Not seen here: members reached
 * through `any`/`unknown` casts, and the keys inside getCellProperties options or event arguments,
 * which the host checks when a test sends them.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
  analyseApiUse,
  reachableHostObjects,
  unseededHostClasses,
  unsupportedUses,
  type Use,
} from '../support/api-coverage';
import { createHostState } from '../support/excel-host';
import type { CommentModel } from '../support/excel-host/model';
import { HostObject } from '../support/excel-host/object';
import {
  ConditionalFormatCollectionHost,
  CustomConditionalFormatHost,
  DataValidationHost,
  FormatProtectionHost,
  RangeAreasHost,
  RangeBorderCollectionHost,
  RangeBorderHost,
  RangeFillHost,
  RangeFontHost,
  RangeFormatHost,
  RangeHost,
  type Target,
} from '../support/excel-host/range';
import {
  CommentCollectionHost,
  CommentHost,
  CommentReplyCollectionHost,
  CommentReplyHost,
  FreezePanesHost,
  HeaderFooterHost,
  PageBreakCollectionHost,
  PageBreakHost,
  PageLayoutHost,
  SettingCollectionHost,
  SettingHost,
  WorkbookHost,
  WorkbookProtectionHost,
  WorksheetCollectionHost,
  WorksheetHost,
  WorksheetProtectionHost,
} from '../support/excel-host/workbook';

const ROOT = path.resolve(__dirname, '../..');
const OFFICE_SOURCES = path.join(ROOT, 'src/office');
const HOST_SOURCES = path.join(ROOT, 'test/support/excel-host');

/**
 * Events: `add` on the handlers registers with the host by a method the runtime calls once per object,
 * and `EventHandlerResult.remove` unregisters (Worksheet.prototype.onChanged in the runtime).
 */
const EVENTS: Record<string, string[]> = {
  'Worksheet.onChanged': ['Worksheet._RegisterDataChangedEvent()', 'Worksheet._UnregisterDataChangedEvent()'],
};

/** Collections whose `getItem(key)` the runtime sends as an indexer path (`_createIndexerObject`), not a method. */
function indexedCollections(): Set<string> {
  const runtime = readFileSync(
    require.resolve('@microsoft/office-js/dist/excel-win32-16.01.debug.js'),
    'utf8',
  );
  const pattern = /(\w+)\.prototype\.getItem = function \(\w*\) \{\s*return _createIndexerObject\(Excel\./g;
  return new Set([...runtime.matchAll(pattern)].map((m) => m[1]));
}

/**
 * Members the shipped runtime cannot send at all: the notes API (ExcelApi 1.18) is newer than
 * @microsoft/office-js 1.1.110. src/office reaches it only behind a check on the loaded runtime
 * (requirements.ts: `'notes' in Excel.Worksheet.prototype`), so no test can drive it and the host does not
 * pretend to; README's manual test matrix lists it. A runtime upgrade that adds one fails the test below,
 * and then the host must implement it.
 */
const UNREACHABLE = [
  'Note.Content',
  'Note.Delete()',
  'NoteCollection.Add()',
  'NoteCollection.items',
  'Worksheet.Notes',
];

/** Whether the shipped runtime defines the member (`Type.prototype.member` or a property of that name). */
function inRuntime(): (key: string) => boolean {
  const runtime = readFileSync(
    require.resolve('@microsoft/office-js/dist/excel-win32-16.01.debug.js'),
    'utf8',
  );
  return (key) => {
    const [, type, member, call] = /^(\w+)(?:\.(\w+)(\(\))?)?/.exec(key) ?? [];
    if (!runtime.includes(`var ${type} = `)) return false;
    if (!member || member === 'items' || member.startsWith('_')) return true;
    const camel = member.charAt(0).toLowerCase() + member.slice(1);
    return call
      ? runtime.includes(`${type}.prototype.${camel} = function`)
      : runtime.includes(`${type}.prototype, "${camel}"`);
  };
}

/** One object of every host class, found from one of each exported class and their navigations. */
function hostObjects(): HostObject[] {
  const host = createHostState([]);
  const sheet = host.state.sheets[0];
  const target: Target = { sheet, boxes: [{ top: 0, left: 0, bottom: 1, right: 1 }] };
  const comment: CommentModel = {
    id: '{c}',
    content: '',
    authorEmail: '',
    replies: [{ id: '{r}', content: '', authorEmail: '' }],
  };
  // Comment objects check that their comment is still in its cell.
  sheet.cell(0, 0).comment = comment;
  const rule = { formula: null, fill: null, fontColor: null, bold: null };
  return reachableHostObjects([
    new WorkbookHost(host),
    new WorkbookProtectionHost(host),
    new WorksheetCollectionHost(host),
    new WorksheetHost(host, sheet),
    new WorksheetProtectionHost(host, sheet),
    new FreezePanesHost(host, sheet),
    new PageBreakCollectionHost(host, sheet),
    new PageBreakHost(host),
    new PageLayoutHost(host, sheet),
    new HeaderFooterHost(host, sheet, 'HeaderFooterGroup'),
    new SettingCollectionHost(host),
    new SettingHost(host, 'key'),
    new CommentCollectionHost(host),
    new CommentHost(host, { sheet, row: 0, col: 0, comment }),
    new CommentReplyCollectionHost(host, comment),
    new CommentReplyHost(host, comment.replies[0]),
    new RangeHost(host, target),
    new RangeAreasHost(host, target),
    new RangeFormatHost(host, target),
    new RangeFillHost(host, target),
    new RangeFontHost(host, target),
    new RangeBorderCollectionHost(host, target),
    new RangeBorderHost(host, target, 'EdgeTop'),
    new FormatProtectionHost(host, target),
    new ConditionalFormatCollectionHost(host, target),
    new CustomConditionalFormatHost(host, rule, 'ConditionalFormat'),
    new DataValidationHost(host, target),
  ]);
}

const FLAVOUR = (globalThis as { EXCEL_FLAVOUR?: string }).EXCEL_FLAVOUR ?? 'win32';

// Static analysis: the same for every runtime flavour, so it runs once (the win32 project).
(FLAVOUR === 'win32' ? describe : describe.skip)('Excel API coverage of the simulated host', () => {
  let used = new Map<string, Use>();
  let errors: string[] = [];
  let objects: HostObject[] = [];
  // Parsing @types/office-js takes a few seconds; more on a busy CI machine.
  beforeAll(() => {
    ({ uses: used, errors } = analyseApiUse({
      namespace: 'Excel',
      sources: OFFICE_SOURCES,
      indexed: indexedCollections(),
      events: EVENTS,
    }));
    objects = hostObjects();
  }, 60_000);

  it('reads src/office with the Office.js types alone (no type errors that could hide a member)', () => {
    expect(errors).toEqual([]);
  });

  it('finds what src/office uses (so that it cannot pass on an empty list)', () => {
    expect([...used.keys()]).toEqual(
      expect.arrayContaining([
        'Range.GetCellProperties()',
        'Worksheet.GetUsedRange()',
        'WorksheetCollection[]',
        'WorksheetCollection.items',
        'WorksheetProtection.Protected',
        'RangeFill.Color',
        'Worksheet._RegisterDataChangedEvent()',
      ]),
    );
    expect(used.size).toBeGreaterThan(40);
  });

  it('the runtime can send every member src/office uses, except the listed notes API', () => {
    const sendable = inRuntime();
    expect([...used.keys()].filter((key) => !sendable(key)).sort()).toEqual(UNREACHABLE);
  });

  it('the host implements every member src/office uses', () => {
    const missing = unsupportedUses(used, objects, UNREACHABLE);
    if (missing.length)
      throw new Error(
        `The simulated host (test/support/excel-host) lacks ${missing.length} Excel API member(s) that ` +
          `src/office uses:\n  ${missing.join('\n  ')}\n\nAll members used:\n  ${[...used.keys()].sort().join('\n  ')}`,
      );
  });

  it('knows one object of every host class (a new class needs a seed in hostObjects)', async () => {
    const classes = await unseededHostClasses(HOST_SOURCES, objects);
    expect(classes).toEqual([]);
  });
});
