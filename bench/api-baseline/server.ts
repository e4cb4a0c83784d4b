/**
 * The plain-Payload baseline's server for `npm run bench:api` (bench/api-baseline/config.ts):
 * Payload's own REST handler (`handleEndpoints`, what `@payloadcms/next/routes` calls) behind a
 * bare Node `http` server. It has no Next.js routing in front, so it is a stricter bar than a
 * plain Payload app served by Next.js would be.
 *   BASELINE_DATABASE_URL  the SQLite file (a copy of the reference site's, already seeded)
 *   PORT                   where to listen; prints READY once it listens
 * Run: node --conditions=production --import tsx bench/api-baseline/server.ts
 */
import http from 'node:http'

import { getPayload, handleEndpoints } from 'payload'

import { baselineConfig } from './config'

const config = await baselineConfig(process.env.BASELINE_DATABASE_URL!)
await getPayload({ config })

const server = http.createServer((request, response) => {
  const chunks: Buffer[] = []
  request.on('data', (chunk: Buffer) => chunks.push(chunk))
  request.on('end', async () => {
    try {
      const headers = new Headers()
      for (const [name, value] of Object.entries(request.headers))
        if (typeof value === 'string') headers.set(name, value)
      const hasBody = request.method !== 'GET' && request.method !== 'HEAD'
      const result = await handleEndpoints({
        config,
        request: new Request(`http://127.0.0.1${request.url}`, {
          method: request.method,
          headers,
          body: hasBody ? Buffer.concat(chunks) : undefined,
        }),
      })
      const body = Buffer.from(await result.arrayBuffer())
      response.writeHead(result.status, Object.fromEntries(result.headers.entries()))
      response.end(body)
    } catch (error) {
      console.error(error)
      response.writeHead(500).end()
    }
  })
})
server.keepAliveTimeout = 65_000
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.info('READY'))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
