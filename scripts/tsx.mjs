/**
 * Runs one of this project's TypeScript entry points through tsx (`npm run export`), guarded
 * and retried like Payload's command line (see `scripts/lib/loaderStallGuard.mjs`). The entry
 * must end with `process.exit()`: to the guard, an event loop that runs empty is a stall.
 */
import { runGuarded } from './lib/runGuarded.mjs'

const [entry, ...args] = process.argv.slice(2)
if (!entry) {
  console.error('usage: node scripts/tsx.mjs <entry.ts> [arguments]')
  process.exit(2)
}
process.exit(runGuarded(entry, ['--import', 'tsx', entry, ...args]))
