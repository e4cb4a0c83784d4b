import path from 'node:path'

import type { Config, Endpoint, PayloadRequest } from 'payload'

import { createLetterAttachmentsCollection } from './collections/letterAttachments'
import { letterCounters } from './collections/letterCounters'
import { createLettersCollection } from './collections/letters'
import { createMailboxesCollection } from './collections/mailboxes'
import { challengeEndpoint } from './endpoints/challenge'
import { publishedRepliesEndpoint, publishedReplyEndpoint } from './endpoints/publishedReplies'
import { reissueQueryCodeEndpoint } from './endpoints/reissueQueryCode'
import type { MailboxRuntime } from './endpoints/runtime'
import { statisticsEndpoint } from './endpoints/statistics'
import { submitLetterEndpoint } from './endpoints/submitLetter'
import { trackLetterEndpoint } from './endpoints/trackLetter'
import { reminderTask } from './jobs/reminders'
import { mailTask, startMailRunner } from './mail/outbox'
import { clientAddressOfHeaders, createClientAddress } from '../shared/http/clientAddress'
import { ChallengeService } from '../shared/abuse/challenge'
import { createLimiters } from './lib/rateLimits'
import { deriveKey } from '../shared/abuse/secrets'
import type { MailboxesOptions, ResolvedMailboxesOptions } from './types'
import { inspectUpload } from '../shared/uploads/allowedFiles'
import { withPluginTranslations } from '../shared/i18n/pluginTranslations'
import { mailboxesNamespace, mailboxesTranslations } from './translations'

export type { MailboxesOptions } from './types'
export { mailboxStatistics } from './lib/statistics'

function fromTrustedProxies(trustedProxies: string[]) {
  const resolve = createClientAddress(trustedProxies)
  return (headers: Headers) => clientAddressOfHeaders(resolve, headers)
}

function resolveOptions(options: MailboxesOptions): ResolvedMailboxesOptions {
  return {
    disabled: options.disabled ?? false,
    departmentsSlug: options.departmentsSlug ?? 'departments',
    usersSlug: options.usersSlug ?? 'users',
    userDepartmentField: options.userDepartmentField ?? 'department',
    inspectUpload: options.inspectUpload ?? inspectUpload,
    attachmentsDir: options.attachmentsDir ?? path.resolve(process.cwd(), 'media-letters'),
    maxAttachmentBytes: options.maxAttachmentBytes ?? 5 * 1024 * 1024,
    maxAttachments: options.maxAttachments ?? 3,
    timeZone: options.timeZone,
    secret: options.secret,
    siteUrl: options.siteUrl,
    challenge: {
      maxNumber: options.challenge?.maxNumber ?? 200_000,
      expiresInSeconds: options.challenge?.expiresInSeconds ?? 20 * 60,
    },
    rateLimits: {
      submissionsPerHour: options.rateLimits?.submissionsPerHour ?? 5,
      trackFailuresPer15Minutes: options.rateLimits?.trackFailuresPer15Minutes ?? 10,
    },
    trustedProxies: options.trustedProxies ?? [],
    clientAddress: options.clientAddress ?? fromTrustedProxies(options.trustedProxies ?? []),
    reminderSchedule: options.reminderSchedule ?? '0 0 8 * * *',
    mailRunIntervalMs: options.mailRunIntervalMs ?? 5000,
  }
}

/**
 * Leadership mailboxes (领导信箱): citizens write without an account, staff accept, forward and
 * reply within a deadline in working days, and replies are published without personal data.
 */
export const mailboxes =
  (pluginOptions: MailboxesOptions = {}) =>
  (config: Config): Config => {
    const options = resolveOptions(pluginOptions)
    const site = (config.custom as { site?: { timeZone?: string } } | undefined)?.site
    const timeZone = options.timeZone ?? site?.timeZone ?? 'Asia/Shanghai'

    // The challenge key depends on the secret, which Payload only knows once the config is built.
    let challengeService: ChallengeService | undefined
    const runtime: MailboxRuntime = {
      options,
      timeZone,
      limiters: createLimiters(options),
      challenge: (req: PayloadRequest) =>
        (challengeService ??= new ChallengeService(
          deriveKey(options.secret ?? req.payload.secret, 'gongkai-mailboxes', 'altcha'),
          options.challenge.maxNumber,
          options.challenge.expiresInSeconds,
          'letters',
        )),
    }
    const endpoints: Endpoint[] = options.disabled
      ? []
      : [
          challengeEndpoint(runtime),
          trackLetterEndpoint(runtime),
          statisticsEndpoint(runtime),
          submitLetterEndpoint(runtime),
          publishedRepliesEndpoint(runtime),
          publishedReplyEndpoint(runtime),
        ]

    return {
      ...config,
      collections: [
        ...(config.collections ?? []),
        createMailboxesCollection(endpoints, options),
        createLettersCollection(options, timeZone, options.disabled ? [] : [reissueQueryCodeEndpoint(runtime)]),
        createLetterAttachmentsCollection(options.attachmentsDir),
        letterCounters,
      ],
      i18n: withPluginTranslations(config, mailboxesNamespace, mailboxesTranslations),
      jobs: {
        ...config.jobs,
        tasks: [
          ...(config.jobs?.tasks ?? []),
          ...(options.disabled ? [] : [reminderTask(options, timeZone), mailTask]),
        ],
      },
      async onInit(payload) {
        await config.onInit?.(payload)
        if (options.disabled || options.mailRunIntervalMs === false) return
        const stop = startMailRunner(payload, options.mailRunIntervalMs)
        const destroy = payload.destroy.bind(payload)
        payload.destroy = async () => {
          await stop()
          return destroy()
        }
      },
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          views: {
            ...config.admin?.components?.views,
            mailboxStatistics: {
              Component: 'gongkai/mailboxes/admin/StatisticsView#StatisticsView',
              path: '/mailbox-statistics',
              meta: { title: '信箱统计' },
            },
          },
          afterNavLinks: [
            ...(config.admin?.components?.afterNavLinks ?? []),
            'gongkai/mailboxes/admin/StatisticsNavLink#StatisticsNavLink',
          ],
        },
      },
    }
  }
