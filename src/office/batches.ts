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
    // The sheet and the load as the runtime serialises them: 256 bytes besides the name (batches.test.ts).
    bytes: textBytes(name) + 280,
    // Stryker disable next-line StringLiteral: equivalent: any load of a sheet that is gone fails with ItemNotFound; 'name' is the least to load
    queue: (context) => void context.workbook.worksheets.getItem(name).load('name'),
  }));
}
