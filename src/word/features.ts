import type { WordGlobals } from './host';

/**
 * What this Word can do, from `isSetSupported` (requirement sets per member: the Word API reference).
 * - read: body.getOoxml and search (WordApi 1.1): the check runs and lists its findings.
 * - shading: tables, TableCell.shadingColor and document custom properties, where the marks'
 *   snapshot is kept (WordApi 1.3): cells are shaded and 清除标记 can put them back.
 * - comments: Range.insertComment and Body.getComments (WordApi 1.4): each finding is a comment.
 */
export interface WordFeatures {
  read: boolean;
  shading: boolean;
  comments: boolean;
}

export const WORD_REQUIRED_API = '1.1';
export const WORD_SHADING_API = '1.3';
export const WORD_COMMENTS_API = '1.4';

function hasWordApi(host: WordGlobals, version: string): boolean {
  try {
    return host.Office.context.requirements.isSetSupported('WordApi', version);
  } catch {
    // A host that cannot say counts as no.
    return false;
  }
}

export function detectWordFeatures(host: WordGlobals): WordFeatures {
  const shading = hasWordApi(host, WORD_SHADING_API);
  return {
    read: hasWordApi(host, WORD_REQUIRED_API),
    shading,
    // Comments without a snapshot could not be told from the user's own later: both or neither.
    comments: shading && hasWordApi(host, WORD_COMMENTS_API),
  };
}
