/** `npm run seed`: empties the demo collections and seeds them again. */
import config from '@payload-config'
import payload from 'payload'

import { closePayload } from '../src/lib/closePayload'
import { runSeed } from '../src/seed/runSeed'

// Without onInit: it would seed an empty database once before this reset seeds it again,
// and start the jobs runner and timers a one-off command does not want.
await payload.init({ config, disableOnInit: true })
try {
  await runSeed(payload, { reset: true, demoPassword: process.env.DEMO_PASSWORD || undefined })
} finally {
  await closePayload(payload)
}
process.exit(0)
