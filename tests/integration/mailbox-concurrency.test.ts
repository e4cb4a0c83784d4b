import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import {
  attachmentsDirOf,
  createMailboxes,
  goodLetter,
  mailboxTestConfig,
  solvedChallenge,
  submitLetter,
} from '../../plugins/mailboxes/testing/testConfig'
import { startTestSite, type TestSite } from '../helpers/testPayload'

let site: TestSite
let mailboxIds: (number | string)[]

beforeAll(async () => {
  // The numbering is under test here, not the proof-of-work: a cheap challenge keeps 300 solves
  // from dominating the run on a loaded machine.
  site = await startTestSite({ config: (url) => mailboxTestConfig(url, { challenge: { maxNumber: 2_000 } }) })
  mailboxIds = (await createMailboxes(site)).map((box) => box.id)
})
afterAll(async () => {
  const dir = site ? attachmentsDirOf(site) : undefined
  await site?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

describe('many writers at once', () => {
  // 300 transactions contending for one counter row: correctness, not speed, is under test, so
  // the time limit is generous.
  it('300 concurrent letters get 300 distinct, gap-free numbers and distinct query codes', async () => {
    const count = 300
    const tokens: string[] = []
    for (let i = 0; i < count; i++) tokens.push(await solvedChallenge(site))
    const responses = await Promise.all(
      tokens.map((altcha, i) =>
        submitLetter(site, mailboxIds[i % 3], goodLetter(), {
          altcha,
          client: `10.0.${Math.floor(i / 250)}.${i % 250}`,
        }),
      ),
    )
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as { number: string; queryCode: string }[]
    expect(responses.map((r) => r.status)).toEqual(Array(count).fill(201))
    const numbers = bodies.map((b) => b.number)
    expect(new Set(numbers).size).toBe(count)
    expect(new Set(bodies.map((b) => b.queryCode)).size).toBe(count)
    const sequence = numbers.map((n) => Number(n.slice(5))).sort((a, b) => a - b)
    expect(sequence).toEqual(Array.from({ length: count }, (_, i) => i + 1))

    const stored = await site.payload.find({
      collection: 'letters',
      pagination: false,
      overrideAccess: true,
      select: { number: true, queryCodeHash: true },
    })
    expect(stored.docs).toHaveLength(count)
    expect(new Set(stored.docs.map((d) => d.queryCodeHash)).size).toBe(count)
  }, 240_000)
})
