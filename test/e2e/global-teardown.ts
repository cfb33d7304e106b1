import { rmSync } from 'node:fs';
import { BUILD_ENV, BUILT_HERE_ENV } from './pane';

/** Removes the build global-setup.ts made (not one it was given). */
export default function globalTeardown(): void {
  const out = process.env[BUILD_ENV];
  if (out && process.env[BUILT_HERE_ENV]) rmSync(out, { recursive: true, force: true });
}
