/**
 * Executes one RichApi request as Excel does and builds its response. Message and response shapes:
 * notes/office-runtime.md (checked against `OfficeJsRequestExecutor` and
 * `ClientRequestContext.processRequestExecutorResponseMessage` in the shipped runtime).
 * - ObjectPathType 1 global (the host's root: `roots.global`), 2 new object (`roots.create`, e.g. Word's
 *   SearchOptions), 3 method result, 4 property, 5 indexer, 6 reference id, 7 null. Arguments listed in
 *   `ReferencedObjectPathIds` are object paths (the runtime passes a client object as its path id).
 * - ActionType 1 instantiate, 2 query, 3 method, 4 set property, 5 trace, 7 recursive query.
 * Object paths are evaluated on first use, in action order, and memoised for the request.
 */
import { ErrorCodes, HostError } from './errors';
import { HostObject, type ProtocolState } from './object';
import { unsupported } from './state';

type AnyHostObject = HostObject<ProtocolState>;

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

interface ArgumentInfo {
  Arguments?: unknown[];
  /** Per argument: the id of the object path it stands for, or 0 for a plain value. */
  ReferencedObjectPathIds?: number[];
}

interface Action {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[]; Skip?: number; Top?: number };
}

export interface RequestBody {
  Actions: Action[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface ResponseBody {
  Results: { ActionId: number; Value: unknown }[];
  Error?: { Code: string; Message: string; HttpStatusCode: number; Location: string; ActionIndex: number };
}

/** Objects kept across requests by `_KeepReference` (the runtime then addresses them by reference id). */
export class References {
  private readonly byId = new Map<string, AnyHostObject>();
  private next = 1;
  keep(object: AnyHostObject): string {
    for (const [id, kept] of this.byId) if (kept === object) return id;
    const id = `ref-${this.next++}`;
    this.byId.set(id, object);
    return id;
  }
  get(id: string): AnyHostObject | undefined {
    return this.byId.get(id);
  }
  remove(id: string): void {
    this.byId.delete(id);
  }
  get size(): number {
    return this.byId.size;
  }
}

/** Methods that only read: they do not count as writes for `op-fails`. */
const isWriteAction = (action: Action, paths: Record<string, ObjectPathInfo>): boolean => {
  if (action.ActionType === 4) return true;
  if (action.ActionType === 3) return !action.Name.startsWith('_') && !action.Name.startsWith('Get');
  if (action.ActionType === 1) {
    const path = paths[String(action.ObjectPathId)];
    return path?.ObjectPathType === 3 && path.Name === 'Add';
  }
  return false;
};

const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** How a host makes the objects no path leads to: its root, and objects the runtime creates (`new`). */
export interface Roots<S extends ProtocolState> {
  global(host: S): HostObject<S>;
  create?(host: S, typeName: string): HostObject<S> | undefined;
}

export function executeRequest<S extends ProtocolState>(
  host: S,
  refs: References,
  body: RequestBody,
  roots: Roots<S>,
): ResponseBody {
  const resolved = new Map<number, AnyHostObject>();
  const kept = new Set<number>();

  const argumentsOf = (info: ArgumentInfo | undefined): unknown[] => {
    const args = info?.Arguments ?? [];
    const paths = info?.ReferencedObjectPathIds;
    return paths ? args.map((arg, i) => (paths[i] ? resolve(paths[i]) : arg)) : args;
  };

  const resolve = (id: number): AnyHostObject => {
    const hit = resolved.get(id);
    if (hit) return hit;
    const path = body.ObjectPaths[String(id)];
    if (!path) throw new HostError(ErrorCodes.generalException, `Unknown object path ${id}`);
    const args = argumentsOf(path.ArgumentInfo);
    let object: AnyHostObject;
    switch (path.ObjectPathType) {
      case 1:
        object = roots.global(host);
        break;
      case 2:
        object = roots.create?.(host, path.Name) ?? unsupported(host, `new ${path.Name}`);
        break;
      case 3:
      case 4:
      case 5: {
        const parent = resolve(path.ParentObjectPathId ?? -1);
        if (!parent.exists()) {
          // Anything reached from a null object is a null object too.
          object = parent;
          break;
        }
        const result =
          path.ObjectPathType === 4
            ? parent.nav(path.Name)
            : path.ObjectPathType === 5
              ? parent.index(args[0])
              : parent.call(path.Name, args);
        if (!(result instanceof HostObject)) unsupported(host, `${parent.type}.${path.Name}() as an object`);
        object = result as AnyHostObject;
        break;
      }
      case 6:
        object = refs.get(path.Name) ?? fail404(`reference ${path.Name}`);
        break;
      default:
        return unsupported(host, `ObjectPathType ${path.ObjectPathType}`);
    }
    resolved.set(id, object);
    return object;
  };

  const writes = body.Actions.filter((a) => isWriteAction(a, body.ObjectPaths));
  const failing = host.failingOps.find((f) => f.atRequest === host.requests);
  const pool = failing?.reads ? body.Actions : writes;
  const failAt = failing ? pool[failing.op < 0 ? pool.length + failing.op : failing.op] : undefined;

  const results: ResponseBody['Results'] = [];
  for (const [index, action] of body.Actions.entries()) {
    try {
      if (action === failAt)
        throw new HostError(
          failing?.code ?? ErrorCodes.generalException,
          `Injected failure of action ${index}.`,
          500,
        );
      const value = executeAction(host, refs, action, resolve, kept, argumentsOf);
      if (value !== NO_RESULT) results.push({ ActionId: action.Id, Value: value });
    } catch (error) {
      if (!(error instanceof HostError)) throw error;
      return {
        Results: [],
        Error: {
          Code: error.code,
          Message: error.message,
          HttpStatusCode: error.httpStatus,
          Location: `${body.ObjectPaths[String(action.ObjectPathId)]?.Name ?? ''}.${action.Name}`,
          ActionIndex: index,
        },
      };
    }
  }
  return { Results: results };
}

const NO_RESULT = Symbol('no result');

function fail404(what: string): never {
  throw new HostError(ErrorCodes.itemNotFound, `The requested resource doesn't exist. (${what})`, 404);
}

function executeAction(
  host: ProtocolState,
  refs: References,
  action: Action,
  resolve: (id: number) => AnyHostObject,
  kept: Set<number>,
  argumentsOf: (info: ArgumentInfo | undefined) => unknown[],
): unknown {
  const args = argumentsOf(action.ArgumentInfo);
  switch (action.ActionType) {
    case 1: {
      const object = resolve(action.ObjectPathId);
      if (!object.exists()) return null;
      const answer = {
        ...object.identity(),
        ...(kept.has(action.ObjectPathId) ? { _ReferenceId: refs.keep(object) } : {}),
      };
      // An object with nothing to report (no ID, no reference) gets no result.
      return Object.keys(answer).length ? answer : NO_RESULT;
    }
    case 2:
    case 7: {
      const object = resolve(action.ObjectPathId);
      if (!object.exists()) return null;
      return query(host, object, action.QueryInfo?.Select);
    }
    case 3: {
      const object = resolve(action.ObjectPathId);
      // Methods of a null object do nothing (docs: *OrNullObject methods).
      if (!object.exists()) return null;
      if (action.Name === '_KeepReference') {
        kept.add(action.ObjectPathId);
        return NO_RESULT;
      }
      if (action.Name === '_RemoveReference') return NO_RESULT;
      const value = object.call(action.Name, args);
      return value instanceof HostObject ? null : value;
    }
    case 4: {
      const object = resolve(action.ObjectPathId);
      if (object.exists()) object.set(action.Name, args[0]);
      return NO_RESULT;
    }
    case 5:
      // Trace markers: the runtime runs their callbacks (e.g. event handler registration) on any result.
      return null;
    default:
      return unsupported(host, `ActionType ${action.ActionType} (${action.Name})`);
  }
}

/** A query's value: selected scalars by PascalCase name, navigation paths nested, collections as `_Items`. */
function query(host: ProtocolState, object: AnyHostObject, select: string[] | undefined): unknown {
  const items = object.items();
  if (items) {
    // A collection's Select applies to its items (`items/name` is sent as `name`, nested ones keep `items/`).
    const itemSelect = select?.map((p) => p.replace(/^items\/?/, '')).filter(Boolean);
    return { _Items: items.map((item) => ({ ...idOf(item), ...queryObject(host, item, itemSelect) })) };
  }
  return queryObject(host, object, select);
}

const idOf = (item: AnyHostObject): Record<string, unknown> => {
  // Excel objects identify by `Id`; Word's ranges, tables and cells by `_Id` (their scalar lists).
  const { Id, _Id } = item.identity();
  const id = Id ?? _Id;
  return id === undefined ? {} : { _Id: id };
};

function queryObject(
  host: ProtocolState,
  object: AnyHostObject,
  select: string[] | undefined,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const all = object.scalarNames().map((n) => n.charAt(0).toLowerCase() + n.slice(1));
  // `load('items')` selects `*`: every scalar, as a load without arguments.
  const paths = select && select.length ? select.flatMap((p) => (p === '*' ? all : [p])) : all;
  const nested = new Map<string, string[]>();
  for (const path of paths) {
    const [head, ...rest] = path.split('/');
    const name = pascal(head);
    if (rest.length === 0 && object.hasProp(name)) out[name] = object.get(name);
    else if (object.hasNav(name))
      nested.set(name, [...(nested.get(name) ?? []), ...(rest.length ? [rest.join('/')] : [])]);
    else if (head === 'items' && object.items())
      nested.set('items', [...(nested.get('items') ?? []), rest.join('/')]);
    else unsupported(host, `${object.type}.${name} (query)`);
  }
  for (const [name, childPaths] of nested) {
    const child = object.nav(name);
    out[name] = child.exists() ? query(host, child, childPaths.length ? childPaths : undefined) : null;
  }
  return out;
}
