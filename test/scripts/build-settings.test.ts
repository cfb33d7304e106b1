import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** The build as `npm run build` runs it, stopped at its settings (no bundling happens before them). */
function build(env: Record<string, string>) {
  return spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'), '--mode', 'production'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ...env },
      timeout: 60000,
    },
  );
}

describe('a build setting that cannot be used', () => {
  test.each([
    [{ OFFICE_JS: 'chna' }, /OFFICE_JS="chna" 不可用/, /OFFICE_JS="chna" is not usable/],
    [{ ADDIN_URL: 'http://addin.example.gov.cn' }, /必须以 https:\/\/ 开头/, /must use https:\/\//],
  ])('%p: its message in both languages, exit 2, no stack trace, nothing built', (env, zh, en) => {
    const run = build(env);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(zh);
    expect(run.stderr).toMatch(en);
    expect(run.stderr + run.stdout).not.toMatch(/\n\s+at /);
  });
});
