import { checkGrids } from '../../src/check';
import { ArrayGrid } from '../../src/grid';
import { NEAR_COPY, repeatedCharacters } from '../../src/rules/cross-year/overlap';
import { ownSentenceKeys } from '../support/own-sentences';
import { reportSheet, type ReportSheet } from '../support/report-sheet';

/** Two years of one body in one workbook: sheets are paired by the years and bodies in their titles. */
const sheetOf = (title: string, name: string, edit?: (s: ReportSheet) => void) => {
  const s = reportSheet({ title });
  edit?.(s);
  return new ArrayGrid({ sheet: name, values: s.rows, merges: s.merges });
};
// Clean sheets carry 1 forward in every applicant column and 3,1,0,2,0,1 in: natural persons differ.
const carryOver = (grids: ArrayGrid[]) =>
  checkGrids(grids, { only: ['cross-year/carry-over'] }).findings.map((f) => `${f.sheet}!${f.address}`);

describe('cross-year pairing inside a workbook', () => {
  it('pairs 2021 with 2020 of the same body and reports on the later sheet only', () => {
    const got = carryOver([
      sheetOf('某某局2021年政府信息公开工作年度报告', '2021'),
      sheetOf('某某局2020年政府信息公开工作年度报告', '2020'),
    ]);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((a) => a.startsWith('2021!'))).toBe(true);
  });

  it('does not pair two bodies', () => {
    expect(
      carryOver([
        sheetOf('某某局2021年政府信息公开工作年度报告', 'A'),
        sheetOf('另一局2020年政府信息公开工作年度报告', 'B'),
      ]),
    ).toEqual([]);
  });

  it('does not pair sheets whose years are unknown (department sheets of one year)', () => {
    expect(carryOver([sheetOf('某某局年度报告', 'A'), sheetOf('某某局年度报告', 'B')])).toEqual([]);
  });

  it('does not pair years that are not consecutive', () => {
    expect(
      carryOver([
        sheetOf('某某局2021年政府信息公开工作年度报告', 'A'),
        sheetOf('某某局2019年政府信息公开工作年度报告', 'B'),
      ]),
    ).toEqual([]);
  });

  it('passes over a sheet of last year that holds no table', () => {
    const cover = new ArrayGrid({
      sheet: '2020封面',
      values: [['某某局2020年政府信息公开工作年度报告'], ['目录']],
    });
    const got = carryOver([
      sheetOf('某某局2021年政府信息公开工作年度报告', '2021'),
      cover,
      sheetOf('某某局2020年政府信息公开工作年度报告', '2020'),
    ]);
    expect(got.length).toBeGreaterThan(0);
  });

  it('takes last year’s report naming a body for a sheet whose title names none', () => {
    const report = checkGrids([sheetOf('2021年政府信息公开工作年度报告', '2021')], {
      only: ['cross-year/carry-over'],
      previous: { grids: [sheetOf('某某局2020年政府信息公开工作年度报告', '2020')], source: 'last.xlsx' },
    });
    expect(report.sheetSummaries.map((s) => s.previous)).toEqual(['last.xlsx!2020']);
    expect(report.findings.length).toBeGreaterThan(0);
  });

  it('names last year’s source in the message', () => {
    const report = checkGrids([sheetOf('某某局2021年政府信息公开工作年度报告', '2021')], {
      only: ['cross-year/carry-over'],
      previous: { grids: [sheetOf('某某局2020年政府信息公开工作年度报告', '2020')], source: 'last.xlsx' },
    });
    expect(report.findings[0].message).toContain('last.xlsx!2020');
  });
});

describe('last year named among the checked sheets', () => {
  it('compares the other sheets with it, and not it with itself', () => {
    const now = sheetOf('某某局年度报告', '本年');
    const before = sheetOf('某某局年度报告', '上年');
    const report = checkGrids([now, before], {
      only: ['cross-year/carry-over'],
      previous: { grids: [before], source: '上年', sameWorkbook: true },
    });
    const sheets = new Set(report.findings.map((f) => f.sheet));
    expect(sheets).toEqual(new Set(['本年']));
    expect(report.sheetSummaries.map((s) => s.previous)).toEqual(['上年', null]);
  });
});

