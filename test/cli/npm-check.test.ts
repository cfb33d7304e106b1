import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/**
 * `npm run check -- FILE` as a user types it: npm runs the script from the package folder, but the
 * file name is relative to the folder the user is in.
 */
test('npm run check -- FILE from a sub-folder reads FILE from that folder', () => {
  const run = spawnSync('npm', ['run', '--silent', 'check', '--', 'zhengzhou-zwfwb-2021.txt'], {
    cwd: join(ROOT, 'test', 'fixtures'),
    encoding: 'utf8',
    timeout: 60000,
  });
  expect(run.stderr).not.toContain('文件不存在');
  expect(run.stdout).toContain('zhengzhou-zwfwb-2021.txt:第 11 行，第 1 列');
  expect(run.status).toBe(0);
});
