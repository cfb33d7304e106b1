/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
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
