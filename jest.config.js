/** Jest in native ESM mode (Payload is ESM-only): see STACK-NOTES. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'es6' },
  },
]

const base = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    '^@/(.*)$': '<rootDir>/src/$1',
  },
  modulePathIgnorePatterns: ['<rootDir>/.next', '<rootDir>/export'],
}

const integration = ['<rootDir>/tests/integration/**/*.test.ts', '<rootDir>/plugins/**/tests/**/*.int.test.ts']

/** @type {import('jest').Config} */
export default {
  projects: [
    {
      ...base,
      displayName: 'unit',
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts', '<rootDir>/plugins/**/*.unit.test.ts'],
    },
    { ...base, displayName: 'sqlite', testMatch: integration, setupFiles: ['<rootDir>/tests/helpers/env-sqlite.ts'] },
    {
      ...base,
      displayName: 'postgres',
      testMatch: integration,
      // The PostgreSQL backup round trip needs Debian's pg_dump: it runs in `deploy` (tests/deploy).
      testPathIgnorePatterns: ['/tests/integration/backup-restore-'],
      setupFiles: ['<rootDir>/tests/helpers/env-postgres.ts'],
      // The configured server, or a real PostgreSQL from npm for this run (see the README).
      globalSetup: '<rootDir>/tests/helpers/postgresGlobalSetup.ts',
      globalTeardown: '<rootDir>/tests/helpers/postgresGlobalTeardown.ts',
    },
    // Opt-in: no MongoDB server can be installed from npm or Debian, so without MONGODB_URL the
    // project runs one skipped placeholder and says so, rather than passing tests it never ran.
    {
      ...base,
      displayName: 'mongodb',
      testMatch: process.env.MONGODB_URL ? integration : ['<rootDir>/tests/mongodb/notRun.test.ts'],
      setupFiles: ['<rootDir>/tests/helpers/env-mongodb.ts'],
      globalSetup: '<rootDir>/tests/helpers/mongodbGlobalSetup.ts',
    },
    {
      ...base,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      setupFiles: ['<rootDir>/tests/helpers/env-sqlite.ts'],
      // Seeds the demo content once; each file's server starts from a copy.
      globalSetup: '<rootDir>/tests/helpers/e2eGlobalSetup.ts',
    },
    // Opt-in (`npm run test:deploy`): needs Debian's nginx besides Node and npm, and the e2e build.
    {
      ...base,
      displayName: 'deploy',
      testMatch: ['<rootDir>/tests/deploy/**/*.test.ts'],
      setupFiles: ['<rootDir>/tests/helpers/env-sqlite.ts'],
      globalSetup: '<rootDir>/tests/helpers/deployGlobalSetup.ts',
    },
  ],
  testTimeout: 60_000,
}