describe('cross-year/similarity: what is compared', () => {
  it('keeps the body’s own sentences and leaves out what the format makes every report say', () => {
    expect(
      ownSentenceKeys([
        '### 一、总体情况',
        '（三）政府信息公开平台建设。2021年，我局全年主动公开信息1200条。',
        '本报告根据《中华人民共和国政府信息公开条例》要求编制，全文包括总体情况等六个部分。',
        '本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。',
        '本报告电子版可在本局门户网站下载。',
        '如对本报告有疑问，请与本局办公室联系（地址：某某路1号；电话：0000-0000000）。',
        '信息内容 本年制发件数 本年废止件数 现行有效件数',
        '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
        ['本年度发出收费通知的件数、总金额以及实际收取的信息处理费总额', 0, 0],
        '工作有序推进。',
        '五、存在的主要问题及改进情况。',
        '我局按季度更新政府信息公开目录，逐条核对每条信息的发布时间和发布机关！',
        '某某局',
        '2022年1月20日',
      ]),
    ).toEqual([
      '本年度我局认真贯彻落实条例',
      '本年度未收取信息处理费',
      '2021年我局全年主动公开信息1200条',
      '我局按季度更新政府信息公开目录逐条核对每条信息的发布时间和发布机关',
    ]);
  });

  it('normalises width and punctuation, and moves last year’s years on by one', () => {
    expect(
      ownSentenceKeys(['２０２０年，与2019年相比，本局申请量下降（见2018年报告）。'], 2020).slice(2),
    ).toEqual(['2021年与2020年相比本局申请量下降见2018年报告']);
  });
});

/** Eight sentences of a body's own prose (over 200 characters), written in year `y`. */
const prose = (y: number) => [
  `${y}年，本局把政务公开列入年度重点工作，由分管领导牵头定期研究推进。`,
  '公开目录按季度更新，每条信息都核对了发布机关、成文日期和有效状态。',
  '依申请公开件实行登记、拟办、审核、答复四级流转，答复书统一使用规范格式。',
  '政策解读与文件同步起草、同步审签、同步发布，解读材料配有图表说明。',
  '全年举办两期业务培训，覆盖各科室信息员和新入职的工作人员。',
  '网站留言实行限时办结，群众反映集中的问题在专栏中统一作出回应。',
  '发布前坚持保密审查，未经审查的信息一律不得上网发布。',
  '下一步将推进基层政务公开标准目录落地，提升公开的规范化水平。',
];
const withProse = (title: string, y: number, edit?: (s: ReportSheet) => void) =>
  sheetOf(title, String(y), (s) => {
    for (const line of prose(y)) s.rows.push([line]);
    edit?.(s);
  });
const THIS_YEAR = '某某局2021年政府信息公开工作年度报告';
const LAST_YEAR = '某某局2020年政府信息公开工作年度报告';

