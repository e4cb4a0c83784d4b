import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { ChallengeService } from '../../shared/abuse/challenge'
import { sharedLimiter } from '../../shared/abuse/limiterStore'
import { hashQueryCode, newQueryCode, queryCodeMatches } from '../../shared/abuse/queryCode'
import { consume, isBlocked } from '../../shared/abuse/rateLimits'
import {
  BadBody,
  BodyTooLarge,
  FileTooLarge,
  readSubmissionForm,
  Refused,
  TooManyFiles,
} from '../../shared/abuse/readForm'
import { deriveKey } from '../../shared/abuse/secrets'
import { clientAddressOfHeaders, createClientAddress } from '../../shared/http/clientAddress'
import { errorResponse, json } from '../../shared/http/jsonResponse'
import { readBodyUpTo } from '../../shared/http/readBodyUpTo'
import { outcomes, requestStates } from '../format'
import { requestNumberPattern } from '../lib/requestNumber'
import type { OnlineRequestOptions, ResolvedAnnualReportOptions, ResolvedOnlineRequestOptions } from '../types'
import { validateApplication } from './validateApplication'

/** The hidden field a person never fills in; bots that fill every field do (the letters' name). */
export const honeypotField = 'website'
const formBytes = 64 * 1024
const trackBodyLimit = 4096
const scope = 'gongkai-annual-report'

export function resolveOnline(options: OnlineRequestOptions): ResolvedOnlineRequestOptions {
  const resolveAddress = createClientAddress(options.trustedProxies ?? [])
  return {
    secret: options.secret,
    challenge: {
      maxNumber: options.challenge?.maxNumber ?? 200_000,
      expiresInSeconds: options.challenge?.expiresInSeconds ?? 20 * 60,
    },
    rateLimits: {
      submissionsPerHour: options.rateLimits?.submissionsPerHour ?? 5,
      trackFailuresPer15Minutes: options.rateLimits?.trackFailuresPer15Minutes ?? 10,
    },
    clientAddress: options.clientAddress ?? ((headers) => clientAddressOfHeaders(resolveAddress, headers)),
  }
}

/**
 * The public side of the requests collection: `GET /challenge`, `POST /apply` (a request with
 * channel `online`, its number and a query code shown once) and `POST /track`. The checks run in
 * the letters' order (rate limit, honeypot, proof of work, fields) before anything is written.
 */
