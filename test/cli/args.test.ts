import { parseCommand, type Command } from '../../src/cli/args';

describe('parseCommand', () => {
  test.each<[string, string[], Command]>([
    ['help', ['--help'], { kind: 'help', locale: 'zh-CN' }],
    ['short help in English', ['-h', '--locale', 'en'], { kind: 'help', locale: 'en' }],
    ['help command', ['help'], { kind: 'help', locale: 'zh-CN' }],
    ['help wins over a check', ['check', 'a.xlsx', '--help'], { kind: 'help', locale: 'zh-CN' }],
    ['version', ['--version'], { kind: 'version' }],
    ['short version', ['-v'], { kind: 'version' }],
    [
      'check with defaults',
      ['check', 'a.xlsx'],
      { kind: 'check', files: ['a.xlsx'], format: 'text', locale: 'zh-CN', year: null },
    ],
    [
      'check with every option',
      ['check', 'a.xlsx', 'b.csv', '--format', 'json', '--locale', 'en', '--year', '2021'],
      { kind: 'check', files: ['a.xlsx', 'b.csv'], format: 'json', locale: 'en', year: 2021 },
    ],
    [
      'options before the command, = syntax, short flags, locale case',
      ['--format=json', '-l', 'ZH-cn', 'check', 'a.txt'],
      { kind: 'check', files: ['a.txt'], format: 'json', locale: 'zh-CN', year: null },
    ],
    [
      'a file named like an option after --',
      ['check', '--', '--odd.txt'],
      { kind: 'check', files: ['--odd.txt'], format: 'text', locale: 'zh-CN', year: null },
    ],
  ])('%s', (_name, argv, expected) => {
    expect(parseCommand(argv)).toEqual(expected);
  });

  test.each<[string, string[], string]>([
    ['nothing', [], 'no-command'],
    ['unknown command', ['lint', 'a.xlsx'], 'unknown-command'],
    ['no files', ['check'], 'no-files'],
    ['bad format', ['check', 'a.xlsx', '--format', 'xml'], 'bad-format'],
    ['bad locale', ['check', 'a.xlsx', '--locale', 'fr'], 'bad-locale'],
    ['year not a number', ['check', 'a.xlsx', '--year', 'last'], 'bad-year'],
    ['year too old', ['check', 'a.xlsx', '--year', '1999'], 'bad-year'],
    ['two-digit year', ['check', 'a.xlsx', '--year', '21'], 'bad-year'],
    ['unknown option', ['check', 'a.xlsx', '--fix'], 'bad-option'],
    ['option without its value', ['check', 'a.xlsx', '--format'], 'bad-option'],
  ])('usage error: %s', (_name, argv, problem) => {
    const command = parseCommand(argv);
    expect(command.kind).toBe('usage');
    if (command.kind === 'usage') expect(command.problem.kind).toBe(problem);
  });

  test('a usage error keeps the locale asked for, even when the arguments do not parse', () => {
    expect(parseCommand(['check', '--fix', '--locale', 'en'])).toMatchObject({ kind: 'usage', locale: 'en' });
    expect(parseCommand(['check', '--fix', '--locale=en'])).toMatchObject({ kind: 'usage', locale: 'en' });
    expect(parseCommand(['check', '--fix'])).toMatchObject({ kind: 'usage', locale: 'zh-CN' });
  });
});
