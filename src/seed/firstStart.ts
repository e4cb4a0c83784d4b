import type { Payload } from 'payload'

import { onShutdown } from '../lib/shutdown'
import { seedModules } from './modules'
import { createSeedContext, runModules } from './runSeed'
import { SeedStopped } from './stopped'
import { setSeedStatus, type SeedStatus } from './status'
import type { SeedModule } from './types'

/**
 * Resolves once the response of the request that started Payload has been sent (Next's
 * `after`), or at once outside a request. On a first `next dev` the first request waits for
 * the admin's first compile; a seed running meanwhile takes a core from that compile.
 */
async function afterThisResponse(): Promise<void> {
  try {
    const { after } = await import('next/server')
    await new Promise<void>((resolve) => after(resolve))
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
}

/** Written before the first request is answered: sign-in works from the start. */
const accountModules = new Set(['departments', 'users'])

/**
 * Seeds an empty site on its first start without holding up the first request: the demo
 * accounts are created (and printed) before Payload finishes starting, the rest of the
 * content follows in the background with one progress line per step while the public site
 * says it is being prepared. A shutdown meanwhile stops the seed between two writes.
 * `background: false` (a production start) waits for all of it.
 */
export async function seedOnFirstStart(
  payload: Payload,
  options: { demoPassword?: string; modules?: SeedModule[]; background?: boolean } = {},
): Promise<{ background: Promise<void> }> {
  const modules = options.modules ?? seedModules
  const controller = new AbortController()
  const context = createSeedContext(payload, { demoPassword: options.demoPassword, signal: controller.signal })
  const first = modules.filter((module) => accountModules.has(module.name))
  const rest = modules.filter((module) => !accountModules.has(module.name))
  const started = Date.now()
  payload.logger.info('Empty database: seeding demo content (演示数据)…')
  await runModules(context, first)

  const status: SeedStatus = { state: 'running', startedAt: started, done: 0, total: rest.length }
  setSeedStatus(status)
  const background = (async () => {
    // Let Payload finish starting and answer the first request before the bulk of the work.
    if (options.background !== false) await afterThisResponse()
    try {
      await runModules(context, rest, (module, index) => {
        Object.assign(status, { done: index, step: module.name })
        payload.logger.info(`[seed] ${index + 1}/${rest.length} ${module.name}…`)
      })
      Object.assign(status, { state: 'done', done: rest.length, step: undefined })
      payload.logger.info(`[seed] 演示数据已就绪 Demo content ready in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    } catch (error) {
      if (error instanceof SeedStopped || controller.signal.aborted) {
        status.state = 'stopped'
        payload.logger.warn('[seed] stopped before it finished: run `npm run seed` for the full demo content')
      } else {
        status.state = 'failed'
        payload.logger.error({
          err: error,
          msg: `[seed] failed in ${status.step}: run \`npm run seed\` to start again`,
        })
      }
    }
  })()
  // Registered after Payload's own task, so it runs first: stop writing, then close the database.
  onShutdown('demo-seed', async () => {
    controller.abort()
    await background
  })
  if (options.background === false) await background
  return { background }
}
