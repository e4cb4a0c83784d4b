/**
 * Where the demo seed of a first start stands, for the public site's "being prepared" notice.
 * Kept on globalThis: Next.js loads the Payload config and the site's pages in separate
 * bundles, each with its own copy of this module.
 */
export type SeedStatus = {
  state: 'running' | 'done' | 'failed' | 'stopped'
  startedAt: number
  /** Steps done and in all, and the one running. */
  done: number
  total: number
  step?: string
}

const holder = globalThis as { __gongkaiSeedStatus?: SeedStatus }

export function seedStatus(): SeedStatus | undefined {
  return holder.__gongkaiSeedStatus
}

export function setSeedStatus(status: SeedStatus): void {
  holder.__gongkaiSeedStatus = status
}

/** True while demo content is still being written in the background. */
export function demoContentPending(): boolean {
  return holder.__gongkaiSeedStatus?.state === 'running'
}
