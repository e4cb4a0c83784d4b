import crypto from 'node:crypto'

import type { Payload } from 'payload'

import type { Role } from '../../plugins/shared/access'
import { seedModules } from './modules'
import { seededRandom } from './random'
import { throwIfStopped } from './stopped'
import type { SeedContext, SeedModule } from './types'

export type SeedOptions = {
  /** Empty the seeded collections first (`npm run seed`). */
  reset?: boolean
  /** Password for every demo account; random per account when unset. */
  demoPassword?: string
  modules?: SeedModule[]
  quiet?: boolean
  /** Stops the seed between steps (a server shutting down while it seeds in the background). */
  signal?: AbortSignal
}

/** True when the database holds no staff account yet: the first start of a new site. */
export async function isEmptySite(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  return totalDocs === 0
}

/** Empties what the modules fill, last module first. */
export async function resetSeededCollections(payload: Payload, modules: SeedModule[]): Promise<void> {
  for (const module of [...modules].reverse()) {
    await module.beforeReset?.(payload)
    for (const collection of [...module.collections].reverse()) {
      // Adapter-level delete: no hooks, so rules such as "keep one admin" do not block a reset.
      await payload.db.deleteMany({ collection, where: {} })
      if (payload.collections[collection]?.config.versions) {
        await payload.db.deleteVersions({ collection, where: {} })
      }
    }
  }
}

export function createSeedContext(payload: Payload, options: SeedOptions = {}): SeedContext {
  const passwords = new Map<Role, string>()
  return {
    payload,
    passwordFor: (role) => {
      if (options.demoPassword) return options.demoPassword
      if (!passwords.has(role)) passwords.set(role, crypto.randomBytes(9).toString('base64url'))
      return passwords.get(role)!
    },
    random: seededRandom(20260101),
    shared: {},
    log: options.quiet ? () => {} : (message: string) => payload.logger.info(`[seed] ${message}`),
    signal: options.signal,
  }
}

/** Runs the modules in order on one context; a stopped seed throws `SeedStopped` between steps. */
export async function runModules(
  context: SeedContext,
  modules: SeedModule[],
  onModule?: (module: SeedModule, index: number) => void,
): Promise<void> {
  for (const [index, module] of modules.entries()) {
    throwIfStopped(context.signal)
    onModule?.(module, index)
    const started = Date.now()
    await module.run(context)
    context.log(`${module.name} done in ${Date.now() - started} ms`)
  }
}

export async function runSeed(payload: Payload, options: SeedOptions = {}): Promise<SeedContext> {
  const modules = options.modules ?? seedModules
  if (options.reset) await resetSeededCollections(payload, modules)
  const context = createSeedContext(payload, options)
  await runModules(context, modules)
  return context
}
