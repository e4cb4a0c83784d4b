import { backupRoundTrip } from '../helpers/backupRoundTrip'

// npm run backup / npm run restore on this run's engine (see tests/helpers/backupRoundTrip.ts).
backupRoundTrip(false)
