/** The CLI's own strings, zh-CN first and en second: help, usage errors and unreadable-file reasons. */
import type { Locale } from '../report/types';
import type { SuppressionsProblem } from './suppressions';
import { TOOL_NAME } from '../version';
import type { InputError, InputErrorCode } from '../sources/node/read-file';
import type { OptionProblem } from './argv';
import { commandLine, INSTALLED, type Launch } from './launch';
import { READABLE as READ_DIRECTLY } from '../sources/route';
import { CONVERTIBLE } from '../sources/node/convert';

const HELP: Record<Locale, string> = {
  'zh-CN': `政府信息公开年报校验助手（${TOOL_NAME}）

用法：
  ${TOOL_NAME} check [路径...] [选项]      检查文件、文件夹（含子文件夹）或通配符（如 "年报/*.xlsx"）
  ${TOOL_NAME} check                       检查自带的示例工作簿，并写出标注副本
  ${TOOL_NAME} rules [--format json]        列出全部规则
  ${TOOL_NAME} template 输出.xlsx [--edition 2021|2019] [--year 年份] [--body 机关名称]
                      [--from 文件] [--totals formula|input] [--force]
  ${TOOL_NAME} consolidate 文件... -o 汇总.xlsx [--exclude-invalid] [--force] [--body 机关名称] [--year 年份]
                      汇总各单位的报告：汇总表、分单位明细和汇总说明（--exclude-invalid 排除有错误的单位）
  ${TOOL_NAME} --help | --version

检查政府信息公开工作年度报告中的表二（主动公开）、表三（依申请公开）和表四（复议诉讼）。
支持的文件：.xlsx/.xlsm（每张工作表都检查）、.txt/.tsv（制表符分隔，或从 PDF 复制的空格对齐文本）、
.csv（逗号分隔）、.docx（Word）、.html/.htm/.mhtml（网页）、.pdf（有文字层的）；
.doc、.wps、.xls、.et、.rtf 在装有 LibreOffice 时自动转换后检查（原文件不变）。

check 选项：
  -f, --format text|json|csv  输出格式（默认 text）
  -o, --output 文件        把结果写入文件（不会覆盖要检查的文件）
  -l, --locale zh-CN|en    提示语言（默认 zh-CN）
      --year 年份          报告年度，例如 2021（默认从标题识别）
      --rule 规则          只运行这些规则（可重复，或用逗号分隔）
      --disable 规则       不运行这些规则（可重复）
  -q, --quiet              只报告错误，不报告警告
      --max-warnings N     警告超过 N 个时退出码为 1
      --previous 文件      上一年度的报告，用于跨年度核对（结转、主动公开数量、与上年重复）；
                           须是同一机关上一年的报告，否则不用并予以提示；
                           不指定时，同一批中同一机关相邻年度的文件自动配对
      --annotate 文件夹    把每个文件的标注副本写入该文件夹（不能是原文件所在文件夹）
  -j, --jobs N             同时检查的文件数，1 到 64（默认等于 CPU 核数）
      --max-file-size 大小      单个文件大小上限（默认 50MB）
      --max-unpacked-size 大小  工作簿解压后大小上限（默认 300MB）
                           大小可写 800KB、50MB、1.5GB、4096B，单位不分大小写，1KB = 1024B，只写数字按 MB 计
      --max-cells N        每张工作表单元格区域上限（默认 500000）
      --timeout 秒         每个文件的时限（默认 60）
      --suppressions 文件  已确认问题的清单（默认读取当前文件夹中的 disclosure-suppressions.json）：
                           清单中的问题显示为“已确认”并附理由，不计入错误和警告
      --suppress-all       把本次发现的问题全部记为已确认，写入清单（须同时给出 --reason）
      --suppress-rule 规则 只把这些规则的问题记为已确认（可重复，须同时给出 --reason）
      --reason 文字        确认的理由，例如“清理后调整，已在报告中说明”
      --prune-suppressions 从清单中删除已不再出现的问题
  -h, --help               显示本帮助
  -v, --version            显示版本号

template 选项（生成可自动核对的年报模板工作簿）：
      --edition 2021|2019  格式版本（默认按年度或 --from 的表格判断，否则 2021）
      --body 机关名称      写入标题的机关名称
      --from 文件          从该文件中找到的表二、表三、表四填入数字
      --totals formula|input  总计由公式计算（默认），或留作手填并在表内核对
      --force              输出文件已存在时覆盖

退出码：0 没有错误；1 发现错误、未找到表格或警告超过 --max-warnings；2 用法错误或有文件无法读取。
`,
  en: `Disclosure Report Checker (${TOOL_NAME})

Usage:
  ${TOOL_NAME} check [PATH...] [options]   check files, folders (recursively) or globs ("reports/*.xlsx")
  ${TOOL_NAME} check                       check the bundled sample workbook and write its annotated copy
  ${TOOL_NAME} rules [--format json]        list the rules
  ${TOOL_NAME} template OUT.xlsx [--edition 2021|2019] [--year YYYY] [--body NAME]
                      [--from FILE] [--totals formula|input] [--force]
  ${TOOL_NAME} consolidate FILES... -o TOTAL.xlsx [--exclude-invalid] [--force] [--body NAME] [--year YYYY]
                      add up departments' reports: 汇总表, per-department breakdown and notes
                      (--exclude-invalid leaves out departments whose tables have errors)
  ${TOOL_NAME} --help | --version

Checks tables 二 (proactive disclosure), 三 (applications) and 四 (reviews and lawsuits) of the
annual report on government information disclosure.
Inputs: .xlsx/.xlsm (every worksheet), .txt/.tsv (tab-separated, or space-aligned text copied
from a PDF), .csv (comma-separated), .docx (Word), .html/.htm/.mhtml (web pages), .pdf (with a
text layer); .doc, .wps, .xls, .et and .rtf are converted by LibreOffice when it is installed
(the original is left as it is).

check options:
  -f, --format text|json|csv  output format (default text)
  -o, --output FILE        write the report to FILE (never one of the inputs)
  -l, --locale zh-CN|en    message language (default zh-CN)
      --year YYYY          report year, e.g. 2021 (default: taken from the title)
      --rule ID            run only these rules (repeat, or separate with commas)
      --disable ID         skip these rules (repeatable)
  -q, --quiet              report errors only, no warnings
      --max-warnings N     exit 1 when there are more than N warnings
      --previous FILE      last year's report, for the cross-year checks (carry-over, proactive counts,
                           repetition); one of another body or year is not used, and said so;
                           without it, files of consecutive years of one body in the batch are paired
      --annotate DIR       write an annotated copy of each file into DIR (not an input's folder)
  -j, --jobs N             files checked at once, 1 to 64 (default: one per CPU core)
      --max-file-size SIZE      largest file (default 50MB)
      --max-unpacked-size SIZE  largest unzipped workbook (default 300MB)
                           SIZE: 800KB, 50MB, 1.5GB or 4096B, any case, 1KB = 1024B, a bare number is MB
      --max-cells N        largest sheet, in cells of its used area (default 500000)
      --timeout SECONDS    time limit per file (default 60)
      --suppressions FILE  accepted findings (default: disclosure-suppressions.json in the current
                           folder, when present): shown as accepted with the reason, not counted
      --suppress-all       accept every finding of this run into the file (needs --reason)
      --suppress-rule ID   accept only these rules' findings (repeatable; needs --reason)
      --reason TEXT        why they are accepted, e.g. "adjusted after a clean-up, explained in the text"
      --prune-suppressions remove entries that no longer match any finding
  -h, --help               show this help
  -v, --version            show the version

template options (write the self-checking report template workbook):
      --edition 2021|2019  format edition (default: from the year or the --from tables, else 2021)
      --body NAME          name of the reporting body, for the title
      --from FILE          fill in the numbers of tables 二, 三 and 四 found in FILE
      --totals formula|input  totals as formulas (default), or typed and checked in the sheet
      --force              overwrite OUT.xlsx if it exists

Exit codes: 0 no errors; 1 errors found, no table found, or more warnings than --max-warnings;
2 usage error or an unreadable file.
`,
};

