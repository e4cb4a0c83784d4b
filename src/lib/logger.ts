import type { Config } from 'payload'
import type { LoggerOptions } from 'pino'
import { build } from 'pino-pretty'

import { siteBridge } from '../server/bridge.mjs'
import type { SiteSettings } from './settings'

const errorLevel = 50

/**
 * A 4xx that Payload answers (a visitor asking for a removed or unpublished item, a wrong
 * password, a refused action) is the client's mistake, not a fault. Payload logs such
 * errors at ERROR unless their class name is listed in `loggingLevels`, and the production
 * build minifies class names (NotFound becomes `id`), so the status decides here instead.
 */
export function isClientError(value: unknown): boolean {
  const err = value && typeof value === 'object' ? (value as { err?: unknown }).err : undefined
  const status = err && typeof err === 'object' ? (err as { status?: unknown }).status : undefined
  return typeof status === 'number' && status >= 400 && status < 500
}

const hooks: LoggerOptions['hooks'] = {
  logMethod(args, method, level) {
    if (level >= errorLevel && isClientError(args[0])) {
      this.debug(...(args as [object, string?]))
      return
    }
    method.apply(this, args)
  },
}

/**
 * The id of the request being handled (server.mjs gives each one, src/server/requestId.mjs), on
 * every line logged while handling it; lines logged outside a request (start-up, jobs run by
 * Payload's cron) carry none.
 */
export const requestIdMixin = (): { reqId?: string } => {
  const id = siteBridge().requestContext?.getStore()?.id
  return id ? { reqId: id } : {}
}

/**
 * Payload's logger for the site: JSON lines (one object per line, with `reqId` inside a
 * request) in production, when LOG_LEVEL is set, and in tests (silent unless asked);
 * otherwise, in development, Payload's usual pretty output. Visitors' 4xx at debug either way.
 */
export function siteLogger(settings: SiteSettings, explicitLevel: boolean): Config['logger'] {
  const options = { level: settings.logLevel, hooks, mixin: requestIdMixin }
  if (settings.production || explicitLevel || settings.testing) return { options }
  return {
    options,
    destination: build({ colorize: true, ignore: 'pid,hostname', translateTime: 'SYS:HH:MM:ss' }),
  }
}
