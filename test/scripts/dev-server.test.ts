import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PORT, parentOf, parseOptions, pidFileOf } from '../../scripts/dev-server';
import { webInstructions } from '../../scripts/start';

const ROOT = join(__dirname, '..', '..');

describe('dev-server options', () => {
  test.each([
    [[], {}, { http: false, port: DEFAULT_PORT }],
    [[], { npm_package_config_dev_server_port: '3210' }, { http: false, port: 3210 }],
    [['--http'], {}, { http: true, port: DEFAULT_PORT }],
    [['--port', '8443'], {}, { http: false, port: 8443 }],
    [['--http', '--port=8080'], { npm_package_config_dev_server_port: '3210' }, { http: true, port: 8080 }],
  ])('%p with %p → %p', (argv, env, options) => {
    expect(parseOptions(argv, env)).toEqual({ options });
  });

  test.each([
    [['--port', '0'], /--port 的值“0”无效/, /1 to 65535/],
    [['--port', '70000'], /--port 的值“70000”无效/, /1 to 65535/],
    [['--port'], /--port 的值“”无效/, /not a port number/],
    [['--https'], /未知选项“--https”/, /Unknown option "--https"/],
  ])('%p is refused in both languages', (argv, zh, en) => {
    const parsed = parseOptions(argv, {});
    expect(parsed.error?.[0]).toMatch(zh);
    expect(parsed.error?.[1]).toMatch(en);
  });

  test('a bad option ends the script with exit code 2 and no stack trace', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'dev-server.js'), '--bogus'], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/未知选项“--bogus”/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  test('one pid file per port', () => {
    expect(pidFileOf(3000)).not.toBe(pidFileOf(3001));
  });

  const linuxOnly = process.platform === 'linux' ? test : test.skip;
  linuxOnly('parentOf reads the parent of a real process', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 5000)']);
    try {
      expect(parentOf(child.pid as number)).toBe(process.pid);
    } finally {
      child.kill();
    }
  });
});

describe('npm start where Excel desktop does not exist', () => {
  const linuxOnly = process.platform === 'linux' ? test : test.skip;
  linuxOnly('says to use Excel on the web, exits 1 and leaves nothing running', () => {
    const port = 39217;
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'start.js')], {
      encoding: 'utf8',
      env: { ...process.env, npm_package_config_dev_server_port: String(port) },
      timeout: 20000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('npm run dev-server');
    expect(run.stderr).toContain('manifest.xml');
    expect(run.stderr).toMatch(/Excel 网页版/);
    expect(run.stderr).toMatch(/Word 网页版/);
    expect(run.stderr).toContain('More Settings');
    expect(existsSync(pidFileOf(port))).toBe(false);
  });

  test('the steps come in both languages, the same number of each', () => {
    const lines = webInstructions('linux');
    const zh = lines.filter((l) => /[\u4e00-\u9fff]/.test(l));
    expect(zh.length * 2).toBe(lines.length);
    expect(lines[0]).toContain('linux');
  });
});
