import { unsupported, type HostState } from './state';

/** What the protocol and every host object need of a host's state (Excel's HostState; the Word host's). */
export interface ProtocolState {
  /** Members a request used that the host does not implement: the test fails on any. */
  unsupported: string[];
  requests: number;
  failingOps: { atRequest: number; op: number; code: string; reads?: boolean }[];
}

/** Methods by wire name. Arguments are untyped JSON from the wire; each method checks what it needs. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Methods = Record<string, (...args: any[]) => unknown>;

/** A scalar property of an Excel object: PascalCase name on the wire, read and/or written. */
export interface Prop {
  get?: () => unknown;
  set?: (value: unknown) => void;
}

/**
 * One object of Excel's object model as the host sees it while it executes a request. Names are the
 * wire names the runtime sends (PascalCase, e.g. `GetUsedRange`, `Format`, `Values`). Anything not
 * declared here is unsupported and fails the test.
 */
export abstract class HostObject<S extends ProtocolState = HostState> {
  abstract readonly type: string;

  constructor(readonly host: S) {}

  /** False for the null object an *OrNullObject method returns when there is nothing. */
  exists(): boolean {
    return true;
  }

  /** What Excel returns when the object is instantiated (e.g. a worksheet's `Id`). */
  identity(): Record<string, unknown> {
    return {};
  }

  protected props(): Record<string, Prop> {
    return {};
  }

  protected navs(): Record<string, () => HostObject<S>> {
    return {};
  }

  protected methods(): Methods {
    return {};
  }

  /** Collections: the items a query of `items/...` returns. */
  items(): HostObject<S>[] | undefined {
    return undefined;
  }

  /** Collections: `collection.getItem(key)` is sent as an indexer path. */
  index(key: unknown): HostObject<S> {
    return unsupported(this.host, `${this.type}[${JSON.stringify(key)}]`);
  }

  get(name: string): unknown {
    const prop = this.props()[name];
    if (!prop?.get) return unsupported(this.host, `${this.type}.${name} (read)`);
    return prop.get();
  }

  set(name: string, value: unknown): void {
    const prop = this.props()[name];
    if (!prop?.set) return unsupported(this.host, `${this.type}.${name} (write)`);
    prop.set(value);
  }

  hasProp(name: string): boolean {
    return this.props()[name]?.get !== undefined;
  }

  /** Names of the readable scalar properties (a `load()` without arguments reads them all). */
  scalarNames(): string[] {
    return Object.entries(this.props())
      .filter(([, p]) => p.get)
      .map(([name]) => name);
  }

  nav(name: string): HostObject<S> {
    const nav = this.navs()[name];
    return nav ? nav() : unsupported(this.host, `${this.type}.${name}`);
  }

  hasNav(name: string): boolean {
    return name in this.navs();
  }

  call(name: string, args: unknown[]): unknown {
    const method = this.methods()[name];
    return method ? method(...args) : unsupported(this.host, `${this.type}.${name}()`);
  }

  /** Every member the host implements, as `Type.member`, for the API coverage test. */
  members(): string[] {
    return [
      ...Object.keys(this.props()),
      ...Object.keys(this.navs()),
      ...Object.keys(this.methods()).map((m) => `${m}()`),
    ].map((m) => `${this.type}.${m}`);
  }
}