/**
 * The help; started other than as the installed command (from a checkout, by npx), a first line
 * says how to type the `disclosure-check` of the examples.
 */
export function helpText(locale: Locale, launch: Launch = INSTALLED): string {
  if (launch.via === 'bin') return HELP[locale];
  const zh = locale === 'zh-CN';
  const here = commandLine(
    launch.via === 'npm-check' ? { via: 'node', script: launch.script } : launch,
    '',
  ).trimEnd();
  const npm =
    launch.via !== 'npm-check'
      ? ''
      : zh
        ? `；检查文件也可用 npm run check -- 文件`
        : `; to check files, npm run check -- FILE also works`;
  const note = zh
    ? `（下文的 ${TOOL_NAME} 在这里写作 ${here}${npm}）`
    : `(Here, type ${here} for ${TOOL_NAME} below${npm}.)`;
  return `${note}\n\n${HELP[locale]}`;
}

export type UsageProblem =
  | { kind: 'no-command'; commands: readonly string[] }
  /** `suggestion`: a command near the word; `file`: the word looks like a file name (`check` was left out). */
  | {
      kind: 'unknown-command';
      value: string;
      commands: readonly string[];
      suggestion: string | null;
      file: boolean;
    }
  | { kind: 'bad-format'; value: string; choices?: string }
  | { kind: 'bad-locale'; value: string }
  | { kind: 'bad-year'; value: string }
  /** An option that did not parse; `command` is the command it was given to, when there was one. */
  | { kind: 'bad-option'; problem: OptionProblem; command: string | null }
  | { kind: 'template-only'; option: string }
  | { kind: 'no-output' }
  | { kind: 'extra-arguments'; command: 'rules' | 'template'; value: string }
  | { kind: 'bad-output'; value: string }
  | { kind: 'bad-edition'; value: string }
  | { kind: 'bad-totals'; value: string }
  | { kind: 'check-only'; option: string }
  | { kind: 'unknown-rule'; value: string; suggestion: string | null }
  | { kind: 'bad-number'; option: string; value: string; min: number; max: number }
  | { kind: 'bad-size'; option: string; value: string }
  | { kind: 'bad-seconds'; option: string; value: string }
  | { kind: 'output-is-input'; value: string }
  | { kind: 'annotate-beside-input'; value: string }
  | { kind: 'no-inputs'; value: string }
  | { kind: 'no-reason'; option: string }
  | { kind: 'reason-alone' };

