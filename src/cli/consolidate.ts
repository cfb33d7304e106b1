/**
 * `disclosure-check consolidate FILES... -o TOTAL.xlsx [--exclude-invalid] [--keep FILE] [--force]`:
 * adds up the departments' reports into one workbook (汇总表, 分单位明细, 汇总说明), checked before it
 * is written. Never overwrites without --force, and writes nothing when an input cannot be read (a
 * total that silently lacks a department is worse than none), when two inputs are one department's
 * report of one year (same file, same bytes, or same body and year: it would be counted twice) and
 * --keep does not say which to use, or when the inputs' editions of the format cannot be added.
 *
 * Exit codes: 0 written, every department in the sums and 汇总表 clean; 1 written, but a department
 * was left out or has errors, report years differ, or 汇总表 has errors; 2 usage error, unreadable
 * input, duplicates not chosen among, editions that cannot be added, nothing to add up, or the
 * output exists.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import {
  departmentIdentity,
  departmentNote,
  describeDepartment,
  duplicateText,
  editionConflict,
  findDuplicates,
  invalidPolicy,
  mixedYears,
  TABLE_NAME,
  type Consolidation,
  type Department,
  type DuplicateGroup,
  type FrontEndWords,
} from '../consolidate';
import { LOCALES, type Locale, type Report } from '../report/types';
import { consolidatedWorkbook, writeWorkbook } from '../xlsx/consolidate';
import { readInput } from '../sources/node/read-file';
import { parseOptions, sniffLocale } from './argv';
import { inputErrorMessage, optionProblemMessage } from './messages';

export interface ConsolidateIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

const EXIT_OK = 0;
const EXIT_ATTENTION = 1;
const EXIT_FAILED = 2;
/** Findings of 汇总表 printed before "…and N more" (all of them are in 汇总说明). */
const SHOWN_FINDINGS = 10;

