/**
 * A card's words: its title names the place (row × column), so the message, which opens with the
 * same place for the CLI and the downloads (`{row} × {column}：…`, `{row}：…`, `{column}：…`), is
 * shown without it and each fact appears once.
 */

/** Separators a message puts after its place: Chinese full-width colon, English colon and space. */
const AFTER_PLACE = ['：', ': '];

/**
 * The message without a leading place, trying the longest first (`row × column` before `row`);
 * the message as it is when it opens with none of them.
 */
export function messageBody(message: string, places: readonly string[]): string {
  const longestFirst = [...places].filter((p) => p !== '').sort((a, b) => b.length - a.length);
  for (const place of longestFirst)
    for (const separator of AFTER_PLACE)
      if (message.startsWith(place + separator)) return message.slice(place.length + separator.length);
  return message;
}
