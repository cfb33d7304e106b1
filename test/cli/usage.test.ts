/** Every usage problem, end to end through main(), in both locales: exit 2, stderr only, what to do. */
import { main, type CliIO } from '../../src/cli/main';
import type { Launch } from '../../src/cli/launch';
import { FIXTURE } from './helpers';

async function run(argv: string[], launch?: Launch) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const code = await main(argv, io, launch ? { launch } : {});
  return { code, stdout, stderr };
}

// [case, arguments, zh-CN message, en message]: the English run puts `--locale en` first.
const CASES: [string, string[], RegExp, RegExp][] = [
  [
    'unknown option (ERR_PARSE_ARGS_UNKNOWN_OPTION)',
    ['check', FIXTURE, '--bogus'],
    /未知选项 --bogus。\n可用的选项见 disclosure-check check --help。/,
    /Unknown option --bogus\.\nSee disclosure-check check --help for the options\./,
  ],
  [
    'unknown option near a real one: did you mean',
    ['check', FIXTURE, '--ouptut', 'r.txt'],
    /未知选项 --ouptut：是否想用 --output？/,
    /Unknown option --ouptut: did you mean --output\?/,
  ],
  [
    'a unique prefix of an option',
    ['check', FIXTURE, '--max-warn', '3'],
    /未知选项 --max-warn：是否想用 --max-warnings？/,
    /did you mean --max-warnings\?/,
  ],
  [
    'a long option typed with one dash',
    ['check', FIXTURE, '-output', 'r.txt'],
    /未知选项 -output：是否想用 --output？/,
    /Unknown option -output: did you mean --output\?/,
  ],
  ['unknown short option in a group', ['check', FIXTURE, '-qx'], /未知选项 -x。/, /Unknown option -x\./],
  [
    'a file name starting with a dash',
    ['check', '-草稿.xlsx'],
    /“-草稿\.xlsx”以 - 开头，被当作了选项.*请把它写在 -- 之后，例如 -- -草稿\.xlsx/,
    /"-草稿\.xlsx" starts with - and reads as an option.*put it after --, e\.g\. -- -草稿\.xlsx/,
  ],
  [
    'missing value at the end (ERR_PARSE_ARGS_INVALID_OPTION_VALUE)',
    ['check', FIXTURE, '-o'],
    /选项 -o\/--output 需要一个值，例如 -o 结果\.txt。/,
    /Option -o\/--output needs a value, e\.g\. -o report\.txt\./,
  ],
  [
    'missing value of a long-only option',
    ['check', FIXTURE, '--year'],
    /选项 --year 需要一个值，例如 --year 2021。/,
    /Option --year needs a value, e\.g\. --year 2021\./,
  ],
  [
    'an option where the value should be (ambiguous value)',
    ['check', FIXTURE, '-o', '--quiet'],
    /选项 -o\/--output 需要一个值，但其后的“--quiet”以 - 开头.*请写成 --output=--quiet/,
    /Option -o\/--output needs a value, but "--quiet" after it.*write --output=--quiet/,
  ],
  [
    'a value given to a switch',
    ['check', FIXTURE, '--quiet=yes'],
    /选项 -q\/--quiet 是开关，不带值：去掉“=yes”。/,
    /Option -q\/--quiet is a switch and takes no value: drop "=yes"\./,
  ],
  [
    'a value given to a short switch',
    ['check', FIXTURE, '-q=3'],
    /选项 -q\/--quiet 是开关，不带值：去掉“=3”。/,
    /drop "=3"/,
  ],
  [
    'no command: every command listed',
    [],
    /缺少命令：应为 check、consolidate、rules、template 或 help，例如 disclosure-check check 年报\.xlsx。/,
    /Missing command: expected check, consolidate, rules, template or help, e\.g\. disclosure-check check report\.xlsx\./,
  ],
  [
    'unknown command: every command listed',
    ['frob'],
    /未知命令“frob”：应为 check、consolidate、rules、template 或 help。\n运行 disclosure-check --help 查看用法。/,
    /Unknown command "frob": expected check, consolidate, rules, template or help\.\nRun disclosure-check --help for usage\./,
  ],
  [
    'a misspelt command',
    ['chekc', FIXTURE],
    /未知命令“chekc”.*是否想用 check？/,
    /Unknown command "chekc".*Did you mean check\?/,
  ],
  [
    'a file where the command should be',
    ['年报.xlsx'],
    /未知命令“年报\.xlsx”：.*要检查这个文件，请用 disclosure-check check 年报\.xlsx。/,
    /Unknown command "年报\.xlsx": .* To check this file: disclosure-check check 年报\.xlsx\./,
  ],
  [
    '--jobs 0: the range',
    ['check', FIXTURE, '--jobs', '0'],
    /--jobs 的值“0”无效：应为 1 到 64 之间的整数/,
    /Invalid --jobs "0": expected a whole number from 1 to 64/,
  ],
  [
    '--jobs above the limit',
    ['check', FIXTURE, '-j', '100'],
    /--jobs 的值“100”无效：应为 1 到 64 之间的整数/,
    /from 1 to 64/,
  ],
  [
    'a negative --max-warnings (not taken for an option)',
    ['check', FIXTURE, '--max-warnings', '-1'],
    /--max-warnings 的值“-1”无效：应为 0 到 999999999 之间的整数/,
    /Invalid --max-warnings "-1": expected a whole number from 0 to 999999999/,
  ],
  [
    'a decimal --max-cells',
    ['check', FIXTURE, '--max-cells', '1.5'],
    /--max-cells 的值“1\.5”无效：应为 1 到 999999999 之间的整数（不带小数点和单位）/,
    /no decimal point or unit/,
  ],
  [
    'a size in an unknown unit',
    ['check', FIXTURE, '--max-file-size', '5TB'],
    /--max-file-size 的值“5TB”无效：应为大小，例如 50MB、800KB、1\.5GB 或 4096B（单位不分大小写，1 KB = 1024 B；只写数字时按 MB 计）/,
    /Invalid --max-file-size "5TB": expected a size such as 50MB.*\(any case, 1 KB = 1024 B; a bare number is MB\)/,
  ],
  [
    'rules takes no file',
    ['rules', 'a.xlsx'],
    /rules 不需要文件名，多余的参数：a\.xlsx。检查文件请用 disclosure-check check a\.xlsx。/,
    /rules takes no file; extra arguments: a\.xlsx\. To check files: disclosure-check check a\.xlsx\./,
  ],
  [
    'template writes one file',
    ['template', 'a.xlsx', 'b.xlsx'],
    /template 只写一个文件，多余的参数：b\.xlsx。/,
    /template writes one file; extra arguments: b\.xlsx\./,
  ],
  [
    'a misspelt rule',
    ['check', FIXTURE, '--rule', 'cell/blnk'],
    /没有规则“cell\/blnk”：是否想用 cell\/blank？运行 disclosure-check rules 查看全部规则。/,
    /No rule "cell\/blnk": did you mean cell\/blank\? run disclosure-check rules for the list\./,
  ],
];

