/**
 * Start-up checks and signal handling of the Node.js server. Kept out of instrumentation.ts so
 * that the Edge compile of that file never sees Node-only calls (the dev server prints a
 * warning with a code frame for each, which reads like an error on a first run).
 */
import { productionStartProblem } from './lib/settings'
import { installSignalHandlers } from './lib/shutdown'

const problem = productionStartProblem()
if (problem) {
  console.error(`Refusing to start: ${problem}`)
  process.exit(78)
}
if (process.env.NEXT_MANUAL_SIG_HANDLE) installSignalHandlers()
