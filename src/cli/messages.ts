/** The CLI's own strings, zh-CN first and en second: help, usage errors and unreadable-file reasons. */
import type { Locale } from '../report/types';
import { TOOL_NAME } from '../version';
import type { InputError, InputErrorCode } from './input';

const HELP: Record<Locale, string> = {
  'zh-CN': `政府信息公开年报校验助手（${TOOL_NAME}）

用法：
  ${TOOL_NAME} check 文件... [--format text|json] [--locale zh-CN|en] [--year 年份]
  ${TOOL_NAME} template 输出.xlsx [--edition 2021|2019] [--year 年份] [--body 机关名称]
                      [--from 文件] [--totals formula|input] [--force]
  ${TOOL_NAME} --help | --version

检查政府信息公开工作年度报告中的表二（主动公开）、表三（依申请公开）和表四（复议诉讼）。
支持的文件：.xlsx（每张工作表都检查）、.txt/.tsv（制表符分隔）、.csv（逗号分隔）。

选项：
  -f, --format text|json   输出格式（默认 text）
  -l, --locale zh-CN|en    提示语言（默认 zh-CN）
      --year 年份          报告年度，例如 2021（默认从标题识别）
  -h, --help               显示本帮助
  -v, --version            显示版本号

template 选项（生成可自动核对的年报模板工作簿）：
      --edition 2021|2019  格式版本（默认按年度或 --from 的表格判断，否则 2021）
      --body 机关名称      写入标题的机关名称
      --from 文件          从该文件中找到的表二、表三、表四填入数字
      --totals formula|input  总计由公式计算（默认），或留作手填并在表内核对
      --force              输出文件已存在时覆盖

退出码：0 没有错误；1 发现错误或未找到表格；2 用法错误或有文件无法读取。
`,
  en: `Disclosure Report Checker (${TOOL_NAME})

Usage:
  ${TOOL_NAME} check FILE... [--format text|json] [--locale zh-CN|en] [--year YYYY]
  ${TOOL_NAME} template OUT.xlsx [--edition 2021|2019] [--year YYYY] [--body NAME]
                      [--from FILE] [--totals formula|input] [--force]
  ${TOOL_NAME} --help | --version

Checks tables 二 (proactive disclosure), 三 (applications) and 四 (reviews and lawsuits) of the
annual report on government information disclosure.
Inputs: .xlsx (every worksheet), .txt/.tsv (tab-separated), .csv (comma-separated).

Options:
  -f, --format text|json   output format (default text)
  -l, --locale zh-CN|en    message language (default zh-CN)
      --year YYYY          report year, e.g. 2021 (default: taken from the title)
  -h, --help               show this help
  -v, --version            show the version

template options (write the self-checking report template workbook):
      --edition 2021|2019  format edition (default: from the year or the --from tables, else 2021)
      --body NAME          name of the reporting body, for the title
      --from FILE          fill in the numbers of tables 二, 三 and 四 found in FILE
      --totals formula|input  totals as formulas (default), or typed and checked in the sheet
      --force              overwrite OUT.xlsx if it exists

Exit codes: 0 no errors; 1 errors found or no table found; 2 usage error or an unreadable file.
`,
};

export function helpText(locale: Locale): string {
  return HELP[locale];
}

export type UsageProblem =
  | { kind: 'no-command' }
  | { kind: 'unknown-command'; value: string }
  | { kind: 'no-files' }
  | { kind: 'bad-format'; value: string }
  | { kind: 'bad-locale'; value: string }
  | { kind: 'bad-year'; value: string }
  | { kind: 'bad-option'; detail: string }
  | { kind: 'template-only'; option: string }
  | { kind: 'no-output' }
  | { kind: 'extra-arguments'; value: string }
  | { kind: 'bad-output'; value: string }
  | { kind: 'bad-edition'; value: string }
  | { kind: 'bad-totals'; value: string };

