/** `npm run search:reindex`: empties the site-search index and indexes every public item again. */
import config from '@payload-config'
import payload from 'payload'

import { reindexSiteSearch } from '../plugins/site-search'
import { closePayload } from '../src/lib/closePayload'

// Without onInit (no seed, no job runner): the reindex creates the tables and loads the
// dictionary itself.
await payload.init({ config, disableOnInit: true })
const started = Date.now()
try {
  const count = await reindexSiteSearch(payload, (done) => process.stdout.write(`\r[search] ${done} indexed`))
  console.info(`\n[search] ${count} public items indexed in ${((Date.now() - started) / 1000).toFixed(1)} s`)
} finally {
  await closePayload(payload)
}
process.exit(0)
