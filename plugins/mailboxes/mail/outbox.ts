import type { Payload, PayloadRequest, TaskConfig } from 'payload'

/** The job queue letter mail waits in, apart from scheduled publishing and reminders. */
export const mailQueue = 'mailboxes-mail'
export const mailTaskSlug = 'mailboxSendMail'

type MailInput = { to: string[]; subject: string; text: string; html: string }

/**
 * Letter mail is an outbox: the hooks queue a job in the letter's own transaction (so a letter
 * that is rolled back sends nothing), and the mail leaves from the job after the commit. An SMTP
 * server that is slow or hangs then holds no row of the letter's transaction (the year's counter
 * above all) and delays no submission. A failed send is retried.
 */
export async function queueMail(
  req: PayloadRequest,
  to: string[] | string,
  message: { subject: string; text: string; html: string },
) {
  const recipients = (Array.isArray(to) ? to : [to]).filter(Boolean)
  if (recipients.length === 0) return
  const input: MailInput = { to: recipients, ...message }
  await req.payload.jobs.queue({ task: mailTaskSlug as never, input: input as never, queue: mailQueue, req })
  // The transaction may still be open: the first run after it commits picks the job up.
  const runner = runners.get(req.payload)
  if (runner) setTimeout(runner.kick, 50).unref()
}

export const mailTask: TaskConfig = {
  slug: mailTaskSlug as string,
  label: 'Send letter mail',
  retries: { attempts: 6, backoff: { type: 'exponential', delay: 30_000 } },
  inputSchema: [
    { name: 'to', type: 'json', required: true },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'html', type: 'textarea', required: true },
  ],
  handler: async ({ input, req }) => {
    const mail = input as MailInput
    // A throw fails the attempt and Payload retries it later.
    await req.payload.sendEmail({ to: mail.to, subject: mail.subject, text: mail.text, html: mail.html })
    return { output: {} }
  },
} as TaskConfig

const runners = new WeakMap<Payload, { kick: () => void }>()

/** How long shutdown waits for a mail run in flight before the database goes away under it. */
const stopWaitMs = 10_000

/**
 * Runs the mail queue in this process: soon after a letter queues mail, and every `intervalMs` for
 * retries and for mail queued by another process. One run at a time; a send that hangs delays
 * only later mail, never a request. `stop()` resolves once the run in flight (if any) has ended,
 * so that closing the database does not pull a connection from under a job's transaction.
 */
export function startMailRunner(payload: Payload, intervalMs: number) {
  let inFlight: Promise<void> | undefined
  let stopped = false
  const kick = () => {
    if (inFlight || stopped) return
    inFlight = payload.jobs
      .run({ queue: mailQueue, limit: 20, overrideAccess: true })
      .then(() => undefined)
      .catch((error) => payload.logger.error({ err: error, msg: 'mailboxes: mail queue run failed, will retry' }))
      .finally(() => {
        inFlight = undefined
      })
  }
  const timer = setInterval(kick, intervalMs)
  timer.unref()
  const stop = async () => {
    stopped = true
    clearInterval(timer)
    if (!inFlight) return
    let wait: NodeJS.Timeout | undefined
    await Promise.race([inFlight, new Promise<void>((resolve) => (wait = setTimeout(resolve, stopWaitMs)))])
    clearTimeout(wait)
  }
  runners.set(payload, { kick })
  return stop
}
