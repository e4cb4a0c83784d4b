/** `npm run seed`: empties the demo collections and seeds them again. */
import config from '@payload-config'
import { getPayload } from 'payload'

import { runSeed } from '../src/seed/runSeed'

const payload = await getPayload({ config })
try {
  await runSeed(payload, { reset: true, demoPassword: process.env.DEMO_PASSWORD || undefined })
} finally {
  await payload.destroy()
}
process.exit(0)
