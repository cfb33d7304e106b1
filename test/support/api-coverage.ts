/**
 * What an add-in adapter (src/office for Excel, src/word for Word) uses of its Office.js API, found
 * with the TypeScript checker, and whether a simulated host implements it: shared by
 * test/office/api-coverage.test.ts and test/word/api-coverage.test.ts.
 *
 * Used members are property accesses and calls whose declaration is a member of a `<Namespace>.*`
 * client object class in @types/office-js, the paths of `.load(...)` strings, the object literals of
 * `.set(...)`, and object literals the runtime turns into a client object (Word's search options).
 * Each is named as the runtime sends it: `Range.Values`, `Range.Format` (property or navigation),
 * `Range.GetCellProperties()` (method), `WorksheetCollection[]` (`getItem`, sent as an indexer),
 * `WorksheetCollection.items` (a collection query). Not seen: members reached through `any`/`unknown`
 * casts, and the keys inside option or event arguments of other types, which the host checks when a
 * test sends them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { HostObject, type ProtocolState } from './excel-host/object';

const ROOT = path.resolve(__dirname, '../..');

/**
 * Members of every client object class that never reach the host as themselves. `load` and `set` are
 * read for the properties they name; `toJSON` only serialises what was loaded; `track`/`untrack` only
 * add to the context's tracked objects (the `_KeepReference` the host answers is generic); `context`
 * is the client's request context. (`isNullObject`, `run`, `RequestContext.workbook`/`.document` and
 * `.sync()` are not members of a client object class, so they are never collected.)
 */
const CLIENT_SIDE = new Set(['load', 'set', 'toJSON', 'track', 'untrack', 'context']);

export type Kind = 'property' | 'navigation' | 'method' | 'items' | 'indexer' | 'unknown';

export interface Use {
  kind: Kind;
  /** A scalar property read (or loaded), not only written: the host must answer it, not just accept it. */
  read: boolean;
  /** A scalar property written (assigned, `set(...)`, or an object literal the runtime turns into the object). */
  written: boolean;
  where: Set<string>;
}

export interface Analysis {
  uses: Map<string, Use>;
  /** Type errors in the sources under this program: an unresolved symbol would hide its member. */
  errors: string[];
}

export interface ApiUseOptions {
  namespace: 'Excel' | 'Word';
  /** The adapter's folder (its own *.ts files, not subfolders). */
  sources: string;
  /** Collections whose `getItem(key)` the runtime sends as an indexer path, not a method. */
  indexed: ReadonlySet<string>;
  /** Events (`Worksheet.onChanged`) by the methods the runtime sends to register and unregister. */
  events?: Readonly<Record<string, string[]>>;
}

