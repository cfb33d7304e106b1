import { DoubleContext, Loadable } from './context';

type LoadSpec =
  string | string[] | { select?: string; expand?: string } | Record<string, unknown> | undefined;

/** Splits `a,b/c` or ['a', 'b/c'] or {select, expand} into paths. */
export function loadPaths(spec: LoadSpec): string[] {
  if (spec === undefined) return [];
  if (typeof spec === 'string')
    return spec
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => loadPaths(s));
  if (typeof spec.select === 'string' || typeof spec.expand === 'string')
    return [...loadPaths(spec.select as string | undefined), ...loadPaths(spec.expand as string | undefined)];
  return Object.entries(spec).flatMap(([key, value]) =>
    value === true
      ? [key]
      : typeof value === 'object' && value
        ? loadPaths(value as LoadSpec).map((p) => `${key}/${p}`)
        : [],
  );
}

/**
 * Base of every proxy: scalar properties come from `scalars()` at sync time and throw until loaded;
 * navigation properties are child proxies that load through paths such as `format/fill/color`.
 */
export abstract class DoubleProxy {
  private readonly slots = new Map<string, Loadable<unknown>>();

  constructor(readonly context: DoubleContext) {}

  protected abstract scalars(): Record<string, () => unknown>;
  protected children(): Record<string, DoubleProxy> {
    return {};
  }
  /** For *OrNullObject proxies: whether the target exists at sync time. */
  protected exists(): boolean {
    return true;
  }

  get isNullObject(): boolean {
    return this.read<boolean>('isNullObject');
  }

  protected read<T>(name: string): T {
    const slot = this.slots.get(name);
    if (!slot) return new Loadable<T>().get(name);
    return slot.get(name) as T;
  }

  slot(name: string): Loadable<unknown> {
    let slot = this.slots.get(name);
    if (!slot) {
      slot = new Loadable<unknown>();
      this.slots.set(name, slot);
    }
    return slot;
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    this.context.enqueue(() => this.loadNow(paths.length ? paths : Object.keys(this.scalars())));
    return this;
  }

  /** Runs at sync time. */
  loadNow(paths: string[]): void {
    const exists = this.exists();
    this.slot('isNullObject').set(!exists);
    const scalars = this.scalars();
    const children = this.children();
    const byChild = new Map<string, string[]>();
    for (const path of paths) {
      const [head, ...rest] = path.split('/');
      if (head in children) {
        byChild.set(head, [...(byChild.get(head) ?? []), ...(rest.length ? [rest.join('/')] : [])]);
      } else if (head in scalars) {
        const value = exists ? scalars[head]() : null;
        this.context.respond(value);
        this.slot(head).set(value);
      } else if (head !== 'isNullObject') {
        throw new Error(`Excel double: cannot load '${path}' on ${this.constructor.name}`);
      }
    }
    for (const [name, childPaths] of byChild) {
      const child = children[name];
      child.loadNow(childPaths.length ? childPaths : Object.keys(child.scalars()));
    }
  }

  toJSON(): Record<string, unknown> {
    return {};
  }
}
