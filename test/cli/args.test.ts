import {
  byteSize,
  COMMANDS,
  MAX_JOBS,
  parseCommand,
  type CheckCommand,
  type Command,
} from '../../src/cli/args';
import { DEFAULT_LIMITS } from '../../src/xlsx/limits';

/** A check command with every default, and the given differences. */
const check = (over: Partial<CheckCommand>): CheckCommand => ({
  kind: 'check',
  paths: [],
  format: 'text',
  locale: 'zh-CN',
  year: null,
  output: null,
  maxWarnings: null,
  only: null,
  disable: [],
  quiet: false,
  previous: null,
  annotate: null,
  limits: { ...DEFAULT_LIMITS },
  jobs: null,
  suppressions: { file: null, suppressAll: false, suppressRules: [], reason: null, prune: false },
  ...over,
});

describe('parseCommand', () => {
  test.each<[string, string[], Command]>([
    ['help', ['--help'], { kind: 'help', locale: 'zh-CN' }],
    ['short help in English', ['-h', '--locale', 'en'], { kind: 'help', locale: 'en' }],
    ['help command', ['help'], { kind: 'help', locale: 'zh-CN' }],
    ['help wins over a check', ['check', 'a.xlsx', '--help'], { kind: 'help', locale: 'zh-CN' }],
    ['version', ['--version'], { kind: 'version' }],
    ['short version', ['-v'], { kind: 'version' }],
    ['check with defaults', ['check', 'a.xlsx'], check({ paths: ['a.xlsx'] })],
    ['check without paths: the sample', ['check'], check({})],
    [
      'check with the output options',
      ['check', 'a.xlsx', 'b.csv', '--format', 'json', '--locale', 'en', '--year', '2021', '-o', 'out.json'],
      check({ paths: ['a.xlsx', 'b.csv'], format: 'json', locale: 'en', year: 2021, output: 'out.json' }),
    ],
    ['csv format', ['check', 'dir', '-f', 'csv'], check({ paths: ['dir'], format: 'csv' })],
    [
      'review states: the file, accepting with a reason, pruning',
      [
        'check',
        'a.docx',
        '--suppressions',
        's.json',
        '--suppress-rule',
        'cell/blank,fees/notices',
        '--reason',
        ' 已说明 ',
        '--prune-suppressions',
      ],
      check({
        paths: ['a.docx'],
        suppressions: {
          file: 's.json',
          suppressAll: false,
          suppressRules: ['cell/blank', 'fees/notices'],
          reason: '已说明',
          prune: true,
        },
      }),
    ],
    [
      'rules, repeated and comma-separated; disable; quiet; max-warnings',
      [
        'check',
        'a.xlsx',
        '--rule',
        'applications/balance,applications/row-total',
        '--rule',
        'cell/blank',
        '--disable',
        'structure/edition',
        '-q',
        '--max-warnings',
        '0',
      ],
      check({
        paths: ['a.xlsx'],
        only: ['applications/balance', 'applications/row-total', 'cell/blank'],
        disable: ['structure/edition'],
        quiet: true,
        maxWarnings: 0,
      }),
    ],
    [
      'cross-year, annotate, jobs',
      ['check', 'a.xlsx', '--previous', 'last.xlsx', '--annotate', 'out', '-j', '3'],
      check({ paths: ['a.xlsx'], previous: 'last.xlsx', annotate: 'out', jobs: 3 }),
    ],
    [
      'limits',
      [
        'check',
        'a',
        '--max-file-size',
        '2MB',
        '--max-unpacked-size',
        '1g',
        '--max-cells',
        '900',
        '--timeout',
        '0.5',
      ],
      check({
        paths: ['a'],
        limits: {
          maxFileBytes: 2 * 1024 ** 2,
          maxUnpackedBytes: 1024 ** 3,
          maxCellsPerSheet: 900,
          timeoutMs: 500,
        },
      }),
    ],
    [
      'options before the command, = syntax, short flags, locale case',
      ['--format=json', '-l', 'ZH-cn', 'check', 'a.txt'],
      check({ paths: ['a.txt'], format: 'json' }),
    ],
    ['a file named like an option after --', ['check', '--', '--odd.txt'], check({ paths: ['--odd.txt'] })],
    ['jobs at its limit', ['check', 'a', '-j', String(MAX_JOBS)], check({ paths: ['a'], jobs: MAX_JOBS })],
    ['no warnings allowed', ['check', 'a', '--max-warnings', '0'], check({ paths: ['a'], maxWarnings: 0 })],
    [
      'sizes in any case, bytes and KiB',
      ['check', 'a', '--max-file-size', '1KB', '--max-unpacked-size', '4096b'],
      check({ paths: ['a'], limits: { ...DEFAULT_LIMITS, maxFileBytes: 1024, maxUnpackedBytes: 4096 } }),
    ],
    [
      'consolidate: its arguments go to its own parser, wherever the options are',
      ['--locale', 'en', 'consolidate', 'a.xlsx', '--exclude-invalid', '-o', 't.xlsx'],
      { kind: 'consolidate', argv: ['--locale', 'en', 'a.xlsx', '--exclude-invalid', '-o', 't.xlsx'] },
    ],
    ['rules', ['rules'], { kind: 'rules', format: 'text', locale: 'zh-CN' }],
    ['rules as JSON', ['rules', '--format', 'json'], { kind: 'rules', format: 'json', locale: 'zh-CN' }],
  ])('%s', (_name, argv, expected) => {
    expect(parseCommand(argv)).toEqual(expected);
  });

  test.each<[string, string[], string]>([
    ['nothing', [], 'no-command'],
    ['unknown command', ['lint', 'a.xlsx'], 'unknown-command'],
    ['bad format', ['check', 'a.xlsx', '--format', 'xml'], 'bad-format'],
    ['csv for rules', ['rules', '--format', 'csv'], 'bad-format'],
    ['bad locale', ['check', 'a.xlsx', '--locale', 'fr'], 'bad-locale'],
    ['year not a number', ['check', 'a.xlsx', '--year', 'last'], 'bad-year'],
    ['year too old', ['check', 'a.xlsx', '--year', '1999'], 'bad-year'],
    ['two-digit year', ['check', 'a.xlsx', '--year', '21'], 'bad-year'],
    ['unknown option', ['check', 'a.xlsx', '--fix'], 'bad-option'],
    ['option without its value', ['check', 'a.xlsx', '--format'], 'bad-option'],
    ['unknown rule', ['check', 'a.xlsx', '--rule', 'applications/nope'], 'unknown-rule'],
    ['unknown disabled rule', ['check', 'a.xlsx', '--disable', 'balance'], 'unknown-rule'],
    ['negative max-warnings', ['check', 'a.xlsx', '--max-warnings=-1'], 'bad-number'],
    ['max-warnings not a number', ['check', 'a.xlsx', '--max-warnings', 'many'], 'bad-number'],
    ['zero jobs', ['check', 'a.xlsx', '--jobs', '0'], 'bad-number'],
    ['too many jobs', ['check', 'a.xlsx', '--jobs', String(MAX_JOBS + 1)], 'bad-number'],
    ['a decimal count', ['check', 'a.xlsx', '--max-warnings', '2.5'], 'bad-number'],
    ['a value that is another option', ['check', 'a.xlsx', '-o', '--quiet'], 'bad-option'],
    ['a switch with a value', ['check', 'a.xlsx', '--quiet=1'], 'bad-option'],
    ['zero cells', ['check', 'a.xlsx', '--max-cells', '0'], 'bad-number'],
    ['bad size', ['check', 'a.xlsx', '--max-file-size', '10 parsecs'], 'bad-size'],
    ['bad timeout', ['check', 'a.xlsx', '--timeout', 'soon'], 'bad-seconds'],
    ['zero timeout', ['check', 'a.xlsx', '--timeout', '0'], 'bad-seconds'],
    ['check option on template', ['template', 'out.xlsx', '--annotate', 'x'], 'check-only'],
    ['check option on rules', ['rules', '--quiet'], 'check-only'],
    ['rules takes no paths', ['rules', 'a.xlsx'], 'extra-arguments'],
  ])('usage error: %s', (_name, argv, problem) => {
    const command = parseCommand(argv);
    expect(command.kind).toBe('usage');
    if (command.kind === 'usage') expect(command.problem.kind).toBe(problem);
  });

  test('each command in COMMANDS is one parseCommand knows (none is an unknown command)', () => {
    const kinds: Record<(typeof COMMANDS)[number], string> = {
      check: 'check',
      consolidate: 'consolidate',
      rules: 'rules',
      template: 'usage', // without the file to write
      help: 'help',
    };
    expect([...COMMANDS].sort()).toEqual(Object.keys(kinds).sort());
    for (const command of COMMANDS) expect(parseCommand([command]).kind).toBe(kinds[command]);
  });

  test('an unknown command names every command, and a near one', () => {
    expect(parseCommand(['chek'])).toEqual({
      kind: 'usage',
      problem: {
        kind: 'unknown-command',
        value: 'chek',
        commands: COMMANDS,
        suggestion: 'check',
        file: false,
      },
      locale: 'zh-CN',
    });
  });

  test('the option problem and the command it was given to', () => {
    expect(parseCommand(['--locale', 'en', 'check', '--jobs'])).toEqual({
      kind: 'usage',
      problem: {
        kind: 'bad-option',
        problem: { kind: 'missing-value', option: '-j/--jobs', name: 'jobs' },
        command: 'check',
      },
      locale: 'en',
    });
  });

  test('a usage error keeps the locale asked for, even when the arguments do not parse', () => {
    expect(parseCommand(['check', '--fix', '--locale', 'en'])).toMatchObject({ kind: 'usage', locale: 'en' });
    expect(parseCommand(['check', '--fix', '--locale=en'])).toMatchObject({ kind: 'usage', locale: 'en' });
    expect(parseCommand(['check', '--fix'])).toMatchObject({ kind: 'usage', locale: 'zh-CN' });
  });
});

describe('byteSize', () => {
  test.each<[string, number | null]>([
    ['50', 50 * 1024 ** 2],
    ['50MB', 50 * 1024 ** 2],
    ['800k', 800 * 1024],
    ['1.5G', 1.5 * 1024 ** 3],
    ['2 mb', 2 * 1024 ** 2],
    ['1KB', 1024],
    ['1kb', 1024],
    ['1Kb', 1024],
    ['3 KiB', 3 * 1024],
    ['2MiB', 2 * 1024 ** 2],
    ['4096B', 4096],
    ['64GB', 64 * 1024 ** 3],
    ['65GB', null],
    ['0', null],
    ['0.0001B', null],
    ['-5MB', null],
    ['5TB', null],
    ['1,5MB', null],
    ['lots', null],
  ])('%s → %s', (value, bytes) => {
    expect(byteSize(value)).toBe(bytes);
  });
});
