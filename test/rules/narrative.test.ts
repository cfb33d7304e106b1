import { checkGrid } from '../../src/check';
import { reportSheet, type ReportSheet } from '../support/report-sheet';
import { runRuleCases, say } from '../support/rule-cases';
import { narrativeCases, notHeld } from './cases/narrative';

runRuleCases(narrativeCases);

describe('narrative findings', () => {
  const check = (line: string, locale: 'zh-CN' | 'en' = 'zh-CN', edit?: (s: ReportSheet) => void) => {
    const s = reportSheet();
    edit?.(s);
    say(s, line);
    return checkGrid(s.grid(), { locale, only: ['narrative/table-mismatch', 'narrative/percentage'] })
      .findings;
  };

  it('two statements of one paragraph have two fingerprints', () => {
    const found = check('结转下年度继续办理99件，本年度行政复议案件40件。');
    expect(found).toHaveLength(2);
    expect(found[0].address).toBe(found[1].address);
    expect(found[0].fingerprint).not.toBe(found[1].fingerprint);
  });

  it.each(['zh-CN', 'en'] as const)('a mismatch names every quantity tried (%s)', (locale) => {
    const [f] = check('因不掌握相关信息等原因无法提供140件。', locale, notHeld(5));
    const names =
      locale === 'zh-CN'
        ? ['（四）无法提供 1.本机关不掌握相关政府信息为 5', '无法提供（合计）为 18']
        : ['unavailable: not held by this body = 5', 'unavailable (all rows) = 18'];
    for (const name of names) expect(f.message).toContain(name);
  });

  it.each(['zh-CN', 'en'] as const)(
    'a wrong percentage gives its quantities and the value expected (%s)',
    (locale) => {
      const [f] = check('公开率为96.5%。', locale);
      expect(f.message).toContain('96.5');
      expect(f.message).toContain(locale === 'zh-CN' ? '办理结果总计 91' : 'outcomes total 91');
      expect(f.message).toContain('= 7.7%');
    },
  );
});
