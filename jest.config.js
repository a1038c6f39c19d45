/** Unit and DOM tests (tiers 1 and 2); the browser tier runs under tests/e2e with node:test. */
export default {
  testMatch: ['<rootDir>/tests/**/*.test.ts', '<rootDir>/tests/**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/'],
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j|mj)sx?$': ['@swc/jest', {
      jsc: {
        parser: { syntax: 'typescript', tsx: true },
        transform: { react: { runtime: 'automatic', importSource: 'preact' } },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    }],
  },
  // preact 11 ships only ES modules; let the transform cover it.
  transformIgnorePatterns: ['/node_modules/(?!(preact|@testing-library/preact)/)'],
  setupFiles: ['<rootDir>/tests/support/jest-setup.ts'],
  moduleNameMapper: {
    '^webextension-polyfill$': '<rootDir>/tests/support/browser-double.ts',
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
};
