/**
 * Runs LibreOffice headless for the tests, in a throw-away profile that always recalculates. Results
 * are kept in node_modules/.cache by the bytes of what went in, so a rerun (and a mutation run, which
 * runs a test once per mutant) converts only files it has not seen: a file the code under test made
 * differently is a miss and goes through LibreOffice again.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const CACHE = join(__dirname, '..', '..', 'node_modules', '.cache', 'disclosure-check-soffice');

/** The soffice binary on PATH, or null. */
export function findSoffice(): string | null {
  const r = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
  const path = r.stdout.trim().split('\n')[0];
  return r.status === 0 && path ? path : null;
}

/** OOXMLRecalcMode 0 = always recalculate on load, so cached results in the file do not count. */
const ALWAYS_RECALCULATE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** `soffice --headless --convert-to <target> --outdir <outDir> files...`; throws with its output on failure. */
export function convert(soffice: string, target: string, outDir: string, files: string[]): void {
  const outputName = (file: string) => `${basename(file, extname(file))}.${target.split(':')[0]}`;
  const version = `${soffice} ${statSync(realpathSync(soffice)).mtimeMs}`;
  const keyOf = (file: string) =>
    createHash('sha256')
      .update(`${version}\0${target}\0${basename(file)}\0`)
      .update(readFileSync(file))
      .digest('hex');
  // Keyed once, before LibreOffice runs: an output written over its input must not change the key.
  const keys = new Map(files.map((file) => [file, keyOf(file)]));
  const cachedOf = (file: string) => join(CACHE, keys.get(file) ?? '', outputName(file));
  const misses = files.filter((file) => {
    if (!existsSync(cachedOf(file))) return true;
    mkdirSync(outDir, { recursive: true });
    copyFileSync(cachedOf(file), join(outDir, outputName(file)));
    return false;
  });
  if (misses.length === 0) return;
  runSoffice(soffice, target, outDir, misses);
  for (const file of misses) {
    const made = join(outDir, outputName(file));
    if (!existsSync(made)) continue; // LibreOffice said nothing was wrong but wrote nothing: callers check
    mkdirSync(dirname(cachedOf(file)), { recursive: true });
    // Written aside, then renamed into place: parallel Jest workers and Stryker's runners share the
    // cache, and a reader must never find a half-copied file.
    const partial = `${cachedOf(file)}.${process.pid}.partial`;
    copyFileSync(made, partial);
    renameSync(partial, cachedOf(file));
  }
}

function runSoffice(soffice: string, target: string, outDir: string, files: string[]): void {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), ALWAYS_RECALCULATE);
    const r = spawnSync(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--convert-to',
        target,
        '--outdir',
        outDir,
        ...files,
      ],
      { encoding: 'utf8', timeout: 120_000, env: { ...process.env, HOME: profile } },
    );
    if (r.status !== 0) throw new Error(`soffice failed (${r.status}): ${r.stdout}\n${r.stderr}`);
  } finally {
    // A profile per conversion: left behind, they filled /tmp (1,540 after a day of mutation runs).
    rmSync(profile, { recursive: true, force: true });
  }
}
