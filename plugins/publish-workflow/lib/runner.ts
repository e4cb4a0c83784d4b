import type { Payload, PayloadRequest } from 'payload'

import type { ResolvedOptions } from '../types'
import { workflowError } from './errors'

/** A runner that has not run the queue for this long is taken for gone. */
export const runnerStaleAfterMs = 3 * 60_000

const heartbeatKey = (queue: string) => `publish-workflow:runner:${queue}`

/**
 * Called by whatever runs the jobs queue (each tick, due jobs or not): schedules are
 * accepted while some process, this one or another on the same database, is seen running it.
 */
export async function recordRunnerHeartbeat(payload: Payload, queue: string, at = new Date()) {
  await payload.kv.set(heartbeatKey(queue), { at: at.toISOString() })
}

export async function lastRunnerHeartbeat(payload: Payload, queue: string): Promise<Date | null> {
  const value = (await payload.kv.get(heartbeatKey(queue))) as { at?: string } | null
  const time = value?.at ? Date.parse(value.at) : NaN
  return Number.isNaN(time) ? null : new Date(time)
}

/** True when this process runs the queue itself or another runner was seen recently. */
export async function jobRunnerActive(req: PayloadRequest, options: ResolvedOptions): Promise<boolean> {
  if (await options.inProcessRunner(req.payload)) return true
  const last = await lastRunnerHeartbeat(req.payload, options.queue)
  return last !== null && Date.now() - last.getTime() < runnerStaleAfterMs
}

/** Refuses a schedule nobody would carry out (an office would find its 9:00 notice unpublished). */
export async function assertJobRunner(req: PayloadRequest, options: ResolvedOptions) {
  if (await jobRunnerActive(req, options)) return
  throw workflowError(req, 503, {
    zh: `没有正在运行的任务执行器（队列 ${options.queue}），定时操作不会执行，已拒绝。请开启 JOBS_AUTORUN 或启动任务执行器后再设置。`,
    en: `No job runner is running the "${options.queue}" queue, so the schedule would never run; refused. Turn on JOBS_AUTORUN or start a runner, then schedule again.`,
  })
}
