import type { PayloadRequest, Where } from 'payload'

import { idOf } from '../lib/stateMachine'
import { slugOf, type ResolvedCollection, type ResolvedOptions, type WorkflowDoc } from '../types'
import { renderMail, type MailKind } from './templates'

type Recipient = { id: number | string; email?: string | null; language?: string | null }

async function findUsers(req: PayloadRequest, options: ResolvedOptions, where: Where): Promise<Recipient[]> {
  const result = await req.payload.find({
    collection: slugOf(options.usersCollection),
    where,
    limit: 500,
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  return result.docs as unknown as Recipient[]
}

/** Everyone who may act on review step `index`. */
export async function reviewersOfStep(
  req: PayloadRequest,
  options: ResolvedOptions,
  collection: ResolvedCollection,
  index: number,
) {
  const step = collection.steps[index]
  if (!step) return []
  const or: Where[] = []
  if (step.roles?.length) or.push({ roles: { in: step.roles } })
  if (step.users?.length) or.push({ id: { in: step.users } })
  return or.length ? findUsers(req, options, { or }) : []
}

/** The item's author: who submitted it, else who last edited it. */
export async function authorOf(req: PayloadRequest, options: ResolvedOptions, doc: WorkflowDoc) {
  const id = idOf(doc.workflow?.submittedBy) ?? idOf(doc.workflow?.lastEditedBy)
  return id ? findUsers(req, options, { id: { equals: id } }) : []
}

/**
 * Mails each recipient in their own language. Failures are logged: a mail server that is
 * down must not undo a review decision that is already recorded.
 */
export async function sendWorkflowMail(
  req: PayloadRequest,
  options: ResolvedOptions,
  collection: ResolvedCollection,
  kind: MailKind,
  recipients: Recipient[],
  vars: {
    doc: WorkflowDoc
    title: string
    comment?: string
    stepIndex?: number
    at?: string
    change?: 'publish' | 'unpublish'
  },
) {
  if (!options.notify) return
  const actorId = req.user ? String(req.user.id) : null
  const actor = (req.user as { name?: string; email?: string } | null)?.name || req.user?.email || '系统'
  const seen = new Set<string>()
  const collectionConfig = req.payload.collections[slugOf(collection.slug)]?.config
  const labels = collectionConfig?.labels?.singular
  for (const user of recipients) {
    if (!user.email || seen.has(user.email)) continue
    // Reviewers are not told about their own action; authors are (it is their item).
    if (kind === 'review-requested' && String(user.id) === actorId) continue
    seen.add(user.email)
    const language = user.language === 'en' ? 'en' : 'zh'
    const step = vars.stepIndex !== undefined ? collection.steps[vars.stepIndex] : undefined
    const collectionLabel =
      typeof labels === 'string'
        ? labels
        : typeof labels === 'object' && labels && language in labels
          ? String((labels as Record<string, string>)[language])
          : collection.slug
    const mail = renderMail(kind, language, {
      title: vars.title,
      collectionLabel,
      stepLabel: step ? (step.label?.[language] ?? step.name) : undefined,
      actor,
      comment: vars.comment,
      at: vars.at,
      change: vars.change,
      link: `${options.adminUrl}/admin/collections/${collection.slug}/${vars.doc.id}`,
    })
    try {
      await req.payload.sendEmail({ to: user.email, subject: mail.subject, text: mail.text })
    } catch (error) {
      req.payload.logger.error({ err: error, msg: `publish-workflow: mail to ${user.email} failed` })
    }
  }
}
