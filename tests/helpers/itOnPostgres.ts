import { it } from '@jest/globals'

import { testDatabaseKind } from './testDatabase'

/**
 * `it` for a test about PostgreSQL's server (connections it ends), which SQLite does not have;
 * skipped in the SQLite run. Apart from testDatabase.ts, which scripts import outside jest.
 */
export const itOnPostgres = testDatabaseKind() === 'postgres' ? it : it.skip
