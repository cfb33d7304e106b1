/**
 * `disclosure-check template OUT.xlsx`: writes the self-checking report template, optionally
 * filled from the tables the engine finds in another file. Never overwrites without --force.
 */
import { writeFile } from 'node:fs/promises';
import { TABLE_SECTION, type Edition, type TableId } from '../format';
import type { Grid } from '../grid';
import type { Locale } from '../report/types';
import { type FillResult, type UnfilledCell } from '../template/fill';
import { planTemplate } from '../template/plan';
import type { TotalsMode } from '../template/types';
import { templateWorkbookBytes } from '../xlsx/template';
import type { TemplateCommand } from './args';
import { readInput } from '../sources/node/read-file';
import { inputErrorMessage } from './messages';

export interface TemplateIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

const zhTable = (t: TableId) => `表${TABLE_SECTION[t]}`;
const enTable = (t: TableId) => `table ${TABLE_SECTION[t]}`;

const MESSAGES = {
  'zh-CN': {
    exists: (out: string) => `“${out}”已存在，未覆盖。如要覆盖，请加 --force。`,
    unreadable: (file: string, reason: string) => `无法读取“${file}”：${reason}`,
    noTables: (file: string) => `“${file}”中没有找到表二、表三或表四，无法填入模板。`,
    writeFailed: (out: string, detail: string) => `无法写入“${out}”（${detail}）`,
    written: (out: string, edition: Edition, year: number | null, totals: TotalsMode) =>
      `已写入模板“${out}”：${edition} 版格式，${year ? `${year} 年度` : '年度待填'}，总计${
        totals === 'formula' ? '由公式计算' : '手工填写（表内自动核对）'
      }。`,
    filledFrom: (file: string, r: FillResult) =>
      `已从“${file}”填入 ${r.filled} 个数：${r.used.map((u) => `${zhTable(u.table)}取自 ${u.sheet}!${u.range}`).join('；')}。`,
    notFound: (file: string, tables: TableId[]) =>
      `“${file}”中没有${tables.map(zhTable).join('、')}，模板中相应各格保留为 0。`,
    unfilledHeader: (n: number) => `以下 ${n} 格无法读取，已留空，请核对后手工填写：`,
    unfilled: (c: UnfilledCell) =>
      `  ${zhTable(c.table)} ${c.rowLabel?.zh ?? c.rowId} × ${c.columnLabel?.zh ?? c.columnId}：${
        c.reason === 'missing' ? '原表中没有这一格' : `${c.source} 的内容“${String(c.raw ?? '')}”不是有效数字`
      }`,
    editionYear: (edition: Edition, year: number) =>
      `注意：${year} 年度的报告应使用 2021 版格式，而模板是 ${edition} 版。`,
  },
  en: {
    exists: (out: string) => `"${out}" already exists and was not overwritten; add --force to overwrite it.`,
    unreadable: (file: string, reason: string) => `cannot read "${file}": ${reason}`,
    noTables: (file: string) =>
      `no table 二, 三 or 四 found in "${file}"; nothing to fill the template from.`,
    writeFailed: (out: string, detail: string) => `cannot write "${out}" (${detail})`,
    written: (out: string, edition: Edition, year: number | null, totals: TotalsMode) =>
      `Wrote the template "${out}": ${edition} edition, ${year ? `year ${year}` : 'year to be filled in'}, totals ${
        totals === 'formula' ? 'computed by formulas' : 'typed by hand (checked in the sheet)'
      }.`,
    filledFrom: (file: string, r: FillResult) =>
      `Filled ${r.filled} numbers from "${file}": ${r.used.map((u) => `${enTable(u.table)} from ${u.sheet}!${u.range}`).join('; ')}.`,
    notFound: (file: string, tables: TableId[]) =>
      `"${file}" has no ${tables.map(enTable).join(', ')}; those cells stay 0 in the template.`,
    unfilledHeader: (n: number) => `${n} cells could not be read and were left empty; check and type them:`,
    unfilled: (c: UnfilledCell) =>
      `  ${enTable(c.table)} ${c.rowLabel?.en ?? c.rowId} × ${c.columnLabel?.en ?? c.columnId}: ${
        c.reason === 'missing'
          ? 'the source table has no such cell'
          : `${c.source} holds "${String(c.raw ?? '')}", not a valid number`
      }`,
    editionYear: (edition: Edition, year: number) =>
      `Note: reports for ${year} use the 2021 edition; this template is the ${edition} edition.`,
  },
} satisfies Record<Locale, unknown>;

const EXIT_OK = 0;
const EXIT_FAILED = 2;

export async function runTemplate(command: TemplateCommand, io: TemplateIO): Promise<number> {
  const m = MESSAGES[command.locale];
  let grids: Grid[] = [];
  if (command.from !== null) {
    const input = await readInput(command.from);
    if ('error' in input) {
      io.stderr(`${m.unreadable(command.from, inputErrorMessage(input.error, command.locale))}\n`);
      return EXIT_FAILED;
    }
    grids = input.grids;
  }
  const plan = planTemplate({
    grids: command.from !== null ? grids : null,
    year: command.year,
    edition: command.edition,
    body: command.body,
    totals: command.totals,
  });
  if ('noTables' in plan) {
    io.stderr(`${m.noTables(command.from ?? '')}\n`);
    return EXIT_FAILED;
  }
  const { template, edition, year, fill } = plan;
  const lines: string[] = [];
  if (command.from !== null && fill) {
    lines.push(m.filledFrom(command.from, fill));
    if (fill.notFound.length > 0) lines.push(m.notFound(command.from, fill.notFound));
    if (fill.unfilled.length > 0)
      lines.push(m.unfilledHeader(fill.unfilled.length), ...fill.unfilled.map(m.unfilled));
  }

  try {
    // 'wx' fails if the file appeared meanwhile: never overwrite without --force.
    await writeFile(command.out, await templateWorkbookBytes(template), { flag: command.force ? 'w' : 'wx' });
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    io.stderr(
      `${code === 'EEXIST' ? m.exists(command.out) : m.writeFailed(command.out, e instanceof Error ? e.message : String(e))}\n`,
    );
    return EXIT_FAILED;
  }
  lines.unshift(m.written(command.out, edition, year, command.totals));
  if (edition === '2019' && year !== null && year >= 2021) lines.push(m.editionYear(edition, year));
  io.stdout(`${lines.join('\n')}\n`);
  return EXIT_OK;
}
