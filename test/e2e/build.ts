import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import webpack from 'webpack';
import { RUNTIME_FILES, type SheetModel } from '../support/excel-host';
import { RUNTIME_FILES as WORD_RUNTIME_FILES } from '../support/word-host';

const ROOT = join(__dirname, '..', '..');

/**
 * The production task pane, built by the project's own webpack.config.js with Office.js replaced by
 * /office-runtime.js. Built into `out` (not dist/, which other builds may be using at the same time).
 */
export function buildTaskPane(out: string): void {
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'),
      '--mode',
      'production',
      '--output-path',
      out,
    ],
    { cwd: ROOT, env: { ...process.env, OFFICE_JS: '/office-runtime.js' }, stdio: 'pipe' },
  );
}

/**
 * The script taskpane.html loads in place of Office.js: Microsoft's Excel web runtime followed by the
 * simulated host holding the given workbook.
 */
export async function buildOfficeRuntime(
  out: string,
  sheets: SheetModel[],
  displayLanguage: string,
): Promise<void> {
  await buildHost(out, 'office-host.entry.ts', {
    E2E_SHEETS: JSON.stringify(sheets),
    E2E_DISPLAY_LANGUAGE: JSON.stringify(displayLanguage),
  });
  writeRuntime(out, RUNTIME_FILES.web);
}

/**
 * The same for Word: Microsoft's Word web runtime followed by the simulated Word host holding the
 * document `packageXml` (flat OPC, as body.getOoxml() gives it).
 */
export async function buildWordRuntime(
  out: string,
  packageXml: string,
  displayLanguage: string,
): Promise<void> {
  await buildHost(out, 'word-host.entry.ts', {
    E2E_PACKAGE: JSON.stringify(packageXml),
    E2E_DISPLAY_LANGUAGE: JSON.stringify(displayLanguage),
  });
  writeRuntime(out, WORD_RUNTIME_FILES.web);
}

function writeRuntime(out: string, runtimeFile: string): void {
  const runtime = readFileSync(require.resolve(`@microsoft/office-js/dist/${runtimeFile}`), 'utf8');
  const host = readFileSync(join(out, 'office-host.js'), 'utf8');
  writeFileSync(join(out, 'office-runtime.js'), `${runtime}\n;\n${host}`);
}

/** Bundles a host entry of this folder into office-host.js, with `defines` put in by DefinePlugin. */
function buildHost(out: string, entry: string, defines: Record<string, string>): Promise<void> {
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    entry: join(__dirname, entry),
    output: { path: out, filename: 'office-host.js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: { transpileOnly: true, compilerOptions: { module: 'es2020' } },
        },
      ],
    },
    plugins: [new webpack.DefinePlugin(defines)],
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString('errors-only')));
      else resolve();
    }),
  );
}
