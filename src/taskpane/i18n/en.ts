import type { Messages } from './zh-CN';

/** English messages; typed against the Chinese catalog so a missing or extra key fails to compile. */
export const en: Messages = {
  appTitle: 'Disclosure Report Checker',
  officeTooOld: 'This add-in needs Office 2021, Microsoft 365 or Excel on the web (ExcelApi 1.9 or later).',

  checkSheet: 'Check this sheet',
  checkWorkbook: 'Check the whole workbook',
  clearMarks: 'Clear marks',
  insertTemplate: 'Insert template',
  insertTemplateLater: 'Inserting the template arrives with the template feature.',
  recheck: 'Check again',

  verdictPass: 'Passed',
  verdictFail: 'Failed',
  verdictNoTable: 'No table found',
  stale: 'Out of date',
  staleHint: 'Cells changed after the check; the result may no longer be accurate.',
  errorCount: '{count} errors',
  warningCount: '{count} warnings',
  checkedAt: 'Checked at {time}',
  tablesFound: 'Tables found',
  tableLine: 'Table {section} {title} ({edition} edition): {sheet}!{range}',

  severityError: 'Error',
  severityWarning: 'Warning',
  findingLabels: '{row} × {column}',
  expectedActual: 'expected {expected}, found {actual}',
  expectedActualDiff: 'expected {expected}, found {actual}, off by {diff}',
  whyHowToFix: 'Why and how to fix: ',
  groupCount: '{count}',
  findingsHeading: 'Problems found',
  selectFinding: 'Select {sheet}!{address} in the workbook',

  emptyNoTableTitle: 'No report table found',
  emptyNoTableBody:
    'Looked in {sheets} for table 二 (Information disclosed proactively), table 三 (Applications received and handled) and table 四 (Administrative reconsideration and litigation) and found none. You can insert the standard template and fill it in.',
  emptyNoFindingsTitle: 'No problems found',
  emptyNoFindingsBody: '{count} rules ran:',
  listSeparator: ', ',

  progressSheet: 'Checking this sheet…',
  progressWorkbook: 'Checking the workbook: {done} of {total} sheets',
  progressWorkbookStart: 'Reading the workbook…',
  clearing: 'Clearing marks…',

  failureTitle: 'Not done',
  degradedTitle: 'Some features are not available in this Office version',
  marksFoundTitle: 'The workbook has marks from an earlier check',
  marksFoundBody: 'Click “Clear marks” to restore the cells’ original formats.',
  marksCleared: 'Restored the original formats of {count} cells.',
  painted: 'Marked {count} cells in the workbook.',
  dismiss: 'Dismiss',
  intro:
    'Click “Check this sheet” to check tables 二, 三 and 四 on this sheet; problem cells are coloured and listed below.',

  'rule.applications/balance': 'Table 三 balance',
  'rule.applications/outcome-total': 'Table 三 outcome total',
  'rule.applications/row-total': 'Table 三 row total',
  'rule.applications/suspect-cell': 'Most likely wrong cell',
  'rule.cell/blank': 'Blank number cell',
  'rule.cell/invalid-number': 'Invalid number',
  'rule.cell/text-number': 'Number stored as text',
  'rule.cell/unit-text': 'Number with unit or note',
  'rule.proactive/outdated-label': 'Table 二 outdated label',
  'rule.reviews/group-total': 'Table 四 group total',
  'rule.structure/edition': 'Edition does not match the year',
  'rule.structure/missing-column': 'Missing column',
  'rule.structure/missing-row': 'Missing row',
  'rule.structure/no-table': 'No table found',
};
