/**
 * The production server's job runner: every few seconds it calls the app's own
 * `/api/jobs-runner/tick` (src/lib/jobs.ts) with a token only this process knows. Due jobs
 * (scheduled publishes, reminders) then run inside a Next.js request, where dropping cached
 * pages works; Payload's own cron runs outside any request and would leave them stale.
 */
import crypto from 'node:crypto'

/** A secret this process makes once and hands to the app through the environment variable `name`. */
function processToken(name, env) {
  env[name] ||= crypto.randomBytes(24).toString('base64url')
  return env[name]
}

/** Makes this process's token, for the app (JOBS_RUNNER_TOKEN) and the ticker. */
export const runnerToken = (env = process.env) => processToken('JOBS_RUNNER_TOKEN', env)

/**
 * Makes this process's loopback token (GONGKAI_LOOPBACK_TOKEN), by which the app knows a call
 * to `/api/invalidation/expire` comes from this server.
 */
export const loopbackToken = (env = process.env) => processToken('GONGKAI_LOOPBACK_TOKEN', env)

/** JOBS_AUTORUN as src/lib/settings.ts reads it (default on). */
export const jobsAutorun = (value = process.env.JOBS_AUTORUN) => !/^(0|false|no|off)$/i.test(value ?? '')

export function startJobTicker({ origin, token, intervalMs = 5_000, log = console }) {
  let running = false
  let failing = false
  const tick = async () => {
    if (running) return
    running = true
    try {
      const response = await fetch(`${origin}/api/jobs-runner/tick`, { headers: { 'x-jobs-runner-token': token } })
      await response.arrayBuffer()
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      if (failing) log.info('[jobs] the job runner works again')
      failing = false
    } catch (error) {
      // Once per outage, not every few seconds.
      if (!failing) log.error(`[jobs] the job runner could not run the queue: ${error?.message ?? error}`)
      failing = true
    } finally {
      running = false
    }
  }
  const timer = setInterval(() => void tick(), intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}
