import { nearest, nearestOption, parseOptions, sniffLocale } from '../../src/cli/argv';

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  quiet: { type: 'boolean', short: 'q' },
  rule: { type: 'string', multiple: true },
  'max-warnings': { type: 'string' },
  locale: { type: 'string', short: 'l' },
} as const;

describe('parseOptions', () => {
  test.each<[string, string[], unknown]>([
    ['options and positionals', ['a', '-o', 'r.txt', '-q', 'b'], { output: 'r.txt', quiet: true }],
    ['= syntax and a repeated option', ['--rule=x', '--rule', 'y'], { rule: ['x', 'y'] }],
    ['a value starting with a dash, written with =', ['--output=-x'], { output: '-x' }],
    ['a negative number is a value', ['--max-warnings', '-1'], { 'max-warnings': '-1' }],
    ['a short option with its value attached', ['-or.txt'], { output: 'r.txt' }],
  ])('%s', (_name, argv, values) => {
    const parsed = parseOptions(argv, OPTIONS);
    expect('values' in parsed && parsed.values).toEqual(values);
  });

  test('positionals, and anything after -- is one', () => {
    expect(parseOptions(['a', '--', '-b', '--quiet'], OPTIONS)).toEqual({
      values: {},
      positionals: ['a', '-b', '--quiet'],
    });
  });

  // Each case Node's strict mode throws for (ERR_PARSE_ARGS_UNKNOWN_OPTION, _INVALID_OPTION_VALUE).
  test.each<[string, string[], unknown]>([
    [
      'unknown long',
      ['--bogus'],
      { kind: 'unknown-option', option: '--bogus', suggestion: null, file: null },
    ],
    [
      'unknown with =',
      ['--bogus=1'],
      { kind: 'unknown-option', option: '--bogus', suggestion: null, file: null },
    ],
    [
      'one letter off',
      ['--qiuet'],
      { kind: 'unknown-option', option: '--qiuet', suggestion: '--quiet', file: null },
    ],
    [
      'a prefix',
      ['--out', 'x'],
      { kind: 'unknown-option', option: '--out', suggestion: '--output', file: null },
    ],
    ['one dash', ['-quiet'], { kind: 'unknown-option', option: '-quiet', suggestion: '--quiet', file: null }],
    [
      'unknown short in a group',
      ['-qz'],
      { kind: 'unknown-option', option: '-z', suggestion: null, file: null },
    ],
    [
      'a dashed file name',
      ['-a.xlsx'],
      { kind: 'unknown-option', option: '-a', suggestion: null, file: '-a.xlsx' },
    ],
    ['value missing', ['a', '-o'], { kind: 'missing-value', option: '-o/--output', name: 'output' }],
    ['multiple value missing', ['--rule'], { kind: 'missing-value', option: '--rule', name: 'rule' }],
    [
      'an option for a value',
      ['-o', '--quiet'],
      { kind: 'dash-value', option: '-o/--output', name: 'output', value: '--quiet' },
    ],
    [
      'a switch with a value',
      ['--quiet=no'],
      { kind: 'unexpected-value', option: '-q/--quiet', value: 'no' },
    ],
    ['a short switch with =', ['-q=1'], { kind: 'unexpected-value', option: '-q/--quiet', value: '1' }],
  ])('%s', (_name, argv, problem) => {
    expect(parseOptions(argv, OPTIONS)).toEqual({ problem });
  });
});

describe('nearest', () => {
  test.each<[string, string | null]>([
    ['chek', 'check'],
    ['chekc', 'check'],
    ['tempalte', 'template'],
    ['rulez', 'rules'],
    ['frob', null],
    ['ch', null], // too short to guess
  ])('%s → %s', (word, expected) => {
    expect(nearest(word, ['check', 'consolidate', 'rules', 'template', 'help'])).toBe(expected);
  });

  test('no guess when two are as near', () => {
    expect(nearest('cat', ['bat', 'hat'])).toBeNull();
    expect(nearestOption('--o', OPTIONS)).toBeNull();
  });
});

test('sniffLocale: any spelling of the locale option, the last one wins, nothing after --', () => {
  expect(sniffLocale(['check', '--bogus', '-l', 'EN'], 'zh-CN')).toBe('en');
  expect(sniffLocale(['--locale=en', '--locale', 'zh-cn'], 'en')).toBe('zh-CN');
  expect(sniffLocale(['--', '--locale=en'], 'zh-CN')).toBe('zh-CN');
  expect(sniffLocale(['--locale', 'fr'], 'zh-CN')).toBe('zh-CN');
});
