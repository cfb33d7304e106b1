/**
 * Every Excel API member that src/office/ uses must be implemented by the simulated host, so that a new
 * Office.js call without host support fails here, by name, rather than only in whichever test happens
 * to reach it (or in no test at all, when it sits behind a feature check).
 *
 * The used members come from the TypeScript checker over src/office/*.ts: property accesses and calls
 * whose declaration is a member of an `Excel.*` client object class in @types/office-js, the paths of
 * `.load(...)` strings and the object literals of `.set(...)`. Each is named as the runtime sends it:
 * `Range.Values`, `Range.Format` (property or navigation), `Range.GetCellProperties()` (method),
 * `WorksheetCollection[]` (`getItem`, sent as an indexer), `WorksheetCollection.items` (a collection query).
 * Not seen here: members reached through `any`/`unknown` casts, and the keys inside getCellProperties
 * options or event arguments, which the host checks when a test sends them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
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
 * Members of every Excel class that never reach the host as themselves. `load` and `set` are read
 * below for the properties they name; `toJSON` only serialises what was loaded; `track`/`untrack`
 * only add to the context's tracked objects (the `_KeepReference` the host answers is generic);
 * `context` is the client's request context. (`isNullObject`, `Excel.run`, `RequestContext.workbook`
 * and `.sync()` are not members of an Excel client object class, so they are never collected.)
 */
const CLIENT_SIDE = new Set(['load', 'set', 'toJSON', 'track', 'untrack', 'context']);

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

type Kind = 'property' | 'navigation' | 'method' | 'items' | 'indexer' | 'unknown';

interface Use {
  kind: Kind;
  /** A scalar property read (or loaded), not only written: the host must answer it, not just accept it. */
  read: boolean;
  where: Set<string>;
}

const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

interface Analysis {
  uses: Map<string, Use>;
  /** Type errors in src/office under this program: an unresolved symbol would hide its member. */
  errors: string[];
}

