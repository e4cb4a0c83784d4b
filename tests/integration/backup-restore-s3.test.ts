import { backupRoundTrip } from '../helpers/backupRoundTrip'

// npm run backup / npm run restore on SQLite (PostgreSQL: tests/deploy; see tests/helpers/backupRoundTrip.ts).
backupRoundTrip(true, 'sqlite')
