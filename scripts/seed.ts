/** `npm run seed`: empties the demo collections and seeds them again. */
import config from '@payload-config'
import payload from 'payload'

import { reindexSiteSearch } from '../plugins/site-search'
import { closePayload } from '../src/lib/closePayload'
import { seedModules } from '../src/seed/modules'
import { resetSeededCollections, runSeed } from '../src/seed/runSeed'

// Without onInit: it would seed an empty database once before this reset seeds it again,
// and start the jobs runner and timers a one-off command does not want.
await payload.init({ config, disableOnInit: true })
try {
  await resetSeededCollections(payload, seedModules)
  // The search index is created by the plugin's onInit, which did not run: rebuilding it on the
  // emptied site creates its tables (a fresh database has none) and drops the entries of the
  // items the reset removed behind the hooks' back; the seed's publishes then fill it.
  await reindexSiteSearch(payload)
  await runSeed(payload, { demoPassword: process.env.DEMO_PASSWORD || undefined })
} finally {
  await closePayload(payload)
}
process.exit(0)
