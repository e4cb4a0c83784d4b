import type { Endpoint } from 'payload'

import { readBodyUpTo } from '../../shared/http/readBodyUpTo'
import { lettersSlug } from '../access/handledMailboxes'
import { queryCodePepper } from '../hooks/pepper'
import { queryCodeMatches } from '../../shared/abuse/queryCode'
import { consume, isBlocked } from '../../shared/abuse/rateLimits'
import { letterStates } from '../types'
import { errorResponse, json, type MailboxRuntime } from './runtime'

const numberPattern = /^\d{4}-\d{6}$/
/** A number and a code fit in far less; anything bigger is not a tracking request. */
export const trackBodyLimit = 4096

type Named = { name?: string } | number | string | null | undefined
const nameOf = (value: Named) => (value && typeof value === 'object' ? (value.name ?? null) : null)

/**
 * `POST /api/mailboxes/track` with `{ "number": "2026-000123", "code": "…" }`: the writer follows
 * the letter. A wrong pair gets the same answer whether or not the number exists, and wrong
 * attempts are limited per client.
 */
export const trackLetterEndpoint = (runtime: MailboxRuntime): Endpoint => ({
  path: '/track',
  method: 'post',
  handler: async (req) => {
    const client = runtime.options.clientAddress(req.headers)
    const tooMany = { zh: '查询错误次数过多，请稍后再试', en: 'Too many wrong attempts; try again later' }
    const blocked = await isBlocked(runtime.limiters.trackFailures, req, client)
    if (blocked) return errorResponse(req, 429, tooMany, { retryAfter: blocked })

    const tooLarge = {
      zh: `请求体超过 ${trackBodyLimit} 字节的限制`,
      en: `The body is larger than the limit of ${trackBodyLimit} bytes`,
    }
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
    const number = typeof body.number === 'string' ? body.number.trim() : ''
    const code = typeof body.code === 'string' ? body.code.trim() : ''
    if (!numberPattern.test(number) || !code || code.length > 64) {
      return errorResponse(req, 400, {
        zh: '请填写来信编号（如 2026-000123）和查询码',
        en: 'Give the letter number (e.g. 2026-000123) and the query code',
      })
    }
    const { docs } = await req.payload.find({
      collection: lettersSlug,
      where: { number: { equals: number } },
      limit: 1,
      depth: 1,
      overrideAccess: true,
      req,
    })
    const letter = docs[0]
    if (!queryCodeMatches(code, letter?.queryCodeHash, queryCodePepper(req, runtime.options)) || !letter) {
      const wait = await consume(runtime.limiters.trackFailures, req, client)
      if (wait) return errorResponse(req, 429, tooMany, { retryAfter: wait })
      return errorResponse(req, 404, { zh: '来信编号或查询码不正确', en: 'Wrong letter number or query code' })
    }
    const replied = letter.state === 'replied' || letter.state === 'closed'
    return json({
      number: letter.number,
      mailbox: nameOf(letter.mailbox as Named),
      category: letter.category,
      subject: letter.subject,
      state: letter.state,
      stateLabel: letterStates.find((s) => s.value === letter.state)?.label.zh,
      receivedAt: letter.receivedAt,
      dueAt: letter.dueAt,
      acceptedAt: letter.acceptedAt ?? null,
      rejection: letter.state === 'rejected' ? { reason: letter.rejection?.reason, at: letter.rejection?.at } : null,
      forwardedTo: (letter.forwards ?? []).map((row) => ({
        department: nameOf(row.department as Named),
        forwardedAt: row.forwardedAt,
      })),
      reply: replied
        ? {
            text: letter.reply?.text,
            department: nameOf(letter.reply?.department as Named),
            repliedAt: letter.reply?.repliedAt,
          }
        : null,
      closedAt: letter.closedAt ?? null,
    })
  },
})
