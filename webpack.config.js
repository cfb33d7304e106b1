/**
 * Builds the add-in into dist/: taskpane.html + its bundle, commands.html, assets/ and manifest.xml.
 *
 *   npm run build        production build; manifest URLs moved to ADDIN_URL (default https://localhost:3000)
 *   npm run build:dev    development build (source maps, readable names)
 *   npm run dev-server   https://localhost:3000 with the Office dev certificates
 *
 * Settings (environment variables): OFFICE_JS = global | china | https URL | path (see
 * scripts/addin-config.js), ADDIN_URL = where dist/ will be hosted.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const {
  DEV_ORIGIN,
  resolveAddinUrl,
  resolveOfficeJsUrl,
  rewriteManifest,
} = require('./scripts/addin-config');

const DEV_PORT = 3000;

/** HTTPS options from office-addin-dev-certs; only needed (and only installed) when serving. */
async function devServerHttpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env, argv) => {
  const production = argv.mode !== 'development';
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const officeJsUrl = resolveOfficeJsUrl(process.env.OFFICE_JS);
  const addinUrl = production ? resolveAddinUrl(process.env.ADDIN_URL) : DEV_ORIGIN;
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

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: {
            // Type-checking is `npm run typecheck`; here ES modules are kept so Fluent UI tree-shakes.
            transpileOnly: true,
            compilerOptions: { module: 'es2020', sourceMap: !production },
          },
        },
      ],
    },
    plugins: [
      page('taskpane', 'taskpane'),
      page('commands', 'commands'),
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
    devServer: serving
      ? {
          port: DEV_PORT,
          server: { type: 'https', options: await devServerHttpsOptions() },
          headers: { 'Access-Control-Allow-Origin': '*' },
        }
      : undefined,
  };
};
