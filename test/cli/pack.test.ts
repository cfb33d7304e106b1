/**
 * Packaging (slow, ~15 s): `npm pack` (which runs `prepare`, building lib/), a global install of the
 * tarball into a temporary prefix, then the installed `disclosure-check` and `npm run check` in the
 * checkout. Dependencies come from the npm cache where present (--prefer-offline).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JsonOutput } from '../../src/report/present-json';
import { FIXTURE } from './helpers';

jest.setTimeout(180_000);

const ROOT = join(__dirname, '../..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

interface PackEntry {
  filename: string;
  files: { path: string }[];
}

function sh(cmd: string, args: string[], cwd = ROOT): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
}

function ok(r: SpawnSyncReturns<string>): string {
  if (r.status !== 0) throw new Error(`exit ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

let tmp: string;
let pack: PackEntry;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'disclosure-pack-'));
  const out = ok(sh(NPM, ['pack', '--pack-destination', tmp, '--json']));
  // Lifecycle banners of `prepare` may precede the JSON array on stdout.
  pack = (JSON.parse(out.slice(out.search(/^\[/m))) as PackEntry[])[0];
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test('the tarball ships bin/, lib/, the sample workbook, README.md and package.json only, with the CLI built', () => {
  const paths = pack.files.map((f) => f.path);
  for (const p of paths)
    expect(p).toMatch(/^(bin\/|lib\/|examples\/sample-2021\.xlsx$|README\.md$|package\.json$)/);
  expect(paths).toEqual(
    expect.arrayContaining([
      'bin/disclosure-check.js',
      'lib/cli/main.js',
      'lib/batch/worker.js',
      'lib/xlsx/read.js',
      'lib/check.js',
      'examples/sample-2021.xlsx',
    ]),
  );
  expect(paths.some((p) => p.startsWith('lib/taskpane') || p.startsWith('lib/office'))).toBe(false);
});

test('React and Fluent UI are not runtime dependencies', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const runtime = Object.keys(pkg.dependencies ?? {});
  expect(runtime.filter((d) => /react|fluentui|office/i.test(d))).toEqual([]);
});

test('npm run check -- FILE works in the checkout', () => {
  const r = sh(NPM, ['run', '--silent', 'check', '--', FIXTURE]);
  expect(r.stderr.replace(/^npm warn .*\n/gm, '')).toBe('');
  expect(r.stdout).toMatch(/^✔ /m);
  expect(r.status).toBe(0);
});

test('after npm install -g of the tarball, disclosure-check runs from the prefix', () => {
  const prefix = join(tmp, 'prefix');
  ok(
    sh(NPM, [
      'install',
      '--global',
      '--prefix',
      prefix,
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      join(tmp, pack.filename),
    ]),
  );
  const bin =
    process.platform === 'win32'
      ? join(prefix, 'disclosure-check.cmd')
      : join(prefix, 'bin', 'disclosure-check');
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  expect(ok(sh(bin, ['--version'], tmp))).toBe(`${pkg.version}\n`);

  const r = sh(bin, ['check', FIXTURE, '--format', 'json'], tmp);
  expect(r.status).toBe(0);
  const out = JSON.parse(r.stdout) as JsonOutput;
  expect(out.files[0].tables.map((t) => `${t.table}:${t.edition}`)).toEqual([
    'proactive:2021',
    'applications:2021',
    'reviews:2021',
  ]);
  expect(out.summary.errors).toBe(0);
});

test('the installed CLI runs its worker threads, and `check` alone checks the bundled sample', () => {
  const prefix = join(tmp, 'prefix');
  const bin =
    process.platform === 'win32'
      ? join(prefix, 'disclosure-check.cmd')
      : join(prefix, 'bin', 'disclosure-check');
  const r = sh(bin, ['check', '--locale', 'en'], tmp);
  expect(r.status).toBe(1); // the sample holds mistakes on purpose
  expect(r.stdout).toContain('applications/suspect-cell');
  const copy = /^ {2}(.+\.checked\.xlsx)$/m.exec(r.stdout)?.[1];
  expect(copy && existsSync(copy)).toBe(true);
  expect(r.stderr).toContain('bundled sample workbook');
});

test('npm run check with no arguments checks the sample and says where its annotated copy is', () => {
  const r = sh(NPM, ['run', '--silent', 'check']);
  expect(r.status).toBe(1);
  expect(r.stdout).toMatch(/已写入 1 个标注副本到 .+：\n {2}.+sample-2021\.checked\.xlsx/);
  expect(r.stderr).toContain('示例工作簿');
});
