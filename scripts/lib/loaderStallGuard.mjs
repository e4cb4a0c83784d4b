/**
 * Preloaded (`node --import`) into commands that never end by draining their event loop
 * (Payload's bin always calls `process.exit()`; servers run until signalled).
 *
 * Why: on Node 20, loading this project's TypeScript through tsx's loader thread sometimes
 * leaves an `import()` that never settles when the machine is busy (seen with three
 * `payload migrate` runs at once on 2 cores: about one run in five). Nothing then keeps the
 * event loop alive and Node ends the process with exit code 0 and no output, so a migration
 * that never ran looked like a success. This turns that silent exit into exit code 75
 * (EX_TEMPFAIL) with a message; `scripts/payload.mjs` runs the command again when it sees it.
 */
import { writeSync } from 'node:fs'

/** Also written in scripts/payload.mjs, which must not import this file. */
const LOADER_STALL_EXIT_CODE = 75

process.on('beforeExit', (code) => {
  if (code !== 0) return
  writeSync(
    2,
    `Node's module loader left an import unsettled and the event loop ran empty before the command finished; exiting with ${LOADER_STALL_EXIT_CODE} so it can be run again.\n`,
  )
  process.exit(LOADER_STALL_EXIT_CODE)
})
