/**
 * Payload's command line (`npm run migrate`, `npm run seed`, `npm run payload -- …`), run so
 * that a stalled module load fails loudly and is retried instead of passing as a success.
 * See `scripts/lib/loaderStallGuard.mjs` for the Node 20 behaviour this works around.
 */
import { fileURLToPath } from 'node:url'

import { runGuarded } from './lib/runGuarded.mjs'

// GONGKAI_PAYLOAD_BIN lets the unit test stand a stalling command in for Payload's.
const bin = process.env.GONGKAI_PAYLOAD_BIN || fileURLToPath(new URL('../node_modules/payload/bin.js', import.meta.url))
process.exit(runGuarded('payload', [bin, ...process.argv.slice(2)]))
