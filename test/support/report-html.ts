/**
 * The seed report (test/fixtures/zhengzhou-zwfwb-2021.txt) as a government web page: site
 * furniture around a `TRS_Editor` div holding the narrative as `<p>` and tables 二, 三 and 四 with
 * the official merges (table 三: the 勾稽关系 note over the label columns, 申请人情况 over the
 * applicant columns, 法人或其他组织 over five, 三、本年度办理结果 down its 22 rows, each （三）… group
 * down its items). Text and numbers come from the fixture's rows, not typed here.
 */
import { spawnSync } from 'node:child_process';
import type { CellValue } from '../../src/grid';
import type { Report } from '../../src/report/types';
import { fixtureRows } from './fixture';

export interface SeedReportHtmlOptions {
  /** `gbk` writes GBK bytes declared as gb2312 by http-equiv, as many government sites do. */
  charset?: 'utf-8' | 'gbk';
}

/** The page's bytes in the chosen charset. */
export function seedReportHtml(options: SeedReportHtmlOptions = {}): Uint8Array {
  const charset = options.charset ?? 'utf-8';
  const html = seedReportHtmlText(charset === 'gbk' ? 'gb2312' : 'utf-8');
  return charset === 'gbk' ? toGbk(html) : new TextEncoder().encode(html);
}

/** Encodes with the system's iconv (libc-bin): nothing in Node encodes GBK. */
export function toGbk(text: string): Uint8Array {
  const r = spawnSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: text, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`iconv failed: ${r.stderr.toString()}`);
  return new Uint8Array(r.stdout);
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const str = (v: CellValue): string => (v === null ? '' : String(v));
const isNumber = (v: CellValue): v is number => typeof v === 'number';

function td(text: CellValue, spans: { colspan?: number; rowspan?: number } = {}): string {
  const attrs =
    (spans.colspan && spans.colspan > 1 ? ` colspan="${spans.colspan}"` : '') +
    (spans.rowspan && spans.rowspan > 1 ? ` rowspan="${spans.rowspan}"` : '');
  // Word and CMS editors wrap cell text in a paragraph.
  return `<td${attrs}><p style="text-align:center">${esc(str(text))}</p></td>`;
}

