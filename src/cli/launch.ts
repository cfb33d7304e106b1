/**
 * How the user started the program, so that advice names a command that works for them: in a
 * checkout `disclosure-check` is not on PATH, and under `npm run check` the way to pass a file is
 * `npm run check -- FILE`.
 */
import { basename, isAbsolute, relative, sep } from 'node:path';
import { TOOL_NAME } from '../version';

export type Launch =
  /** Installed: the `disclosure-check` command on PATH (also the default when unknown). */
  | { via: 'bin' }
  /** `npm run check` in a checkout (package.json: "check": "node bin/disclosure-check.js check"). */
  | { via: 'npm-check'; script: string }
  /** `npx disclosure-check`. */
  | { via: 'npx' }
  /** `node path/to/bin/disclosure-check.js`, path as the user can type it. */
  | { via: 'node'; script: string };

export const INSTALLED: Launch = { via: 'bin' };

/** From the process: npm's environment and the script Node was given. */
export function detectLaunch(
  env: NodeJS.ProcessEnv = process.env,
  script: string | undefined = process.argv[1],
  cwd: string = process.cwd(),
): Launch {
  const typed = script === undefined ? 'bin/disclosure-check.js' : typeable(script, cwd);
  if (env.npm_lifecycle_event === 'check') return { via: 'npm-check', script: typed };
  if (env.npm_command === 'exec' || env.npm_lifecycle_event === 'npx') return { via: 'npx' };
  // An installed command runs from node_modules (PATH link or Windows shim); a checkout's from bin/.
  if (script === undefined || script.split(/[\\/]/).includes('node_modules')) return INSTALLED;
  if (basename(script) !== `${TOOL_NAME}.js`) return INSTALLED;
  return { via: 'node', script: typed };
}

/** Relative when under the current folder, quoted when it has spaces. */
function typeable(script: string, cwd: string): string {
  const rel = relative(cwd, script);
  const path = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : script;
  return /\s/.test(path) ? `"${path}"` : path;
}

/**
 * The command line that runs `args` (`check 文件`, `--help`, `rules`) the way the user started the
 * program. `npm run check` only runs `check`: its own help works through it, other commands are
 * shown with node and the script.
 */
export function commandLine(launch: Launch, args: string): string {
  switch (launch.via) {
    case 'bin':
      return `${TOOL_NAME} ${args}`;
    case 'npx':
      return `npx ${TOOL_NAME} ${args}`;
    case 'node':
      return `node ${launch.script} ${args}`;
    case 'npm-check': {
      if (args === 'check') return 'npm run check';
      if (args.startsWith('check ')) return `npm run check -- ${args.slice('check '.length)}`;
      if (args === '--help') return 'npm run check -- --help';
      return `node ${launch.script} ${args}`;
    }
  }
}
