import type { Endpoint } from 'payload'

import type { MailboxRuntime } from './runtime'
import { json } from './runtime'

/** `GET /api/mailboxes/challenge`: a fresh proof-of-work challenge for the ALTCHA widget. */
export const challengeEndpoint = (runtime: MailboxRuntime): Endpoint => ({
  path: '/challenge',
  method: 'get',
  handler: async (req) => json(await runtime.challenge(req).issue()),
})