/** The page as text, declaring `charsetLabel` in a meta. */
export function seedReportHtmlText(charsetLabel: string): string {
  const rows = fixtureRows();
  const first = (r: CellValue[]) => str(r.find((v) => v !== null) ?? null).trim();
  const at = (prefix: string) => rows.findIndex((r) => first(r).startsWith(prefix));
  const t2 = at('## 二、');
  const t3 = at('### 三、');
  const t4 = at('#### 四、');
  const t5 = at('#### 五、');
  if ([t2, t3, t4, t5].some((i) => i < 0)) throw new Error('the fixture changed: section headings not found');

  const body = [
    ...rows.slice(0, t2).map(block),
    block(rows[t2]),
    table2(rows.slice(t2 + 1, t3)),
    block(rows[t3]),
    table3(rows.slice(t3 + 1, t4)),
    block(rows[t4]),
    table4(rows.slice(t4 + 1, t5)),
    ...rows.slice(t5).map(block),
  ].join('\n');

  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=${charsetLabel}">
<title>郑州市政务服务办公室2021年政府信息公开工作年度报告_政务公开</title>
<style>.TRS_Editor p { text-indent: 2em; } td { border: 1px solid #000; }</style>
<script>var pageCount = "收到申请99件，其中：自然人1件，法人2件。";</script>
</head>
<body>
<div class="header"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>
<div class="share" style="display:none">分享到：微信 微博</div>
<div class="TRS_Editor">
${body}
</div>
<div class="footer"><span>打印本页</span> <span>关闭窗口</span></div>
</body>
</html>
`;
}

/** A narrative row: `#`-marked rows become headings, others paragraphs; blank rows nothing. */
function block(row: CellValue[]): string {
  const text = row.map(str).join('').trim();
  if (text === '') return '';
  const heading = /^(#{1,6})\s*(.*)$/.exec(text);
  if (heading) return `<h${heading[1].length}>${esc(heading[2])}</h${heading[1].length}>`;
  // CMS editors indent with full-width spaces and &nbsp;.
  return `<p>&nbsp;&nbsp;${esc(text)}</p>`;
}

const trimRow = (r: CellValue[]): CellValue[] => {
  const out = [...r];
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
};

/** Table 二: four columns; clause rows span all four, a block's only number column spans three. */
function table2(rows: CellValue[][]): string {
  const trs = rows
    .map(trimRow)
    .filter((r) => r.length > 0)
    .map((r) => {
      const cells = r.map((v, i) => td(v, { colspan: i === r.length - 1 ? 4 - i : 1 }));
      return `<tr>${cells.join('')}</tr>`;
    });
  return `<table border="1" cellspacing="0" style="width:100%">\n<tbody>\n${trs.join('\n')}\n</tbody>\n</table>`;
}

interface Table3Row {
  section: string;
  group: string | null;
  item: string | null;
  numbers: number[];
}

/** Table 三 in the official layout: three label columns, 自然人, five organisations, 总计. */
function table3(rows: CellValue[][]): string {
  const filled = rows.filter((r) => r.some((v) => v !== null));
  const header = filled.slice(0, 3).map((r) => r.filter((v) => v !== null).map(str));
  const [note, applicants, total] = header[0];
  const [natural, organisations] = header[1];
  const orgColumns = header[2];
  // Body rows: labels then 7 numbers; a section (一、) or group ((一)) label carries on below it.
  const body: Table3Row[] = [];
  let section = '';
  let group: string | null = null;
  for (const r of filled.slice(3)) {
    const labels = r.filter((v): v is string => typeof v === 'string').map((s) => s.trim());
    const numbers = r.filter(isNumber);
    if (numbers.length !== 7) continue;
    let item: string | null = null;
    for (const label of labels) {
      if (/^[一二三四五六七八九十]+、/.test(label)) [section, group] = [label, null];
      else if (/^[(（]/.test(label)) group = label;
      else item = label;
    }
    body.push({ section, group, item, numbers });
  }
  const count = (pred: (r: Table3Row) => boolean, from: number) => {
    let n = 0;
    while (from + n < body.length && pred(body[from + n])) n++;
    return n;
  };
  const trs = [
    `<tr>${td(note, { colspan: 3, rowspan: 3 })}${td(applicants, { colspan: 6 })}${td(total, { rowspan: 3 })}</tr>`,
    `<tr>${td(natural, { rowspan: 2 })}${td(organisations, { colspan: 5 })}</tr>`,
    `<tr>${orgColumns.map((c) => td(c)).join('')}</tr>`,
  ];
  body.forEach((r, i) => {
    const prev = body[i - 1];
    let cells = '';
    const sectionRows = count((x) => x.section === r.section, i);
    const newSection = !prev || prev.section !== r.section;
    if (r.group === null) cells += td(r.section, { colspan: 3 });
    else {
      if (newSection) cells += td(r.section, { rowspan: sectionRows });
      const newGroup = newSection || prev.group !== r.group;
      if (r.item === null) cells += td(r.group, { colspan: 2 });
      else {
        if (newGroup) cells += td(r.group, { rowspan: count((x) => x.group === r.group, i) });
        cells += td(r.item);
      }
    }
    trs.push(`<tr>${cells}${r.numbers.map((n) => td(n)).join('')}</tr>`);
  });
  return `<table border="1" cellspacing="0">\n<tbody>\n${trs.join('\n')}\n</tbody>\n</table>`;
}

/** Table 四: 行政复议 over five columns, 行政诉讼 over ten, its two halves over five each. */
function table4(rows: CellValue[][]): string {
  const [r1, r2, r3, r4] = rows.map(trimRow).filter((r) => r.length > 0);
  const labels1 = r1.filter((v) => v !== null);
  const labels2 = r2.filter((v) => v !== null);
  const labels3 = r3.filter((v) => v !== null);
  const trs = [
    `<tr>${td(labels1[0], { colspan: 5 })}${td(labels1[1], { colspan: 10 })}</tr>`,
    `<tr>${labels2
      .slice(0, 5)
      .map((l) => td(l, { rowspan: 2 }))
      .join('')}${td(labels2[5], { colspan: 5 })}${td(labels2[6], { colspan: 5 })}</tr>`,
    `<tr>${labels3.map((l) => td(l)).join('')}</tr>`,
    `<tr>${r4.map((v) => td(v)).join('')}</tr>`,
  ];
  return `<table border="1" cellspacing="0">\n<thead>\n${trs.slice(0, 3).join('\n')}\n</thead>\n<tbody>\n${trs[3]}\n</tbody>\n</table>`;
}

/** What the engine says about a document, in the terms the acceptance tests compare. */
export function findingsSummary(report: Report): {
  errors: number;
  warnings: number;
  tables: string[];
  findings: string[];
} {
  return {
    errors: report.errors,
    warnings: report.warnings,
    tables: report.tables.map((t) => `${t.table} ${t.edition}`),
    findings: report.findings.map((f) => `${f.severity} ${f.ruleId} ${f.message}`),
  };
}