/** What src/office/ uses of the Excel API, by wire name. */
function analyse(): Analysis {
  const { config } = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), (file) => ts.sys.readFile(file));
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
  const files = readdirSync(OFFICE_SOURCES)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(OFFICE_SOURCES, f));
  // Only the Office.js types: src/office is browser code, and @types/node and jest would double the time.
  const program = ts.createProgram(files, { ...options, types: ['office-js'], noEmit: true });
  const checker = program.getTypeChecker();
  const indexed = indexedCollections();
  const uses = new Map<string, Use>();

  const use = (key: string, kind: Kind, read: boolean, where: string) => {
    const entry = uses.get(key) ?? { kind, read: false, where: new Set<string>() };
    entry.read ||= read;
    entry.where.add(where);
    uses.set(key, entry);
  };

  const excelClasses = new Map<ts.Symbol, string | undefined>();
  /** `Range` for the symbol of `Excel.Range` (a client object class), else undefined. */
  const excelClass = (symbol: ts.Symbol | undefined): string | undefined => {
    if (!symbol) return undefined;
    if (!excelClasses.has(symbol)) {
      const declaration = symbol.declarations?.find(ts.isClassDeclaration);
      const clientObject = declaration?.heritageClauses?.some((h) =>
        h.types.some((t) => t.expression.getText() === 'OfficeExtension.ClientObject'),
      );
      const excel = clientObject && checker.getFullyQualifiedName(symbol) === `Excel.${symbol.name}`;
      excelClasses.set(symbol, excel ? symbol.name : undefined);
    }
    return excelClasses.get(symbol);
  };
  const classOfType = (type: ts.Type): string | undefined =>
    excelClass(type.getNonNullableType().getSymbol());
  const elementType = (type: ts.Type): ts.Type =>
    checker.isArrayType(type) ? (type.getNumberIndexType() ?? type) : type;
  const constituents = (type: ts.Type): ts.Type[] => {
    const defined = type.getNonNullableType();
    return defined.isUnion() ? defined.types : [defined];
  };

  /** Records one member (the symbol of `x.member`) for each Excel class declaring it. */
  const member = (symbol: ts.Symbol, read: boolean, where: string) => {
    for (const declaration of symbol.declarations ?? []) {
      const owner = ts.isClassDeclaration(declaration.parent)
        ? excelClass(declaration.parent.name && checker.getSymbolAtLocation(declaration.parent.name))
        : undefined;
      if (!owner || CLIENT_SIDE.has(symbol.name)) continue;
      const name = `${owner}.${symbol.name}`;
      const value = checker.getTypeOfSymbol(symbol);
      if (symbol.name === 'items') use(`${owner}.items`, 'items', read, where);
      else if (value.getSymbol()?.name === 'EventHandlers')
        for (const key of EVENTS[name] ?? [`${name} (an event: add its registration to EVENTS)`])
          use(key, EVENTS[name] ? 'method' : 'unknown', false, where);
      else if (symbol.flags & ts.SymbolFlags.Method)
        if (symbol.name === 'getItem' && indexed.has(owner)) use(`${owner}[]`, 'indexer', false, where);
        else use(`${owner}.${pascal(symbol.name)}()`, 'method', false, where);
      else if (classOfType(elementType(value)))
        use(`${owner}.${pascal(symbol.name)}`, 'navigation', read, where);
      else use(`${owner}.${pascal(symbol.name)}`, 'property', read, where);
    }
  };

  /** A `load` path such as `items/protection/protected`, from the type it was loaded on. */
  const loadPath = (type: ts.Type, text: string, where: string) => {
    let current = type;
    for (const name of text.split('/')) {
      const owner = classOfType(current);
      const property = owner ? current.getNonNullableType().getProperty(name) : undefined;
      if (!property) return use(`${owner ?? '?'}.${name} (load path '${text}')`, 'unknown', true, where);
      member(property, true, where);
      current = elementType(checker.getTypeOfSymbol(property));
    }
  };

  /**
   * The paths a `load` argument names: 'a,b/c', ['a', 'b/c'], { select: 'a', expand: 'b' } or
   * { a: true, b: { c: true } }; undefined when it cannot be read here (not a literal).
   */
  const loadPaths = (argument: ts.Expression, prefix = ''): string[] | undefined => {
    if (ts.isStringLiteralLike(argument)) return argument.text.split(',').map((p) => prefix + p.trim());
    if (ts.isArrayLiteralExpression(argument)) {
      const parts = argument.elements.map((e) => (ts.isStringLiteralLike(e) ? prefix + e.text : undefined));
      return parts.every((p) => p !== undefined) ? (parts as string[]) : undefined;
    }
    if (!ts.isObjectLiteralExpression(argument)) return undefined;
    const paths: string[] = [];
    for (const p of argument.properties) {
      if (!ts.isPropertyAssignment(p) || !ts.isIdentifier(p.name)) return undefined;
      const { text } = p.name;
      const value = p.initializer;
      // $all loads every scalar (the host answers all it has); top and skip page a collection.
      if (['$all', 'top', 'skip'].includes(text) || value.kind === ts.SyntaxKind.FalseKeyword) continue;
      const inner =
        value.kind === ts.SyntaxKind.TrueKeyword
          ? [prefix + text]
          : ts.isStringLiteralLike(value) && (text === 'select' || text === 'expand')
            ? loadPaths(value, prefix)
            : ts.isObjectLiteralExpression(value)
              ? loadPaths(value, `${prefix}${text}/`)
              : undefined;
      if (!inner) return undefined;
      paths.push(...inner);
    }
    return paths;
  };

  /** `x.set({ format: { fill: { color } } })`: every property named is written, navigations walked. */
  const setObject = (type: ts.Type, literal: ts.ObjectLiteralExpression, where: string) => {
    for (const p of literal.properties) {
      const name =
        p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined;
      const property = name === undefined ? undefined : type.getNonNullableType().getProperty(name);
      if (!property || !(ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p))) {
        use(`${classOfType(type) ?? '?'}.set(${p.getText()}) (not understood)`, 'unknown', false, where);
        continue;
      }
      member(property, false, where);
      if (ts.isPropertyAssignment(p) && ts.isObjectLiteralExpression(p.initializer))
        setObject(checker.getTypeOfSymbol(property), p.initializer, where);
    }
  };

  /**
   * An Excel object passed on as a structural type (`ours.push(...comments.items)` into
   * `{ delete(): void }[]`): the members of that type are then called on the Excel object.
   */
  const flowsInto = (node: ts.Expression, where: string) => {
    const sources = constituents(elementType(checker.getTypeAtLocation(node))).filter(classOfType);
    const target = sources.length ? checker.getContextualType(node) : undefined;
    if (!target) return;
    for (const t of constituents(elementType(target)))
      if (!classOfType(t))
        for (const p of t.getProperties())
          for (const source of sources) {
            const property = source.getProperty(p.name);
            if (property) member(property, true, where);
          }
  };

  const visit = (node: ts.Node, file: ts.SourceFile) => {
    const where = () =>
      `${path.relative(ROOT, file.fileName)}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const name = ts.isPropertyAccessExpression(node) ? node.name : node.argumentExpression;
      const symbol = checker.getSymbolAtLocation(name);
      const parent = node.parent;
      const written =
        ts.isBinaryExpression(parent) &&
        parent.left === node &&
        parent.operatorToken.kind === ts.SyntaxKind.EqualsToken;
      if (symbol) member(symbol, !written, where());
    }
    if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
      const key = node.propertyName ?? node.name;
      const property = ts.isIdentifier(key)
        ? checker.getTypeAtLocation(node.parent).getNonNullableType().getProperty(key.text)
        : undefined;
      if (property) member(property, true, where());
    }
    const [argument] = ts.isCallExpression(node) ? node.arguments : [];
    if (argument && ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      for (const receiver of constituents(checker.getTypeAtLocation(node.expression.expression))) {
        const owner = classOfType(receiver);
        if (owner && method === 'load') {
          const paths = loadPaths(argument);
          if (!paths) use(`${owner}.load(${argument.getText()}) (not a literal)`, 'unknown', true, where());
          for (const p of paths ?? []) loadPath(receiver, p, where());
        }
        if (owner && method === 'set') {
          if (ts.isObjectLiteralExpression(argument)) setObject(receiver, argument, where());
          else use(`${owner}.set(${argument.getText()}) (not a literal)`, 'unknown', false, where());
        }
      }
    }
    if (ts.isExpression(node) && !ts.isLiteralExpression(node)) flowsInto(node, where());
    ts.forEachChild(node, (child) => visit(child, file));
  };

  const sources = program
    .getSourceFiles()
    .filter((f) => path.resolve(path.dirname(f.fileName)) === OFFICE_SOURCES);
  for (const file of sources) visit(file, file);
  const errors = sources
    .flatMap((f) => program.getSemanticDiagnostics(f))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  return { uses, errors };
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
  const seen: HostObject[] = [];
  const found: HostObject[] = [
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
  ];
  // Navigations reach the objects whose type depends on where they sit (HeaderFooter, ConditionalRangeFont,
  // …); for-of also visits what is pushed meanwhile.
  for (const object of found) {
    if (seen.some((o) => o.type === object.type && o.constructor === object.constructor)) continue;
    seen.push(object);
    for (const m of object.members()) {
      const name = m.slice(object.type.length + 1);
      if (object.hasNav(name)) found.push(object.nav(name));
    }
  }
  return seen;
}

/** Whether some host object of the member's type implements it. */
function supports(objects: readonly HostObject[], key: string, use: Use): boolean {
  const type = key.split(/[.[]/)[0];
  const ofType = objects.filter((o) => o.type === type);
  switch (use.kind) {
    case 'items':
      return ofType.some((o) => o.items() !== undefined);
    case 'indexer':
      return ofType.some((o) => o.index !== HostObject.prototype.index);
    case 'unknown':
      return false;
    default:
      return ofType.some(
        (o) =>
          o.members().includes(key) &&
          (use.kind !== 'property' || !use.read || o.hasProp(key.slice(type.length + 1))),
      );
  }
}

const FLAVOUR = (globalThis as { EXCEL_FLAVOUR?: string }).EXCEL_FLAVOUR ?? 'win32';

// Static analysis: the same for every runtime flavour, so it runs once (the win32 project).
(FLAVOUR === 'win32' ? describe : describe.skip)('Excel API coverage of the simulated host', () => {
  let used = new Map<string, Use>();
  let errors: string[] = [];
  let objects: HostObject[] = [];
  // Parsing @types/office-js takes a few seconds; more on a busy CI machine.
  beforeAll(() => {
    ({ uses: used, errors } = analyse());
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
    const missing = [...used]
      .filter(([key, use]) => !UNREACHABLE.includes(key) && !supports(objects, key, use))
      .map(([key, use]) => {
        const read = use.kind === 'property' && use.read ? ' (read)' : '';
        return `${key}${read}  ← ${[...use.where].join(', ')}`;
      })
      .sort();
    if (missing.length)
      throw new Error(
        `The simulated host (test/support/excel-host) lacks ${missing.length} Excel API member(s) that ` +
          `src/office uses:\n  ${missing.join('\n  ')}\n\nAll members used:\n  ${[...used.keys()].sort().join('\n  ')}`,
      );
  });

  it('knows one object of every host class (a new class needs a seed in hostObjects)', async () => {
    // A class is declared with `extends`: other modules are not imported (runtime.ts would load jsdom).
    const modules = readdirSync(HOST_SOURCES).filter(
      (f) =>
        f.endsWith('.ts') &&
        !f.endsWith('.test.ts') &&
        /\bextends\b/.test(readFileSync(path.join(HOST_SOURCES, f), 'utf8')),
    );
    const classes: string[] = [];
    for (const file of modules) {
      const exported: Record<string, unknown> = await import(path.join(HOST_SOURCES, file));
      for (const [name, value] of Object.entries(exported))
        if (typeof value === 'function' && value.prototype instanceof HostObject)
          if (!objects.some((o) => o instanceof value)) classes.push(`${file}: ${name}`);
    }
    expect(classes).toEqual([]);
  });
});
