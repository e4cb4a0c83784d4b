import crypto from 'node:crypto'

import type { Payload } from 'payload'

import type { Role } from '../../plugins/shared/access'
import { seedModules } from './modules'
import { seededRandom } from './random'
import type { SeedContext, SeedModule } from './types'

export type SeedOptions = {
  /** Empty the seeded collections first (`npm run seed`). */
  reset?: boolean
  /** Password for every demo account; random per account when unset. */
  demoPassword?: string
  modules?: SeedModule[]
  quiet?: boolean
}

/** True when the database holds no staff account yet: the first start of a new site. */
export async function isEmptySite(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  return totalDocs === 0
}

export async function runSeed(payload: Payload, options: SeedOptions = {}): Promise<SeedContext> {
  const modules = options.modules ?? seedModules
  const log = options.quiet ? () => {} : (message: string) => payload.logger.info(`[seed] ${message}`)
  if (options.reset) {
    for (const module of [...modules].reverse()) {
      for (const collection of [...module.collections].reverse()) {
        // Adapter-level delete: no hooks, so rules such as "keep one admin" do not block a reset.
        await payload.db.deleteMany({ collection, where: {} })
        if (payload.collections[collection]?.config.versions) {
          await payload.db.deleteVersions({ collection, where: {} })
        }
      }
    }
  }
  const passwords = new Map<Role, string>()
  const context: SeedContext = {
    payload,
    passwordFor: (role) => {
      if (options.demoPassword) return options.demoPassword
      if (!passwords.has(role)) passwords.set(role, crypto.randomBytes(9).toString('base64url'))
      return passwords.get(role)!
    },
    random: seededRandom(20260101),
    shared: {},
    log,
  }
  for (const module of modules) {
    const started = Date.now()
    await module.run(context)
    log(`${module.name} done in ${Date.now() - started} ms`)
  }
  return context
}
