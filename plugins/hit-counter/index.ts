import type { Config, Payload } from 'payload'

import { userHasRole } from '../shared/access'
import { createClientAddress } from '../shared/http/clientAddress'
import { counterCollections } from './collections/counterCollections'
import { analyticsEndpoints } from './endpoints/analyticsEndpoints'
import { recordHitEndpoint } from './endpoints/recordHitEndpoint'
import { hitRequestHandler, startHitListener, stopHitListener } from './lib/listener'
import { withRecheckHooks } from './lib/recheckHooks'
import { createHitRuntime, registerHitRuntime } from './lib/runtime'
import { analyticsPanelDependencies } from './lib/panels'
import type { HitCounterOptions, ResolvedHitCounterOptions } from './types'
import { withPluginTranslations } from '../shared/i18n/pluginTranslations'
import { hitCounterNamespace, hitCounterTranslations } from './translations'

export { flushHits, getHitRuntime } from './lib/runtime'
export { hitSlugs, type HitCounterOptions } from './types'

/** A package self-reference (package.json `exports`), not the host's folder layout. */
const adminPath = 'gongkai/hit-counter/admin'

function resolve(options: HitCounterOptions): ResolvedHitCounterOptions {
  return {
    columns: { parentField: 'parent', pathField: 'path', titleField: 'name', ...options.columns },
    items: (options.items ?? []).map((item) => ({ titleField: 'title', ...item })),
    dedupeWindowMinutes: options.dedupeWindowMinutes ?? 30,
    flushIntervalMs: options.flushIntervalMs ?? 1000,
    rateLimit: options.rateLimit ?? { points: 120, durationSeconds: 60 },
    maxBodyBytes: options.maxBodyBytes ?? 1024,
    timeZone: options.timeZone,
    trustedProxies: options.trustedProxies ?? [],
    agentsPerAddress: options.agentsPerAddress ?? 3,
    memory: { maxDedupeEntries: 200_000, maxRateLimitKeys: 100_000, ...options.memory },
    listener: options.listener,
    onShutdown: options.onShutdown,
    fastPath: options.fastPath,
    analyticsAccess: options.analyticsAccess ?? ((req) => userHasRole(req.user, 'admin', 'analyst')),
    adminView: options.adminView ?? true,
    analyticsPanels: options.analyticsPanels ?? [],
    refreshIntervalMs: options.refreshIntervalMs ?? 60_000,
    columnsWhere: options.columnsWhere,
  }
}

/**
 * Column hit counters (栏目点击统计): `POST /api/hits`, exact atomic counters in their own
 * collections, analyst rankings and charts. See README "Hit counter".
 */
export const hitCounter =
  (pluginOptions: HitCounterOptions) =>
  (config: Config): Config => {
    const options = resolve(pluginOptions)
    const timeZone =
      options.timeZone ?? (config.custom?.site as { timeZone?: string } | undefined)?.timeZone ?? 'Asia/Shanghai'
    const counted = new Set<string>([options.columns.slug, ...options.items.map((item) => item.slug)])
    const collections = (config.collections ?? []).map((collection) =>
      counted.has(collection.slug) ? withRecheckHooks(collection) : collection,
    )
    const views = options.adminView
      ? {
          ...config.admin?.components?.views,
          hitAnalytics: {
            Component: `${adminPath}/HitAnalyticsView#HitAnalyticsView`,
            path: '/hit-analytics' as const,
          },
        }
      : config.admin?.components?.views
    return {
      ...config,
      collections: [...collections, ...counterCollections(options)],
      i18n: withPluginTranslations(config, hitCounterNamespace, hitCounterTranslations),
      endpoints: [...(config.endpoints ?? []), recordHitEndpoint(options), ...analyticsEndpoints(options, timeZone)],
      admin: {
        ...config.admin,
        // Listed as dependencies so that the import map holds them; the view reads them back by key.
        dependencies: {
          ...config.admin?.dependencies,
          ...(options.adminView ? analyticsPanelDependencies(options.analyticsPanels) : {}),
        },
        components: {
          ...config.admin?.components,
          views,
          afterNavLinks: options.adminView
            ? [
                ...(config.admin?.components?.afterNavLinks ?? []),
                `${adminPath}/HitAnalyticsNavLink#HitAnalyticsNavLink`,
              ]
            : config.admin?.components?.afterNavLinks,
        },
      },
      async onInit(payload: Payload) {
        await config.onInit?.(payload)
        const runtime = createHitRuntime(payload, options, timeZone)
        registerHitRuntime(payload, runtime)
        // A failed first load (database not ready) must not stop the site; the timer retries.
        await runtime.publicIds
          .refresh()
          .catch((error) => payload.logger.error({ err: error, msg: 'hit counter: could not load public ids' }))
        const handlerOptions = {
          maxBodyBytes: options.maxBodyBytes,
          clientAddress: createClientAddress(options.trustedProxies),
        }
        // The host's own server (npm start) may answer POST /api/hits with this, before Next.js.
        const dropFastPath = options.fastPath?.(hitRequestHandler(runtime, handlerOptions))
        if (options.listener) {
          const { port, host = '127.0.0.1' } = options.listener
          try {
            await startHitListener(runtime, { port, host, ...handlerOptions })
            payload.logger.info(`hit counter: listening for POST /api/hits on ${host}:${port}`)
          } catch (error) {
            // The site must still start; Payload's own /api/hits keeps counting.
            payload.logger.error({ err: error, msg: `hit counter: cannot listen on ${host}:${port}` })
          }
        }
        const finish = async (announce: boolean) => {
          if (runtime.stopped) return
          dropFastPath?.()
          if (options.listener) await stopHitListener()
          await runtime.stop()
          const { accepted, written } = runtime.buffer
          // console, not the (asynchronous) logger: this line must be out before process.exit.
          if (announce) console.info(`[hit counter] stopped, ${accepted} hits accepted, ${written} written`)
        }
        // Registered after the host's own tasks, so it runs before the database closes.
        options.onShutdown?.('hit-counter', () => finish(true))
        // Whoever closes Payload (tests, scripts) gets the final flush too.
        const destroy = payload.destroy.bind(payload)
        payload.destroy = async () => {
          await finish(false).catch((error) =>
            payload.logger.error({ err: error, msg: 'hit counter: final flush failed' }),
          )
          return destroy()
        }
      },
    }
  }
