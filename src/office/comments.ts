import { isOurNote } from './paint';

/**
 * The workbook's threaded comments (ExcelApi 1.10) as the check and 清除标记 need them: where each is,
 * whether it is the add-in's own, and whether anyone replied. Deleting a comment deletes its replies
 * (docs: Comment.delete), and a cell holds one comment or one note, never both.
 */
export interface CommentInfo {
  item: Excel.Comment;
  sheet: string;
  /** A1 of the cell, without `$`. */
  address: string;
  ours: boolean;
  replies: number;
}

/** First sync: the comments themselves (their locations need the items, so a later sync). */
export const queueComments = (context: Excel.RequestContext): Excel.CommentCollection =>
  context.workbook.comments.load('items/id,items/content');

/** Queues each comment's cell and reply count; the returned function reads them after the sync. */
export function queueCommentDetails(comments: Excel.CommentCollection): () => CommentInfo[] {
  const queued = comments.items.map((item) => ({
    item,
    location: item.getLocation().load('address'),
    replies: item.replies.getCount(),
  }));
  return () =>
    queued.flatMap(({ item, location, replies }) => {
      const at = splitAddress(location.address);
      return at ? [{ item, ...at, ours: isOurNote(item.content), replies: replies.value }] : [];
    });
}

/** `'Sheet 1'!$B$7` → sheet and `B7`. */
export function splitAddress(address: string): { sheet: string; address: string } | undefined {
  const match = /^(?:'((?:[^']|'')*)'|([^!]+))!\$?([A-Z]+)\$?(\d+)/.exec(address);
  if (!match) return undefined;
  return { sheet: match[1]?.replace(/''/g, "'") ?? match[2], address: `${match[3]}${match[4]}` };
}

export const cellKey = (sheet: string, address: string): string => `${sheet}!${address}`;

export interface CommentPlan {
  /** The add-in's own comments nobody replied to: deleted (a check writes them anew). */
  remove: Excel.Comment[];
  /** The add-in's own comments with replies by others: kept as they are, so the replies are too. */
  kept: string[];
  /** Cells where a comment stays (someone else's, or a kept one): nothing is added there. */
  occupied: Set<string>;
}

export function planComments(comments: readonly CommentInfo[]): CommentPlan {
  const plan: CommentPlan = { remove: [], kept: [], occupied: new Set() };
  for (const comment of comments) {
    const key = cellKey(comment.sheet, comment.address);
    if (comment.ours && comment.replies === 0) plan.remove.push(comment.item);
    else {
      if (comment.ours) plan.kept.push(key);
      plan.occupied.add(key);
    }
  }
  return plan;
}