describe('cross-year/similarity: near copies', () => {
  const bigrams = (s: string) => new Set([...s].slice(1).map((c, i) => [...s][i] + c));
  /** The definition, sentence against sentence: equal, or Dice of the bigram sets ≥ 0.9. */
  const byDefinition = (now: string[], before: string[]) =>
    now.reduce((n, a) => {
      const copy = before.some((b) => {
        const [x, y] = [bigrams(a), bigrams(b)];
        const shared = [...x].filter((g) => y.has(g)).length;
        return a === b || (2 * shared) / (x.size + y.size) >= NEAR_COPY;
      });
      return copy ? n + [...a].length : n;
    }, 0);

  it('counts what comparing every pair would count (the index only skips hopeless pairs)', () => {
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const chars = '本局政府信息公开工作年度报告全年主动依申请办理答复网站平台建设监督保障培训考核';
    const pick = () => chars[Math.floor(random() * chars.length)];
    const sentence = () => Array.from({ length: 8 + Math.floor(random() * 40) }, pick).join('');
    const edit = (s: string) => {
      const c = [...s];
      for (let k = Math.floor(random() * 3); k > 0; k--) c[Math.floor(random() * c.length)] = pick();
      return c.join('');
    };
    for (let round = 0; round < 5; round++) {
      const before = Array.from({ length: 150 }, sentence);
      const now = before.map((s) => (random() < 0.5 ? edit(s) : sentence()));
      expect(repeatedCharacters(now, before)).toBe(byDefinition(now, before));
    }
  });

  it('counts a one-character sentence only when last year has it exactly (it has no bigram to share)', () => {
    const now = ['是', '否', '本局全年主动公开信息'];
    const before = ['是', '本局全年主动公开信息。'];
    expect(repeatedCharacters(now, before)).toBe(byDefinition(now, before));
    expect(repeatedCharacters(now, before)).toBe(1 + 10);
  });
});

describe('cross-year/similarity findings', () => {
  it('gives both rates in its data and its message, in both locales', () => {
    const before = withProse(LAST_YEAR, 2020, (s) => s.set('proactive', 'rules', 'issued', 40));
    const findings = (locale: 'zh-CN' | 'en') =>
      checkGrids([withProse(THIS_YEAR, 2021)], {
        locale,
        only: ['cross-year/similarity'],
        previous: { grids: [before], source: 'last.xlsx' },
      }).findings;
    const [zh] = findings('zh-CN');
    const { same, compared, tableRate } = zh.data;
    // One non-zero cell differs; everything else of the clean sheet is as it was.
    expect(same).toBe(Number(compared) - 1);
    expect(tableRate).toBe(Math.floor((100 * Number(same)) / Number(compared)));
    expect(zh).toMatchObject({ address: 'A2', actual: 100, data: { textRate: 100 } });
    expect(zh.message).toContain(`正文 100% 与上年报告（last.xlsx!2020）重复`);
    expect(zh.message).toContain(`表格数字 ${tableRate}% 未变（${compared} 个中 ${same} 个）`);
    expect(findings('en')[0].message).toContain(
      `100% of the text repeats last year’s report (last.xlsx!2020)`,
    );
  });

  it('says when the tables have no number to compare (all zero in both years)', () => {
    const zero = (s: ReportSheet) =>
      s.rows.forEach((row) => row.forEach((v, i) => typeof v === 'number' && (row[i] = 0)));
    const report = checkGrids([withProse(THIS_YEAR, 2021, zero)], {
      only: ['cross-year/similarity'],
      previous: { grids: [withProse(LAST_YEAR, 2020, zero)] },
    });
    expect(report.findings.map((f) => f.messageId)).toEqual(['repeatedText']);
    // No table rate to show: the message says so in words and the finding carries none.
    expect(report.findings[0].data).not.toHaveProperty('tableRate');
    expect(report.findings[0].message).toContain('表格无可比较的数字');
  });
});

