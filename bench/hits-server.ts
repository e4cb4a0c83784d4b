/**
 * A small app process for the hit counter's benchmark and process tests: one Payload instance
 * (the plugin-only config of plugins/hit-counter/testing) with the production hit listener,
 * the site's SIGTERM/SIGINT handling, and, for comparison, two other ingest paths:
 *   HITS_PORT          the plugin's fast listener (production code path)
 *   HITS_NAIVE_PORT    payload.findByID + payload.update per hit (read-modify-write)
 *   HITS_PAYLOAD_PORT  Payload's REST handler for POST /api/hits without Next.js
 *   HITS_FLUSH_MS      flush interval (tests set it long to prove the shutdown flush)
 * On exit it prints `STORED {json}` with the counts in the database after the final flush.
 * Run: node --conditions=production --import tsx bench/hits-server.ts (DATABASE_URL, PAYLOAD_SECRET in the environment).
 */
import http from 'node:http'

import { getPayload, handleEndpoints, type CollectionSlug, type Payload } from 'payload'

import { getHitRuntime, hitSlugs } from '../plugins/hit-counter'
import { hitTestConfig } from '../plugins/hit-counter/testing/minimalConfig'
import { closePayload } from '../src/lib/closePayload'
import { installSignalHandlers, onShutdown } from '../src/lib/shutdown'

const env = process.env
const port = (name: string) => (env[name] ? Number(env[name]) : undefined)
const columnsSlug = 'columns' as CollectionSlug

const app: { payload?: Payload } = {}
// Shutdown tasks run last-registered first: hit flush (registered by the plugin), report, close.
onShutdown('payload', async () => app.payload && closePayload(app.payload))
onShutdown('report', async () => {
  const { payload } = app
  if (!payload) return
  const { docs } = await payload.find({ collection: hitSlugs.totals, pagination: false, overrideAccess: true })
  const totals = Object.fromEntries(docs.map((doc) => [(doc as { key?: string }).key, (doc as { hits?: number }).hits]))
  const { docs: columns } = await payload.find({ collection: columnsSlug, pagination: false, overrideAccess: true })
  const naive = columns.reduce((sum, doc) => sum + Number((doc as { naiveHits?: number }).naiveHits ?? 0), 0)
  const accepted = getHitRuntime(payload)?.buffer.accepted ?? 0
  console.info(`STORED ${JSON.stringify({ totals, naive, accepted })}`)
})
installSignalHandlers()

const config = await hitTestConfig(env.DATABASE_URL!, {
  listener: port('HITS_PORT') ? { port: port('HITS_PORT')! } : false,
  onShutdown,
  // Readers are told apart by X-Forwarded-For, as behind the site's reverse proxy.
  trustedProxies: ['127.0.0.1', '::1'],
  rateLimit: env.HITS_RATE_LIMIT === 'off' ? false : undefined,
  flushIntervalMs: env.HITS_FLUSH_MS ? Number(env.HITS_FLUSH_MS) : undefined,
})
const payload = await getPayload({ config })
app.payload = payload

const existing = await payload.find({ collection: columnsSlug, where: { path: { equals: 'bench' } }, limit: 1 })
const column =
  existing.docs[0] ??
  (await payload.create({ collection: columnsSlug, data: { name: '基准栏目', path: 'bench' } as never }))

function listen(listenPort: number, handler: http.RequestListener) {
  const server = http.createServer(handler)
  server.keepAliveTimeout = 65_000
  server.listen(listenPort, '127.0.0.1')
  onShutdown(`listener-${listenPort}`, () => new Promise<void>((resolve) => server.close(() => resolve())))
}

const naivePort = port('HITS_NAIVE_PORT')
if (naivePort) {
  // The approach this plugin replaces: read the document, add one, write it back.
  listen(naivePort, (request, response) => {
    request.resume()
    request.on('end', async () => {
      try {
        const doc = (await payload.findByID({ collection: columnsSlug, id: column.id, depth: 0 })) as {
          naiveHits?: number
        }
        await payload.update({
          collection: columnsSlug,
          id: column.id,
          data: { naiveHits: (doc.naiveHits ?? 0) + 1 } as never,
          depth: 0,
        })
        response.writeHead(202).end()
      } catch {
        response.writeHead(500).end()
      }
    })
  })
}

const payloadPort = port('HITS_PAYLOAD_PORT')
if (payloadPort) {
  listen(payloadPort, (request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', async () => {
      const headers = new Headers()
      for (const [name, value] of Object.entries(request.headers))
        if (typeof value === 'string') headers.set(name, value)
      const result = await handleEndpoints({
        config,
        request: new Request(`http://127.0.0.1${request.url}`, {
          method: request.method,
          headers,
          body: Buffer.concat(chunks),
        }),
      })
      response.writeHead(result.status).end(Buffer.from(await result.arrayBuffer()))
    })
  })
}

console.info(`READY ${JSON.stringify({ column: column.id })}`)
