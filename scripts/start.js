#!/usr/bin/env node
/**
 * `npm start [-- desktop | web --document URL]`: sideloads the add-in with office-addin-debugging on
 * Windows and Mac (it starts the dev server too; `--app word` for Word). Elsewhere Office desktop does not exist and
 * office-addin-debugging only half works (it printed "Platform not supported", exited 0 and left a
 * dev server running), so this says what to do instead, starts nothing and exits 1.
 */
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const SUPPORTED = ['win32', 'darwin'];

/** What to do on a platform without Office desktop, Chinese then English, one step per line. */
function webInstructions(platform) {
  return [
    `npm start 只能在 Windows 和 Mac 上旁加载到 Excel、Word 桌面版；本机是 ${platform}。请改用网页版：`,
    '  1. npm run dev-server   （启动 https://localhost:3000；首次运行会在 ~/.office-addin-dev-certs 生成证书，并说明如何让浏览器信任它）',
    '  2. 在浏览器中打开 OneDrive 或 SharePoint 上的工作簿（Excel 网页版）或文档（Word 网页版）',
    '  3. 开始 → 加载项 → 更多设置（旧版为“更多加载项”）→ 上传我的加载项，选择本目录下的 manifest.xml',
    '  4. 结束时运行 npm stop（或在第 1 步的终端按 Ctrl-C）',
    `npm start sideloads into Excel or Word desktop on Windows and Mac only; this machine is ${platform}. Use Office on the web:`,
    '  1. npm run dev-server   (serves https://localhost:3000; the first run makes certificates in ~/.office-addin-dev-certs and says how to trust them)',
    '  2. open a workbook (Excel on the web) or a document (Word on the web) in OneDrive or SharePoint in the browser',
    '  3. Home → Add-ins → More Settings (older versions: More Add-ins) → Upload My Add-in, and choose manifest.xml in this folder',
    '  4. when done, npm stop (or Ctrl-C in the terminal of step 1)',
  ];
}

function main(platform = process.platform) {
  if (!SUPPORTED.includes(platform)) {
    for (const line of webInstructions(platform)) console.error(line);
    return 1;
  }
  const bin = path.join(ROOT, 'node_modules', 'office-addin-debugging', 'cli.js');
  const args = [bin, 'start', path.join(ROOT, 'manifest.xml'), ...process.argv.slice(2)];
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: ROOT });
  return result.status ?? 1;
}

if (require.main === module) process.exit(main());

module.exports = { webInstructions, main };