const MESSAGES = {
  'zh-CN': {
    usage:
      '用法：disclosure-check consolidate 文件... -o 汇总.xlsx [--exclude-invalid] [--keep 文件]... [--force] [--body 机关名称] [--year 年度] [--locale zh-CN|en]',
    noFiles: '请给出要汇总的各单位报告文件。',
    noOutput: '请用 -o 指定汇总结果文件（.xlsx）。',
    badOutput: (out: string) => `汇总结果必须是 .xlsx 文件：“${out}”`,
    outputIsInput: (out: string) => `汇总结果“${out}”也在输入文件中，未执行。`,
    badYear: (v: string) => `年度无效：“${v}”`,
    badLocale: (v: string) => `不支持的语言：“${v}”（可用 zh-CN、en）`,
    unreadable: (file: string, reason: string) => `无法读取“${file}”：${reason}`,
    notWritten: '有文件无法读取，未生成汇总结果。',
    nothing: '没有任何单位的报告中找到表二、表三或表四，未生成汇总结果。',
    keepNotInput: (file: string) => `--keep 给出的“${file}”不在要汇总的文件中。`,
    duplicates: '以下输入是同一单位同一年度的报告，汇总会重复计算，未生成汇总结果：',
    keptTwice: (files: string) => `（--keep 在这一组中给出了多个文件：${files}，只能保留一个）`,
    chooseKeep: (example: string) =>
      `请用 --keep 指定每组保留哪个文件（其余不纳入汇总），例如 ${example}；或从命令中删去多余的文件。`,
    editionsNotWritten: '未生成汇总结果。',
    mixedYears: (text: string) => `请注意：${text}`,
    exists: (out: string) => `“${out}”已存在，未覆盖。如要覆盖，请加 --force。`,
    writeFailed: (out: string, detail: string) => `无法写入“${out}”（${detail}）`,
    written: (out: string, c: Consolidation, n: number, total: number) =>
      `已写入汇总结果“${out}”：${c.edition} 版格式，${c.year ? `${c.year} 年度` : '年度未知'}，${total} 个单位中 ${n} 个纳入汇总。`,
    left: '未纳入汇总：',
    caution: '请注意：',
    missing: (tables: string) => `缺少${tables}，按 0 计`,
    skipped: (n: number) => `${n} 个单元格不是有效数字或原表中没有，未计入（明细见“汇总说明”）。`,
    clean: '汇总表校验通过：没有错误。',
    findings: (errors: number, warnings: number) => `汇总表有 ${errors} 处错误、${warnings} 处警告：`,
    more: (n: number) => `  …另有 ${n} 条，见“汇总说明”。`,
    sep: '；',
    colon: '：',
  },
  en: {
    usage:
      'Usage: disclosure-check consolidate FILES... -o TOTAL.xlsx [--exclude-invalid] [--keep FILE]... [--force] [--body NAME] [--year YEAR] [--locale zh-CN|en]',
    noFiles: 'give the departments’ report files to consolidate.',
    noOutput: 'give the output workbook with -o (.xlsx).',
    badOutput: (out: string) => `the output must be an .xlsx file: "${out}"`,
    outputIsInput: (out: string) => `the output "${out}" is also an input; nothing done.`,
    badYear: (v: string) => `invalid year: "${v}"`,
    badLocale: (v: string) => `unsupported locale: "${v}" (zh-CN, en)`,
    unreadable: (file: string, reason: string) => `cannot read "${file}": ${reason}`,
    notWritten: 'some files could not be read; no consolidated report was written.',
    nothing: 'no department’s report holds table 二, 三 or 四; no consolidated report was written.',
    keepNotInput: (file: string) => `--keep "${file}" is not one of the files to consolidate.`,
    duplicates:
      'These inputs are one department’s report for one year and would be counted twice; no consolidated report was written:',
    keptTwice: (files: string) => ` (--keep names more than one of this group: ${files}; keep one)`,
    chooseKeep: (example: string) =>
      `Say which file of each group to keep with --keep (the others are left out), e.g. ${example}, or remove the extra files from the command.`,
    editionsNotWritten: 'No consolidated report was written.',
    mixedYears: (text: string) => `Note: ${text}`,
    exists: (out: string) => `"${out}" already exists and was not overwritten; add --force to overwrite it.`,
    writeFailed: (out: string, detail: string) => `cannot write "${out}" (${detail})`,
    written: (out: string, c: Consolidation, n: number, total: number) =>
      `Wrote the consolidated report "${out}": ${c.edition} edition, ${c.year ? `year ${c.year}` : 'year unknown'}, ${n} of ${total} departments in the sums.`,
    left: 'Left out:',
    caution: 'Note:',
    missing: (tables: string) => `lacks ${tables}, counted as 0`,
    skipped: (n: number) =>
      `${n} cells are not numbers or missing in their table and were not counted (see 汇总说明).`,
    clean: '汇总表 checks clean: no errors.',
    findings: (errors: number, warnings: number) => `汇总表 has ${errors} errors and ${warnings} warnings:`,
    more: (n: number) => `  …and ${n} more, listed in 汇总说明.`,
    sep: '; ',
    colon: ': ',
  },
} satisfies Record<Locale, unknown>;

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  'exclude-invalid': { type: 'boolean' },
  keep: { type: 'string', multiple: true },
  force: { type: 'boolean' },
  body: { type: 'string' },
  year: { type: 'string' },
  locale: { type: 'string', short: 'l' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface ConsolidateCommand {
  files: string[];
  out: string;
  excludeInvalid: boolean;
  /** For each group of duplicate inputs, the one to use (`--keep`, repeatable). */
  keep: string[];
  force: boolean;
  body: string | null;
  year: number | null;
  locale: Locale;
}

/** Arguments after `consolidate`; a usage problem comes back as its message. */
export function parseConsolidate(
  argv: readonly string[],
): { command: ConsolidateCommand } | { help: Locale } | { problem: string; locale: Locale } {
  const parsed = parseOptions(argv, OPTIONS);
  if ('problem' in parsed) {
    const locale = sniffLocale(argv, 'zh-CN');
    return { problem: optionProblemMessage(parsed.problem, 'consolidate', locale), locale };
  }
  const { values, positionals } = parsed;
  let locale: Locale = 'zh-CN';
  if (values.locale !== undefined) {
    const match = LOCALES.find((l) => l.toLowerCase() === values.locale?.toLowerCase());
    if (!match) return { problem: MESSAGES[locale].badLocale(values.locale), locale };
    locale = match;
  }
  const m = MESSAGES[locale];
  if (values.help) return { help: locale };
  if (positionals.length === 0) return { problem: m.noFiles, locale };
  const out = values.output;
  if (!out) return { problem: m.noOutput, locale };
  if (!/\.xlsx$/i.test(out)) return { problem: m.badOutput(out), locale };
  if (positionals.some((f) => resolve(f) === resolve(out))) return { problem: m.outputIsInput(out), locale };
  const keep = values.keep ?? [];
  const unknown = keep.find((k) => !positionals.some((f) => resolve(f) === resolve(k)));
  if (unknown !== undefined) return { problem: m.keepNotInput(unknown), locale };
  let year: number | null = null;
  if (values.year !== undefined) {
    const y = /^\d{4}$/.test(values.year) ? Number(values.year) : NaN;
    if (!(y >= 2008 && y <= 2100)) return { problem: m.badYear(values.year), locale };
    year = y;
  }
  return {
    command: {
      files: positionals,
      out,
      excludeInvalid: values['exclude-invalid'] ?? false,
      keep,
      force: values.force ?? false,
      body: values.body?.trim() || null,
      year,
      locale,
    },
  };
}

export async function runConsolidate(argv: readonly string[], io: ConsolidateIO): Promise<number> {
  const parsed = parseConsolidate(argv);
  if ('help' in parsed) {
    io.stdout(`${MESSAGES[parsed.help].usage}\n`);
    return EXIT_OK;
  }
  if ('problem' in parsed) {
    io.stderr(`${parsed.problem}\n${MESSAGES[parsed.locale].usage}\n`);
    return EXIT_FAILED;
  }
  const command = parsed.command;
  const m = MESSAGES[command.locale];

  const inputs: { file: string; department: Department; digest?: string }[] = [];
  let unreadable = false;
  for (const file of command.files) {
    const input = await readInput(file);
    if ('error' in input) {
      io.stderr(`${m.unreadable(file, inputErrorMessage(input.error, command.locale))}\n`);
      unreadable = true;
      continue;
    }
    const name = basename(file, extname(file));
    inputs.push({
      file,
      department: describeDepartment(name, input.grids, { locale: command.locale }),
      digest: await digestOf(file),
    });
  }
  if (unreadable) {
    io.stderr(`${m.notWritten}\n`);
    return EXIT_FAILED;
  }

  const chosen = chooseAmongDuplicates(inputs, command);
  if ('refused' in chosen) {
    io.stderr(chosen.refused);
    return EXIT_FAILED;
  }

  const result = await consolidatedWorkbook(
    inputs.map((x) => ({ name: x.department.name, department: x.department })),
    {
      excludeInvalid: command.excludeInvalid,
      duplicateOf: chosen.duplicateOf,
      body: command.body,
      year: command.year,
      locale: command.locale,
      words: CLI_WORDS,
    },
  );
  const { consolidation, report } = result;
  if (consolidation.departments.every((d) => d.excluded === 'no-tables' || d.excluded === 'duplicate')) {
    io.stderr(`${m.nothing}\n`);
    return EXIT_FAILED;
  }
  const editions = editionConflict(consolidation);
  if (editions) {
    io.stderr(`${pick(editions, command.locale)}\n${m.editionsNotWritten}\n`);
    return EXIT_FAILED;
  }

  try {
    await writeWorkbook(command.out, result.workbook, { force: command.force });
  } catch (e) {
    const code = (e as { code?: unknown } | null)?.code;
    const detail = e instanceof Error ? e.message : String(e);
    io.stderr(`${code === 'EEXIST' ? m.exists(command.out) : m.writeFailed(command.out, detail)}\n`);
    return EXIT_FAILED;
  }

  io.stdout(summary(command, consolidation, report));
  const years = mixedYears(consolidation);
  if (years) io.stderr(`${m.mixedYears(pick(years, command.locale))}\n`);
  const attention =
    years !== null ||
    report.errors > 0 ||
    consolidation.departments.some(
      (d) => (d.excluded !== null && d.excluded !== 'duplicate') || d.errors > 0,
    );
  return attention ? EXIT_ATTENTION : EXIT_OK;
}

/** The console's names for what `consolidate` can be told (never the task pane's checkbox). */
const CLI_WORDS: FrontEndWords = {
  excludeControl: { zh: ' --exclude-invalid ', en: '--exclude-invalid' },
  excludeHint: {
    zh: '如要排除，请加 --exclude-invalid 重新汇总。',
    en: 'To leave them out, run again with --exclude-invalid.',
  },
  keepControl: { zh: ' --keep ', en: '--keep' },
};

const pick = (text: { zh: string; en: string }, locale: Locale): string =>
  locale === 'zh-CN' ? text.zh : text.en;

/** A digest of the file's bytes: the same report saved twice under two names is one input. */
async function digestOf(file: string): Promise<string | undefined> {
  try {
    return createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
  } catch {
    return undefined; // read by readInput from elsewhere (a converted copy): compared by body and year
  }
}

/**
 * The inputs left out as duplicates, by --keep (index → the file kept in their place), or the
 * message refusing the run when a group of duplicates has no single file kept.
 */
function chooseAmongDuplicates(
  inputs: readonly { file: string; department: Department; digest?: string }[],
  command: ConsolidateCommand,
): { duplicateOf: Map<number, string> } | { refused: string } {
  const m = MESSAGES[command.locale];
  const groups = findDuplicates(
    inputs.map((x) => ({
      ...departmentIdentity(x.department, { fromName: true }),
      file: resolve(x.file),
      ...(x.digest ? { content: x.digest } : {}),
    })),
  );
  const kept = new Set(command.keep.map((k) => resolve(k)));
  const duplicateOf = new Map<number, string>();
  const unresolved: { group: DuplicateGroup; keptTwice: string[] }[] = [];
  for (const group of groups) {
    const keptFiles = [...new Set(group.members.map((i) => resolve(inputs[i].file)))].filter((f) =>
      kept.has(f),
    );
    if (keptFiles.length !== 1) {
      unresolved.push({ group, keptTwice: keptFiles.length > 1 ? keptFiles : [] });
      continue;
    }
    // The first listing of the kept file is used; every other member is left out in its favour.
    const keeper = group.members.find((i) => resolve(inputs[i].file) === keptFiles[0]) as number;
    for (const i of group.members) if (i !== keeper) duplicateOf.set(i, inputs[keeper].file);
  }
  if (unresolved.length === 0) return { duplicateOf };
  const names = inputs.map((x) => x.file);
  const lines = [m.duplicates];
  for (const { group, keptTwice } of unresolved)
    lines.push(
      `  ${pick(duplicateText(group, names), command.locale)}${keptTwice.length ? m.keptTwice(keptTwice.join(', ')) : ''}`,
    );
  const example = unresolved.map(({ group }) => `--keep ${quoteArg(names[group.members[0]])}`).join(' ');
  lines.push(m.chooseKeep(example));
  return { refused: `${lines.join('\n')}\n` };
}

/** A file name as the user would type it after --keep. */
const quoteArg = (file: string): string => (/^[\w./\\:\-\u4e00-\u9fff]+$/.test(file) ? file : `"${file}"`);

function summary(command: ConsolidateCommand, c: Consolidation, report: Report): string {
  const m = MESSAGES[command.locale];
  const zh = command.locale === 'zh-CN';
  const pick = (t: { zh: string; en: string }) => (zh ? t.zh : t.en);
  const included = c.departments.filter((d) => d.excluded === null);
  const lines = [m.written(command.out, c, included.length, c.departments.length)];

  const left = c.departments.filter((d) => d.excluded !== null);
  if (left.length) {
    lines.push(m.left);
    for (const d of left)
      lines.push(`  ${d.name}${m.colon}${pick(departmentNote(d, c, CLI_WORDS) ?? { zh: '', en: '' })}`);
  }
  const cautions = included
    .map((d) => {
      const notes = [
        departmentNote(d, c, CLI_WORDS),
        ...d.errorMessages.slice(0, 1).map((e) => ({ zh: e, en: e })),
      ]
        .filter((t) => t !== null)
        .map(pick);
      if (d.missing.length) notes.push(m.missing(d.missing.map((t) => pick(TABLE_NAME[t])).join('、')));
      return notes.length ? `  ${d.name}${m.colon}${notes.join(m.sep)}` : null;
    })
    .filter((l): l is string => l !== null);
  if (cautions.length) lines.push(m.caution, ...cautions);
  lines.push(pick(invalidPolicy(c, CLI_WORDS)));
  if (c.skipped.length) lines.push(m.skipped(c.skipped.length));

  if (report.findings.length === 0) lines.push(m.clean);
  else {
    lines.push(m.findings(report.errors, report.warnings));
    for (const f of report.findings.slice(0, SHOWN_FINDINGS)) lines.push(`  ${f.address} ${f.message}`);
    if (report.findings.length > SHOWN_FINDINGS) lines.push(m.more(report.findings.length - SHOWN_FINDINGS));
  }
  return `${lines.join('\n')}\n`;
}
