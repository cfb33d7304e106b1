/**
 * The dev server's HTTPS certificates, without root.
 *
 * office-addin-dev-certs' getHttpsServerOptions() always installs its CA into the system trust store,
 * which on Linux runs `sudo` (and fails in containers and for users without root). Serving needs only
 * the files: this module keeps a CA and a localhost certificate in the same folder that tool uses
 * (~/.office-addin-dev-certs, so `npx office-addin-dev-certs install` trusts the very same CA later),
 * makes them when missing or expired, and leaves trusting them to the developer (see trustAdvice).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { X509Certificate, createPrivateKey } = require('crypto');

const FOLDER_NAME = '.office-addin-dev-certs';
/** Renew a day early: a certificate expiring mid-session breaks the pane without a clear cause. */
const RENEW_BEFORE_MS = 24 * 60 * 60 * 1000;
/** As office-addin-dev-certs makes them: short-lived, since the CA is trusted for every site. */
const VALID_DAYS = 30;
const DOMAINS = ['127.0.0.1', 'localhost'];

/** Where the three files live, under a home folder (the user's, or a test's). */
function certPaths(home = os.homedir()) {
  const folder = path.join(home, FOLDER_NAME);
  return {
    folder,
    ca: path.join(folder, 'ca.crt'),
    cert: path.join(folder, 'localhost.crt'),
    key: path.join(folder, 'localhost.key'),
  };
}

/**
 * Why the files on disk cannot serve localhost now (null when they can): missing, unreadable,
 * expired or expiring within a day, not issued by the CA beside it, not for localhost, or a key
 * that does not belong to the certificate.
 */
function certificateProblem(paths, now = Date.now()) {
  let ca, cert, key;
  try {
    ca = new X509Certificate(fs.readFileSync(paths.ca));
    cert = new X509Certificate(fs.readFileSync(paths.cert));
    key = createPrivateKey(fs.readFileSync(paths.key));
  } catch (error) {
    return error && error.code === 'ENOENT' ? 'missing' : 'unreadable';
  }
  for (const c of [ca, cert]) {
    if (Date.parse(c.validFrom) > now || Date.parse(c.validTo) - RENEW_BEFORE_MS < now) return 'expired';
  }
  if (!cert.checkIssued(ca) || !cert.verify(ca.publicKey)) return 'not-from-ca';
  if (!cert.checkHost('localhost')) return 'wrong-host';
  if (!cert.checkPrivateKey(key)) return 'wrong-key';
  return null;
}

/**
 * Makes a new CA and localhost certificate in place of whatever is there. Written to a scratch
 * folder first and moved in, so an interrupted run never leaves a CA without its certificate.
 */
async function generateInto(paths) {
  const { generateCertificates } = require('office-addin-dev-certs');
  fs.mkdirSync(paths.folder, { recursive: true });
  const scratch = fs.mkdtempSync(path.join(paths.folder, 'new-'));
  try {
    const made = {
      ca: path.join(scratch, 'ca.crt'),
      cert: path.join(scratch, 'localhost.crt'),
      key: path.join(scratch, 'localhost.key'),
    };
    // It prints "The developer certificates have been generated." itself; we say where they are instead.
    const log = console.log;
    console.log = () => {};
    try {
      await generateCertificates(made.ca, made.cert, made.key, VALID_DAYS, DOMAINS);
    } finally {
      console.log = log;
    }
    for (const name of ['ca', 'cert', 'key']) fs.renameSync(made[name], paths[name]);
    fs.chmodSync(paths.key, 0o600);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * The certificate files for the dev server, made when needed; never touches the system trust store.
 * Returns the PEM contents and whether they were just made (the CA is then new and untrusted).
 */
async function ensureDevCertificates(home = os.homedir(), now = Date.now()) {
  const paths = certPaths(home);
  const problem = certificateProblem(paths, now);
  if (problem) await generateInto(paths);
  return {
    paths,
    created: problem !== null,
    ca: fs.readFileSync(paths.ca),
    cert: fs.readFileSync(paths.cert),
    key: fs.readFileSync(paths.key),
  };
}

/** How to trust the CA on this platform, one step per line, Chinese then English. */
function trustAdvice(paths, platform = process.platform) {
  const ca = paths.ca;
  const lines = [];
  if (platform === 'linux') {
    lines.push(
      `浏览器信任开发证书（无需 root）：Chrome/Chromium 运行 certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Office Add-in Dev CA" -i "${ca}"（certutil 在 libnss3-tools 包中），然后重启浏览器；Firefox 在“设置 → 隐私与安全 → 证书 → 查看证书 → 证书颁发机构 → 导入”中导入该文件。`,
      `Trust the development CA in your browser (no root needed): for Chrome/Chromium run the certutil line above (package libnss3-tools) and restart the browser; in Firefox import ${ca} under Settings → Privacy & Security → Certificates → View Certificates → Authorities.`,
    );
  } else {
    lines.push(
      `Excel 桌面版要求系统信任开发证书：运行 npx office-addin-dev-certs install（会请求管理员权限），或在浏览器中导入 ${ca}。`,
      `Excel desktop needs the development CA trusted by the system: run npx office-addin-dev-certs install (asks for administrator rights), or import ${ca} into your browser for Excel on the web.`,
    );
  }
  return lines;
}

module.exports = { certPaths, certificateProblem, ensureDevCertificates, trustAdvice, VALID_DAYS };
