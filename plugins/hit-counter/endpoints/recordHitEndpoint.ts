import { APIError, type Endpoint } from 'payload'

import { readBodyUpTo } from '../../shared/http/readBodyUpTo'
import { clientAddressOfHeaders, createClientAddress } from '../../shared/http/clientAddress'
import { refusalResponse } from '../../shared/http/refuse'
import { localText } from '../../shared/i18n/localText'
import { getHitRuntime } from '../lib/runtime'
import type { HitOutcome, ResolvedHitCounterOptions } from '../types'

/** Sends an ingest outcome: 202/200 with `{ counted }`, or the 4xx as an API error. */
export function outcomeBody(outcome: HitOutcome, language: 'zh' | 'en') {
  if ('error' in outcome) return { errors: [{ message: outcome.error[language] }] }
  return 'reason' in outcome ? { counted: false, reason: outcome.reason } : { counted: true }
}

/**
 * `POST /api/hits` through Payload (and so through Next.js): what the SSR pages and the
 * static export post with `navigator.sendBeacon`. The fast listener answers the same body.
 */
export function recordHitEndpoint(options: ResolvedHitCounterOptions): Endpoint {
  const clientAddress = createClientAddress(options.trustedProxies)
  return {
    path: '/hits',
    method: 'post',
    handler: async (req) => {
      const runtime = getHitRuntime(req.payload)
      if (!runtime) throw new APIError(localText(req, { zh: '点击统计未启动', en: 'Hit counter not running' }), 503)
      const declared = Number(req.headers.get('content-length') || 0)
      const tooLarge = {
        zh: `请求体超过 ${options.maxBodyBytes} 字节`,
        en: `The body exceeds ${options.maxBodyBytes} bytes`,
      }
      if (declared > options.maxBodyBytes) return refusalResponse(req, 413, tooLarge)
      const bytes = await readBodyUpTo(req.body, options.maxBodyBytes)
      if (bytes === null) return refusalResponse(req, 413, tooLarge)
      const outcome = await runtime.ingest({
        body: bytes.toString('utf8'),
        ip: clientAddressOfHeaders(clientAddress, req.headers),
        userAgent: req.headers.get('user-agent') ?? '',
      })
      if ('error' in outcome) return refusalResponse(req, outcome.status, outcome.error)
      return Response.json(outcomeBody(outcome, 'en'), {
        status: outcome.status,
        headers: { 'Cache-Control': 'no-store' },
      })
    },
  }
}
