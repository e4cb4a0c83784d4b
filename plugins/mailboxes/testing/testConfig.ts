import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig, type SanitizedConfig } from 'payload'

import { bareDepartments, bareUsers } from '../../shared/testing/collections'
import { testDatabaseAdapter } from '../../shared/testing/database'
import { testEmailAdapter } from '../../shared/testing/email'
import type { TestSite } from '../../shared/testing/testSite'
import { mailboxes } from '../index'
import type { MailboxesOptions } from '../types'
import { solutionOf, type IssuedChallenge } from './challenge'

/** Low proof-of-work in tests: solved in a few milliseconds. */
export const testChallengeMaxNumber = 200

/** The plugin alone, with bare users and departments, on the test database. */
export async function mailboxTestConfig(
  databaseUrl: string,
  options: MailboxesOptions & { smtpUrl?: string } = {},
): Promise<SanitizedConfig> {
  const mediaDir = process.env.MEDIA_DIR || fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-media-'))
  const { smtpUrl, ...pluginOptions } = options
  return buildConfig({
    secret: process.env.PAYLOAD_SECRET || crypto.randomBytes(16).toString('hex'),
    // No type generation in a child process: it would hold jest open and rewrite payload-types.ts.
    typescript: { autoGenerate: false },
    db: await testDatabaseAdapter(databaseUrl),
    // Without a test mailbox, mail goes nowhere (no console noise).
    email: testEmailAdapter(smtpUrl),
    collections: [bareUsers({ departmentsSlug: bareDepartments.slug }), bareDepartments],
    plugins: [
      mailboxes({
        attachmentsDir: `${mediaDir}-letters`,
        maxAttachmentBytes: 64 * 1024,
        challenge: { maxNumber: testChallengeMaxNumber },
        rateLimits: { submissionsPerHour: 1000, trackFailuresPer15Minutes: 5 },
        reminderSchedule: false,
        ...pluginOptions,
      }),
    ],
    admin: { user: 'users', avatar: 'default' },
    i18n: { supportedLanguages: { zh, en }, fallbackLanguage: 'zh' },
    custom: { site: { name: '示范区人民政府', timeZone: 'Asia/Shanghai' } },
    jobs: { tasks: [] },
    telemetry: false,
    logger: { options: { level: 'silent' } },
  })
}

export const attachmentsDirOf = (site: TestSite) => `${site.mediaDir}-letters`

/** Fetches a challenge through REST and solves it. */
export async function solvedChallenge(site: TestSite): Promise<string> {
  const response = await site.rest('GET', '/mailboxes/challenge')
  if (response.status !== 200) throw new Error(`challenge: ${response.status}`)
  return solutionOf((await response.json()) as IssuedChallenge)
}

export type LetterFields = Record<string, string | boolean | undefined>

export const goodLetter = (): LetterFields => ({
  category: 'suggestion',
  subject: '建议在文化路增设公交站',
  content: '文化路与学院路口附近居民较多，最近的公交站步行需十五分钟，建议增设一处站点。',
  name: '张三',
  phone: '13812345678',
  email: 'zhangsan@example.com',
  consentToPublish: true,
})

export type Attachment = { name: string; type: string; bytes: Buffer }

/** Posts a letter as the public form does (multipart), from the given client address. */
export async function submitLetter(
  site: TestSite,
  mailbox: number | string,
  fields: LetterFields,
  {
    attachments = [],
    client = '203.0.113.7',
    altcha,
  }: { attachments?: Attachment[]; client?: string; altcha?: string | null } = {},
): Promise<Response> {
  const form = new FormData()
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) form.append(key, String(value))
  const token = altcha === undefined ? await solvedChallenge(site) : altcha
  if (token !== null) form.append('altcha', token)
  for (const file of attachments)
    form.append('attachments', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
  return site.rest('POST', `/mailboxes/${mailbox}/letters`, { rawBody: form, headers: { 'x-gongkai-peer': client } })
}

/** Creates a department and the three mailboxes; the handler handles all three. */
export async function createMailboxes(site: TestSite, handlerIds: (number | string)[] = []) {
  const created = []
  for (const [index, [name, slug, leaderTitle]] of [
    ['书记信箱', 'shuji', '区委书记'],
    ['区长信箱', 'quzhang', '区长'],
    ['纪委书记信箱', 'jiwei', '区纪委书记'],
  ].entries()) {
    created.push(
      await site.payload.create({
        collection: 'mailboxes',
        data: {
          name,
          slug,
          leaderTitle,
          handlers: handlerIds as number[],
          deadlineWorkingDays: 15,
          enabled: true,
          order: index,
        },
        overrideAccess: true,
      }),
    )
  }
  return created
}

export async function createDepartment(site: TestSite, name: string, orgCode: string) {
  return site.payload.create({ collection: 'departments', data: { name, orgCode }, overrideAccess: true })
}
