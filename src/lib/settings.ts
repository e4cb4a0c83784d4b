import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { objectStorageFromEnv, type ObjectStorageSettings } from './objectStorage'
import { projectRoot } from './paths'

/** Everything the reference site reads from its environment, in one place. */
export type SiteSettings = {
  databaseUrl?: string
  secret: string
  serverUrl?: string
  siteName: string
  logoText: string
  timeZone: string
  smtpUrl?: string
  mailFrom?: string
  mediaDir: string
  mediaMaxBytes: number
  /** S3_*: media in an S3-compatible bucket instead of `mediaDir` (src/lib/objectStorage.ts). */
  objectStorage?: ObjectStorageSettings
  production: boolean
  /** Push the schema on start instead of migrations (dev, tests; DB_PUSH overrides). */
  pushSchema: boolean
  testing: boolean
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
  /** Seed demo content when the database has no users (dev default). */
  seedOnStart: boolean
  /**
   * Origins allowed to call the public API from a browser (CORS), e.g. the host of the static
   * export: its beacon, search, letter form and tracking page call this site's API.
   */
  corsOrigins: string[]
  /** Run queued jobs (scheduled publishing, reminders) inside this process. */
  runJobs: boolean
  /**
   * Set by server.mjs (JOBS_RUNNER_TOKEN): it runs the queue by calling the app's tick
   * endpoint with this token, so Payload's own cron stays off.
   */
  jobsRunnerToken?: string
  /** Set by server.mjs (GONGKAI_LOOPBACK_TOKEN): its calls to the app's invalidation endpoint carry it. */
  loopbackToken?: string
  /**
   * INVALIDATION_CHANNEL (default on, except in tests): instances sharing a PostgreSQL database
   * tell each other of public changes over LISTEN/NOTIFY (src/lib/invalidation/postgresChannel.ts).
   */
  invalidationChannel: boolean
  /**
   * TRUSTED_PROXIES: addresses/CIDR ranges of the reverse proxies in front of the site; only their
   * X-Forwarded-For / X-Real-IP are believed (default none: the connection's address is the client).
   */
  trustedProxies: string[]
  /** Auth cookies carry `Secure` (production, unless the site itself is on loopback HTTP). */
  secureCookies: boolean
}

const loopbackHttp = (url: string | undefined) =>
  Boolean(url && /^http:\/\/(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?(\/|$)/i.test(url))

/**
 * Why a production server must not start, if it must not. Without SITE_URL Payload has no
 * CSRF allow-list and accepts the sign-in cookie from any site's pages, so the server
 * refuses rather than guess its own origin from each request's (spoofable) Host header.
 */
export function productionStartProblem(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.NODE_ENV !== 'production' || env.NEXT_PHASE === 'phase-production-build') return null
  if (!env.SITE_URL)
    return 'SITE_URL must be set in production (e.g. https://www.example.gov.cn): it is the CSRF allow-list for sign-in cookies'
  if (!/^https?:\/\/[^/]+/i.test(env.SITE_URL)) return `SITE_URL must be an http(s) URL, not "${env.SITE_URL}"`
  return null
}

/**
 * Development needs no set-up: without PAYLOAD_SECRET a random secret is made once and
 * kept in data/ so sign-ins survive restarts. Production refuses to start without one.
 */
function resolveSecret(env: NodeJS.ProcessEnv, production: boolean): string {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  if (production && env.NEXT_PHASE !== 'phase-production-build') {
    throw new Error('PAYLOAD_SECRET must be set in production')
  }
  const file = path.join(projectRoot, 'data', '.dev-secret')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    const secret = crypto.randomBytes(32).toString('hex')
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, secret, { mode: 0o600 })
    return secret
  }
}

const flag = (value: string | undefined, fallback: boolean) =>
  value === undefined || value === '' ? fallback : /^(1|true|yes|on)$/i.test(value)

export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): SiteSettings {
  const production = env.NODE_ENV === 'production'
  const testing = env.NODE_ENV === 'test'
  const maxMb = Number(env.MEDIA_MAX_MB || 20)
  return {
    databaseUrl: env.DATABASE_URL,
    secret: resolveSecret(env, production),
    serverUrl: env.SITE_URL || undefined,
    siteName: env.SITE_NAME || '示范区人民政府',
    logoText: env.SITE_LOGO_TEXT || env.SITE_NAME || '示范区人民政府',
    timeZone: env.SITE_TIME_ZONE || 'Asia/Shanghai',
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || undefined,
    mediaDir: path.resolve(projectRoot, env.MEDIA_DIR || 'media'),
    mediaMaxBytes: Number.isFinite(maxMb) && maxMb > 0 ? Math.round(maxMb * 1024 * 1024) : 20 * 1024 * 1024,
    objectStorage: objectStorageFromEnv(env),
    production,
    pushSchema: flag(env.DB_PUSH, !production),
    testing,
    logLevel: (env.LOG_LEVEL as SiteSettings['logLevel']) || (testing ? 'silent' : 'info'),
    seedOnStart: flag(env.SEED_ON_START, !production && !testing),
    runJobs: flag(env.JOBS_AUTORUN, !testing),
    jobsRunnerToken: env.JOBS_RUNNER_TOKEN || undefined,
    loopbackToken: env.GONGKAI_LOOPBACK_TOKEN || undefined,
    invalidationChannel: flag(env.INVALIDATION_CHANNEL, !testing),
    trustedProxies: (env.TRUSTED_PROXIES ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
    secureCookies: production && !loopbackHttp(env.SITE_URL),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim().replace(/\/+$/, ''))
      .filter(Boolean),
  }
}
