import { processState } from '../server/bridge.mjs'

/**
 * Where the demo seed of a first start stands, for the public site's "being prepared" notice.
 * Kept in the bridge's process state: Next.js loads the Payload config and the site's pages in
 * separate bundles, each with its own copy of this module.
 */
export type SeedStatus = {
  state: 'running' | 'done' | 'failed' | 'stopped'
  startedAt: number
  /** Steps done and in all, and the one running. */
  done: number
  total: number
  step?: string
}

const holder = processState<{ status?: SeedStatus }>('seed-status', () => ({}))

export function seedStatus(): SeedStatus | undefined {
  return holder.status
}

export function setSeedStatus(status: SeedStatus): void {
  holder.status = status
}

/** True while demo content is still being written in the background. */
export function demoContentPending(): boolean {
  return holder.status?.state === 'running'
}