/** `check、consolidate、rules 或 template` / `check, consolidate, rules or template`. */
function choiceList(items: readonly string[], locale: Locale): string {
  if (items.length < 2) return items.join('');
  const last = items[items.length - 1];
  return locale === 'zh-CN'
    ? `${items.slice(0, -1).join('、')} 或 ${last}`
    : `${items.slice(0, -1).join(', ')} or ${last}`;
}

/** Example values that read the same in both languages, by the option's long name. */
const SAME_EXAMPLE: Record<string, string> = {
  format: 'json',
  year: '2021',
  edition: '2021',
  totals: 'input',
  'max-warnings': '0',
  rule: 'cell/blank',
  disable: 'cell/blank',
  'max-file-size': '100MB',
  'max-unpacked-size': '500MB',
  'max-cells': '1000000',
  timeout: '120',
  jobs: '4',
  suppressions: 'disclosure-suppressions.json',
  'suppress-rule': 'cell/blank',
};

/** A value to show after an option that lacks one, by the option's long name. */
const VALUE_EXAMPLE: Record<Locale, Record<string, string>> = {
  'zh-CN': {
    ...SAME_EXAMPLE,
    output: '结果.txt',
    locale: 'en',
    body: '某某市人民政府办公室',
    from: '年报.xlsx',
    previous: '2020年报.xlsx',
    annotate: '标注副本',
    reason: '"已在报告中说明"',
  },
  en: {
    ...SAME_EXAMPLE,
    output: 'report.txt',
    locale: 'zh-CN',
    body: '"City Government Office"',
    from: 'report.xlsx',
    previous: 'report-2020.xlsx',
    annotate: 'annotated',
    reason: '"explained in the report"',
  },
};
/** consolidate writes a workbook: its -o example is one. */
const CONSOLIDATE_OUTPUT: Record<Locale, string> = { 'zh-CN': '汇总.xlsx', en: 'total.xlsx' };

/** `-o 结果.txt`: the option as one types it (short form when it has one) with a sample value. */
function example(p: { option: string; name: string }, command: string | null, locale: Locale): string | null {
  const value =
    p.name === 'output' && command === 'consolidate'
      ? CONSOLIDATE_OUTPUT[locale]
      : VALUE_EXAMPLE[locale][p.name];
  return value === undefined ? null : `${p.option.split('/')[0]} ${value}`;
}

/**
 * An option that did not parse, in the user's language: which option, what was wrong, what to
 * type instead. Shared by every command's parser (consolidate's too).
 */
export function optionProblemMessage(p: OptionProblem, command: string | null, locale: Locale): string {
  const zh = locale === 'zh-CN';
  switch (p.kind) {
    case 'unknown-option':
      if (p.suggestion !== null)
        return zh
          ? `未知选项 ${p.option}：是否想用 ${p.suggestion}？`
          : `Unknown option ${p.option}: did you mean ${p.suggestion}?`;
      if (p.file !== null)
        return zh
          ? `“${p.file}”以 - 开头，被当作了选项（没有选项 ${p.option}）：如果它是文件名，请把它写在 -- 之后，例如 -- ${p.file}。`
          : `"${p.file}" starts with - and reads as an option (there is no ${p.option}): if it is a file name, put it after --, e.g. -- ${p.file}.`;
      return zh ? `未知选项 ${p.option}。` : `Unknown option ${p.option}.`;
    case 'missing-value': {
      const e = example(p, command, locale);
      return zh
        ? `选项 ${p.option} 需要一个值${e ? `，例如 ${e}` : ''}。`
        : `Option ${p.option} needs a value${e ? `, e.g. ${e}` : ''}.`;
    }
    case 'dash-value': {
      const e = example(p, command, locale);
      return zh
        ? `选项 ${p.option} 需要一个值，但其后的“${p.value}”以 - 开头，当作了另一个选项${e ? `：例如 ${e}` : ''}；如果值确实以 - 开头，请写成 --${p.name}=${p.value}。`
        : `Option ${p.option} needs a value, but "${p.value}" after it starts with - and reads as another option${e ? `: e.g. ${e}` : ''}; if the value really starts with -, write --${p.name}=${p.value}.`;
    }
    case 'unexpected-value':
      return zh
        ? `选项 ${p.option} 是开关，不带值：去掉“=${p.value}”。`
        : `Option ${p.option} is a switch and takes no value: drop "=${p.value}".`;
  }
}

