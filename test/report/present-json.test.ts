import {
  addToSummary,
  emptySummary,
  jsonPresenter,
  presentJson,
  toJsonFile,
  toJsonFinding,
  toJsonOutput,
} from '../../src/report/present-json';
import type { Indicators } from '../../src/report/indicators';
import type { FileResult } from '../../src/report/types';
import { fileStatus } from '../../src/report/verdict';
import { TOOL_NAME, TOOL_VERSION } from '../../src/version';
import { finding, report } from './present-fixtures';

const FINDING_KEYS = [
  'ruleId',
  'severity',
  'sheet',
  'address',
  'related',
  'table',
  'row',
  'column',
  'expected',
  'actual',
  'message',
  'fingerprint',
  'location',
  'where',
];

const isScalar = (v: unknown): boolean => v === null || typeof v === 'number' || typeof v === 'string';
const isNullableString = (v: unknown): boolean => v === null || typeof v === 'string';

const files: FileResult[] = [
  { path: 'a.xlsx', report: report() },
  {
    path: 'b.txt',
    report: report({
      findings: [
        finding(),
        finding({
          ruleId: 'cell/text-number',
          severity: 'warning',
          address: 'D4',
          related: [],
          row: 'new',
          column: 'natural-person',
          expected: null,
          actual: '１',
          message: '数字存成了文本',
        }),
      ],
    }),
  },
  { path: 'c.xlsx', report: report({ tables: [], findings: [] }) },
  { path: 'd.xls', error: '不支持的文件类型“.xls”' },
];

