import type { WorkbookService } from '../../src/office/types';
import { lazyWorkbookService } from '../../src/taskpane/lazy-service';

describe('lazyWorkbookService', () => {
  const real = (): WorkbookService & { calls: string[] } => {
    const calls: string[] = [];
    return {
      calls,
      check: async () => ({ ok: false, error: { code: 'unknown', message: { zh: '', en: '' } } }),
      clearMarks: async () => ({ ok: true, value: { restored: 0, missing: [], keptComments: [] } }),
      select: async (sheet, address) => {
        calls.push(`select ${sheet}!${address}`);
        return { ok: true, value: undefined };
      },
      watch: async () => async () => undefined,
      hasMarks: async () => true,
      consolidate: async () => ({ ok: false, error: { code: 'unknown', message: { zh: '', en: '' } } }),
      listSheets: async () => ({ ok: true, value: [] }),
      insertTemplate: async () => ({ ok: false, error: { code: 'unknown', message: { zh: '', en: '' } } }),
      saveReviews: async () => ({ ok: true, value: undefined }),
    };
  };

  it('loads nothing until a method is called, then loads once and forwards arguments', async () => {
    const target = real();
    const load = jest.fn(async () => target);
    const service = lazyWorkbookService(load);
    expect(load).not.toHaveBeenCalled();
    await service.select('表', 'C5');
    expect(await service.hasMarks()).toBe(true);
    expect(load).toHaveBeenCalledTimes(1);
    expect(target.calls).toEqual(['select 表!C5']);
  });

  it('is not mistaken for a promise', async () => {
    const service = lazyWorkbookService(async () => real());
    expect(await Promise.resolve(service)).toBe(service);
  });

  it('a failed load rejects the call instead of hanging', async () => {
    const service = lazyWorkbookService(async () => {
      throw new Error('chunk failed');
    });
    await expect(service.hasMarks()).rejects.toThrow('chunk failed');
  });
});