/** `--help` shows every command's options; after a command, `CMD --help` reads naturally. */
function helpCommand(problem: UsageProblem): string {
  return problem.kind === 'bad-option' && problem.command !== null ? `${problem.command} --help` : '--help';
}

/** A usage problem with what to run next, naming the command the way the user started it. */
export function usageMessage(p: UsageProblem, locale: Locale, launch: Launch = INSTALLED): string {
  const zh = locale === 'zh-CN';
  const help = commandLine(launch, helpCommand(p));
  const hint =
    p.kind === 'bad-option'
      ? zh
        ? `可用的选项见 ${help}。`
        : `See ${help} for the options.`
      : zh
        ? `运行 ${help} 查看用法。`
        : `Run ${help} for usage.`;
  const text = ((): string => {
    switch (p.kind) {
      case 'no-command':
        return zh
          ? `缺少命令：应为 ${choiceList(p.commands, locale)}，例如 ${commandLine(launch, 'check 年报.xlsx')}。`
          : `Missing command: expected ${choiceList(p.commands, locale)}, e.g. ${commandLine(launch, 'check report.xlsx')}.`;
      case 'unknown-command': {
        const check = commandLine(launch, `check ${p.value}`);
        const guess = p.file
          ? zh
            ? `要检查这个文件，请用 ${check}。`
            : ` To check this file: ${check}.`
          : p.suggestion === null
            ? ''
            : zh
              ? `是否想用 ${p.suggestion}？`
              : ` Did you mean ${p.suggestion}?`;
        return zh
          ? `未知命令“${p.value}”：应为 ${choiceList(p.commands, locale)}。${guess}`
          : `Unknown command "${p.value}": expected ${choiceList(p.commands, locale)}.${guess}`;
      }
      case 'bad-format': {
        const choices = (p.choices ?? 'text|json|csv').split('|');
        return zh
          ? `--format 的值“${p.value}”无效：应为 ${choices.join('、')} 之一。`
          : `Invalid --format "${p.value}": expected ${choices.join(', ')}.`;
      }
      case 'bad-locale':
        return zh
          ? `--locale 的值“${p.value}”无效：应为 zh-CN 或 en。`
          : `Invalid --locale "${p.value}": expected zh-CN or en.`;
      case 'bad-year':
        return zh
          ? `--year 的值“${p.value}”无效：应为四位年份，例如 2021。`
          : `Invalid --year "${p.value}": expected a four-digit year such as 2021.`;
      case 'bad-option':
        return optionProblemMessage(p.problem, p.command, locale);
      case 'template-only':
        return zh
          ? `选项 ${p.option} 只用于 template 命令。`
          : `Option ${p.option} applies to the template command only.`;
      case 'no-output':
        return zh
          ? '请指定要写入的模板文件，例如 年报模板.xlsx。'
          : 'Name the template file to write, e.g. template.xlsx.';
      case 'extra-arguments':
        if (p.command === 'rules')
          return zh
            ? `rules 不需要文件名，多余的参数：${p.value}。检查文件请用 ${commandLine(launch, `check ${p.value}`)}。`
            : `rules takes no file; extra arguments: ${p.value}. To check files: ${commandLine(launch, `check ${p.value}`)}.`;
        return zh
          ? `template 只写一个文件，多余的参数：${p.value}。`
          : `template writes one file; extra arguments: ${p.value}.`;
      case 'bad-output':
        return zh
          ? `模板文件“${p.value}”的扩展名应为 .xlsx。`
          : `The template file "${p.value}" should end in .xlsx.`;
      case 'bad-edition':
        return zh
          ? `--edition 的值“${p.value}”无效：应为 2021 或 2019。`
          : `Invalid --edition "${p.value}": expected 2021 or 2019.`;
      case 'bad-totals':
        return zh
          ? `--totals 的值“${p.value}”无效：应为 formula（公式）或 input（手填）。`
          : `Invalid --totals "${p.value}": expected formula or input.`;
      case 'check-only':
        return zh
          ? `选项 ${p.option} 只用于 check 命令。`
          : `Option ${p.option} applies to the check command only.`;
      case 'unknown-rule': {
        const rules = commandLine(launch, 'rules');
        const guess =
          p.suggestion === null ? '' : zh ? `是否想用 ${p.suggestion}？` : `did you mean ${p.suggestion}? `;
        return zh
          ? `没有规则“${p.value}”：${guess}运行 ${rules} 查看全部规则。`
          : `No rule "${p.value}": ${guess}run ${rules} for the list.`;
      }
      case 'bad-number':
        return zh
          ? `${p.option} 的值“${p.value}”无效：应为 ${p.min} 到 ${p.max} 之间的整数（不带小数点和单位）。`
          : `Invalid ${p.option} "${p.value}": expected a whole number from ${p.min} to ${p.max} (no decimal point or unit).`;
      case 'bad-size':
        return zh
          ? `${p.option} 的值“${p.value}”无效：应为大小，例如 50MB、800KB、1.5GB 或 4096B（单位不分大小写，1 KB = 1024 B；只写数字时按 MB 计），大于 0、不超过 64GB。`
          : `Invalid ${p.option} "${p.value}": expected a size such as 50MB, 800KB, 1.5GB or 4096B (any case, 1 KB = 1024 B; a bare number is MB), above 0 and at most 64GB.`;
      case 'bad-seconds':
        return zh
          ? `${p.option} 的值“${p.value}”无效：应为秒数，例如 60 或 0.5。`
          : `Invalid ${p.option} "${p.value}": expected seconds, e.g. 60 or 0.5.`;
      case 'output-is-input':
        return zh
          ? `输出文件“${p.value}”是要检查的文件之一，不会覆盖它。`
          : `The output file "${p.value}" is one of the inputs; it will not be overwritten.`;
      case 'annotate-beside-input':
        return zh
          ? `--annotate 文件夹“${p.value}”中有要检查的文件：标注副本不放在原文件旁边，请另选一个文件夹。`
          : `The --annotate folder "${p.value}" holds input files: annotated copies never go next to an input; choose another folder.`;
      case 'no-inputs':
        return zh ? `“${p.value}”没有匹配到任何文件。` : `"${p.value}" matches no file.`;
      case 'no-reason':
        return zh
          ? `${p.option} 须同时用 --reason 说明确认的理由，例如 --reason "清理后调整，已在报告中说明"。`
          : `${p.option} needs --reason saying why the findings are accepted.`;
      case 'reason-alone':
        return zh
          ? '--reason 只与 --suppress-all 或 --suppress-rule 一起使用。'
          : '--reason goes with --suppress-all or --suppress-rule.';
    }
  })();
  return `${TOOL_NAME}: ${text}\n${hint}\n`;
}

