/**
 * Word comments: the w:comment elements of comments.xml, and the anchor markup around a paragraph's
 * content (w:commentRangeStart … w:commentRangeEnd, then a run holding w:commentReference).
 */
import { escapeXml, type ScanNode } from './scan';

export interface NewComment {
  id: number;
  author: string;
  initials: string;
  /** ISO date-time, without fractions of a second (as Word writes it). */
  date: string;
  text: string;
}

/** One w:comment; each line of the text its own paragraph. */
export function commentXml(w: (local: string) => string, c: NewComment): string {
  const paragraphs = c.text
    .split('\n')
    .map(
      (line, i) =>
        `<${w('p')}>${i === 0 ? `<${w('r')}><${w('annotationRef')}/></${w('r')}>` : ''}` +
        `<${w('r')}><${w('t')} xml:space="preserve">${escapeXml(line)}</${w('t')}></${w('r')}></${w('p')}>`,
    );
  return (
    `<${w('comment')} ${w('id')}="${c.id}" ${w('author')}="${escapeXml(c.author)}" ` +
    `${w('date')}="${c.date}" ${w('initials')}="${escapeXml(c.initials)}">${paragraphs.join('')}</${w('comment')}>`
  );
}

/** A new comments part holding `comments`, in the document's WordprocessingML namespace. */
export function commentsPart(namespace: string, comments: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<w:comments xmlns:w="${namespace}">${comments}</w:comments>`
  );
}

/** The markup that opens the comments' ranges, and the markup that closes them with references. */
export function anchorMarkup(
  w: (local: string) => string,
  ids: readonly number[],
): { open: string; close: string } {
  return {
    open: ids.map((id) => `<${w('commentRangeStart')} ${w('id')}="${id}"/>`).join(''),
    close: ids
      .map(
        (id) =>
          `<${w('commentRangeEnd')} ${w('id')}="${id}"/>` +
          `<${w('r')}><${w('commentReference')} ${w('id')}="${id}"/></${w('r')}>`,
      )
      .join(''),
  };
}

/** The largest decimal w:id in a part (comments, bookmarks, tracked changes), or -1. */
export function maxId(node: ScanNode, idName: string): number {
  let max = -1;
  const visit = (n: ScanNode) => {
    const v = n.attrs[idName];
    if (v !== undefined && /^\d+$/.test(v)) max = Math.max(max, Number(v));
    for (const c of n.children) if (typeof c !== 'string') visit(c);
  };
  visit(node);
  return max;
}
