import { afterAll, beforeAll, expect, it } from '@jest/globals'

import { localDay } from '../../plugins/shared/calendar/workingDays'
import { runSeed } from '../../src/seed/runSeed'
import { startTestSite, type TestSite } from '../helpers/testPayload'

/** The demo content gives a newcomer a complete, checked report of last year at once. */
let site: TestSite
let token: string
const lastYear = Number(localDay(new Date(), 'Asia/Shanghai').slice(0, 4)) - 1

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

beforeAll(async () => {
  site = await startTestSite()
  await runSeed(site.payload, { quiet: true, demoPassword: 'seed-test-password' })
  token = await site.login('analyst@example.com', 'seed-test-password')
}, 600_000)
afterAll(async () => site?.close())

it('last year: 50 requests in the 88% / 8% / 4% mix, three carried over, every check green', async () => {
  const response = await site.rest('GET', `/annual-report/${lastYear}`, { token })
  expect(response.status).toBe(200)
  const report = (await response.json()) as Json
  expect(report.checks.filter((check: Json) => !check.ok)).toEqual([])
  expect(report.table3.new.total).toBe(50)
  expect(report.table3.disclosed.total).toBe(44 - 3)
  expect(report.table3['partly-disclosed'].total).toBe(4)
  expect(report.table3['not-disclosed'].total).toBe(2)
  expect(report.table3.carriedForward.total).toBe(3)
  expect(report.figures.proactive.total).toBeGreaterThan(0)
  expect(report.figures.mailboxes.length).toBe(3)
  const thisYear = (await (await site.rest('GET', `/annual-report/${lastYear + 1}`, { token })).json()) as Json
  expect(thisYear.table3.carriedOver.total).toBe(3)
  const website = await site.rest('GET', `/annual-report/${lastYear}/website`, { token })
  expect(website.status).toBe(200)
})

it('the demo disclosure officer sees the requests with the applicants', async () => {
  const officer = await site.login('disclosure@example.com', 'seed-test-password')
  const response = await site.rest('GET', '/disclosure-requests?limit=1', { token: officer })
  expect(response.status).toBe(200)
  expect(((await response.json()) as Json).docs[0].applicantName).toBeTruthy()
})
