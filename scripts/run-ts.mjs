/**
 * `node scripts/run-ts.mjs <entry.ts> [...args]`: bundles the entry (scripts/lib/bundle.mjs)
 * and runs it on plain Node, passing the arguments and the exit status through.
 */
import { spawnSync } from 'node:child_process'

import { bundleEntry, nodeFlags } from './lib/bundle.mjs'

const [entry, ...args] = process.argv.slice(2)
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <entry.ts> [...args]')
  process.exit(2)
}
const bundle = await bundleEntry(entry)
let status = 1
try {
  const run = spawnSync(process.execPath, [...nodeFlags, bundle.file, ...args], { stdio: 'inherit' })
  if (run.error) throw run.error
  // A child ended by a signal (Ctrl-C) reports 130 or 143, as a shell would.
  status = run.status ?? (run.signal === 'SIGINT' ? 130 : run.signal === 'SIGTERM' ? 143 : 1)
} finally {
  bundle.remove()
}
process.exit(status)
