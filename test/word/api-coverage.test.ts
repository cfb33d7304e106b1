/**
 * Every Word API member that src/word/ uses (the only code calling Word.run) must be sendable by each
 * of Microsoft's shipped Word runtimes and implemented by the simulated host (test/support/word-host),
 * so that a new Word call fails here, by name, rather than only in whichever test reaches it (or in no
 * test, when it sits behind a WordApi check).
 *
 * The used members come from the TypeScript checker over src/word/*.ts with the `Word.*` types of
 * @types/office-js (test/support/api-coverage.ts, shared with the Excel test), by wire name:
 * `Body.GetOoxml()`, `TableCell.ShadingColor`, `Body.Tables`, `CommentCollection.items`, and
 * `SearchOptions.MatchCase` for the `{ matchCase: true }` the runtime turns into a SearchOptions object.
 */
import * as path from 'node:path';
import { runtimeWindow } from '../support/runtime-window';
import {
  analyseApiUse,
  reachableHostObjects,
  unseededHostClasses,
  unsupportedUses,
  type Use,
} from '../support/api-coverage';
import type { HostObject } from '../support/excel-host/object';
import { RUNTIME_FILES, WORD_FLAVOURS, type WordFlavour } from '../support/word-host';
import {
  BodyHost,
  CommentCollectionHost,
  CommentHost,
  CommentReplyCollectionHost,
  CustomPropertyCollectionHost,
  CustomPropertyHost,
  DocumentHost,
  DocumentPropertiesHost,
  RangeCollectionHost,
  RangeHost,
  SearchOptionsHost,
  TableCellHost,
  TableCollectionHost,
  TableHost,
} from '../support/word-host/objects';
import { Comments } from '../support/word-host/comments';
import { WordPackage, wAll, type XmlApi } from '../support/word-host/ooxml';
import { Properties } from '../support/word-host/properties';
import type { WordState } from '../support/word-host/state';
import { paragraphsIn, wholeOf } from '../support/word-host/text';

const ROOT = path.resolve(__dirname, '../..');
const WORD_SOURCES = path.join(ROOT, 'src/word');
const HOST_SOURCES = path.join(ROOT, 'test/support/word-host');

/** What the runtime's client object classes tell about themselves (ClientObject prototypes). */
interface ClientPrototype {
  _scalarPropertyNames?: string[];
  /** The wire names of the scalars, in the order of _scalarPropertyNames. */
  _scalarPropertyOriginalNames?: string[];
  _navigationPropertyNames?: string[];
}
type WordNamespace = Record<string, unknown>;

interface LoadedRuntime {
  word: WordNamespace;
  xml: XmlApi;
}

/** The `Word` namespace a shipped runtime defines in a fresh window. */
function loadRuntime(flavour: WordFlavour): LoadedRuntime {
  const runtime = runtimeWindow(RUNTIME_FILES[flavour]);
  const word = runtime.window.Word as WordNamespace | undefined;
  if (!word) throw new Error(`${RUNTIME_FILES[flavour]} defined no Word namespace`);
  return { word, xml: runtime.xml };
}

const prototypeOf = (word: WordNamespace, type: string): (ClientPrototype & object) | undefined => {
  const value = word[type];
  return typeof value === 'function' ? (value.prototype as ClientPrototype & object) : undefined;
};

function descriptor(proto: object, name: string): PropertyDescriptor | undefined {
  for (let p: object | null = proto; p; p = Object.getPrototypeOf(p) as object | null) {
    const found = Object.getOwnPropertyDescriptor(p, name);
    if (found) return found;
  }
  return undefined;
}

/** A method's or accessor's source names the wire name it sends (`"GetCellOrNullObject"`). */
const sends = (fn: unknown, wire: string): boolean =>
  typeof fn === 'function' && String(fn).includes(`"${wire}"`);

/**
 * Collections whose `getItem(key)` the runtime sends as an indexer path, not as a `GetItem` method
 * (`_createIndexerObject(Word.CustomProperty, this, [key])` in the debug build).
 */
function indexedCollections(word: WordNamespace): Set<string> {
  return new Set(
    Object.keys(word).filter((type) => {
      const getItem = descriptor(prototypeOf(word, type) ?? {}, 'getItem')?.value;
      return typeof getItem === 'function' && !sends(getItem, 'GetItem');
    }),
  );
}

/**
 * Why the runtime cannot send `key` as src/word uses it, or undefined when it can: the class exists,
 * and the member is a method sending that wire name, a navigation the runtime knows by it, or a scalar
 * whose wire name it is (with a getter where it is read, a setter where written).
 */
