#!/usr/bin/env node
/**
 * `npm run dev-server [-- --http] [-- --port N]`: serves the task pane, its commands page and the
 * browser page from memory while webpack rebuilds them on every change.
 *
 * - HTTPS by default, with certificates made without root (scripts/dev-certs.js). On Windows and Mac
 *   it first lets office-addin-dev-certs install its CA into the system, as Microsoft's tooling does
 *   (a prompt), and serves anyway with the files when that fails.
 * - `--http`: plain HTTP on localhost, for trying the pane and the page in a browser without any
 *   certificate (Office itself loads add-ins only over HTTPS).
 * - One process, and it ends with whatever started it: Ctrl-C, `npm stop`, SIGTERM, or the death of
 *   the npm process that ran it (npm runs scripts through a shell that does not pass signals on, so
 *   killing npm alone used to leave the port served).
 */
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const DEFAULT_PORT = 3000;
/** How often the server looks whether the process that started it is still there. */
const PARENT_POLL_MS = 1000;

/** Where a running server leaves its process id, so `npm stop` finds it (one file per port). */
function pidFileOf(port) {
  return path.join(os.tmpdir(), `disclosure-check-dev-server-${port}.json`);
}

function say(zh, en) {
  console.log(`${zh}\n${en}`);
}

function fail(zh, en, code = 1) {
  console.error(`${zh}\n${en}`);
  process.exit(code);
}

/** `--http`, `--port N` / `--port=N`; the port defaults to package.json's config.dev_server_port. */
function parseOptions(argv, env = process.env) {
  const options = { http: false, port: Number(env.npm_package_config_dev_server_port) || DEFAULT_PORT };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--http') options.http = true;
    else if (arg === '--port' || arg.startsWith('--port=')) {
      const value = arg === '--port' ? argv[++i] : arg.slice('--port='.length);
      const port = Number(value);
      if (!Number.isInteger(port) || port < 1 || port > 65535)
        return {
          error: [
            `--port 的值“${value ?? ''}”无效：应为 1 到 65535 的整数。`,
            `--port "${value ?? ''}" is not a port number (1 to 65535).`,
          ],
        };
      options.port = port;
    } else
      return {
        error: [
          `未知选项“${arg}”。可用：--http（不用证书，明文 HTTP）、--port 端口号。`,
          `Unknown option "${arg}". Use --http (plain HTTP, no certificate) or --port N.`,
        ],
      };
  }
  return { options };
}

/**
 * The processes whose end should end the server: the parent, and on Linux and Mac also the
 * grandparent, since `npm run` starts scripts through `sh -c`, which outlives a killed npm.
 */
function watchedAncestors() {
  const parent = process.ppid;
  const pids = [parent];
  const grandparent = parentOf(parent);
  if (grandparent && grandparent > 1) pids.push(grandparent);
  return pids;
}

function parentOf(pid) {
  try {
    // /proc/PID/stat: "pid (comm) state ppid …"; comm may hold spaces and parentheses.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    if (process.platform === 'win32') return null;
    try {
      return Number(execFileSync('ps', ['-o', 'ppid=', '-p', String(pid)], { encoding: 'utf8' }).trim());
    } catch {
      return null;
    }
  }
}

/** Whether localhost:port can be listened on now (the way the server will listen). */
function canListen(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, 'localhost', () => probe.close(() => resolve(true)));
  });
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** HTTPS options: Microsoft's installed CA where that works, else files made here (no root). */
async function httpsOptions() {
  const { ensureDevCertificates, trustAdvice } = require('./dev-certs');
  if (process.platform === 'win32' || process.platform === 'darwin') {
    try {
      const { getHttpsServerOptions } = require('office-addin-dev-certs');
      return await getHttpsServerOptions();
    } catch (error) {
      say(
        `未能把开发证书安装到系统（${firstLine(error)}）；仍用本机证书文件提供 HTTPS。`,
        `Could not install the development CA into the system (${firstLine(error)}); serving HTTPS with the certificate files anyway.`,
      );
    }
  }
  const certs = await ensureDevCertificates();
  say(
    `HTTPS 证书：${certs.paths.folder}${certs.created ? '（刚生成，有效期 30 天）' : ''}；未安装到系统，也不需要 root。`,
    `HTTPS certificates: ${certs.paths.folder}${certs.created ? ' (just made, valid 30 days)' : ''}; not installed into the system, no root needed.`,
  );
  for (const line of trustAdvice(certs.paths)) console.log(line);
  return { ca: certs.ca, cert: certs.cert, key: certs.key };
}

function firstLine(error) {
  return String((error && error.message) || error).split('\n')[0];
}

async function main() {
  const parsed = parseOptions(process.argv.slice(2));
  if (parsed.error) fail(parsed.error[0], parsed.error[1], 2);
  const { http, port } = parsed.options;

  // Checked before compiling: webpack-dev-server reports a busy port as an uncaught exception.
  if (!(await canListen(port)))
    fail(
      `端口 ${port} 已被占用：可能另一个开发服务器还在运行（npm stop 结束它），或用 --port 换一个端口。`,
      `Port ${port} is in use: another dev server may still be running (npm stop ends it), or choose another with --port.`,
    );

  const webpack = require('webpack');
  const WebpackDevServer = require('webpack-dev-server');
  const configs = require(path.join(ROOT, 'webpack.config.js'))(
    { WEBPACK_SERVE: true },
    { mode: 'development' },
  );
  const compiler = webpack(configs);

  const server = new WebpackDevServer(
    {
      host: 'localhost',
      port,
      server: http ? 'http' : { type: 'https', options: await httpsOptions() },
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      // Signals are handled below, so the pid file goes and the port is closed before exiting.
      setupExitSignals: false,
    },
    compiler,
  );

  let stopping = false;
  const pidFile = pidFileOf(port);
  const stop = async (why) => {
    if (stopping) return;
    stopping = true;
    if (why) console.log(why);
    try {
      await server.stop();
    } finally {
      fs.rmSync(pidFile, { force: true });
      process.exit(0);
    }
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop());

  await server.start();

  const origin = `${http ? 'http' : 'https'}://localhost:${port}`;
  fs.writeFileSync(pidFile, JSON.stringify({ pid: process.pid, port, origin }));
  say(
    `开发服务器已启动：任务窗格 ${origin}/taskpane.html，审核台 ${origin}/web.html。按 Ctrl-C 或运行 npm stop 结束。`,
    `Dev server running: task pane ${origin}/taskpane.html, browser page ${origin}/web.html. Ctrl-C or npm stop ends it.`,
  );
  if (http)
    say(
      '明文 HTTP 只用于在浏览器中试用页面；Office 只通过 HTTPS 加载加载项，旁加载请不带 --http 运行。',
      'Plain HTTP is for trying the pages in a browser; Office loads add-ins over HTTPS only, so sideload without --http.',
    );

  // Under `npm start`, office-addin-debugging starts this server detached and exits: it must stay.
  if (process.env.npm_lifecycle_event === 'start') return;
  const ancestors = watchedAncestors();
  setInterval(() => {
    if (ancestors.some((pid) => !isAlive(pid)))
      stop(
        '启动开发服务器的进程已结束，服务器随之停止。 / The process that started the dev server ended; stopping.',
      );
  }, PARENT_POLL_MS).unref();
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error && error.stack ? error.stack : String(error));
    process.exit(1);
  });
}

module.exports = { parseOptions, pidFileOf, parentOf, isAlive, DEFAULT_PORT };
