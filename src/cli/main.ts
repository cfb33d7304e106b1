/**
 * The `disclosure-check` command. `main(argv, io)` is the whole program with its I/O injected,
 * so tests run it in-process; `runProcess()` wires it to the real process for bin/.
 *
 * Exit codes: 0 every file valid; 1 error findings, or a file without any table; 2 usage error or
 * an unreadable file (2 wins over 1).
 */
import { checkGrids } from '../check';
import { presentJson, fileStatus, type FileResult } from '../report/present-json';
import { presentText } from '../report/present-text';
import type { Locale } from '../report/types';
import { TOOL_VERSION } from '../version';
import { parseCommand } from './args';
import { readInput } from './input';
import { runTemplate } from './template';
import { helpText, inputErrorMessage, internalErrorMessage, usageMessage } from './messages';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const command = parseCommand(argv);
  switch (command.kind) {
    case 'help':
      io.stdout(helpText(command.locale));
      return EXIT_OK;
    case 'version':
      io.stdout(`${TOOL_VERSION}\n`);
      return EXIT_OK;
    case 'usage':
      io.stderr(usageMessage(command.problem, command.locale));
      return EXIT_USAGE;
    case 'check': {
      const results: FileResult[] = [];
      // One file at a time: workbooks can be large, and the order of the output is the order given.
      for (const path of command.files) results.push(await checkFile(path, command.locale, command.year));
      io.stdout(command.format === 'json' ? presentJson(results) : presentText(results, command.locale));
      return exitCode(results);
    }
    case 'template':
      return runTemplate(command, io);
  }
}

async function checkFile(path: string, locale: Locale, year: number | null): Promise<FileResult> {
  const input = await readInput(path);
  if ('error' in input) return { path, error: inputErrorMessage(input.error, locale) };
  try {
    return { path, report: checkGrids(input.grids, { locale, year }) };
  } catch (e) {
    // The engine promises not to throw on bad cells; if it does, say so for this file and go on.
    const detail = e instanceof Error ? e.message : String(e);
    return { path, error: internalErrorMessage(detail, locale) };
  }
}

export function exitCode(results: readonly FileResult[]): number {
  const statuses = results.map(fileStatus);
  if (statuses.includes('unreadable')) return EXIT_USAGE;
  if (statuses.includes('invalid')) return EXIT_FINDINGS;
  return EXIT_OK;
}

/** Runs with the real process; sets exitCode rather than calling exit() so piped output is flushed. */
export function runProcess(): void {
  const io: CliIO = {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`disclosure-check: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}