type FileKind = 'word' | 'sheet' | 'page' | 'pdf' | 'text';

const KIND_OF: Record<string, FileKind> = {
  '.docx': 'word',
  '.docm': 'word',
  '.doc': 'word',
  '.wps': 'word',
  '.rtf': 'word',
  '.odt': 'word',
  '.html': 'page',
  '.htm': 'page',
  '.xhtml': 'page',
  '.shtml': 'page',
  '.mhtml': 'page',
  '.mht': 'page',
  '.pdf': 'pdf',
  '.txt': 'text',
  '.tsv': 'text',
  '.csv': 'text',
};
const kindOf = (ext: string): FileKind => KIND_OF[ext] ?? 'sheet';

const NOUN: Record<Locale, Record<FileKind, string>> = {
  'zh-CN': { word: 'Word 文档', sheet: '工作簿', page: '网页', pdf: 'PDF 文件', text: '文本文件' },
  en: { word: 'Word document', sheet: 'workbook', page: 'web page', pdf: 'PDF', text: 'text file' },
};

/** Exactly how to get a format the tool reads, in the programs office staff use. */
const SAVE_AS: Record<Locale, Record<FileKind, string>> = {
  'zh-CN': {
    word: '请在 Word 或 WPS 文字中打开，点“文件 → 另存为”，文件类型选“Word 文档 (*.docx)”后再检查',
    sheet: '请在 Excel 或 WPS 表格中打开，点“文件 → 另存为”，文件类型选“Excel 工作簿 (*.xlsx)”后再检查',
    page: '请在浏览器中重新打开该网页，按 Ctrl+S 选“网页，全部”或“网页，单个文件 (*.mhtml)”保存后再检查',
    pdf: '请重新获取该 PDF，或改用报告的 Word 原稿（.docx）检查',
    text: '请另存为 UTF-8 编码的 .txt 或 .csv 后再检查',
  },
  en: {
    word: 'open it in Word or WPS Writer, choose File → Save As, type "Word Document (*.docx)", and check that',
    sheet:
      'open it in Excel or WPS Spreadsheets, choose File → Save As, type "Excel Workbook (*.xlsx)", and check that',
    page: 'open the page in a browser again and save it with Ctrl+S as "Web page, complete" or "Web page, single file (*.mhtml)"',
    pdf: "get the PDF again, or check the report's Word original (.docx) instead",
    text: 'save it as UTF-8 .txt or .csv and check again',
  },
};

