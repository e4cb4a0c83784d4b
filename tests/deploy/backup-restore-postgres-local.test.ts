import { backupRoundTrip } from '../helpers/backupRoundTrip'

// npm run backup / npm run restore on PostgreSQL (Debian's server and pg_dump; see tests/helpers/backupRoundTrip.ts).
backupRoundTrip(false, 'postgres')
