/**
 * Runs `node --conditions=production --import <loaderStallGuard> …args` (the condition: see
 * bundle.mjs) in a child process with the terminal passed
 * through, and runs it again (up to `attempts` times) when the guard reports a stalled module
 * load (see loaderStallGuard.mjs). Returns the child's exit status.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const guard = fileURLToPath(new URL('./loaderStallGuard.mjs', import.meta.url))
/** The exit code the guard uses for a stall (importing the guard here would arm it in this process). */
const LOADER_STALL_EXIT_CODE = 75

/**
 * @param {string} name what to call the command in messages
 * @param {string[]} nodeArgs arguments for `node` after the guard
 * @param {number} [attempts]
 * @returns {number}
 */
export function runGuarded(name, nodeArgs, attempts = 3) {
  let status = 1
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const run = spawnSync(process.execPath, ['--conditions=production', '--import', guard, ...nodeArgs], {
      stdio: 'inherit',
    })
    if (run.error) throw run.error
    status = run.status ?? 1
    if (status !== LOADER_STALL_EXIT_CODE) break
    if (attempt < attempts) console.error(`${name}: running the command again (attempt ${attempt + 1} of ${attempts})`)
  }
  return status
}
