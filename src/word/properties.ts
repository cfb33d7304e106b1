/**
 * Text kept in the document's custom properties (WordApi 1.3), for the marks' snapshot and the
 * review states: they travel with the file and are invisible in the text. Desktop Word cuts a string
 * property to 255 UTF-16 units (Word.Interfaces.CustomPropertyData, "value"), so a long text is kept
 * as numbered pieces `key.0`, `key.1`, … beside `key` holding the number of pieces.
 */

/** Below Word's 255, and never splitting a surrogate pair. */
export const PIECE_LENGTH = 240;

export function splitPieces(text: string, size = PIECE_LENGTH): string[] {
  const pieces: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(at + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--; // keep the pair together
    pieces.push(text.slice(at, end));
    at = end;
  }
  return pieces;
}

const pieceKey = (key: string, i: number): string => `${key}.${i}`;

/** What the properties hold, read in one sync. */
export class StoredTexts {
  private readonly values = new Map<string, unknown>();

  constructor(items: readonly { key: string; value: unknown }[]) {
    // Keys are case-insensitive in Word (CustomPropertyCollection.add: "key … case-insensitive").
    for (const item of items) this.values.set(item.key.toLowerCase(), item.value);
  }

  /** The text under `key`, or null when absent or incomplete (a piece lost reads as nothing). */
  get(key: string): string | null {
    const count = Number(this.values.get(key.toLowerCase()));
    if (!Number.isInteger(count) || count < 1 || count > 10_000) return null;
    let text = '';
    for (let i = 0; i < count; i++) {
      const piece = this.values.get(pieceKey(key, i).toLowerCase());
      if (typeof piece !== 'string') return null;
      text += piece;
    }
    return text;
  }

  /** The properties as they are once `text` was stored under `key` (null: removed). */
  with(key: string, text: string | null): StoredTexts {
    const next = new StoredTexts([]);
    const drop = new Set(this.keysOf(key));
    for (const [k, v] of this.values) if (!drop.has(k)) next.values.set(k, v);
    const pieces = text === null ? [] : splitPieces(text);
    pieces.forEach((piece, i) => next.values.set(pieceKey(key, i).toLowerCase(), piece));
    if (pieces.length) next.values.set(key.toLowerCase(), String(pieces.length));
    return next;
  }

  /** Every property key that belongs to `key` (itself and its pieces), as stored. */
  keysOf(key: string): string[] {
    const lower = key.toLowerCase();
    return [...this.values.keys()].filter(
      (k) => k === lower || (k.startsWith(lower) && /^\.\d+$/.test(k.slice(lower.length))),
    );
  }
}

/** Queues the read of every custom property; the result is ready after the caller's next sync. */
export function queueStoredTexts(context: Word.RequestContext): () => StoredTexts {
  const properties = context.document.properties.customProperties;
  // Stryker disable next-line StringLiteral: untestable here: what an empty select loads is the host's answer, and the simulated host gives every property
  properties.load('items/key,items/value');
  return () => new StoredTexts(properties.items.map((p) => ({ key: p.key, value: p.value as unknown })));
}

/**
 * Queues writing `text` under `key` (null removes it), deleting pieces an earlier, longer text left.
 * `stored` is what the document held when read in this batch.
 */
export function queueStoreText(
  context: Word.RequestContext,
  stored: StoredTexts,
  key: string,
  text: string | null,
): void {
  const properties = context.document.properties.customProperties;
  const pieces = text === null ? [] : splitPieces(text);
  const kept = new Set(pieces.map((_, i) => pieceKey(key, i).toLowerCase()));
  if (pieces.length) kept.add(key.toLowerCase());
  for (const old of stored.keysOf(key)) if (!kept.has(old)) properties.getItemOrNullObject(old).delete();
  pieces.forEach((piece, i) => properties.add(pieceKey(key, i), piece));
  if (pieces.length) properties.add(key, String(pieces.length));
}