describe('JSON presenter', () => {
  const out = JSON.parse(presentJson(files)) as Record<string, unknown>;

  test('top level: tool, summary, files and nothing else', () => {
    expect(Object.keys(out)).toEqual(['tool', 'summary', 'files']);
    expect(out.tool).toEqual({ name: TOOL_NAME, version: TOOL_VERSION });
  });

  test('summary counts across files', () => {
    expect(out.summary).toEqual({
      files: 4,
      tables: 2,
      errors: 1,
      warnings: 1,
      valid: false,
      partial: 0,
      accepted: 0,
    });
  });

  test('file statuses: valid, invalid (errors), invalid (no table), unreadable with its error', () => {
    const list = out.files as Record<string, unknown>[];
    expect(list.map((f) => [f.path, f.status])).toEqual([
      ['a.xlsx', 'valid'],
      ['b.txt', 'invalid'],
      ['c.xlsx', 'invalid'],
      ['d.xls', 'unreadable'],
    ]);
    for (const f of list.slice(0, 3))
      expect(Object.keys(f)).toEqual([
        'path',
        'status',
        'tables',
        'missingTables',
        'findings',
        'previous',
        'annotated',
        'format',
        'notes',
        'accepted',
        'unmatchedSuppressions',
        'indicators',
      ]);
    expect(Object.keys(list[3])).toEqual([
      'path',
      'status',
      'error',
      'tables',
      'missingTables',
      'findings',
      'previous',
      'annotated',
      'format',
      'notes',
      'accepted',
      'unmatchedSuppressions',
      'indicators',
    ]);
    expect(list[3].error).toBe('不支持的文件类型“.xls”');
    expect(list[3].tables).toEqual([]);
    expect(list[3].findings).toEqual([]);
  });

  test('tables carry exactly table, edition, sheet, range', () => {
    const [first] = (out.files as { tables: Record<string, unknown>[] }[])[0].tables;
    expect(first).toEqual({ table: 'applications', edition: '2021', sheet: '表三', range: 'A1:J28' });
  });

  test('findings carry exactly the public keys with the public types', () => {
    const all = (out.files as { findings: Record<string, unknown>[] }[]).flatMap((f) => f.findings);
    expect(all).toHaveLength(2);
    for (const f of all) {
      expect(Object.keys(f)).toEqual(FINDING_KEYS);
      expect(typeof f.ruleId).toBe('string');
      expect(['error', 'warning']).toContain(f.severity);
      expect(typeof f.sheet).toBe('string');
      expect(f.address).toMatch(/^[A-Z]+\d+$/);
      expect(Array.isArray(f.related)).toBe(true);
      for (const key of ['table', 'row', 'column']) expect(isNullableString(f[key])).toBe(true);
      expect(isScalar(f.expected)).toBe(true);
      expect(isScalar(f.actual)).toBe(true);
      expect(typeof f.message).toBe('string');
      expect(typeof f.fingerprint).toBe('string');
      expect(f.location).toEqual({ kind: 'cell', sheet: f.sheet, address: f.address });
      expect(f.where).toBe(`${String(f.sheet)}!${String(f.address)}`);
    }
    expect(all[1].expected).toBeNull();
  });

  test("a finding's values come through as they are", () => {
    const [first] = (out.files as { findings: Record<string, unknown>[] }[])[1].findings;
    expect(first).toMatchObject({
      ruleId: 'applications/balance',
      table: 'applications',
      row: 'carried-forward',
      column: 'total',
      related: ['J4', 'J5', 'J27'],
      expected: 0,
      actual: 1,
    });
  });

  test('internal finding fields (messageId, data, labels) stay out', () => {
    const text = presentJson(files);
    expect(text).not.toContain('messageId');
    expect(text).not.toContain('"data"');
  });

  test('absent optional finding fields become null, never missing', () => {
    const bare = finding();
    // Simulate a finding built without the optional scalars (e.g. a sheet-level finding).
    const loose = { ...bare } as Partial<typeof bare>;
    for (const key of ['expected', 'actual', 'table', 'row', 'column'] as const) delete loose[key];
    const json = toJsonOutput([{ path: 'x', report: report({ findings: [loose as typeof bare] }) }]);
    const f = json.files[0].findings[0];
    expect(f.expected).toBeNull();
    expect(f.actual).toBeNull();
    expect([f.table, f.row, f.column]).toEqual([null, null, null]);
    expect(Object.keys(f)).toEqual(FINDING_KEYS);
  });

  test('all valid files → summary.valid; no files → not valid', () => {
    expect(toJsonOutput([{ path: 'a', report: report() }]).summary.valid).toBe(true);
    expect(toJsonOutput([]).summary.valid).toBe(false);
  });

  test('a warning alone keeps a file valid', () => {
    const file: FileResult = { path: 'w', report: report({ findings: [finding({ severity: 'warning' })] }) };
    expect(fileStatus(file)).toBe('valid');
  });

  test('output is pretty JSON ending in a newline', () => {
    const text = presentJson(files);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "summary": {');
  });
});

describe('JSON presenter: tables not found', () => {
  test.each<{
    name: string;
    file: FileResult;
    missing: string[];
    status: 'valid' | 'invalid';
    partial: number;
  }>([
    {
      name: 'table 三 alone',
      file: { path: 'a', report: report({ missingTables: ['proactive', 'reviews'] }) },
      missing: ['proactive', 'reviews'],
      status: 'valid',
      partial: 1,
    },
    {
      name: 'table 四 missing, with an error',
      file: { path: 'b', report: report({ missingTables: ['reviews'], findings: [finding()] }) },
      missing: ['reviews'],
      status: 'invalid',
      partial: 1,
    },
    {
      name: 'all three found',
      file: { path: 'c', report: report() },
      missing: [],
      status: 'valid',
      partial: 0,
    },
    {
      name: 'no table at all: all three missing, but not a partial file',
      file: {
        path: 'd',
        report: report({ tables: [], missingTables: ['proactive', 'applications', 'reviews'] }),
      },
      missing: ['proactive', 'applications', 'reviews'],
      status: 'invalid',
      partial: 0,
    },
  ])(
    '$name: missingTables $missing, status $status, summary.partial $partial',
    ({ file, missing, status, partial }) => {
      const out = JSON.parse(presentJson([file])) as {
        files: Record<string, unknown>[];
        summary: { partial: number };
      };
      expect(out.files[0].missingTables).toEqual(missing);
      expect(out.files[0].status).toBe(status);
      expect(out.summary.partial).toBe(partial);
    },
  );

  test('summary.partial counts across files; an unreadable file lists no missing table', () => {
    const out = toJsonOutput([
      { path: 'a', report: report({ missingTables: ['proactive', 'reviews'] }) },
      { path: 'b', report: report({ missingTables: ['proactive'] }) },
      { path: 'c', report: report() },
      { path: 'd', error: '文件不存在' },
    ]);
    expect(out.summary).toMatchObject({ files: 4, partial: 2 });
    expect(out.files[3].missingTables).toEqual([]);
  });
});

describe('JSON presenter: streamed one file at a time', () => {
  /** The streamed text, as the CLI writes it for a batch. */
  const streamed = (list: readonly FileResult[]) => {
    const presenter = jsonPresenter();
    return [presenter.header(), ...list.map((f) => presenter.file(f)), presenter.footer()].join('');
  };
  /** The document JSON.stringify prints (tool first, summary last), with the tool on one line. */
  const printed = (list: readonly FileResult[]) => {
    const whole = toJsonOutput(list);
    const text = JSON.stringify({ tool: '@tool', files: whole.files, summary: whole.summary }, null, 2);
    return `${text.replace('"@tool"', JSON.stringify(whole.tool))}\n`;
  };

  it.each([
    ['four files', files],
    ['one file', files.slice(1, 2)],
    ['no file', []],
  ])('is the whole document, byte for byte, for %s', (_name, list) => {
    expect(streamed(list)).toBe(printed(list));
  });
});

describe('JSON presenter: fields a file or finding may lack', () => {
  it('writes an empty list for related cells and notes that are absent', () => {
    const loose: Partial<ReturnType<typeof finding>> = finding();
    delete loose.related;
    const f = toJsonFinding(loose as ReturnType<typeof finding>, 'zh-CN');
    expect(f.related).toEqual([]);
    expect(toJsonOutput([{ path: 'a', report: report() }]).files[0].notes).toEqual([]);
  });

  it('lists the indicators of each sheet that has them, named by sheet', () => {
    const indicators: Indicators = {
      disclosureRate: { numerator: 3, denominator: 4, value: 0.75 },
      deniedShare: null,
      correctionRate: null,
    };
    const base = report();
    const summaries = [
      { ...base.sheetSummaries[0], indicators },
      { ...base.sheetSummaries[0], sheet: '说明', indicators: null },
    ];
    const [file] = toJsonOutput([{ path: 'a', report: report({ sheetSummaries: summaries }) }]).files;
    expect(file.indicators).toEqual([{ sheet: '表三', ...indicators }]);
  });
});

describe('JSON summary', () => {
  const file = (path: string, withError: boolean): FileResult => ({
    path,
    report: report({ findings: withError ? [finding()] : [] }),
  });

  it.each([
    [[false, false], true],
    [[true, false], false],
    [[false, true], false],
  ])('is valid only when every file is (errors per file: %j)', (errors, valid) => {
    const list = errors.map((e, i) => file(`f${i}`, e));
    expect(toJsonOutput(list).summary.valid).toBe(valid);
    expect(list.map(toJsonFile).reduce(addToSummary, emptySummary()).valid).toBe(valid);
  });
});
