import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MARK_STYLES, planMarks, type MarkKind } from '../../src/report/marks';
import type { Finding, FindingPart } from '../../src/report/types';
import { handFinding } from '../support/finding';

/** README's colour legend, the users' word for what each mark looks like: kind → [fill, font, bold]. */
function documentedLegend(): Record<string, [string, string, boolean]> {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Colour legend'));
  const legend: Record<string, [string, string, boolean]> = {};
  for (const line of section.split('\n').slice(0, 12)) {
    const m =
      /\/ (suspect cell|error|warning) \|.*\| `(#[0-9A-F]{6})` [^|]*\| `(#[0-9A-F]{6})` ([^|]*)\|/.exec(line);
    if (m) legend[m[1] === 'suspect cell' ? 'suspect' : m[1]] = [m[2], m[3], m[4].includes('加粗')];
  }
  return legend;
}

describe('MARK_STYLES', () => {
  it('are the colours README’s legend promises', () => {
    const legend = documentedLegend();
    expect(Object.keys(legend).sort()).toEqual(['error', 'suspect', 'warning']);
    for (const [kind, [fill, fontColor, bold]] of Object.entries(legend))
      expect(MARK_STYLES[kind as MarkKind]).toEqual({ fill, fontColor, bold });
  });
});

const SUSPECT = 'applications/suspect-cell';
/** One finding of each kind of mark, all on 表三!B5. */
const ON_B5: Record<MarkKind, Finding> = {
  suspect: handFinding('表三', SUSPECT, 'warning', 'B5', '疑似'),
  error: handFinding('表三', 'applications/row-total', 'error', 'B5', '错误'),
  warning: handFinding('表三', 'cell/unit-text', 'warning', 'B5', '警告'),
};

describe('planMarks', () => {
  // README: "同一单元格有多个问题时显示最重的一种（疑似 > 错误 > 警告），说明中列出全部问题".
  const ORDER: MarkKind[] = ['suspect', 'error', 'warning'];
  const pairs = ORDER.flatMap((a, i) => ORDER.slice(i + 1).map((b) => [a, b] as const));

  it.each(
    pairs.flatMap(([strong, weak]) => [[strong, weak, strong] as const, [weak, strong, strong] as const]),
  )('%s then %s on one cell: marked %s, both messages listed', (first, second, shown) => {
    const cell = planMarks([ON_B5[first], ON_B5[second]]).get('表三')?.get('B5');
    expect(cell).toEqual({ kind: shown, messages: [ON_B5[first].message, ON_B5[second].message] });
  });

  it('marks the suspect cell as suspect whatever its severity', () => {
    expect(
      planMarks([{ ...ON_B5.suspect, severity: 'error' }])
        .get('表三')
        ?.get('B5')?.kind,
    ).toBe('suspect');
    expect(planMarks([ON_B5.warning]).get('表三')?.get('B5')?.kind).toBe('warning');
  });

  it('lists a message once, however many findings say it', () => {
    const twice = [ON_B5.error, { ...ON_B5.error, ruleId: 'applications/balance' }];
    expect(planMarks(twice).get('表三')?.get('B5')?.messages).toEqual(['错误']);
  });

  it('marks each part of a grouped finding with its own message, and not the group’s anchor', () => {
    const part = (address: string, message: string): FindingPart => ({
      address,
      location: { kind: 'cell', sheet: '表三', address },
      row: null,
      column: null,
      expected: null,
      actual: '5件',
      message,
    });
    const group = handFinding('表三', 'cell/group', 'warning', 'B5', '3 处', {
      parts: [part('C6', 'C6 带单位'), part('D7', 'D7 带单位')],
    });
    const cells = planMarks([group]).get('表三');
    expect([...(cells?.keys() ?? [])]).toEqual(['C6', 'D7']);
    expect(cells?.get('D7')).toEqual({ kind: 'warning', messages: ['D7 带单位'] });
  });

  it('keeps sheets apart and leaves “no table found” unpainted', () => {
    const plan = planMarks([
      ON_B5.error,
      handFinding('表四', 'reviews/total', 'error', 'B5', '表四错误'),
      handFinding('表五', 'structure/no-table', 'error', 'A1', '未找到表格'),
    ]);
    expect([...plan.keys()]).toEqual(['表三', '表四']);
    expect(plan.get('表四')?.get('B5')).toEqual({ kind: 'error', messages: ['表四错误'] });
  });
});
