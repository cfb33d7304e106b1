/**
 * What the page needs beyond test/support/jsdom-setup.ts (lent to every jsdom test): Blob reading,
 * which only the page's tests lend, so the task pane's readers keep being tested without it. Import
 * it first in a test file (CommonJS keeps import order), before modules that may read blobs.
 */
import { lendBlobReading } from './blobs';

lendBlobReading();
