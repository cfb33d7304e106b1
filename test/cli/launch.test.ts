import { join } from 'node:path';
import { commandLine, detectLaunch, type Launch } from '../../src/cli/launch';

const ROOT = join('/', 'home', 'me', 'checker');
const SCRIPT = join(ROOT, 'bin', 'disclosure-check.js');

describe('detectLaunch', () => {
  test.each<[string, NodeJS.ProcessEnv, string | undefined, string, Launch]>([
    [
      'npm run check',
      { npm_lifecycle_event: 'check' },
      SCRIPT,
      ROOT,
      { via: 'npm-check', script: 'bin/disclosure-check.js' },
    ],
    [
      'npx',
      { npm_command: 'exec' },
      join(ROOT, 'node_modules', '.bin', 'disclosure-check'),
      ROOT,
      { via: 'npx' },
    ],
    ['the command on PATH', {}, join('/', 'usr', 'local', 'bin', 'disclosure-check'), ROOT, { via: 'bin' }],
    [
      'a global install run through its script',
      {},
      join('/', 'usr', 'lib', 'node_modules', 'x', 'bin', 'disclosure-check.js'),
      ROOT,
      { via: 'bin' },
    ],
    [
      'node and the script, from the checkout',
      {},
      SCRIPT,
      ROOT,
      { via: 'node', script: 'bin/disclosure-check.js' },
    ],
    ['node and the script, from elsewhere', {}, SCRIPT, join('/', 'tmp'), { via: 'node', script: SCRIPT }],
    ['unknown', {}, undefined, ROOT, { via: 'bin' }],
  ])('%s', (_name, env, script, cwd, launch) => {
    expect(detectLaunch(env, script, cwd)).toEqual(launch);
  });

  test('a path with spaces is quoted', () => {
    const spaced = join('/', 'my files', 'bin', 'disclosure-check.js');
    expect(detectLaunch({}, spaced, join('/', 'tmp'))).toEqual({ via: 'node', script: `"${spaced}"` });
  });
});

describe('commandLine', () => {
  const npm: Launch = { via: 'npm-check', script: 'bin/disclosure-check.js' };
  test.each<[Launch, string, string]>([
    [npm, 'check 文件', 'npm run check -- 文件'],
    [npm, 'check', 'npm run check'],
    [npm, '--help', 'npm run check -- --help'],
    [npm, 'check --help', 'npm run check -- --help'],
    [npm, 'rules', 'node bin/disclosure-check.js rules'],
    [{ via: 'bin' }, 'check 文件', 'disclosure-check check 文件'],
    [{ via: 'npx' }, 'rules', 'npx disclosure-check rules'],
    [
      { via: 'node', script: 'bin/disclosure-check.js' },
      'check 文件',
      'node bin/disclosure-check.js check 文件',
    ],
  ])('%j %s', (launch, args, line) => {
    expect(commandLine(launch, args)).toBe(line);
  });
});
