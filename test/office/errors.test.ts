/**
 * How a rejection becomes the pane's failure (src/office/errors.ts `classifyError`): Office's own
 * errors by their code (OfficeExtension.Error.code), anything else as unknown with its text.
 */
import { classifyError } from '../../src/office/errors';

describe('classifyError', () => {
  it.each<[string, unknown, { kind: string; detail: string }]>([
    [
      'an Office error with a known code',
      Object.assign(new Error('The sheet is protected.'), { code: 'AccessDenied' }),
      { kind: 'protected', detail: 'AccessDenied: The sheet is protected.' },
    ],
    [
      'an Office error with a code we do not map',
      Object.assign(new Error('Busy.'), { code: 'ServiceNotAvailable' }),
      { kind: 'unknown', detail: 'ServiceNotAvailable: Busy.' },
    ],
    ['a plain error, with no code', new Error('boom'), { kind: 'unknown', detail: 'Error: boom' }],
    ['a thrown text', 'lost connection', { kind: 'unknown', detail: 'Error: lost connection' }],
  ])('%s', (_name, error, classified) => {
    expect(classifyError(error)).toEqual(classified);
  });
});
