/**
 * 插入模板 in Word: the official tables 二, 三 and 四 of an edition, each after its section heading,
 * as the flat OPC package `range.insertOoxml` takes. Built from the same template model as the
 * Excel template (src/template), so the labels, merges and cells are the sheet's; optionally filled
 * from the tables the engine located in the document (fillTemplate).
 *
 * Word has no formulas here: a total cell holds the number the model's own calculation gives
 * (src/template/calc recalculate, run by buildTemplate and fillTemplate) — in the default `formula`
 * mode the sums of the filled cells, in `input` mode the source's own totals, copied as typed.
 */
import { buildTemplate, tableHeading } from '../template/build';
import { fillTemplate, type FillResult, type FillSource } from '../template/fill';
import { STYLES } from '../template/styles';
import type { Template, TemplateFill, TemplateOptions, TemplateTable } from '../template/types';
import { flatPackage, utf8Bytes, wordDocument } from './template-package';
import { paragraph, runProperties, tableXml } from './template-table';

export interface TemplateOoxmlOptions {
  /** Default 2021. */
  edition?: TemplateOptions['edition'];
  /** `formula` (default): totals are computed from the other cells; `input`: filled like any cell. */
  totals?: TemplateOptions['totals'];
  /** Numbers for the typed cells, given directly. */
  values?: readonly TemplateFill[];
  /** Fill from the first table of each kind the engine located in these sources (after `values`). */
  fill?: readonly FillSource[];
}

/** What a fill took and left, as fillTemplate reports it (the template itself is in the OOXML). */
export type TemplateOoxmlFill = Omit<FillResult, 'template'>;

export interface TemplateOoxml {
  /** The flat OPC package for `insertOoxml`. */
  ooxml: string;
  /** Its UTF-8 size in bytes, to hold against the host's request size limit before sending it. */
  bytes: number;
  fill?: TemplateOoxmlFill;
}

export function templateOoxml(options: TemplateOoxmlOptions = {}): TemplateOoxml {
  let template = buildTemplate({ edition: options.edition, totals: options.totals, values: options.values });
  let fill: TemplateOoxmlFill | undefined;
  if (options.fill) {
    const { template: filled, ...rest } = fillTemplate(template, options.fill);
    template = filled;
    fill = rest;
  }
  const ooxml = flatPackage(wordDocument(templateBody(template)));
  return { ooxml, bytes: utf8Bytes(ooxml), ...(fill ? { fill } : {}) };
}

/** Heading paragraph and table for each table of the model, then an empty paragraph to type on. */
export function templateBody(template: Template): string {
  const blocks = template.tables.map((t) => headingXml(template, t) + tableXml(template, t));
  return `${blocks.join('')}<w:p/>`;
}

/**
 * The section heading the model puts above a table (`二、主动公开政府信息情况`), kept with the table;
 * it starts a page where the model's print setup breaks the page (table 三, to be read whole).
 */
function headingXml(template: Template, table: TemplateTable): string {
  const style = STYLES.heading;
  const text = tableHeading(table.table, table.edition);
  const pageBreak = template.page.rowBreaks.includes(table.bounds.top - 1) ? '<w:pageBreakBefore/>' : '';
  const pPr = `<w:keepNext/>${pageBreak}<w:spacing w:before="240" w:after="120"/>`;
  return paragraph(text, pPr, runProperties(style, style.font.size));
}