export function onlineEndpoints(
  options: ResolvedAnnualReportOptions,
  online: ResolvedOnlineRequestOptions,
): Endpoint[] {
  const slug = options.requestsSlug as CollectionSlug
  const limiters = {
    submissions: sharedLimiter({
      keyPrefix: 'disclosure-requests',
      points: online.rateLimits.submissionsPerHour,
      duration: 60 * 60,
    }),
    trackFailures: sharedLimiter({
      keyPrefix: 'disclosure-track',
      points: online.rateLimits.trackFailuresPer15Minutes,
      duration: 15 * 60,
    }),
  }
  // The key depends on the secret, which Payload only knows once the config is built.
  let challengeService: ChallengeService | undefined
  const challenge = (req: PayloadRequest) =>
    (challengeService ??= new ChallengeService(
      deriveKey(online.secret ?? req.payload.secret, scope, 'altcha'),
      online.challenge.maxNumber,
      online.challenge.expiresInSeconds,
      'disclosure-requests',
    ))
  const pepper = (req: PayloadRequest) => deriveKey(online.secret ?? req.payload.secret, scope, 'query-code')

  const screen = async (req: PayloadRequest, fields: Record<string, unknown>): Promise<Response | null> => {
    const trap = fields[honeypotField]
    if (trap !== undefined && trap !== null && trap !== '')
      return errorResponse(
        req,
        400,
        { zh: '提交被拒绝：请勿填写隐藏字段', en: 'Refused: a hidden field was filled in' },
        { field: honeypotField },
      )
    if (!(await challenge(req).redeem(req, fields.altcha)))
      return errorResponse(
        req,
        400,
        {
          zh: '人机验证未通过或已过期，请重新验证',
          en: 'The challenge was not solved, has expired or was already used',
        },
        { field: 'altcha' },
      )
    return null
  }

  const apply: Endpoint = {
    path: '/apply',
    method: 'post',
    handler: async (req) => {
      const wait = await consume(limiters.submissions, req, online.clientAddress(req.headers))
      if (wait)
        return errorResponse(
          req,
          429,
          {
            zh: `提交过于频繁，请 ${Math.ceil(wait / 60)} 分钟后再试`,
            en: `Too many requests; try again in ${Math.ceil(wait / 60)} minutes`,
          },
          { retryAfter: wait },
        )
      let fields: Record<string, unknown>
      try {
        // No files: the form carries only text, so any file part is refused as too large.
        ;({ fields } = await readSubmissionForm(req, {
          totalBytes: formBytes,
          jsonBytes: formBytes,
          fileBytes: 1,
          files: 0,
          beforeFiles: (received) => screen(req, received),
        }))
      } catch (error) {
        if (error instanceof Refused) return error.response
        if (error instanceof BodyTooLarge)
          return errorResponse(req, 413, { zh: '提交的内容过大', en: 'The submission is too large' })
        if (error instanceof BadBody)
          return errorResponse(req, 400, {
            zh: '请以表单（multipart/form-data）或 JSON 提交',
            en: 'Send multipart/form-data or JSON',
          })
        if (error instanceof TooManyFiles || error instanceof FileTooLarge)
          return errorResponse(
            req,
            400,
            { zh: '网上申请不接受附件', en: 'The online form takes no attachments' },
            { field: 'attachments' },
          )
        throw error
      }
      const { value, problems } = validateApplication(fields)
      if (!value) return errorResponse(req, 400, { zh: '申请内容有误', en: 'The request has errors' }, { problems })

      const queryCode = newQueryCode()
      const doc = await req.payload.create({
        collection: slug,
        data: { ...value, channel: 'online', receivedOn: new Date().toISOString() },
        context: { queryCodeHash: hashQueryCode(queryCode, pepper(req)) },
        overrideAccess: true,
        depth: 0,
      })
      const created = doc as unknown as { number: string; receivedOn: string; dueOn?: string | null }
      return json(
        {
          message: '申请已提交。请记下申请编号和查询码：查询码只显示这一次。',
          number: created.number,
          queryCode,
          receivedOn: created.receivedOn,
          dueOn: created.dueOn ?? null,
        },
        201,
      )
    },
  }

  const track: Endpoint = {
    path: '/track',
    method: 'post',
    handler: async (req) => {
      const client = online.clientAddress(req.headers)
      const tooMany = { zh: '查询错误次数过多，请稍后再试', en: 'Too many wrong attempts; try again later' }
      const blocked = await isBlocked(limiters.trackFailures, req, client)
      if (blocked) return errorResponse(req, 429, tooMany, { retryAfter: blocked })
      const tooLarge = { zh: '请求体过大', en: `The body is larger than ${trackBodyLimit} bytes` }
      if (Number(req.headers.get('content-length') || 0) > trackBodyLimit) return errorResponse(req, 413, tooLarge)
      const raw = await readBodyUpTo(req.body as ReadableStream<Uint8Array> | null | undefined, trackBodyLimit)
      if (raw === null) return errorResponse(req, 413, tooLarge)
      let body: Record<string, unknown> = {}
      try {
        const parsed = JSON.parse(raw.toString('utf8') || '{}') as unknown
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) body = parsed as Record<string, unknown>
      } catch {
        body = {}
      }
      const number = typeof body.number === 'string' ? body.number.trim().toUpperCase() : ''
      const code = typeof body.code === 'string' ? body.code.trim() : ''
      if (!requestNumberPattern.test(number))
        return errorResponse(
          req,
          400,
          { zh: '请填写申请编号（如 YSQ-2026-000123）', en: 'Give the request number (e.g. YSQ-2026-000123)' },
          { field: 'number' },
        )
      if (!code || code.length > 64)
        return errorResponse(req, 400, { zh: '请填写查询码', en: 'Give the query code' }, { field: 'code' })
      const { docs } = await req.payload.find({
        collection: slug,
        where: { number: { equals: number } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        showHiddenFields: true,
        req,
      })
      const found = docs[0] as unknown as
        | {
            number: string
            queryCodeHash?: string | null
            state?: string | null
            receivedOn: string
            dueOn?: string | null
            repliedOn?: string | null
            outcome?: string | null
          }
        | undefined
      // A wrong pair gets the same answer whether or not the number exists.
      if (!queryCodeMatches(code, found?.queryCodeHash, pepper(req)) || !found) {
        const wait = await consume(limiters.trackFailures, req, client)
        if (wait) return errorResponse(req, 429, tooMany, { retryAfter: wait })
        return errorResponse(req, 404, { zh: '申请编号或查询码不正确', en: 'Wrong request number or query code' })
      }
      const replied = found.state === 'replied'
      const outcome = replied ? outcomes.find((item) => item.value === found.outcome) : undefined
      // Status and dates only: nothing of the applicant, nor of what was asked.
      return json({
        number: found.number,
        state: found.state,
        stateLabel: requestStates.find((state) => state.value === found.state)?.label.zh ?? null,
        receivedOn: found.receivedOn,
        dueOn: found.dueOn ?? null,
        repliedOn: replied ? (found.repliedOn ?? null) : null,
        outcome: outcome ? { value: outcome.value, label: outcome.label.zh } : null,
      })
    },
  }

  return [
    {
      path: '/challenge',
      method: 'get',
      handler: async (req) => json(await challenge(req).issue()),
    },
    apply,
    track,
  ]
}
