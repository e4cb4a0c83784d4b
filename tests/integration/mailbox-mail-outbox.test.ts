import fs from 'node:fs'
import net from 'node:net'

import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { mailQueue } from '../../plugins/mailboxes/mail/outbox'
import {
  attachmentsDirOf,
  createMailboxes,
  goodLetter,
  mailboxTestConfig,
  submitLetter,
} from '../../plugins/mailboxes/testing/testConfig'
import { freePort } from '../../src/lib/freePort'
import { startTestSite, type TestSite } from '../helpers/testPayload'

/**
 * An SMTP server that accepts connections and never says a word: the old code sent mail inside the
 * letter's create transaction, so on PostgreSQL the year's counter row stayed locked while
 * nodemailer waited, and every further submission queued behind it.
 */
let site: TestSite
let silent: net.Server
const sockets = new Set<net.Socket>()
let mailbox: number | string

beforeAll(async () => {
  const port = await freePort()
  silent = net.createServer((socket) => {
    sockets.add(socket)
    socket.on('error', () => {})
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => silent.listen(port, '127.0.0.1', resolve))
  site = await startTestSite({
    config: (url) =>
      mailboxTestConfig(url, { smtpUrl: `smtp://127.0.0.1:${port}`, rateLimits: { submissionsPerHour: 100 } }),
  })
  mailbox = (await createMailboxes(site))[0].id
}, 120_000)
afterAll(async () => {
  const dir = site ? attachmentsDirOf(site) : undefined
  for (const socket of sockets) socket.destroy()
  await site?.close()
  await new Promise<void>((resolve) => silent.close(() => resolve()))
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

it('stores concurrent letters while the SMTP server hangs, and keeps their mail queued', async () => {
  const responses = await Promise.all(
    Array.from({ length: 4 }, (_, i) =>
      submitLetter(site, mailbox, { ...goodLetter(), email: `writer${i}@example.com` }, { client: `192.0.2.${i + 1}` }),
    ),
  )
  expect(responses.map((response) => response.status)).toEqual([201, 201, 201, 201])
  const numbers = await Promise.all(
    responses.map(async (response) => ((await response.json()) as { number: string }).number),
  )
  expect(new Set(numbers).size).toBe(4)
  // Each letter's confirmation waits in the queue (sending, or to be retried), none is lost.
  const queued = await site.payload.count({
    collection: 'payload-jobs',
    where: { queue: { equals: mailQueue } },
    overrideAccess: true,
  })
  expect(queued.totalDocs).toBeGreaterThanOrEqual(4)
}, 25_000)
