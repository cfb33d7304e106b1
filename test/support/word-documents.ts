/**
 * Real Word documents for the tests of the Word add-in's reading and placing: small web pages with
 * the shapes that matter (numbered lists, merged cells, a nested table, repeated sentences), the
 * seed report as a web page, and .docx files, all turned into .docx by LibreOffice in one launch.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { convert } from '../template/soffice';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

/** Web pages LibreOffice makes .docx files of. */
export const WORD_PAGES = {
  /** Ordered lists (nested too, and restarted by a second list) and a bullet list. */
  lists: page(
    '<p>一、工作概述</p>' +
      '<ol><li>主动公开政府信息</li><li>依申请公开<ol><li>收到申请</li><li>办结申请</li></ol></li><li>政府信息管理</li></ol>' +
      '<p>其他事项：</p><ol><li>平台建设</li><li>监督保障</li></ol><ul><li>附注</li></ul>',
  ),
  /** Merged cells down and across, in two tables, with a paragraph between them. */
  merges: page(
    '<p>表一</p><table border="1">' +
      '<tr><td rowspan="3">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>5</td></tr>' +
      '<tr><td rowspan="2">（三）不予公开</td><td>1. 属于国家秘密</td><td>0</td></tr>' +
      '<tr><td>2. 其他法律行政法规禁止公开</td><td>1</td></tr>' +
      '<tr><td colspan="3">四、结转下年度继续办理</td><td>2</td></tr>' +
      '</table><p>表二</p><table border="1">' +
      '<tr><td>行政复议</td><td colspan="2">行政诉讼</td></tr>' +
      '<tr><td rowspan="2">结果维持</td><td>未经复议</td><td>复议后</td></tr>' +
      '<tr><td>3</td><td>4</td></tr></table><p>完</p>',
  ),
  /** A table inside a cell, and a table after it: the nested one is not one of Word's top-level tables. */
  nested: page(
    '<p>嵌套</p><table border="1"><tr><td>外层<table border="1"><tr><td>内一</td><td>内二</td></tr>' +
      '<tr><td>7</td><td>8</td></tr></table></td><td>旁边</td></tr><tr><td>9</td><td>10</td></tr></table>' +
      '<p>之后</p><table border="1"><tr><td>第二个表</td><td>11</td></tr></table>',
  ),
  /** The same sentence in the body, in a table cell and again in the body; one sentence only once. */
  repeated: page(
    '<p>本机关共收到申请30件。</p><table border="1"><tr><td>本机关共收到申请30件。</td><td>1</td></tr></table>' +
      '<p>其中自然人申请28件。</p><p>本机关共收到申请30件。</p><p>全年未发生收费情况。</p>',
  ),
} as const;

/**
 * Converts files (by name: `.html` pages or `.docx` files) to .docx with LibreOffice in one launch;
 * returns the .docx bytes by the input's name without extension. Inputs that are .docx go to
 * their own folder so their outputs do not overwrite them.
 */
export function libreOfficeDocx(
  soffice: string,
  inputs: Record<string, string | Uint8Array>,
): Record<string, Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'word-docs-'));
  try {
    const inDir = join(dir, 'in');
    const outDir = join(dir, 'out');
    mkdirSync(inDir);
    mkdirSync(outDir);
    const files = Object.entries(inputs).map(([name, content]) => {
      const path = join(inDir, name);
      writeFileSync(path, content);
      return path;
    });
    convert(soffice, 'docx:MS Word 2007 XML', outDir, files);
    const out: Record<string, Uint8Array> = {};
    for (const file of files) {
      const name = basename(file, extname(file));
      out[name] = new Uint8Array(readFileSync(join(outDir, `${name}.docx`)));
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
