#!/usr/bin/env node
/**
 * `npm stop`: ends the dev server this checkout started (found through its pid file, see
 * scripts/dev-server.js) and waits until its port is free; on Windows and Mac also removes the
 * add-in sideloaded by `npm start` (office-addin-debugging stop).
 */
const fs = require('fs');
const net = require('net');
const path = require('path');
const { spawnSync } = require('child_process');
const { isAlive, pidFileOf, DEFAULT_PORT } = require('./dev-server');

const ROOT = path.resolve(__dirname, '..');
const WAIT_MS = 10000;

/** Resolves true when nothing listens on localhost:port (a fresh connection is refused). */
function portIsFree(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: 'localhost', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

async function stopServer(port) {
  const pidFile = pidFileOf(port);
  let record;
  try {
    record = JSON.parse(fs.readFileSync(pidFile, 'utf8'));
  } catch {
    return { stopped: false };
  }
  if (!isAlive(record.pid)) {
    fs.rmSync(pidFile, { force: true });
    return { stopped: false };
  }
  process.kill(record.pid, 'SIGTERM');
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    if (!isAlive(record.pid) && (await portIsFree(port))) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (isAlive(record.pid)) process.kill(record.pid, 'SIGKILL');
  fs.rmSync(pidFile, { force: true });
  return { stopped: true, pid: record.pid };
}

function portOption(argv, env = process.env) {
  const i = argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
  const value =
    i < 0
      ? env.npm_package_config_dev_server_port
      : argv[i].includes('=')
        ? argv[i].split('=')[1]
        : argv[i + 1];
  return Number(value) || DEFAULT_PORT;
}

async function main() {
  const port = portOption(process.argv.slice(2));
  const result = await stopServer(port);
  if (result.stopped)
    console.log(
      `已结束开发服务器（进程 ${result.pid}，端口 ${port}）。\nStopped the dev server (process ${result.pid}, port ${port}).`,
    );
  else
    console.log(
      `端口 ${port} 上没有本项目的开发服务器在运行。\nNo dev server of this project is running on port ${port}.`,
    );
  if (!(await portIsFree(port)))
    console.log(
      `注意：端口 ${port} 仍被其他程序占用。\nNote: another program still listens on port ${port}.`,
    );
  if (process.platform === 'win32' || process.platform === 'darwin') {
    const bin = path.join(ROOT, 'node_modules', 'office-addin-debugging', 'cli.js');
    spawnSync(process.execPath, [bin, 'stop', path.join(ROOT, 'manifest.xml')], {
      stdio: 'inherit',
      cwd: ROOT,
    });
  }
}

if (require.main === module) main();

module.exports = { stopServer, portIsFree, portOption };
