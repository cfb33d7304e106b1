import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildTaskPane } from './build';
import { BUILD_ENV, BUILT_HERE_ENV } from './pane';

/**
 * The slow part, once per run: every e2e file copies this build and adds its own workbook. A build
 * already named by TASKPANE_E2E_BUILD is used as it is (and kept), to rerun the tests quickly.
 */
export default function globalSetup(): void {
  const given = process.env[BUILD_ENV];
  if (given && existsSync(join(given, 'taskpane.html'))) return;
  const out = mkdtempSync(join(tmpdir(), 'taskpane-e2e-build-'));
  buildTaskPane(out);
  // Set before Jest starts its workers, which inherit them.
  process.env[BUILD_ENV] = out;
  process.env[BUILT_HERE_ENV] = '1';
}
