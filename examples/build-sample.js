#!/usr/bin/env node
'use strict';
/**
 * Builds examples/sample-2021.xlsx, the workbook `npm run check` checks for a new user: the
 * fixture report (test/fixtures/zhengzhou-zwfwb-2021.txt) pasted into a sheet, with a title that
 * names body and year, and a few mistakes that real reports have:
 *   1. table 三: a 2 typed into 申请人… "其他" (natural person), so the outcomes no longer add up;
 *   2. table 二: "1件" typed with its unit, as text;
 *   3. table 四: a blank where 0 belongs, and a review total that does not match its parts.
 * Run: node examples/build-sample.js   (rewrites the file; commit the result)
 */
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const ExcelJS = require('exceljs');

const ROOT = join(__dirname, '..');
const lines = readFileSync(join(ROOT, 'test/fixtures/zhengzhou-zwfwb-2021.txt'), 'utf8').split('\n');
const rows = lines.map((line) => line.replace(/\r$/, '').split('\t'));

/** Index of the first line whose text (after leading tabs) starts with `prefix`, after `from`. */
function lineOf(prefix, from = 0) {
  const i = lines.findIndex((l, k) => k >= from && l.trimStart().startsWith(prefix));
  if (i < 0) throw new Error(`fixture has no line starting with ${prefix}`);
  return i;
}

function setField(row, col, value, expectOld) {
  if (expectOld !== undefined && rows[row][col] !== expectOld)
    throw new Error(`line ${row + 1} field ${col}: expected ${expectOld}, found ${rows[row][col]}`);
  rows[row][col] = value;
}

// The title: body and year, as most reports have it.
rows[lineOf('# 郑州市政务服务办公室')] = ['郑州市政务服务办公室2021年政府信息公开工作年度报告'];
// 1. Table 三, (六) 其他处理 3. 其他 × 自然人: 0 → 2.
setField(lineOf('3. 其他', lineOf('(六) 其他处理')), 3, '2', '0');
// 2. Table 二, 行政规范性文件 × 本年制发件数: 1 → "1件".
setField(lineOf('行政规范性文件'), 1, '1件', '1');
// 3. Table 四: 行政复议 总计 1 (its parts are 0), and 行政诉讼 未经复议 结果维持 left blank.
const reviews = lineOf('0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0', lineOf('行政复议'));
setField(reviews, 4, '1', '0');
setField(reviews, 5, '', '0');

const NUMBER = /^-?\d+(\.\d+)?$/;
const workbook = new ExcelJS.Workbook();
const sheet = workbook.addWorksheet('2021年报');
rows.forEach((fields, r) =>
  fields.forEach((field, c) => {
    const text = field.trim();
    if (text !== '') sheet.getCell(r + 1, c + 1).value = NUMBER.test(text) ? Number(text) : text;
  }),
);
sheet.getColumn(1).width = 40;
// Fixed dates keep the file byte-stable between runs.
workbook.created = workbook.modified = new Date('2022-01-15T00:00:00Z');
workbook.creator = 'disclosure-check examples/build-sample.js';

workbook.xlsx
  .writeFile(join(__dirname, 'sample-2021.xlsx'))
  .then(() => console.log('wrote examples/sample-2021.xlsx'));
