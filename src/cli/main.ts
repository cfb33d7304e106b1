/**
 * The `disclosure-check` command. `main(argv, io)` is the whole program with its I/O injected,
 * so tests run it in-process; `runProcess()` wires it to the real process for bin/.
 *
 * Exit codes, as ESLint's: 0 every file valid; 1 error findings, a file without any table, or more
 * warnings than --max-warnings; 2 usage error or an unreadable file (2 wins over 1).
 */
import type { FileResult } from '../report/types';
import { fileStatus } from '../report/verdict';
import { TOOL_VERSION } from '../version';
import { parseCommand } from './args';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, runCheck, type CheckEnv, type CheckIO } from './check';
import { runConsolidate } from './consolidate';
import { presentRules } from './rules';
import { runTemplate } from './template';
import { helpText, usageMessage } from './messages';
import { detectLaunch, INSTALLED } from './launch';

export type CliIO = CheckIO;
export { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE };

export async function main(argv: readonly string[], io: CliIO, env: CheckEnv = {}): Promise<number> {
  const launch = env.launch ?? INSTALLED;
  const command = parseCommand(argv);
  switch (command.kind) {
    case 'consolidate':
      // It parses its own arguments (src/cli/consolidate.ts).
      return runConsolidate(command.argv, io);
    case 'help':
      io.stdout(helpText(command.locale, launch));
      return EXIT_OK;
    case 'version':
      io.stdout(`${TOOL_VERSION}\n`);
      return EXIT_OK;
    case 'usage':
      io.stderr(usageMessage(command.problem, command.locale, launch));
      return EXIT_USAGE;
    case 'check':
      return runCheck(command, io, env);
    case 'rules':
      io.stdout(presentRules(command.format));
      return EXIT_OK;
    case 'template':
      return runTemplate(command, io);
  }
}

export function exitCode(results: readonly FileResult[]): number {
  const statuses = results.map(fileStatus);
  if (statuses.includes('unreadable')) return EXIT_USAGE;
  if (statuses.includes('invalid')) return EXIT_FINDINGS;
  return EXIT_OK;
}

/** Runs with the real process; sets exitCode rather than calling exit() so piped output is flushed. */
/**
 * `npm run check -- FILE` runs in the package folder whatever folder the user typed it in; npm says
 * where that was in INIT_CWD, and relative paths are meant from there.
 */
function followNpmCaller(env: NodeJS.ProcessEnv = process.env): void {
  if (env.npm_lifecycle_event !== 'check' || !env.INIT_CWD) return;
  try {
    process.chdir(env.INIT_CWD);
  } catch {
    // A folder gone since: paths then resolve from the package folder, as before.
  }
}

export function runProcess(): void {
  // `check … | head` closes the pipe early: stop quietly, as other command-line tools do.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  followNpmCaller();
  const io: CliIO = {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
  };
  main(process.argv.slice(2), io, { launch: detectLaunch() }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`disclosure-check: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = EXIT_USAGE;
    },
  );
}
