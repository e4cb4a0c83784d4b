import type { CollectionConfig, Endpoint, JobsConfig, PayloadRequest } from 'payload'

import { recordRunnerHeartbeat, scheduledChangeTask } from '../../plugins/publish-workflow'
import { isAdmin, userHasRole } from '../../plugins/shared/access'
import { processState } from '../server/bridge.mjs'
import { headerTokenMatches } from './headerToken'
import type { RunnerLock } from './postgresRunnerLock'

/** Header that carries the in-process runner's token (server.mjs makes one per process). */
export const runnerTokenHeader = 'x-jobs-runner-token'

const tokenMatches = (req: PayloadRequest, token: string | undefined) =>
  headerTokenMatches(req, runnerTokenHeader, token)

/**
 * Jobs act as the users they name, so only the system writes them: the Local API (which
 * the workflow uses to queue) and nobody through REST or GraphQL. Administrators may read
 * them and delete one (a failed schedule they have dealt with), cancel and run the queue.
 */
export const jobsAccess = (runnerToken: string | undefined): JobsConfig['access'] => ({
  run: ({ req }) => tokenMatches(req, runnerToken) || userHasRole(req.user, 'admin'),
  queue: () => false,
  cancel: ({ req }) => userHasRole(req.user, 'admin'),
})

export const jobsCollectionAccess = ({ defaultJobsCollection }: { defaultJobsCollection: CollectionConfig }) => ({
  ...defaultJobsCollection,
  access: { read: isAdmin, delete: isAdmin, create: () => false, update: () => false },
})

/** Set on PostgreSQL (payload.config.ts): only the instance holding it runs the queue. */
export const runnerLock = processState('runnerLock', () => ({ current: null as RunnerLock | null }))

const heartbeatEveryMs = 30_000
let lastHeartbeat = 0

/**
 * `GET /api/jobs-runner/tick`: what server.mjs calls every few seconds (with its token) to
 * run the due jobs. Running them inside a request, not from a timer of its own, is what lets
 * a scheduled publish drop the cached pages: Next.js's `revalidatePath` works only there.
 * Each tick also records the runner's heartbeat, which other instances read before they
 * accept a schedule.
 */
export const runnerTickEndpoint = (runnerToken: string | undefined, queue = 'default'): Endpoint => ({
  path: '/jobs-runner/tick',
  method: 'get',
  handler: async (req) => {
    if (!tokenMatches(req, runnerToken)) return Response.json({ message: 'Not found' }, { status: 404 })
    // Another instance runs the queue: it holds the lock until it stops.
    if (runnerLock.current && !(await runnerLock.current.hold())) {
      return Response.json({ ok: true, ran: false }, { headers: { 'Cache-Control': 'no-store' } })
    }
    // Other instances only need to know the runner lives: one write every 30 s is plenty.
    if (Date.now() - lastHeartbeat > heartbeatEveryMs) {
      await recordRunnerHeartbeat(req.payload, queue)
      lastHeartbeat = Date.now()
    }
    if (req.payload.config.jobs.scheduling) await req.payload.jobs.handleSchedules({ queue, req })
    // The scheduled-change task logs its own faults once, at its last attempt; Payload would
    // log every attempt. Other tasks keep Payload's error logging.
    const own = await req.payload.jobs.run({
      queue,
      req,
      silent: true,
      where: { taskSlug: { equals: scheduledChangeTask } },
    })
    const others = await req.payload.jobs.run({
      queue,
      req,
      silent: { info: true, error: false },
      // Workflow jobs have no task slug, and SQL's `<>` alone would skip them.
      where: { or: [{ taskSlug: { not_equals: scheduledChangeTask } }, { taskSlug: { exists: false } }] },
    })
    return Response.json(
      { ok: true, remaining: (own.remainingJobsFromQueried ?? 0) + (others.remainingJobsFromQueried ?? 0) },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  },
})