const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** What the adapter's sources use of the `namespace` API, by wire name. */
export function analyseApiUse({ namespace, sources, indexed, events = {} }: ApiUseOptions): Analysis {
  const { config } = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), (file) => ts.sys.readFile(file));
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
  const files = readdirSync(sources)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(sources, f));
  // Only the Office.js types: the adapters are browser code, and @types/node and jest would double the time.
  const program = ts.createProgram(files, { ...options, types: ['office-js'], noEmit: true });
  const checker = program.getTypeChecker();
  const uses = new Map<string, Use>();

  const use = (key: string, kind: Kind, read: boolean, where: string) => {
    const entry = uses.get(key) ?? { kind, read: false, written: false, where: new Set<string>() };
    entry.read ||= read;
    entry.written ||= kind === 'property' && !read;
    entry.where.add(where);
    uses.set(key, entry);
  };

  const apiClasses = new Map<ts.Symbol, string | undefined>();
  /** `Range` for the symbol of `Excel.Range` (a client object class of the namespace), else undefined. */
  const apiClass = (symbol: ts.Symbol | undefined): string | undefined => {
    if (!symbol) return undefined;
    if (!apiClasses.has(symbol)) {
      const declaration = symbol.declarations?.find(ts.isClassDeclaration);
      const clientObject = declaration?.heritageClauses?.some((h) =>
        h.types.some((t) => t.expression.getText() === 'OfficeExtension.ClientObject'),
      );
      const ours = clientObject && checker.getFullyQualifiedName(symbol) === `${namespace}.${symbol.name}`;
      apiClasses.set(symbol, ours ? symbol.name : undefined);
    }
    return apiClasses.get(symbol);
  };
  const classOfType = (type: ts.Type): string | undefined => apiClass(type.getNonNullableType().getSymbol());
  const elementType = (type: ts.Type): ts.Type =>
    checker.isArrayType(type) ? (type.getNumberIndexType() ?? type) : type;
  const constituents = (type: ts.Type): ts.Type[] => {
    const defined = type.getNonNullableType();
    return defined.isUnion() ? defined.types : [defined];
  };

  /** Records one member (the symbol of `x.member`) for each client class declaring it. */
  const member = (symbol: ts.Symbol, read: boolean, where: string) => {
    for (const declaration of symbol.declarations ?? []) {
      const owner = ts.isClassDeclaration(declaration.parent)
        ? apiClass(declaration.parent.name && checker.getSymbolAtLocation(declaration.parent.name))
        : undefined;
      if (!owner || CLIENT_SIDE.has(symbol.name)) continue;
      const name = `${owner}.${symbol.name}`;
      const value = checker.getTypeOfSymbol(symbol);
      if (symbol.name === 'items') use(`${owner}.items`, 'items', read, where);
      else if (value.getSymbol()?.name === 'EventHandlers')
        for (const key of events[name] ?? [`${name} (an event: add its registration to the events)`])
          use(key, events[name] ? 'method' : 'unknown', false, where);
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
   * An object passed on as a structural type (`ours.push(...comments.items)` into
   * `{ delete(): void }[]`): the members of that type are then called on the client object.
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

  /**
   * An object literal where a client object is accepted too (`body.search(text, { matchCase: true })`,
   * typed `Word.SearchOptions | {...}`): the runtime makes that object and writes each property to it
   * (`_normalizeSearchOptions` in the Word runtime).
   */
  const becomesObject = (literal: ts.ObjectLiteralExpression, where: string) => {
    const contextual = checker.getContextualType(literal);
    for (const type of contextual ? constituents(contextual) : [])
      if (classOfType(type)) setObject(type, literal, where);
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
    if (
      ts.isObjectLiteralExpression(node) &&
      ts.isCallExpression(node.parent) &&
      node.parent.arguments.includes(node)
    )
      becomesObject(node, where());
    if (ts.isExpression(node) && !ts.isLiteralExpression(node)) flowsInto(node, where());
    ts.forEachChild(node, (child) => visit(child, file));
  };

  const folder = path.resolve(sources);
  const inFolder = program.getSourceFiles().filter((f) => path.resolve(path.dirname(f.fileName)) === folder);
  for (const file of inFolder) visit(file, file);
  const errors = inFolder
    .flatMap((f) => program.getSemanticDiagnostics(f))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  return { uses, errors };
}

/**
 * One object of every host class reachable from the seeds by navigation (objects whose type depends on
 * where they sit, such as Excel's HeaderFooter, are found this way); one per type and class.
 */
export function reachableHostObjects<S extends ProtocolState>(seeds: HostObject<S>[]): HostObject<S>[] {
  const seen: HostObject<S>[] = [];
  const found = [...seeds];
  // for-of also visits what is pushed meanwhile.
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
export function hostSupports<S extends ProtocolState>(
  objects: readonly HostObject<S>[],
  key: string,
  use: Use,
): boolean {
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

/** The used members no host object implements, each with where it is used (empty when all are). */
export function unsupportedUses<S extends ProtocolState>(
  uses: ReadonlyMap<string, Use>,
  objects: readonly HostObject<S>[],
  skip: readonly string[] = [],
): string[] {
  return [...uses]
    .filter(([key, use]) => !skip.includes(key) && !hostSupports(objects, key, use))
    .map(([key, use]) => {
      const read = use.kind === 'property' && use.read ? ' (read)' : '';
      return `${key}${read}  ← ${[...use.where].join(', ')}`;
    })
    .sort();
}

/**
 * Host classes (exported subclasses of HostObject in `folder`) of which `objects` holds none. Only
 * modules declaring a class with `extends` are imported (others may load jsdom or the runtime).
 */
export async function unseededHostClasses<S extends ProtocolState>(
  folder: string,
  objects: readonly HostObject<S>[],
): Promise<string[]> {
  const modules = readdirSync(folder).filter(
    (f) =>
      f.endsWith('.ts') &&
      !f.endsWith('.test.ts') &&
      /\bextends\b/.test(readFileSync(path.join(folder, f), 'utf8')),
  );
  const classes: string[] = [];
  for (const file of modules) {
    const exported: Record<string, unknown> = await import(path.join(folder, file));
    for (const [name, value] of Object.entries(exported))
      if (typeof value === 'function' && value.prototype instanceof HostObject)
        if (!objects.some((o) => o instanceof value)) classes.push(`${file}: ${name}`);
  }
  return classes;
}
