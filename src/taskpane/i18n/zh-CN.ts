/**
 * The task pane's Chinese messages: the reference catalog. Its keys define `MessageKey`, so every
 * other catalog must have exactly these keys. Placeholders in braces are filled by `format`.
 */
export const zhCN = {
  appTitle: '政府信息公开年报校验',
  officeTooOld: '此加载项需要 Office 2021、Microsoft 365 或 Excel 网页版（ExcelApi 1.9 及以上）。',

  checkSheet: '校验当前工作表',
  checkWorkbook: '校验整个工作簿',
  clearMarks: '清除标记',
  insertTemplate: '插入模板',
  insertTemplateLater: '插入模板将随模板功能一同提供。',
  recheck: '重新校验',

  verdictPass: '通过',
  verdictFail: '未通过',
  verdictNoTable: '未找到表格',
  stale: '已过期',
  staleHint: '校验之后单元格已有改动，结果可能不再准确。',
  errorCount: '{count} 个错误',
  warningCount: '{count} 个警告',
  checkedAt: '校验时间：{time}',
  tablesFound: '找到的表格',
  tableLine: '表{section} {title}（{edition} 年版）：{sheet}!{range}',

  severityError: '错误',
  severityWarning: '警告',
  findingLabels: '{row} × {column}',
  expectedActual: '应为 {expected}，实际为 {actual}',
  expectedActualDiff: '应为 {expected}，实际为 {actual}，差 {diff}',
  whyHowToFix: '原因与改法：',
  groupCount: '{count} 处',
  findingsHeading: '发现的问题',
  selectFinding: '在工作表中选中 {sheet}!{address}',

  emptyNoTableTitle: '未找到年报表格',
  emptyNoTableBody:
    '在{sheets}中查找了表二（主动公开政府信息情况）、表三（收到和处理政府信息公开申请情况）和表四（政府信息公开行政复议、行政诉讼情况），都没有找到。可以插入标准模板后再填写。',
  emptyNoFindingsTitle: '没有发现问题',
  emptyNoFindingsBody: '共运行了 {count} 条校验规则：',
  listSeparator: '、',

  progressSheet: '正在校验当前工作表…',
  progressWorkbook: '正在校验工作簿：{done}/{total} 个工作表',
  progressWorkbookStart: '正在读取工作簿…',
  clearing: '正在清除标记…',

  failureTitle: '操作未完成',
  degradedTitle: '此 Office 版本不支持部分功能',
  marksFoundTitle: '工作簿中有上次校验留下的标记',
  marksFoundBody: '如需恢复单元格原来的格式，请点击“清除标记”。',
  marksCleared: '已恢复 {count} 个单元格的原有格式。',
  painted: '已在工作表中标记 {count} 个单元格。',
  dismiss: '关闭',
  intro: '点击“校验当前工作表”检查本表中的表二、表三、表四；问题单元格会被标色，并在下方列出。',

  'rule.applications/balance': '表三 收支平衡',
  'rule.applications/outcome-total': '表三 办理结果总计',
  'rule.applications/row-total': '表三 行总计',
  'rule.applications/suspect-cell': '最可能填错的单元格',
  'rule.cell/blank': '空白数字格',
  'rule.cell/invalid-number': '无效数字',
  'rule.cell/text-number': '文本形式的数字',
  'rule.cell/unit-text': '数字带单位或说明',
  'rule.cross-year/carry-over': '与上年结转不符',
  'rule.cross-year/proactive-chain': '表二 现行有效件数接续',
  'rule.fees/notices': '收费通知与第六部分',
  'rule.narrative/itemized-sum': '正文分项之和',
  'rule.narrative/table-mismatch': '正文数字与表格不符',
  'rule.proactive/outdated-label': '表二 旧版标签',
  'rule.reviews/group-total': '表四 各组总计',
  'rule.structure/edition': '表格版式与年度不符',
  'rule.structure/missing-column': '缺少列',
  'rule.structure/missing-row': '缺少行',
  'rule.structure/no-table': '未找到表格',
} as const;

export type MessageKey = keyof typeof zhCN;
export type Messages = Record<MessageKey, string>;