/** Every type read, from the tables that decide it (src/sources/route.ts, src/sources/node/convert.ts). */
const READABLE: Record<Locale, string> = {
  'zh-CN': `可检查 ${Object.keys(READ_DIRECTLY).join('、')}；${Object.keys(CONVERTIBLE).join('、')} 在装有 LibreOffice 时自动转换后检查`,
  en: `readable: ${Object.keys(READ_DIRECTLY).join(', ')}; ${Object.keys(CONVERTIBLE).join(', ')} are converted when LibreOffice is installed`,
};

/** Types reports turn up in that the tool does not read, each with what works for it instead. */
type Unreadable = 'image' | 'ofd' | 'markdown' | 'archive';
const UNREADABLE_OF: Record<string, Unreadable> = {
  '.jpg': 'image',
  '.jpeg': 'image',
  '.png': 'image',
  '.gif': 'image',
  '.bmp': 'image',
  '.tif': 'image',
  '.tiff': 'image',
  '.webp': 'image',
  '.heic': 'image',
  '.ofd': 'ofd',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.zip': 'archive',
  '.rar': 'archive',
  '.7z': 'archive',
};
/** What the file is (said after its type), and what to check instead. */
const INSTEAD: Record<Locale, Record<Unreadable, { what: string; todo: string }>> = {
  'zh-CN': {
    image: {
      what: '图片，本工具不做文字识别',
      todo: '请改用报告的 Word 原稿（.docx）、网页（.html）或有文字层的 PDF',
    },
    ofd: {
      what: 'OFD 版式文件',
      todo: '请在 OFD 阅读器（如数科、福昕）中另存为 PDF 后检查，或改用报告的 Word 原稿（.docx）',
    },
    markdown: {
      what: 'Markdown，其中用“|”分隔的表格读不出来',
      todo: '请改用报告的 Word 原稿（.docx）或网页（.html），或把表格复制到 Excel 另存为 .xlsx 后检查',
    },
    archive: { what: '压缩包', todo: '请先解压，再检查其中的文件或解压出的整个文件夹' },
  },
  en: {
    image: {
      what: 'an image; there is no text recognition',
      todo: "check the report's Word original (.docx), its web page (.html) or a PDF with a text layer",
    },
    ofd: {
      what: 'an OFD document',
      todo: "save it as PDF in an OFD reader and check that, or check the report's Word original (.docx)",
    },
    markdown: {
      what: 'Markdown; its |-separated tables cannot be read',
      todo: "check the report's Word original (.docx) or web page (.html), or paste the tables into Excel and save as .xlsx",
    },
    archive: {
      what: 'an archive',
      todo: 'unpack it first, then check the files in it or the whole unpacked folder',
    },
  },
};

function unsupported(e: InputError, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const ext = e.ext || (zh ? '无扩展名' : 'no extension');
  const kind = UNREADABLE_OF[e.ext];
  if (kind === undefined)
    return zh
      ? `不支持的文件类型“${ext}”：${READABLE[locale]}`
      : `unsupported file type "${ext}"; ${READABLE[locale]}`;
  const { what, todo } = INSTEAD[locale][kind];
  return zh
    ? `不支持的文件类型“${ext}”（${what}）：${todo}`
    : `unsupported file type "${ext}" (${what}): ${todo}`;
}

const save = (locale: Locale, e: InputError): string => SAVE_AS[locale][kindOf(e.ext)];
const noun = (locale: Locale, e: InputError): string => NOUN[locale][kindOf(e.ext)];