function unsendable(word: WordNamespace, key: string, use: Use): string | undefined {
  const [, type, member] = /^(\w+)(?:\.(\w+)(?:\(\))?|\[\])?/.exec(key) ?? [];
  const proto = type === undefined ? undefined : prototypeOf(word, type);
  if (!proto) return 'no such class';
  const camel = member === undefined ? 'getItem' : member.charAt(0).toLowerCase() + member.slice(1);
  const found = descriptor(proto, camel);
  switch (use.kind) {
    case 'items':
      return found?.get ? undefined : 'not a collection';
    case 'indexer':
      return typeof found?.value === 'function' && !sends(found.value, 'GetItem')
        ? undefined
        : 'getItem is no indexer';
    case 'method':
      return sends(found?.value, member ?? '') ? undefined : `no method ${camel} sending "${member}"`;
    case 'navigation':
      return proto._navigationPropertyNames?.includes(camel) && sends(found?.get, member ?? '')
        ? undefined
        : `no navigation ${camel} sending "${member}"`;
    case 'property': {
      const names = proto._scalarPropertyNames ?? [];
      const wire = proto._scalarPropertyOriginalNames?.[names.indexOf(camel)];
      if (names.indexOf(camel) < 0 || wire !== member) return `no scalar ${camel} sent as "${member}"`;
      if (use.read && !found?.get) return 'not readable';
      return use.written && !found?.set ? 'not writable' : undefined;
    }
    default:
      return 'not understood';
  }
}

/** A document with a paragraph and a one-cell table: enough for every host object to be made. */
const PACKAGE = `<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">
<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>甲</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>乙</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:sectPr/></w:body></w:document>
</pkg:xmlData></pkg:part></pkg:package>`;

/** One object of every host class: those that methods return are seeded, the others reached by navigation. */
function hostObjects(xml: XmlApi): HostObject<WordState>[] {
  const pkg = new WordPackage(xml, PACKAGE);
  const body = pkg.body();
  const range = wholeOf(paragraphsIn(body));
  const host: WordState = {
    pkg,
    comments: new Comments(pkg),
    properties: new Properties(pkg, false),
    apiVersion: 4,
    userName: 'Word User',
    clearShading: 'removes',
    maxRequestBytes: Infinity,
    maxResponseBytes: Infinity,
    largestRequest: 0,
    requests: 0,
    releases: 0,
    failingOps: [],
    unsupported: [],
    cursor: range,
    selection: null,
    ids: new WeakMap(),
    nextId: 1,
    now: () => new Date(0),
  };
  const [table] = wAll(body, 'tbl');
  const [cell] = wAll(body, 'tc');
  return reachableHostObjects<WordState>([
    new DocumentHost(host),
    new BodyHost(host, body),
    new SearchOptionsHost(host),
    new TableCollectionHost(host, body),
    new TableHost(host, table),
    new TableCellHost(host, cell),
    new RangeHost(host, range),
    new RangeCollectionHost(host, []),
    new CommentCollectionHost(host, []),
    new CommentHost(host, '0'),
    new CommentHost(host, '1', true),
    new CommentReplyCollectionHost(host, []),
    new DocumentPropertiesHost(host),
    new CustomPropertyCollectionHost(host),
    new CustomPropertyHost(host, 'key'),
  ]);
}

describe('Word API coverage of the shipped runtimes and the simulated host', () => {
  const runtimes = new Map<WordFlavour, LoadedRuntime>();
  let used = new Map<string, Use>();
  let errors: string[] = [];
  let objects: HostObject<WordState>[] = [];
  // Parsing @types/office-js and loading three runtimes take a few seconds; more on a busy CI machine.
  beforeAll(() => {
    for (const flavour of WORD_FLAVOURS) runtimes.set(flavour, loadRuntime(flavour));
    const win32 = runtimes.get('win32') as LoadedRuntime;
    ({ uses: used, errors } = analyseApiUse({
      namespace: 'Word',
      sources: WORD_SOURCES,
      indexed: indexedCollections(win32.word),
    }));
    objects = hostObjects(win32.xml);
  }, 60_000);

  it('reads src/word with the Office.js types alone (no type errors that could hide a member)', () => {
    expect(errors).toEqual([]);
  });

  it('finds what src/word uses (so that it cannot pass on an empty list)', () => {
    expect([...used.keys()]).toEqual(
      expect.arrayContaining([
        'Body.GetOoxml()',
        'Body.Search()',
        'Body.Tables',
        'TableCollection.items',
        'Table.GetCellOrNullObject()',
        'TableCell.ShadingColor',
        'Range.InsertComment()',
        'Range.ParentTableOrNullObject',
        'CommentCollection.items',
        'CustomPropertyCollection.Add()',
        'Document.GetSelection()',
        'SearchOptions.MatchCase',
      ]),
    );
    // Read back after it is set: both the getter and the setter must exist.
    expect(used.get('TableCell.ShadingColor')).toMatchObject({ kind: 'property', read: true, written: true });
    expect(used.size).toBeGreaterThan(25);
  });

  it.each(WORD_FLAVOURS)('the %s runtime can send every member src/word uses', (flavour) => {
    const { word } = runtimes.get(flavour) as LoadedRuntime;
    const failing = [...used].flatMap(([key, use]) => {
      const why = unsendable(word, key, use);
      return why ? [`${key}: ${why}  ← ${[...use.where].join(', ')}`] : [];
    });
    expect(failing).toEqual([]);
  });

  it('the host implements every member src/word uses', () => {
    const missing = unsupportedUses(used, objects);
    if (missing.length)
      throw new Error(
        `The simulated host (test/support/word-host) lacks ${missing.length} Word API member(s) that ` +
          `src/word uses:\n  ${missing.join('\n  ')}\n\nAll members used:\n  ${[...used.keys()].sort().join('\n  ')}`,
      );
  });

  it('knows one object of every host class (a new class needs a seed in hostObjects)', async () => {
    expect(await unseededHostClasses(HOST_SOURCES, objects)).toEqual([]);
  });
});
