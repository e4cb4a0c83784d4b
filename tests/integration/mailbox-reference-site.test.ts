import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createMailboxes, goodLetter, submitLetter } from '../../plugins/mailboxes/testing/testConfig'
import { startTestSite, type TestSite } from '../helpers/testPayload'

let site: TestSite

beforeAll(async () => {
  site = await startTestSite()
  await createMailboxes(site)
})
afterAll(async () => {
  const dir = site ? `${site.mediaDir}-letters` : undefined
  await site?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

describe('mailboxes in the reference site', () => {
  it('takes letters with a realistic challenge, keeps attachments outside the public media folder', async () => {
    const challenge = (await (await site.rest('GET', '/mailboxes/challenge')).json()) as { maxnumber: number }
    expect(challenge.maxnumber).toBe(200_000)
    // The site's cost (issue 11.5: about 100,000 tries on average); its limits apply (5 letters per hour).
    const response = await submitLetter(site, 'shuji', goodLetter(), {
      attachments: [{ name: 'a.pdf', type: 'application/pdf', bytes: Buffer.from('%PDF-1.4\nxref\n%%EOF\n') }],
    })
    expect(response.status).toBe(201)
    expect(fs.readdirSync(`${site.mediaDir}-letters`)).toHaveLength(1)
    expect(fs.readdirSync(site.mediaDir)).toHaveLength(0)
  })

  it('lists the enabled mailboxes publicly without their handlers', async () => {
    const body = (await (await site.rest('GET', '/mailboxes')).json()) as { docs: Record<string, unknown>[] }
    expect(body.docs.map((d) => d.slug)).toEqual(['shuji', 'quzhang', 'jiwei'])
    expect(body.docs[0].handlers).toBeUndefined()
  })
})
