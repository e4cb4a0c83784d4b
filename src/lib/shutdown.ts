/**
 * Work to finish before the process exits (flush buffered hits, close the database).
 * Kept on globalThis because Next.js loads instrumentation and route code as separate
 * bundles, each with its own copy of this module.
 */
type ShutdownTask = { name: string; run: () => Promise<void> | void }

const registry = ((globalThis as { __gongkaiShutdown?: ShutdownTask[] }).__gongkaiShutdown ??= [])

export function onShutdown(name: string, run: ShutdownTask['run']): void {
  const existing = registry.findIndex((task) => task.name === name)
  if (existing >= 0) registry.splice(existing, 1)
  registry.push({ name, run })
}

/** Runs every task (later registrations first), each bounded so a stuck one cannot hang the exit. */
export async function runShutdownTasks(timeoutMs = 10_000): Promise<void> {
  for (const task of [...registry].reverse()) {
    try {
      await Promise.race([
        Promise.resolve(task.run()),
        new Promise((resolve) => setTimeout(resolve, timeoutMs).unref()),
      ])
    } catch (error) {
      console.error(`[shutdown] ${task.name} failed`, error)
    }
  }
}

// The production server (server.mjs) is plain JavaScript outside the bundles: it finds the
// runner here.
;(globalThis as { __gongkaiShutdownRunner?: { runShutdownTasks: typeof runShutdownTasks } }).__gongkaiShutdownRunner = {
  runShutdownTasks,
}

let installed = false

/**
 * With NEXT_MANUAL_SIG_HANDLE set, Next.js leaves SIGTERM/SIGINT to us: finish the tasks,
 * then exit with the conventional signal status.
 */
export function installSignalHandlers(): void {
  if (installed) return
  installed = true
  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    console.info(`[shutdown] ${signal} received, finishing work`)
    void runShutdownTasks().finally(() => process.exit(signal === 'SIGINT' ? 130 : 0))
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}
