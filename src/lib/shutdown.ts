import { runShutdownTasks, siteBridge, type ShutdownTask, type SiteBridge } from '../server/bridge.mjs'

export { runShutdownTasks }

/**
 * Registers work to finish before the process exits (flush buffered hits, close the database).
 * The list lives on the bridge: Next.js loads instrumentation and route code as separate
 * bundles, each with its own copy of this module, and server.mjs runs the list.
 */
export function onShutdown(name: string, run: ShutdownTask['run']): void {
  const registry = siteBridge().shutdownTasks
  const existing = registry.findIndex((task) => task.name === name)
  if (existing >= 0) registry.splice(existing, 1)
  registry.push({ name, run })
}

/**
 * Hands the hit counter's bare-Node handler to server.mjs (through the bridge); the returned
 * function takes it back unless a newer Payload instance (a dev reload) has replaced it.
 */
export function serveHitsFromServer(handler: NonNullable<SiteBridge['hitHandler']>): () => void {
  const bridge = siteBridge()
  bridge.hitHandler = handler
  return () => {
    if (bridge.hitHandler === handler) bridge.hitHandler = undefined
  }
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
