/**
 * A Word host that cannot answer a requirement-set question (Office.context without `requirements`,
 * as before Office.onReady or outside Office) counts as lacking every set: nothing is offered.
 */
import { detectWordFeatures } from '../../src/word/features';
import type { WordGlobals } from '../../src/word/host';

// Only what the check reaches: Office.context, whose `requirements` is missing.
const mute = { Office: { context: {} } } as unknown as WordGlobals;

test('an unanswered requirement counts as missing, every feature off', () => {
  expect(detectWordFeatures(mute)).toEqual({ read: false, shading: false, comments: false });
});
