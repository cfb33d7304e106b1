import type { Locale } from '../report/types';
import type { OfficeGlobals } from './host';
import type { CheckProgress, CheckResult, CheckScope, Outcome, WorkbookService } from './types';

/** First version: the methods are wired step by step (read, paint, snapshot, restore, select, watch). */
export class ExcelWorkbookService implements WorkbookService {
  constructor(private readonly host: OfficeGlobals) {}

  async check(
    _scope: CheckScope,
    _locale: Locale,
    _onProgress?: (p: CheckProgress) => void,
  ): Promise<Outcome<CheckResult>> {
    return this.notYet();
  }

  async clearMarks(): Promise<Outcome<{ restored: number }>> {
    return this.notYet();
  }

  async select(_sheet: string, _address: string): Promise<Outcome<void>> {
    return this.notYet();
  }

  async watch(_sheets: readonly string[], _onChange: () => void): Promise<() => Promise<void>> {
    return async () => undefined;
  }

  async hasMarks(): Promise<boolean> {
    return false;
  }

  private notYet<T>(): Outcome<T> {
    void this.host;
    return {
      ok: false,
      error: { code: 'unknown', message: { zh: '尚未实现。', en: 'Not implemented yet.' } },
    };
  }
}
