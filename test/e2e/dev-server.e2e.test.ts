/**
 * `npm run dev-server` as a new developer without root meets it: a fresh HOME (no certificates yet),
 * a PATH whose `sudo` only records that it was called, the real npm and webpack. The pane is fetched
 * over HTTPS trusting only the CA the script made, then `npm stop` must free the port; and with
 * --http, killing the npm process outright (as a closed terminal or a CI timeout does) must too.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { get as httpGet } from 'node:http';
import { get as httpsGet } from 'node:https';
import { connect, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const NPM = spawnSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).stdout.trim();

let home: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'dev-server-home-'));
  const bin = join(home, 'bin');
  mkdirSync(bin);
  symlinkSync(process.execPath, join(bin, 'node'));
  symlinkSync(NPM, join(bin, 'npm'));
  // A sudo that fails like a missing one, and leaves a mark if anything tried it.
  writeFileSync(join(bin, 'sudo'), `#!/bin/sh\ntouch "${join(home, 'sudo-was-called')}"\nexit 1\n`);
  chmodSync(join(bin, 'sudo'), 0o755);
  env = {
    HOME: home,
    PATH: `${bin}:/usr/bin:/bin`
      .split(':')
      .filter((d) => d === bin || !existsSync(join(d, 'sudo')))
      .join(':'),
    LANG: 'C.UTF-8',
    // npm's own cache and logs stay in the fresh home.
    npm_config_cache: join(home, '.npm'),
  };
});

afterAll(() => rmSync(home, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: 'localhost', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

async function waitFor(condition: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return condition();
}

/** `npm run dev-server -- ARGS`, resolved once it says it is running; its output kept. */
function startDevServer(args: string[]): Promise<{ npm: ChildProcess; output: () => string }> {
  const npm = spawn('npm', ['run', 'dev-server', '--', ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  npm.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  npm.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve, reject) => {
    const check = setInterval(() => {
      if (output.includes('Dev server running')) {
        clearInterval(check);
        resolve({ npm, output: () => output });
      }
    }, 100);
    npm.once('exit', (code) => {
      clearInterval(check);
      reject(new Error(`dev server exited with ${code}:\n${output}`));
    });
  });
}

/** GET a page; the dev middleware holds the answer until webpack's first build is done. */
function fetchPage(url: string, ca?: Buffer): Promise<{ status: number; body: string }> {
  const get = url.startsWith('https:') ? httpsGet : httpGet;
  return new Promise((resolve, reject) => {
    get(url, ca ? { ca } : {}, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

test('HTTPS without root: certificates made in HOME, the pane served and trusted, npm stop frees the port', async () => {
  const port = await freePort();
  const { npm, output } = await startDevServer(['--port', String(port)]);
  const exited = new Promise<number | null>((resolve) => npm.once('exit', resolve));
  try {
    const ca = readFileSync(join(home, '.office-addin-dev-certs', 'ca.crt'));
    const pane = await fetchPage(`https://localhost:${port}/taskpane.html`, ca);
    expect(pane.status).toBe(200);
    expect(pane.body).toMatch(/<script[^>]+taskpane\.js/);
    expect((await fetchPage(`https://localhost:${port}/web.html`, ca)).status).toBe(200);
    // Trust comes from that CA only: without it the handshake fails.
    await expect(fetchPage(`https://localhost:${port}/taskpane.html`)).rejects.toThrow(
      /self[- ]signed|certificate/i,
    );
    expect(output()).toContain('certutil -d sql:$HOME/.pki/nssdb');
    expect(existsSync(join(home, 'sudo-was-called'))).toBe(false);

    const stop = spawnSync('npm', ['stop', '--', '--port', String(port)], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      timeout: 30000,
    });
    expect(stop.status).toBe(0);
    expect(stop.stdout).toContain(`Stopped the dev server (process`);
    expect(await portIsFree(port)).toBe(true);
    expect(await exited).toBe(0);
  } finally {
    npm.kill('SIGKILL');
  }
});

test('--http serves plain HTTP, and killing npm outright ends the server and frees the port', async () => {
  const port = await freePort();
  const { npm } = await startDevServer(['--http', '--port', String(port)]);
  const pane = await fetchPage(`http://localhost:${port}/taskpane.html`);
  expect(pane.status).toBe(200);
  npm.kill('SIGKILL');
  expect(await waitFor(() => portIsFree(port), 10000)).toBe(true);
});

test('a second server on a busy port says so and exits 1, without a stack trace', async () => {
  const busy = createServer().listen(0, 'localhost');
  await new Promise((r) => busy.once('listening', r));
  const { port } = busy.address() as AddressInfo;
  try {
    const run = spawnSync(
      process.execPath,
      [join(ROOT, 'scripts', 'dev-server.js'), '--http', '--port', String(port)],
      {
        cwd: ROOT,
        env,
        encoding: 'utf8',
        timeout: 120000,
      },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`端口 ${port} 已被占用`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  } finally {
    busy.close();
  }
});
