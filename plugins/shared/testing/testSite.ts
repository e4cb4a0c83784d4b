import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload, handleEndpoints, type Payload, type SanitizedConfig } from 'payload'

import { closePayload } from '../lifecycle/closePayload'
import { schemaTemplates } from './schemaTemplates'
import { createTestDatabase, type TestDatabase } from './testDatabase'

export type RequestOptions = {
  body?: unknown
  /** A JWT from {@link TestSite.login}; sent as `Authorization: JWT …`. */
  token?: string
  headers?: Record<string, string>
  /** A ready-made body (FormData for uploads); overrides `body`. */
  rawBody?: BodyInit
}

export type TestSite = {
  payload: Payload
  config: SanitizedConfig
  database: TestDatabase
  mediaDir: string
  /** Calls Payload's REST handlers with a real `Request`, as Next.js's route would. */
  rest: (method: string, path: string, options?: RequestOptions) => Promise<Response>
  login: (email: string, password: string) => Promise<string>
  close: () => Promise<void>
}

export type StartOptions = {
  /** Builds the config on the fresh database (a plugin's alone-config, or the host's). */
  config: (databaseUrl: string) => Promise<SanitizedConfig>
  env?: Record<string, string>
  /** Runs on the fresh, empty database before Payload connects (e.g. `payload migrate`). */
  beforeStart?: (databaseUrl: string) => Promise<void>
}

/**
 * A Payload instance on a fresh database of the test run's engine (TEST_DB), with its own
 * media folder, for a plugin's tests alone or (through tests/helpers) the reference site.
 */
export async function startTestSite(options: StartOptions): Promise<TestSite> {
  const database = await createTestDatabase()
  await options.beforeStart?.(database.url)
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-media-'))
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    MEDIA_DIR: mediaDir,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || crypto.randomBytes(16).toString('hex'),
    SEED_ON_START: 'false',
    JOBS_AUTORUN: 'false',
    ...options.env,
  })
  // A file that prepares its database itself (migrations) gets no template.
  const templates = options.beforeStart ? null : schemaTemplates(database)
  const built = await options.config(database.url)
  const config = templates ? templates.attach(built) : built
  const key = `test-${crypto.randomBytes(6).toString('hex')}`
  const payload = await getPayload({ config, key })

  const rest: TestSite['rest'] = async (method, urlPath, { body, token, headers, rawBody } = {}) => {
    const init: RequestInit = { method, headers: { ...headers } }
    if (rawBody !== undefined) {
      init.body = rawBody
      // A streamed body (a slow or endless upload) must say so.
      if (rawBody instanceof ReadableStream) (init as RequestInit & { duplex: 'half' }).duplex = 'half'
    } else if (body !== undefined) {
      init.body = JSON.stringify(body)
      ;(init.headers as Record<string, string>)['Content-Type'] = 'application/json'
    }
    if (token) (init.headers as Record<string, string>).Authorization = `JWT ${token}`
    const request = new Request(`http://localhost${urlPath.startsWith('/api') ? '' : '/api'}${urlPath}`, init)
    return handleEndpoints({ config, request, payloadInstanceCacheKey: key })
  }

  const login: TestSite['login'] = async (email, password) => {
    const response = await rest('POST', '/users/login', { body: { email, password } })
    const json = (await response.json()) as { token?: string; errors?: unknown }
    if (!json.token) throw new Error(`login failed for ${email}: ${JSON.stringify(json)}`)
    return json.token
  }

  const close = async () => {
    await closePayload(payload)
    ;(globalThis as { _payload?: Map<string, unknown> })._payload?.delete(key)
    await templates?.saveIfNew()
    await database.drop()
    fs.rmSync(mediaDir, { recursive: true, force: true })
  }

  return { payload, config, database, mediaDir, rest, login, close }
}