export function usageMessage(p: UsageProblem, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const hint = zh ? `运行 ${TOOL_NAME} --help 查看用法。` : `Run ${TOOL_NAME} --help for usage.`;
  const text = ((): string => {
    switch (p.kind) {
      case 'no-command':
        return zh ? '缺少命令：应为 check 或 template。' : 'Missing command: expected check or template.';
      case 'unknown-command':
        return zh
          ? `未知命令“${p.value}”：应为 check 或 template。`
          : `Unknown command "${p.value}": expected check or template.`;
      case 'no-files':
        return zh ? '请指定至少一个要检查的文件。' : 'Name at least one file to check.';
      case 'bad-format':
        return zh
          ? `--format 的值“${p.value}”无效：应为 text 或 json。`
          : `Invalid --format "${p.value}": expected text or json.`;
      case 'bad-locale':
        return zh
          ? `--locale 的值“${p.value}”无效：应为 zh-CN 或 en。`
          : `Invalid --locale "${p.value}": expected zh-CN or en.`;
      case 'bad-year':
        return zh
          ? `--year 的值“${p.value}”无效：应为四位年份，例如 2021。`
          : `Invalid --year "${p.value}": expected a four-digit year such as 2021.`;
      case 'bad-option':
        return zh ? `参数错误：${p.detail}` : `Invalid arguments: ${p.detail}`;
      case 'template-only':
        return zh
          ? `选项 ${p.option} 只用于 template 命令。`
          : `Option ${p.option} applies to the template command only.`;
      case 'no-output':
        return zh
          ? '请指定要写入的模板文件，例如 年报模板.xlsx。'
          : 'Name the template file to write, e.g. template.xlsx.';
      case 'extra-arguments':
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
    }
  })();
  return `${TOOL_NAME}: ${text}\n${hint}\n`;
}

const SAVE_AS: Record<Locale, string> = {
  'zh-CN': '请在 Excel 或 WPS 中打开，另存为 .xlsx（Excel 工作簿）后再检查',
  en: 'open it in Excel or WPS, save it as .xlsx (Excel Workbook) and check again',
};

const INPUT_ERRORS: Record<Locale, Record<InputErrorCode, (e: InputError) => string>> = {
  'zh-CN': {
    unsupported: (e) => `不支持的文件类型“${e.ext || '无扩展名'}”：${SAVE_AS['zh-CN']}`,
    'not-found': () => '文件不存在',
    directory: () => '这是一个文件夹，不是文件',
    permission: () => '没有读取该文件的权限',
    io: (e) => `读取文件失败（${e.detail ?? ''}）`,
    empty: () => '文件为空',
    encrypted: () => '工作簿设置了打开密码：请在 Excel 中取消密码后另存一份再检查',
    legacy: () => `文件实际是旧版 .xls 或 WPS .et 格式（与扩展名不符）：${SAVE_AS['zh-CN']}`,
    'not-zip': () => `文件内容不是 .xlsx 工作簿（可能改过扩展名）：${SAVE_AS['zh-CN']}`,
    corrupt: (e) => `工作簿已损坏，无法解析：${SAVE_AS['zh-CN']}（${e.detail ?? ''}）`,
    'no-sheets': () => '文件中没有工作表，可能不是 Excel 工作簿',
    binary: () => '文件不是文本（含二进制数据）：表格请保存为 .xlsx，文本请保存为 .txt 或 .csv',
    'xlsx-as-text': (e) => `文件实际是 .xlsx 工作簿，扩展名却是“${e.ext}”：请把扩展名改为 .xlsx`,
    encoding: () => '无法识别文件的文字编码：请另存为 UTF-8 编码',
  },
  en: {
    unsupported: (e) => `unsupported file type "${e.ext || 'no extension'}": ${SAVE_AS.en}`,
    'not-found': () => 'file not found',
    directory: () => 'this is a directory, not a file',
    permission: () => 'permission denied',
    io: (e) => `could not read the file (${e.detail ?? ''})`,
    empty: () => 'the file is empty',
    encrypted: () =>
      'the workbook is password-protected: remove the password in Excel, save a copy and check that',
    legacy: () =>
      `the file is really an old .xls or WPS .et file (its extension says otherwise): ${SAVE_AS.en}`,
    'not-zip': () => `the file is not an .xlsx workbook (renamed?): ${SAVE_AS.en}`,
    corrupt: (e) => `the workbook is damaged and cannot be read: ${SAVE_AS.en} (${e.detail ?? ''})`,
    'no-sheets': () => 'the file holds no worksheets; it may not be an Excel workbook',
    binary: () => 'the file is not text (it holds binary data): save tables as .xlsx, text as .txt or .csv',
    'xlsx-as-text': (e) => `the file is an .xlsx workbook named "${e.ext}": rename it to .xlsx`,
    encoding: () => 'unknown text encoding: save the file as UTF-8',
  },
};

export function inputErrorMessage(e: InputError, locale: Locale): string {
  return INPUT_ERRORS[locale][e.code](e);
}

export function internalErrorMessage(detail: string, locale: Locale): string {
  return locale === 'zh-CN'
    ? `检查时发生内部错误，请报告此问题（${detail}）`
    : `internal error while checking; please report it (${detail})`;
}
