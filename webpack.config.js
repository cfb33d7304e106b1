/**
 * Builds the add-in into dist/: taskpane.html + its bundle, commands.html, assets/ and manifest.xml;
 * and the browser page web.html (审核台) with its checking worker web-worker.js.
 *
 *   npm run build        production build; manifest URLs moved to ADDIN_URL (default https://localhost:3000)
 *   npm run build:dev    development build (source maps, readable names)
 *   npm run dev-server   serves it at https://localhost:3000 (scripts/dev-server.js runs this config)
 *
 * Settings (environment variables): OFFICE_JS = global | china | https URL | path (see
 * scripts/addin-config.js), ADDIN_URL = where dist/ will be hosted.
 */
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const {
  DEV_ORIGIN,
  SettingError,
  resolveAddinUrl,
  resolveOfficeJsUrl,
  rewriteManifest,
} = require('./scripts/addin-config');

/**
 * The settings from the environment. A setting that cannot be used ends the build with its message
 * and exit code 2: a stack trace after it would suggest a bug where there is a typo.
 */
function settingsFromEnvironment(production, serving) {
  try {
    return {
      officeJsUrl: resolveOfficeJsUrl(process.env.OFFICE_JS),
      addinUrl: production && !serving ? resolveAddinUrl(process.env.ADDIN_URL) : DEV_ORIGIN,
    };
  } catch (error) {
    if (!(error instanceof SettingError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
}

/** The global the worker script defines: the page turns its source into a blob worker (src/web/pool.ts). */
const WORKER_GLOBAL = '__disclosureCheckWorker';

/**
 * The page's checking worker as one script defining a function. A page opened from file:// may not
 * start a worker from a file, nor let a worker load scripts, so the page loads this script like any
 * other and starts the worker from the function's source as a blob. One chunk: no loading later.
 */
function workerConfig(production, tsRule) {
  return {
    name: 'web-worker',
    // Built after the add-in, whose output.clean keeps this file on rebuilds.
    dependencies: ['addin'],
    mode: production ? 'production' : 'development',
    devtool: false,
    target: 'webworker',
    entry: { 'web-worker': './src/web/worker/main.ts' },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: false },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // exceljs from its source modules, several times faster than its ES5 bundle (the shim says why).
      alias: { exceljs$: path.resolve(__dirname, 'src/web/worker/shims/exceljs.js') },
      fallback: {
        stream: require.resolve('readable-stream'),
        events: require.resolve('events/'),
        buffer: require.resolve('buffer/'),
        string_decoder: require.resolve('string_decoder/'),
        // Reached only by exceljs's file, CSV and encryption paths, which the page never takes.
        fs: false,
        path: false,
        os: false,
        crypto: false,
        util: false,
        zlib: false,
      },
    },
    module: { rules: [tsRule] },
    plugins: [
      new webpack.ProvidePlugin({
        Buffer: ['buffer', 'Buffer'],
        process: path.resolve(__dirname, 'src/web/worker/shims/process.js'),
      }),
      new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
      new webpack.BannerPlugin({
        banner: `self.${WORKER_GLOBAL} = function () {`,
        raw: true,
        entryOnly: true,
      }),
      new webpack.BannerPlugin({ banner: '};', raw: true, entryOnly: true, footer: true }),
    ],
    performance: { hints: false },
  };
}

module.exports = (env, argv) => {
  const production = argv.mode !== 'development';
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const { officeJsUrl, addinUrl } = settingsFromEnvironment(production, serving);
  if (production && !serving && addinUrl === DEV_ORIGIN) {
    console.warn(`ADDIN_URL is not set: dist/manifest.xml keeps ${DEV_ORIGIN} (fine for local sideloading).`);
  }

  const page = (name, chunk) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: `./src/${chunk}/${name}.html`,
      chunks: [chunk],
      templateParameters: { officeJsUrl },
    });
  const tsRule = {
    test: /\.tsx?$/,
    exclude: /node_modules/,
    loader: 'ts-loader',
    options: {
      // Type-checking is `npm run typecheck`; here ES modules are kept so Fluent UI tree-shakes.
      transpileOnly: true,
      compilerOptions: { module: 'es2020', sourceMap: !production },
    },
  };

  const addin = {
    name: 'addin',
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      web: './src/web/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: { keep: /^web-worker\.js$/ },
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: { rules: [tsRule] },
    plugins: [
      page('taskpane', 'taskpane'),
      page('commands', 'commands'),
      page('web', 'web'),
      new webpack.DefinePlugin({ WEB_WORKER_GLOBAL: JSON.stringify(WORKER_GLOBAL) }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // pdf.js parses in a Web Worker loaded by URL (src/taskpane/read-pdf.ts: PDF_WORKER_FILE), and
          // CJK PDFs with predefined encodings need its CMaps, PDFs with non-embedded standard fonts its
          // font data for the glyph widths (both fetched file by file, only when a PDF uses them).
          { from: require.resolve('pdfjs-dist/legacy/build/pdf.worker.min.mjs'), to: 'pdfjs/[name][ext]' },
          {
            from: path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps'),
            to: 'pdfjs/cmaps',
          },
          {
            from: path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts'),
            to: 'pdfjs/standard_fonts',
          },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (production ? rewriteManifest(content.toString(), addinUrl) : content),
          },
        ],
      }),
    ],
    // Size is tracked by `npm run bench` (goal: task pane initial JS ≤ 150 KB gzip), not by webpack's
    // uncompressed-size warning.
    performance: { hints: false },
  };
  return [addin, workerConfig(production, tsRule)];
};
