import type { WorkbookService } from '../office/types';
import { globalWordHost, type WordGlobals } from './host';
import { WordDocumentService } from './service';

export type { WordGlobals } from './host';

/** The task pane's service over Word.run; `host` is injected by tests, else the globals. */
export function createWordDocumentService(host?: WordGlobals): WorkbookService {
  return new WordDocumentService(host ?? globalWordHost());
}
