/**
 * The end-to-end test: builds the task pane, serves it and drives Debian's Chromium. Not part of the
 * default `jest` run (slow, needs /usr/bin/chromium); run it with `npm run test:e2e`.
 */
/** @type {import('jest').Config} */
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.test.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testTimeout: 180000,
};