describe.each([
  ['zh-CN', [] as string[], 2],
  ['en', ['--locale', 'en'], 3],
] as const)('%s', (_locale, prefix, column) => {
  test.each(CASES)('%s', async (...row) => {
    const [, argv] = row;
    const r = await run([...prefix, ...argv]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(row[column]);
    // Node's own English never comes through.
    expect(r.stderr).not.toMatch(/To specify a positional argument|argument missing|ERR_PARSE_ARGS/);
  });
});

test('consolidate is found after options too, not taken for an unknown command', async () => {
  const r = await run(['--locale', 'en', 'consolidate', '--help']);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/consolidate/);
  expect(r.stderr).toBe('');
});

describe('the help named is the command that works the way the program was started', () => {
  test.each<[string, Launch, string]>([
    ['npm run check', { via: 'npm-check', script: 'bin/disclosure-check.js' }, 'npm run check -- --help'],
    [
      'node and the script',
      { via: 'node', script: 'bin/disclosure-check.js' },
      'node bin/disclosure-check.js check --help',
    ],
    ['npx', { via: 'npx' }, 'npx disclosure-check check --help'],
  ])('%s', async (_name, launch, help) => {
    const r = await run(['check', '--bogus'], launch);
    expect(r.stderr).toContain(`可用的选项见 ${help}。`);
  });
});

test('--help from a checkout says how to type the command of its examples', async () => {
  const npm = await run(['check', '--help'], { via: 'npm-check', script: 'bin/disclosure-check.js' });
  expect(npm.stdout.split('\n')[0]).toBe(
    '（下文的 disclosure-check 在这里写作 node bin/disclosure-check.js；检查文件也可用 npm run check -- 文件）',
  );
  const npx = await run(['--help', '-l', 'en'], { via: 'npx' });
  expect(npx.stdout.split('\n')[0]).toBe('(Here, type npx disclosure-check for disclosure-check below.)');
  const installed = await run(['--help']);
  expect(installed.stdout).toMatch(/^政府信息公开年报校验助手/);
});
