#!/usr/bin/env node
'use strict';
// The CLI is compiled to lib/ by `npm run build:cli` (run by `prepare`, so `npm ci` and `npm pack` build it).
let cli;
try {
  cli = require('../lib/cli/main.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND' && /lib[\\/]cli[\\/]main\.js/.test(String(e.message))) {
    process.stderr.write('disclosure-check: lib/ is not built yet; run `npm run build:cli` first.\n');
    process.exit(2);
  }
  throw e;
}
cli.runProcess();
