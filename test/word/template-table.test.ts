/**
 * The pieces of one Word template table, on their own: what a cell shows, a run's properties, a
 * paragraph with line breaks, and the column widths when the model's grid is not the one the
 * widths were chosen for. The whole tables are read back by test/word/template-ooxml.test.ts.
 */
import { buildTemplate } from '../../src/template/build';
import { STYLES } from '../../src/template/styles';
import type { TemplateCell } from '../../src/template/types';
import {
  displayText,
  paragraph,
  runProperties,
  tableXml,
  TEXT_WIDTH,
  WIDTH_UNIT,
} from '../../src/word/template-table';

const cell = (fields: Partial<TemplateCell>): TemplateCell => ({ row: 0, col: 0, style: 'count', ...fields });

describe('displayText', () => {
  test.each<[string, TemplateCell | undefined, string]>([
    ['no cell at all', undefined, ''],
    ['a cell without a value (covered by a merge)', cell({ style: 'label' }), ''],
    ['a null value', cell({ value: null }), ''],
    ['a formula without a cached result', cell({ formula: 'SUM(A1:A2)' }), ''],
    ['a formula shows its result, not its constant', cell({ formula: 'A1', result: 7, value: 9 }), '7'],
    ['text', cell({ style: 'label', value: '申请人情况' }), '申请人情况'],
    ['a count', cell({ value: 12 }), '12'],
    ['an amount keeps two decimals', cell({ style: 'amount', value: 3.5 }), '3.50'],
    ['an amount with more decimals keeps them all', cell({ style: 'amount', value: 1.234 }), '1.234'],
  ])('%s', (_, given, shown) => {
    expect(displayText(given)).toBe(shown);
  });
});

describe('runProperties', () => {
  test('the font for every script, bold, the colour without alpha, the size in half points', () => {
    expect(runProperties(STYLES.status, 9)).toBe(
      '<w:rPr><w:rFonts w:ascii="宋体" w:eastAsia="宋体" w:hAnsi="宋体" w:cs="宋体"/><w:b/><w:bCs/>' +
        '<w:color w:val="1F4E79"/><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr>',
    );
  });

  test('a plain style has neither bold nor colour; half points are rounded; names are escaped', () => {
    const style = { ...STYLES.count, font: { name: 'A&B', size: 10.5 } };
    expect(runProperties(style, 10.3)).toBe(
      '<w:rPr><w:rFonts w:ascii="A&amp;B" w:eastAsia="A&amp;B" w:hAnsi="A&amp;B" w:cs="A&amp;B"/>' +
        '<w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr>',
    );
  });
});

describe('paragraph', () => {
  test('each line in its own w:t, a w:br between them, text escaped', () => {
    expect(paragraph('一\n<二>', '<P/>', '<R/>')).toBe(
      '<w:p><w:pPr><P/><R/></w:pPr><w:r><R/><w:t xml:space="preserve">一</w:t><w:br/>' +
        '<w:t xml:space="preserve">&lt;二&gt;</w:t></w:r></w:p>',
    );
  });

  test('no text: no run, the run properties still on the paragraph mark', () => {
    expect(paragraph('', '<P/>', '<R/>')).toBe('<w:p><w:pPr><P/><R/></w:pPr></w:p>');
  });
});

describe('column widths when the model grid is not the expected one', () => {
  test('every column gets an equal whole-unit share of the text width', () => {
    const template = buildTemplate({ edition: '2021' });
    const reviews = template.tables.find((t) => t.table === 'reviews');
    if (!reviews) throw new Error('no table 四 in the template');
    // Ten columns instead of fifteen: 126 units / 10 = 12 units each.
    const narrowed = { ...reviews, bounds: { ...reviews.bounds, right: reviews.bounds.left + 9 } };
    const widths = [...tableXml(template, narrowed).matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) =>
      Number(m[1]),
    );
    const share = Math.floor(TEXT_WIDTH / WIDTH_UNIT / 10) * WIDTH_UNIT;
    expect(share).toBe(864);
    expect(widths).toEqual(new Array(10).fill(share));
  });
});