const INPUT_ERRORS: Record<Locale, Record<InputErrorCode, (e: InputError) => string>> = {
  'zh-CN': {
    unsupported: (e) => unsupported(e, 'zh-CN'),
    'not-found': () => '文件不存在',
    directory: () => '这是一个文件夹，不是文件',
    permission: () => '没有读取该文件的权限',
    io: (e) => `读取文件失败（${e.detail ?? ''}）`,
    empty: () => '文件为空',
    encrypted: (e) =>
      kindOf(e.ext) === 'pdf'
        ? 'PDF 设置了打开密码，无法读取：请取消密码后另存一份，或改用报告的 Word 原稿'
        : `${noun('zh-CN', e)}设置了打开密码：请在 ${kindOf(e.ext) === 'word' ? 'Word 或 WPS' : 'Excel 或 WPS'} 中取消密码后另存一份再检查`,
    legacy: (e) => `文件实际是旧版 .xls 或 WPS .et 格式（与扩展名不符）：${save('zh-CN', e)}`,
    'not-zip': (e) => `文件内容不是 .xlsx 工作簿（可能改过扩展名）：${save('zh-CN', e)}`,
    corrupt: (e) => `${noun('zh-CN', e)}已损坏，无法解析：${save('zh-CN', e)}（${e.detail ?? ''}）`,
    'no-sheets': () => '文件中没有工作表，可能不是 Excel 工作簿',
    binary: () => '文件不是文本（含二进制数据）：表格请保存为 .xlsx，文本请保存为 .txt 或 .csv',
    'xlsx-as-text': (e) => `文件实际是 .xlsx 工作簿，扩展名却是“${e.ext}”：请把扩展名改为 .xlsx`,
    encoding: () => '无法识别文件的文字编码：请另存为 UTF-8 编码',
    truncated: (e) => `${noun('zh-CN', e)}不完整（文件被截断，可能未下载或复制完）：请重新获取该文件`,
    'too-large': (e) =>
      `文件大小 ${size(Number(e.detail))} 超过上限 ${size(e.limit)}：如确需检查，请用 --max-file-size 调高上限`,
    'unpacked-too-large': (e) =>
      `${noun('zh-CN', e)}解压后超过 ${size(e.limit)}（可能是“压缩炸弹”）：如确需检查，请用 --max-unpacked-size 调高上限`,
    'too-many-cells': (e) =>
      `有工作表或表格的单元格区域超过 ${e.limit ?? ''} 个单元格：年报不会这么大，如确需检查，请用 --max-cells 调高上限`,
    timeout: (e) => `检查超过 ${seconds(e.limit)} 秒仍未完成，已中止：如确需检查，请用 --timeout 调高时限`,
    'no-text-layer': () =>
      'PDF 没有文字层（是扫描件或图片），无法读取其中的表格：请改用报告的 Word 原稿（.docx）或网页版检查',
    'wrong-format': (e) =>
      `文件内容不是${noun('zh-CN', e).replace(/^(?=[A-Za-z])/, ' ')}（扩展名与内容不符，或文件已损坏）：${save('zh-CN', e)}`,
    'needs-libreoffice': (e) =>
      `“${e.ext}”是旧版格式，需要先转换：${save('zh-CN', e)}；或安装 LibreOffice，本工具会自动转换（原文件不变）`,
    'conversion-failed': (e) =>
      `LibreOffice 无法转换该文件（可能已损坏或设置了密码）：${save('zh-CN', e)}（${e.detail ?? ''}）`,
  },
  en: {
    unsupported: (e) => unsupported(e, 'en'),
    'not-found': () => 'file not found',
    directory: () => 'this is a directory, not a file',
    permission: () => 'permission denied',
    io: (e) => `could not read the file (${e.detail ?? ''})`,
    empty: () => 'the file is empty',
    encrypted: (e) =>
      kindOf(e.ext) === 'pdf'
        ? "the PDF is password-protected: remove the password and save a copy, or check the report's Word original"
        : `the ${noun('en', e)} is password-protected: remove the password in ${kindOf(e.ext) === 'word' ? 'Word or WPS' : 'Excel or WPS'}, save a copy and check that`,
    legacy: (e) =>
      `the file is really an old .xls or WPS .et file (its extension says otherwise): ${save('en', e)}`,
    'not-zip': (e) => `the file is not an .xlsx workbook (renamed?): ${save('en', e)}`,
    corrupt: (e) =>
      `the ${noun('en', e)} is damaged and cannot be read: ${save('en', e)} (${e.detail ?? ''})`,
    'no-sheets': () => 'the file holds no worksheets; it may not be an Excel workbook',
    binary: () => 'the file is not text (it holds binary data): save tables as .xlsx, text as .txt or .csv',
    'xlsx-as-text': (e) => `the file is an .xlsx workbook named "${e.ext}": rename it to .xlsx`,
    encoding: () => 'unknown text encoding: save the file as UTF-8',
    truncated: (e) =>
      `the ${noun('en', e)} is incomplete (the file was cut short, e.g. by a failed download or copy)`,
    'too-large': (e) =>
      `the file is ${size(Number(e.detail))}, over the limit of ${size(e.limit)}; raise it with --max-file-size`,
    'unpacked-too-large': (e) =>
      `the ${noun('en', e)} unpacks to more than ${size(e.limit)} (a zip bomb?); raise the limit with --max-unpacked-size`,
    'too-many-cells': (e) =>
      `a worksheet or table spans more than ${e.limit ?? ''} cells, far beyond any report; raise the limit with --max-cells`,
    timeout: (e) => `not done after ${seconds(e.limit)} s, stopped; raise the limit with --timeout`,
    'no-text-layer': () =>
      "the PDF has no text layer (a scan or images), so its tables cannot be read: check the report's Word original (.docx) or web page instead",
    'wrong-format': (e) => `the content is not a ${noun('en', e)} (renamed, or damaged): ${save('en', e)}`,
    'needs-libreoffice': (e) =>
      `"${e.ext}" is an old format that must be converted first: ${save('en', e)}; or install LibreOffice and it is converted automatically (the original is left as it is)`,
    'conversion-failed': (e) =>
      `LibreOffice could not convert the file (damaged or password-protected?): ${save('en', e)} (${e.detail ?? ''})`,
  },
};

