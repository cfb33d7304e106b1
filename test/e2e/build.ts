import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import webpack from 'webpack';
import type { SheetModel } from '../support/excel-double';

const ROOT = join(__dirname, '..', '..');

/**
 * The production task pane, built by the project's own webpack.config.js with Office.js replaced by
 * /office-double.js. Built into `out` (not dist/, which other builds may be using at the same time).
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
    { cwd: ROOT, env: { ...process.env, OFFICE_JS: '/office-double.js' }, stdio: 'pipe' },
  );
}

/** The Excel double with the given workbook, as the script taskpane.html loads in place of Office.js. */
export function buildOfficeDouble(out: string, sheets: SheetModel[], displayLanguage: string): Promise<void> {
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    entry: join(__dirname, 'office-double.entry.ts'),
    output: { path: out, filename: 'office-double.js' },
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
    plugins: [
      new webpack.DefinePlugin({
        E2E_SHEETS: JSON.stringify(sheets),
        E2E_DISPLAY_LANGUAGE: JSON.stringify(displayLanguage),
      }),
    ],
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
