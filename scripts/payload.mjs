/**
 * Payload's command line (`npm run migrate`, `npm run seed`, `npm run payload -- …`), run so
 * that a stalled module load fails loudly and is retried instead of passing as a success.
 * See `scripts/lib/loaderStallGuard.mjs` for the Node 20 behaviour this works around.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const guard = fileURLToPath(new URL('./lib/loaderStallGuard.mjs', import.meta.url))
// GONGKAI_PAYLOAD_BIN lets the unit test stand a stalling command in for Payload's.
const bin = process.env.GONGKAI_PAYLOAD_BIN || fileURLToPath(new URL('../node_modules/payload/bin.js', import.meta.url))
const attempts = 3
/** The exit code the guard uses for a stall (importing the guard here would arm it in this process). */
const LOADER_STALL_EXIT_CODE = 75

let status = 1
for (let attempt = 1; attempt <= attempts; attempt++) {
  const run = spawnSync(process.execPath, ['--import', guard, bin, ...process.argv.slice(2)], { stdio: 'inherit' })
  if (run.error) throw run.error
  status = run.status ?? 1
  if (status !== LOADER_STALL_EXIT_CODE) break
  if (attempt < attempts) console.error(`payload: running the command again (attempt ${attempt + 1} of ${attempts})`)
}
process.exit(status)
