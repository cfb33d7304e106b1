const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  // A guard against hangs, not a speed check (speed goals live in `npm run bench`): Jest's 5 s
  // default failed a 2 s test on a loaded CI machine. Suites that start LibreOffice set more.
  testTimeout: 30_000,
  // Browser APIs jsdom lacks (TextDecoder, ResizeObserver…), lent once; a no-op in the node environment.
  setupFiles: ['<rootDir>/test/support/jsdom-setup.ts'],
  transform: {
    // Type-checking is done once by `npm run typecheck`; tests only transpile.
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: {
    // ESM-only dependencies of office-addin-manifest, which Jest cannot require: CommonJS stand-ins.
    '^strip-bom$': '<rootDir>/test/manifest/stubs/strip-bom.ts',
    '^uuid$': '<rootDir>/test/manifest/stubs/uuid.ts',
  },
};

/**
 * Everything runs once with Excel's Windows runtime; the add-in's suites (test/office, and the host
 * itself) run again with the Mac and web runtimes (the web one with Excel on the web's limits).
 * test/office/helpers.ts reads EXCEL_FLAVOUR.
 */
const flavour = (name) => ({
  ...base,
  displayName: `office:${name}`,
  roots: ['<rootDir>/test/office', '<rootDir>/test/support'],
  globals: { EXCEL_FLAVOUR: name },
});

/** @type {import('jest').Config} */
module.exports = {
  // Jest reads testTimeout from the top level only (a global option): in `base` above it does not reach
  // the projects, which then ran with the 5 s default (a sheet read in bands took 10 s on a busy CI).
  testTimeout: base.testTimeout,
  // Jest's default is one worker fewer than the cores: one on the 2-core CI machine, where the suite
  // then ran file after file (522 s). Much of it waits on LibreOffice and worker threads, so a worker
  // per core halves it (259 s, measured on this machine). Stryker runs Jest in band and ignores this.
  maxWorkers: '100%',
  projects: [
    { ...base, displayName: 'all:win32', globals: { EXCEL_FLAVOUR: 'win32' } },
    flavour('mac'),
    flavour('web'),
  ],
};