describe('a report named as last year’s that does not fit', () => {
  const other = (edit?: (s: ReportSheet) => void) =>
    sheetOf('另一局2020年政府信息公开工作年度报告', '2020', (s) => {
      s.set('applications', 'carried-forward', 'natural-person', 9);
      edit?.(s);
    });

  it('is said so and used by no rule, and no sheet claims it', () => {
    const report = checkGrids([sheetOf(THIS_YEAR, '2021')], {
      previous: { grids: [other()], source: 'other.xlsx' },
    });
    expect(report.sheetSummaries.map((s) => s.previous)).toEqual([null]);
    const crossYear = report.findings.filter((f) => f.ruleId.startsWith('cross-year/'));
    expect(crossYear.map((f) => [f.ruleId, f.messageId, f.address])).toEqual([
      ['cross-year/previous-mismatch', 'otherBody', 'A1'],
    ]);
    expect(crossYear[0].message).toBe(
      '指定的上年报告（other.xlsx!2020）是“另一局”的报告，本报告是“某某局”的，未用于跨年度核对',
    );
    expect(report.rulesRun).toContain('cross-year/previous-mismatch');
  });

  it('is described by its first sheet that holds a table', () => {
    const cover = new ArrayGrid({ sheet: '封面', values: [['第三局2019年政府信息公开工作年度报告']] });
    const report = checkGrids([sheetOf(THIS_YEAR, '2021')], {
      only: ['cross-year/previous-mismatch'],
      previous: { grids: [cover, other()], source: 'other.xlsx' },
    });
    expect(report.findings.map((f) => f.message)).toEqual([
      '指定的上年报告（other.xlsx!2020）是“另一局”的报告，本报告是“某某局”的，未用于跨年度核对',
    ]);
  });

  it('is not held against a sheet that holds no table', () => {
    const notes = new ArrayGrid({ sheet: '说明', values: [[THIS_YEAR], ['本年度无其他说明。']] });
    const report = checkGrids([sheetOf(THIS_YEAR, '2021'), notes], {
      only: ['cross-year/previous-mismatch'],
      previous: { grids: [other()], source: 'other.xlsx' },
    });
    expect(report.findings.map((f) => [f.sheet, f.messageId])).toEqual([['2021', 'otherBody']]);
  });

  it('is claimed by no sheet that holds no table, even one it would fit', () => {
    // The notes name a year and no body: as a sheet with tables it would take the other body's report.
    const notes = new ArrayGrid({ sheet: '说明', values: [['2021年度说明'], ['本年度无其他说明。']] });
    const report = checkGrids([sheetOf(THIS_YEAR, '2021'), notes], {
      only: ['cross-year/carry-over', 'cross-year/previous-mismatch'],
      previous: { grids: [other()], source: 'other.xlsx' },
    });
    expect(report.sheetSummaries.map((s) => s.previous)).toEqual([null, null]);
    expect(report.findings.map((f) => [f.sheet, f.messageId])).toEqual([['2021', 'otherBody']]);
  });

  it('is not a mismatch for the other sheets when one sheet of the workbook uses it', () => {
    const report = checkGrids(
      [sheetOf(THIS_YEAR, '某某局'), sheetOf('另一局2021年政府信息公开工作年度报告', '另一局')],
      {
        only: ['cross-year/carry-over', 'cross-year/previous-mismatch'],
        previous: { grids: [sheetOf(LAST_YEAR, '2020')], source: 'last.xlsx' },
      },
    );
    expect(report.sheetSummaries.map((s) => s.previous)).toEqual(['last.xlsx!2020', null]);
    expect(report.findings.filter((f) => f.ruleId === 'cross-year/previous-mismatch')).toEqual([]);
  });

  it('is named in no summary when no rule compares two years', () => {
    const report = checkGrids([sheetOf(THIS_YEAR, '2021')], {
      only: ['applications/row-total'],
      previous: { grids: [sheetOf(LAST_YEAR, '2020')] },
    });
    expect(report.sheetSummaries.map((s) => s.previous)).toEqual([null]);
  });
});

describe('cross-year/proactive-chain explained by the text', () => {
  it('quotes the explanation', () => {
    const explanation = '年内开展了规章和规范性文件清理工作，现行有效件数根据清理结果进行了调整。';
    const report = checkGrids([sheetOf(THIS_YEAR, '2021', (s) => s.rows.push([explanation]))], {
      only: ['cross-year/proactive-chain'],
      previous: { grids: [sheetOf(LAST_YEAR, '2020', (s) => s.set('proactive', 'rules', 'in-force', 10))] },
    });
    // Two clean sheets: neither row of table 二 chains, both breaks are explained.
    expect(report.findings.map((f) => [f.row, f.messageId, f.severity])).toEqual([
      ['rules', 'explained', 'warning'],
      ['normative-documents', 'explained', 'warning'],
    ]);
    expect(report.findings[0].message).toContain(`正文已说明原因：“${explanation.slice(0, -1)}”`);
  });
});
