/**
 * A host that cannot answer a requirement-set question (Office.context without `requirements`, as
 * before Office.onReady or outside Office) counts as lacking the set.
 */
import type { OfficeGlobals } from '../../src/office/host';
import { hasExcelApi } from '../../src/office/requirements';

// Only what the check reaches: Office.context, whose `requirements` is missing.
const mute = { Office: { context: {} } } as unknown as OfficeGlobals;

test('an unanswered requirement counts as missing', () => {
  expect(hasExcelApi(mute, '1.1')).toBe(false);
});
