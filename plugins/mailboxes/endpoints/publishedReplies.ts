import type { Endpoint, PayloadRequest, Where } from 'payload'

import { lettersSlug } from '../access/handledMailboxes'
import { errorResponse, findPublicMailbox, json, type MailboxRuntime } from './runtime'

type PublishedLetter = {
  number?: string | null
  category?: string | null
  receivedAt?: string | null
  reply?: { department?: unknown; repliedAt?: string | null } | null
  publication?: {
    writerName?: string | null
    subject?: string | null
    content?: string | null
    reply?: string | null
    publishedAt?: string | null
  } | null
}

/** Only the redacted public copy leaves the server; the letter's own fields are never sent. */
function publicReply(letter: PublishedLetter) {
  const department = letter.reply?.department
  return {
    number: letter.number,
    category: letter.category,
    writerName: letter.publication?.writerName,
    subject: letter.publication?.subject,
    content: letter.publication?.content,
    reply: letter.publication?.reply,
    department: department && typeof department === 'object' ? (department as { name?: string }).name : null,
    receivedAt: letter.receivedAt,
    repliedAt: letter.reply?.repliedAt,
    publishedAt: letter.publication?.publishedAt,
  }
}

const publicSelect = {
  number: true,
  category: true,
  receivedAt: true,
  reply: { department: true, repliedAt: true },
  publication: true,
} as const

async function mailboxOr404(req: PayloadRequest) {
  return findPublicMailbox(req, req.routeParams?.id)
}

/**
 * `GET /api/mailboxes/:mailbox/replies?page=1&limit=10&q=…`: the published replies of a mailbox,
 * newest first, searchable in subject, content and reply (the redacted copies).
 */
export const publishedRepliesEndpoint = (_runtime: MailboxRuntime): Endpoint => ({
  path: '/:id/replies',
  method: 'get',
  handler: async (req) => {
    const mailbox = await mailboxOr404(req)
    if (!mailbox) return errorResponse(req, 404, { zh: '信箱不存在或已停用', en: 'No such mailbox, or it is closed' })
    const page = Math.max(1, Math.min(10_000, Number.parseInt(String(req.query.page ?? '1'), 10) || 1))
    const limit = Math.max(1, Math.min(50, Number.parseInt(String(req.query.limit ?? '10'), 10) || 10))
    const q = typeof req.query.q === 'string' ? req.query.q.trim().slice(0, 50) : ''
    const conditions: Where[] = [{ mailbox: { equals: mailbox.id } }, { 'publication.published': { equals: true } }]
    if (q) {
      conditions.push({
        or: [
          { 'publication.subject': { like: q } },
          { 'publication.content': { like: q } },
          { 'publication.reply': { like: q } },
          { number: { equals: q } },
        ],
      })
    }
    const result = await req.payload.find({
      collection: lettersSlug,
      where: { and: conditions },
      sort: '-publication.publishedAt',
      page,
      limit,
      depth: 1,
      select: publicSelect,
      overrideAccess: true,
      req,
    })
    return json(
      {
        mailbox: {
          id: mailbox.id,
          slug: mailbox.slug,
          name: mailbox.name,
          leaderTitle: mailbox.leaderTitle,
          description: mailbox.description,
        },
        docs: result.docs.map((doc) => publicReply(doc as PublishedLetter)),
        page: result.page,
        totalPages: result.totalPages,
        totalDocs: result.totalDocs,
        limit: result.limit,
      },
      200,
      'public, max-age=60',
    )
  },
})

/** `GET /api/mailboxes/:mailbox/replies/:number`: one published reply. */
export const publishedReplyEndpoint = (_runtime: MailboxRuntime): Endpoint => ({
  path: '/:id/replies/:number',
  method: 'get',
  handler: async (req) => {
    const mailbox = await mailboxOr404(req)
    const number = String(req.routeParams?.number ?? '')
    const notFound = () => errorResponse(req, 404, { zh: '没有找到该公开答复', en: 'No such published reply' })
    if (!mailbox || !/^\d{4}-\d{6}$/.test(number)) return notFound()
    const { docs } = await req.payload.find({
      collection: lettersSlug,
      where: {
        and: [
          { mailbox: { equals: mailbox.id } },
          { number: { equals: number } },
          { 'publication.published': { equals: true } },
        ],
      },
      limit: 1,
      depth: 1,
      select: publicSelect,
      overrideAccess: true,
      req,
    })
    if (!docs[0]) return notFound()
    return json(publicReply(docs[0] as PublishedLetter), 200, 'public, max-age=60')
  },
})