/** A byte count in the largest unit it reaches (1024-based, as --max-file-size reads them): 1 KB, 2.5 MB. */
export function size(bytes: number | undefined): string {
  if (bytes === undefined || !Number.isFinite(bytes)) return '?';
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v >= 10 ? Math.round(v) : Number(v.toFixed(2))} ${units[u]}`;
}

function seconds(ms: number | undefined): string {
  return ms === undefined ? '?' : String(Number((ms / 1000).toFixed(3)));
}

export function inputErrorMessage(e: InputError, locale: Locale): string {
  return INPUT_ERRORS[locale][e.code](e);
}

export function internalErrorMessage(detail: string, locale: Locale): string {
  return locale === 'zh-CN'
    ? `检查时发生内部错误，请报告此问题（${detail}）`
    : `internal error while checking; please report it (${detail})`;
}

/** Lines of the check command around the report: notes, and failures that are not a file's. */
export function checkNotes(locale: Locale) {
  const zh = locale === 'zh-CN';
  const line = (text: string) => `${text}\n`;
  return {
    noMatch: zh ? '没有匹配到任何可检查的文件' : 'matches no file to check',
    annotateDirFailed: (dir: string, detail: string) =>
      line(
        zh
          ? `${TOOL_NAME}: 无法创建标注副本文件夹“${dir}”（${detail}）`
          : `${TOOL_NAME}: cannot create the --annotate folder "${dir}" (${detail})`,
      ),
    annotateFailed: (file: string, detail: string) =>
      line(
        zh
          ? `${TOOL_NAME}: 无法写入“${file}”的标注副本（${detail}）`
          : `${TOOL_NAME}: could not write the annotated copy of "${file}" (${detail})`,
      ),
    suppressionsFailed: (p: SuppressionsProblem) =>
      zh
        ? `${TOOL_NAME}: 无法${p.kind === 'malformed' ? '识别' : '读写'}已确认问题的清单“${p.path}”：${p.detail}\n`
        : `${TOOL_NAME}: cannot ${p.kind === 'malformed' ? 'understand' : 'read or write'} the suppressions file "${p.path}": ${p.detail}\n`,
    suppressionsSaved: (path: string, added: number, pruned: number) =>
      zh
        ? `已更新已确认问题的清单 ${path}：新增 ${added} 条，删除 ${pruned} 条。\n`
        : `Updated the suppressions file ${path}: ${added} added, ${pruned} removed.\n`,
    previousUnreadable: (file: string, reason: string) =>
      line(
        zh
          ? `${TOOL_NAME}: 无法读取上一年度报告“${file}”：${reason}`
          : `${TOOL_NAME}: cannot read last year's report "${file}": ${reason}`,
      ),
    outputFailed: (file: string, detail: string) =>
      line(
        zh
          ? `${TOOL_NAME}: 无法写入输出文件“${file}”（${detail}）`
          : `${TOOL_NAME}: cannot write the output file "${file}" (${detail})`,
      ),
    tooManyWarnings: (n: number, max: number) =>
      line(
        zh
          ? `${TOOL_NAME}: 警告 ${n} 个，超过 --max-warnings ${max}。`
          : `${TOOL_NAME}: ${n} ${n === 1 ? 'warning' : 'warnings'}, more than --max-warnings ${max}.`,
      ),
    paired: (pairs: readonly [string, string][]) =>
      pairs
        .map(([file, previous]) =>
          line(
            zh
              ? `跨年度核对：${file} 与上一年度 ${previous}`
              : `Cross-year check: ${file} against last year's ${previous}`,
          ),
        )
        .join(''),
    annotated: (files: readonly string[], dir: string) =>
      line(
        zh
          ? `已写入 ${files.length} 个标注副本到 ${dir}：`
          : `Wrote ${files.length} annotated ${files.length === 1 ? 'copy' : 'copies'} to ${dir}:`,
      ) + files.map((f) => line(`  ${f}`)).join(''),
    sample: (file: string, launch: Launch) =>
      line(
        zh
          ? `（以上检查的是自带的示例工作簿 ${file}，其中故意留了几处常见错误。检查自己的文件：${commandLine(launch, 'check 文件或文件夹')}）`
          : `(That was the bundled sample workbook ${file}, with a few typical mistakes left in on purpose. To check your own files: ${commandLine(launch, 'check FILE-OR-FOLDER')})`,
      ),
  };
}
