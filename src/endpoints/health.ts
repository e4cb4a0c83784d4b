import type { Endpoint } from 'payload'

const timeoutMs = 3000

/**
 * `GET /api/health`: 200 when the database answers a query, 503 otherwise. Load
 * balancers use it to take an instance out of rotation.
 */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const started = Date.now()
    try {
      await Promise.race([
        req.payload.count({ collection: 'users', overrideAccess: true }),
        new Promise((_, reject) => setTimeout(() => reject(new Error('database timed out')), timeoutMs).unref()),
      ])
      return Response.json(
        { status: 'ok', database: 'up', ms: Date.now() - started },
        { headers: { 'Cache-Control': 'no-store' } },
      )
    } catch (error) {
      req.payload.logger.error({ err: error, msg: 'health check: database unreachable' })
      return Response.json(
        { status: 'unavailable', database: 'down' },
        { status: 503, headers: { 'Cache-Control': 'no-store' } },
      )
    }
  },
}
