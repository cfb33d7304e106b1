/**
 * Build settings of the add-in shell, as pure functions so webpack.config.js and the tests share them.
 *
 * - OFFICE_JS: where the task pane loads Office.js from (it is never bundled).
 * - ADDIN_URL: where the built add-in is hosted; the production manifest points there.
 */

const { URL } = require('url');

/** The origin every URL in the source manifest.xml uses (the dev server). */
const DEV_ORIGIN = 'https://localhost:3000';

/** Named Office.js locations. */
const OFFICE_JS_PRESETS = {
  // Microsoft's worldwide CDN.
  global: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
  // Microsoft 365 operated by 21Vianet (China); Microsoft's docs ask add-ins for that cloud to use it.
  china: 'https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js',
};

/**
 * A build setting (environment variable) that cannot be used: the build prints its message, in
 * Chinese then English, and stops with exit code 2, without a stack trace (nothing is wrong with
 * the code).
 */
class SettingError extends Error {
  constructor(zh, en) {
    super(`${zh}\n${en}`);
    this.name = 'SettingError';
  }
}

// Characters that would break out of an HTML attribute or a URL.
const UNSAFE_URL_CHARS = /[\s"'<>`\\]/;

/**
 * The Office.js URL for an OFFICE_JS setting: empty or "global" → worldwide CDN, "china" → 21Vianet CDN,
 * an https:// URL or a path on the add-in's own server starting with /, ./ or ../ (e.g. /vendor/office.js)
 * → used as is.
 * Plain http:// is refused: Office only loads add-ins, and their scripts, over HTTPS.
 */
function resolveOfficeJsUrl(setting) {
  const value = (setting || '').trim();
  if (value === '' || value === 'global') return OFFICE_JS_PRESETS.global;
  if (value === 'china') return OFFICE_JS_PRESETS.china;
  const isHttps = /^https:\/\/[^/]/i.test(value);
  // Explicit paths only, so a mistyped preset name ("chna") is an error rather than a broken relative URL.
  const isPath = /^(\/(?!\/)|\.\.?\/)/.test(value);
  if (UNSAFE_URL_CHARS.test(value) || !(isHttps || isPath)) {
    throw new SettingError(
      `OFFICE_JS="${value}" 不可用：应为 global、china、https:// 网址，或 /vendor/office.js、./office.js 这样的路径。`,
      `OFFICE_JS="${value}" is not usable: give global, china, an https:// URL or a path such as /vendor/office.js or ./office.js`,
    );
  }
  return value;
}

/**
 * The base URL the production manifest points to, from ADDIN_URL: an https:// URL, optionally with a
 * path (hosting under a sub-folder). Returns the dev origin when unset, so a plain `npm run build`
 * works and can be sideloaded from https://localhost:3000.
 */
function resolveAddinUrl(setting) {
  const value = (setting || '').trim();
  if (value === '') return DEV_ORIGIN;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new SettingError(
      `ADDIN_URL="${value}" 不是网址（例如 https://addin.example.gov.cn/checker）。`,
      `ADDIN_URL="${value}" is not a URL (example: https://addin.example.gov.cn/checker)`,
    );
  }
  if (url.protocol !== 'https:')
    throw new SettingError(
      `ADDIN_URL="${value}" 必须以 https:// 开头。`,
      `ADDIN_URL="${value}" must use https://`,
    );
  if (url.search || url.hash)
    throw new SettingError(
      `ADDIN_URL="${value}" 不能带查询参数（?）或片段（#）。`,
      `ADDIN_URL="${value}" must not have a query or fragment`,
    );
  if (UNSAFE_URL_CHARS.test(value))
    throw new SettingError(
      `ADDIN_URL="${value}" 含有在 XML 中不安全的字符。`,
      `ADDIN_URL="${value}" contains characters unsafe in XML`,
    );
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** The manifest with every dev-origin URL moved under baseUrl (from resolveAddinUrl). */
function rewriteManifest(xml, baseUrl) {
  // Whole-origin matches only: a URL like https://localhost:30001 must not be half-rewritten.
  const devUrl = /https:\/\/localhost:3000(?=[/"<])/;
  if (!devUrl.test(xml)) throw new Error(`manifest.xml has no ${DEV_ORIGIN} URL to rewrite`);
  return xml.replace(new RegExp(devUrl.source, 'g'), baseUrl);
}

module.exports = {
  SettingError,
  DEV_ORIGIN,
  OFFICE_JS_PRESETS,
  resolveOfficeJsUrl,
  resolveAddinUrl,
  rewriteManifest,
};
