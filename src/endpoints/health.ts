import type { Endpoint, PayloadRequest } from 'payload'

import { invalidationChannelUp } from '../lib/invalidation/instances'
import { bucketReachable, type ObjectStorageSettings } from '../lib/objectStorage'

const timeoutMs = 3000
const noStore = { 'Cache-Control': 'no-store' }

type Part = 'database' | 'objectStorage' | 'invalidationChannel'
type State = 'up' | 'down'

function withinTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} timed out`)), timeoutMs).unref()),
  ])
}

async function check(part: Part, req: PayloadRequest, work: () => Promise<unknown>): Promise<State> {
  try {
    await withinTimeout(work(), part)
    return 'up'
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `health check: ${part} unreachable` })
    return 'down'
  }
}

/**
 * `GET /api/health` (and `/api/health/ready`): readiness, for load balancers taking an instance
 * out of rotation. 200 when every part this instance needs answers: the database, the media
 * bucket when S3_* is set, the PostgreSQL invalidation channel when it runs; 503 otherwise,
 * naming the part that is down (`down: [...]`). `GET /api/health/live`: liveness, 200 while the
 * process serves requests, whatever its dependencies (a restart would not bring them back).
 */
export function healthEndpoints(options: { objectStorage?: ObjectStorageSettings }): Endpoint[] {
  const readiness: Endpoint['handler'] = async (req) => {
    const started = Date.now()
    const [database, objectStorage] = await Promise.all([
      check('database', req, () => req.payload.count({ collection: 'users', overrideAccess: true })),
      options.objectStorage
        ? check('objectStorage', req, () => bucketReachable(options.objectStorage!, timeoutMs))
        : undefined,
    ])
    const channel = invalidationChannelUp()
    const parts: Partial<Record<Part, State>> = { database }
    if (objectStorage) parts.objectStorage = objectStorage
    if (channel !== undefined) {
      parts.invalidationChannel = channel ? 'up' : 'down'
      if (!channel) req.payload.logger.error('health check: invalidationChannel not listening (reconnecting)')
    }
    const down = (Object.keys(parts) as Part[]).filter((part) => parts[part] === 'down')
    return Response.json(
      down.length
        ? { status: 'unavailable', ...parts, down }
        : { status: 'ok', ...parts, down, ms: Date.now() - started },
      { status: down.length ? 503 : 200, headers: noStore },
    )
  }
  return [
    { path: '/health', method: 'get', handler: readiness },
    { path: '/health/ready', method: 'get', handler: readiness },
    {
      path: '/health/live',
      method: 'get',
      handler: () => Response.json({ status: 'ok', uptime: Math.round(process.uptime()) }, { headers: noStore }),
    },
  ]
}
