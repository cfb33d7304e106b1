import { officeErrorCode } from './errors';

/** One queued piece of work with its approximate request size. */
export interface Op {
  bytes: number;
  queue(context: Excel.RequestContext): void;
}

/**
 * Stay below Excel on the web's 5 MB request limit. Each kind of op's estimate is within about 5 % of the
 * runtime's JSON (measured in test/office/batches.test.ts), so a full batch sends about 3.7 MB at most.
 */
export const PAYLOAD_BUDGET = 3.5 * 1024 * 1024;

/**
 * What each kind of op sends besides its own texts (addresses, sheet names, note text): the objects, paths,
 * loads and property sets as the runtime serialises them. Measured on one-cell ops on 60 sheets with
 * 31-character names and rounded up; test/office/batches.test.ts holds every estimate to its measurement, so
 * a change of the ops that sends more fails there.
 */
export const OP_OVERHEAD_BYTES = {
  /** Sheet guard: the sheet and a load of its name (measured 256). */
  guard: 280,
  /** Paint: the sheet, the ranges, the format and three property sets (about 1,210). */
  paint: 1_250,
  /** Note or comment added: object paths and ids (about 200 besides the text and the address). */
  note: 200,
  /** Note or comment deleted: the item's path and id (272). */
  delete: 300,
  /**
   * Restore: up to six property sets and a tinted fill's read-back (1,196 without fill to 1,610 with tint and
   * pattern).
   */
  restore: 1_650,
  /** Tint fix after a restore: one property set (868). */
  tintFix: 900,
  /** The stored snapshot set or deleted in the settings: one op per check or clear (not measured). */
  setting: 64,
} as const;

/** Bytes of text in the request (UTF-8: a Chinese character is three). */
export const textBytes = (text: string): number => new TextEncoder().encode(text).length;
const MIN_BUDGET = 16 * 1024;

/**
 * Queues ops and syncs once per budget-sized batch (normally exactly once). A request Office refuses as
 * too large was not applied at all, so it is safe to retry it in halves: chunk rather than fail.
 */
export async function runOps(
  context: Excel.RequestContext,
  ops: readonly Op[],
  budget = PAYLOAD_BUDGET,
): Promise<void> {
  let start = 0;
  let limit = budget;
  while (start < ops.length) {
    let end = start;
    let bytes = 0;
    do bytes += ops[end++].bytes;
    while (end < ops.length && bytes + ops[end].bytes <= limit);
    for (let i = start; i < end; i++) ops[i].queue(context);
    try {
      await context.sync();
      start = end;
    } catch (error) {
      const tooLarge = officeErrorCode(error) === 'RequestPayloadSizeLimitExceeded';
      if (!tooLarge || end - start === 1 || limit <= MIN_BUDGET) throw error;
      limit = Math.max(MIN_BUDGET, Math.floor(Math.min(limit, bytes) / 2));
    }
  }
}

/** Fails fast with ItemNotFound before any write when a sheet was renamed or deleted meanwhile. */
export function guardSheets(names: readonly string[]): Op[] {
  return names.map((name) => ({
    bytes: textBytes(name) + OP_OVERHEAD_BYTES.guard,
    // Stryker disable next-line StringLiteral: equivalent: any load of a sheet that is gone fails with ItemNotFound; 'name' is the least to load
    queue: (context) => void context.workbook.worksheets.getItem(name).load('name'),
  }));
}
