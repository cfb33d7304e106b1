import { DoubleOfficeError, ErrorCodes, fail } from './errors';
import type { CellScalar, WorkbookState } from './model';

/** Something that goes wrong on purpose. Sheet changes happen right before the n-th next sync. */
export type Failure =
  | { kind: 'cell-edit' }
  | { kind: 'protect'; sheet: string; beforeSync?: number }
  | { kind: 'api-version'; version: string }
  | { kind: 'delete-sheet'; sheet: string; beforeSync: number }
  | { kind: 'rename-sheet'; sheet: string; to: string; beforeSync: number }
  /** Requests over maxBytes are refused (responses keep the 5 MB limit). */
  | { kind: 'payload'; maxBytes: number }
  /**
   * The `op`-th operation (0-based; negative counts from the end) of the n-th next sync fails with
   * `code`; the operations before it stay applied, as in Office.
   */
  | { kind: 'op-fails'; beforeSync: number; op: number; code?: string };

/** Computes a formula (without `=`) for the double; `read` gives other cells' values, 0-based. */
export type Evaluate = (formula: string, read: (row: number, col: number) => CellScalar) => CellScalar;

/** Shared state of one double: the model plus counters and injected failures. */
export interface DoubleHost {
  state: WorkbookState;
  /** Without it formula cells read back as empty, as if calculation were manual and never ran. */
  evaluate?: Evaluate;
  /** Excel on the web's loss of fills and borders when cells are merged after being formatted (office-js #6405). */
  webMergeQuirk: boolean;
  apiVersion: number;
  syncCount: number;
  cellEdit: boolean;
  delayedForCellEdit: number;
  maxPayloadBytes: number;
  maxResponseBytes: number;
  pendingSheetChanges: { atSync: number; apply: () => void }[];
  failingOps: { atSync: number; op: number; code: string }[];
  /** Longest address string passed to getRanges, for chunking tests. */
  longestAddress: number;
  /** Largest request seen, in bytes (approximate: JSON of the queued arguments). */
  largestRequest: number;
}

interface Op {
  run: () => void;
  requestBytes: number;
}

/** The request queue of one Excel.run: writes and loads are queued, and only sync() executes them. */
export class DoubleContext {
  private queue: Op[] = [];
  private responseBytes = 0;

  constructor(
    readonly host: DoubleHost,
    private readonly delayForCellEdit: boolean,
  ) {}

  enqueue(run: () => void, args: unknown = null): void {
    this.queue.push({ run, requestBytes: JSON.stringify(args ?? null).length + 16 });
  }

  /** Loads report their response size so payload limits apply both ways. */
  respond(data: unknown): void {
    this.responseBytes += JSON.stringify(data ?? null).length;
  }

  requireApi(version: number, what: string): void {
    if (this.host.apiVersion < version)
      fail(
        ErrorCodes.apiNotFound,
        `${what} needs ExcelApi 1.${version}; this host has 1.${this.host.apiVersion}`,
      );
  }

  get hasPending(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<void> {
    const host = this.host;
    host.syncCount++;
    for (const change of host.pendingSheetChanges.filter((c) => c.atSync === host.syncCount)) change.apply();
    const ops = this.queue;
    this.queue = [];
    this.responseBytes = 0;
    await Promise.resolve();
    if (host.cellEdit) {
      if (!this.delayForCellEdit)
        throw new DoubleOfficeError(
          ErrorCodes.invalidOperationInCellEditMode,
          'Excel is in cell-editing mode.',
        );
      // The host waits until the user leaves the cell, then runs the batch.
      host.delayedForCellEdit++;
      host.cellEdit = false;
    }
    const requestBytes = ops.reduce((sum, op) => sum + op.requestBytes, 0);
    host.largestRequest = Math.max(host.largestRequest, requestBytes);
    if (requestBytes > host.maxPayloadBytes)
      fail(ErrorCodes.requestPayloadSizeLimitExceeded, `request of ${requestBytes} bytes`);
    // Like Office: operations run in order; one failing stops the rest, but earlier ones stay applied.
    const failing = host.failingOps.find((f) => f.atSync === host.syncCount);
    const failAt = failing ? (failing.op < 0 ? ops.length + failing.op : failing.op) : -1;
    ops.forEach((op, i) => {
      if (i === failAt)
        fail(failing?.code ?? ErrorCodes.generalException, `Injected failure of operation ${i}.`);
      op.run();
    });
    if (this.responseBytes > host.maxResponseBytes)
      fail(ErrorCodes.responsePayloadSizeLimitExceeded, `response of ${this.responseBytes} bytes`);
  }
}

/** A value that exists only after load()+sync(); reading it earlier throws like Office.js does. */
export class Loadable<T> {
  private loaded = false;
  private data: T | undefined;

  set(value: T): void {
    this.data = value;
    this.loaded = true;
  }

  get(name: string): T {
    if (!this.loaded)
      throw new DoubleOfficeError(
        ErrorCodes.propertyNotLoaded,
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    return this.data as T;
  }
}

/** Result of a method such as getCellProperties(): `.value` throws until synced. */
export class DoubleClientResult<T> {
  readonly slot = new Loadable<T>();
  get value(): T {
    return this.slot.get('value');
  }
}
