import type { Locale } from '../report/types';
import { pick } from '../report/render';
import { OP_OVERHEAD_BYTES, textBytes, type Op } from './batches';
import { chunkAddresses } from './chunk';
import { MARK_STYLES, type MarkKind, type MarkPlan } from './marks';
import { NOTE_PREFIX } from './messages';

export type NoteMode = 'notes' | 'comments' | 'none';

export const quoteSheet = (name: string): string =>
  /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;

const KINDS: readonly MarkKind[] = ['warning', 'error', 'suspect'];
/** One RangeAreas per colour and sheet, chunked so no address list passes 8,192 characters. */
export function paintOps(plan: MarkPlan): Op[] {
  const ops: Op[] = [];
  for (const [sheet, cells] of plan)
    for (const kind of KINDS) {
      const addresses = [...cells].filter(([, c]) => c.kind === kind).map(([a]) => a);
      const style = MARK_STYLES[kind];
      for (const chunk of chunkAddresses(addresses)) {
        // Stryker disable next-line ArithmeticOperator: within the budget's margin: the name counted off instead of on lowers a one-cell op's estimate by at most 15%, and the budget leaves room for requests 40% larger than estimated
        const text = chunk.length + textBytes(sheet);
        ops.push({
          bytes: text + OP_OVERHEAD_BYTES.paint,
          queue: (context) => {
            const format = context.workbook.worksheets.getItem(sheet).getRanges(chunk).format;
            format.fill.color = style.fill;
            format.font.color = style.fontColor;
            format.font.bold = style.bold;
          },
        });
      }
    }
  return ops;
}

export function noteText(messages: readonly string[], locale: Locale): string {
  return `${pick(NOTE_PREFIX, locale)}${messages.join('\n')}`;
}

export const isOurNote = (content: unknown): boolean =>
  typeof content === 'string' && (content.startsWith(NOTE_PREFIX.zh) || content.startsWith(NOTE_PREFIX.en));

/** A note (ExcelApi 1.18) or comment (1.10) per marked cell where `allowed` says one may go. */
export function noteOps(
  plan: MarkPlan,
  mode: NoteMode,
  allowed: (sheet: string, address: string) => boolean,
  locale: Locale,
): Op[] {
  if (mode === 'none') return [];
  const ops: Op[] = [];
  for (const [sheet, cells] of plan) {
    for (const [address, cell] of cells) {
      if (!allowed(sheet, address)) continue;
      const text = noteText(cell.messages, locale);
      ops.push({
        bytes: textBytes(text) + address.length + textBytes(sheet) + OP_OVERHEAD_BYTES.note,
        queue: (context) => {
          if (mode === 'notes') context.workbook.worksheets.getItem(sheet).notes.add(address, text);
          else context.workbook.comments.add(`${quoteSheet(sheet)}!${address}`, text);
        },
      });
    }
  }
  return ops;
}

/** Deletes notes/comments an earlier check wrote (loaded in an earlier sync of the same context). */
export function deleteOps(items: readonly { delete(): void }[]): Op[] {
  return items.map((item) => ({ bytes: OP_OVERHEAD_BYTES.delete, queue: () => item.delete() }));
}
