/**
 * Preloaded (`node --import`) into commands that never end by draining their event loop
 * (Payload's bin always calls `process.exit()`; servers run until signalled).
 *
 * Why: on Node 20, an `import()` of this project's config sometimes never settles. The cause
 * is Lexical's Node entry points (`*.node.mjs`), which pick their build with a top-level
 * `await import()`; Node 20 does not always finish evaluating a graph of several such
 * modules. Nothing then keeps the event loop alive and Node ends the process with exit code 0
 * and no output, so a migration that never ran looked like a success. Commands now run with
 * `--conditions=production` (see scripts/lib/bundle.mjs), which avoids those entry points;
 * this guard stays as the safety net: it turns such a silent exit into exit code 75
 * (EX_TEMPFAIL) with a message, and `scripts/payload.mjs` runs the command again on it.
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
