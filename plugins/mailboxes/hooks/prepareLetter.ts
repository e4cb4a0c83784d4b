import type { CollectionBeforeChangeHook } from 'payload'

import { userHasRole } from '../../shared/access'
import { refuse } from '../../shared/http/refuse'
import { handledMailboxIds, idOf, mailboxesSlug } from '../access/handledMailboxes'
import { nextLetterNumber } from '../lib/letterNumber'
import { hashQueryCode, newQueryCode } from '../../shared/abuse/queryCode'
import { maskName, redactText } from '../lib/redaction'
import { workingDayDeadline } from '../../shared/calendar/workingDays'
import type { LetterState, ResolvedMailboxesOptions } from '../types'
import { stateTransitions } from '../types'
import { queryCodePepper } from './pepper'

type Group = Record<string, unknown>
const stateOrder: LetterState[] = ['received', 'accepted', 'forwarded', 'replied', 'closed']

const nowIso = () => new Date().toISOString()

/**
 * Keeps a letter consistent whoever writes it (endpoint, admin, Local API): gives it its number and
 * query code, computes deadlines in working days, enforces the states' order and their required
 * fields, and writes the redacted public copy when a reply is published.
 */
export const prepareLetter =
  (options: ResolvedMailboxesOptions, timeZone: string): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req, context }) => {
    const before = (originalDoc ?? {}) as Group
    const merged: Group = { ...before, ...data }
    const group = (name: string): Group => ({ ...((before[name] as Group) ?? {}), ...((data[name] as Group) ?? {}) })

    const mailboxId = idOf(merged.mailbox)
    if (mailboxId === undefined) refuse(req, 400, { zh: '请选择信箱', en: 'Choose a mailbox' })
    const mailbox = await req.payload
      .findByID({ collection: mailboxesSlug, id: mailboxId!, depth: 0, overrideAccess: true, req })
      .catch(() => null)
    if (!mailbox) refuse(req, 404, { zh: '信箱不存在', en: 'No such mailbox' })
    if (req.user && !userHasRole(req.user, 'admin')) {
      const handled = await handledMailboxIds(req)
      if (!handled.some((id) => String(id) === String(mailboxId))) {
        refuse(req, 403, { zh: '您不是该信箱的办理人', en: 'You are not a handler of this mailbox' })
      }
    }
    const deadlineDays = mailbox!.deadlineWorkingDays ?? 15

    const state = (merged.state as LetterState | undefined) ?? 'received'
    if (operation === 'create') {
      data.state = state
      data.receivedAt = (merged.receivedAt as string | undefined) ?? nowIso()
      data.number = await nextLetterNumber(req, new Date(data.receivedAt as string), timeZone)
      if (typeof context.queryCodeHash === 'string') {
        data.queryCodeHash = context.queryCodeHash
      } else {
        const code = newQueryCode()
        req.context.issuedQueryCode = { number: data.number, code }
        data.queryCodeHash = hashQueryCode(code, queryCodePepper(req, options))
      }
      if (!merged.dueAt)
        data.dueAt = workingDayDeadline(data.receivedAt as string, deadlineDays, timeZone).toISOString()
    } else {
      const previous = before.state as LetterState
      if (previous !== state && !stateTransitions[previous]?.includes(state)) {
        refuse(req, 400, {
          zh: `不能从“${previous}”改为“${state}”`,
          en: `A letter cannot go from "${previous}" to "${state}"`,
        })
      }
      if (String(idOf(before.mailbox)) !== String(mailboxId) && !userHasRole(req.user, 'admin') && req.user) {
        refuse(req, 403, {
          zh: '只有管理员可以更换信箱',
          en: 'Only administrators can move a letter to another mailbox',
        })
      }
    }

    const reached = (step: LetterState) => stateOrder.indexOf(state) >= stateOrder.indexOf(step)
    if (state === 'rejected') {
      const rejection = group('rejection')
      if (!String(rejection.reason ?? '').trim())
        refuse(req, 400, { zh: '不予受理必须说明理由', en: 'A rejection needs a reason' })
      data.rejection = { ...rejection, at: rejection.at ?? nowIso() }
    }
    if (state !== 'rejected' && reached('accepted') && !merged.acceptedAt) data.acceptedAt = nowIso()

    const forwards = ((merged.forwards as Group[] | undefined) ?? []).map((forward) => {
      const forwardedAt = (forward.forwardedAt as string | undefined) ?? nowIso()
      return {
        ...forward,
        forwardedAt,
        dueAt: forward.dueAt ?? workingDayDeadline(forwardedAt, deadlineDays, timeZone).toISOString(),
      }
    })
    if (state === 'forwarded' && forwards.length === 0) {
      refuse(req, 400, { zh: '转办须至少选择一个承办部门', en: 'Forwarding needs at least one department' })
    }
    if (forwards.length) data.forwards = forwards

    if (state === 'replied' || state === 'closed') {
      const reply = group('reply')
      if (!String(reply.text ?? '').trim() || idOf(reply.department) === undefined) {
        refuse(req, 400, {
          zh: '答复须填写答复内容和答复单位',
          en: 'A reply needs its text and the replying department',
        })
      }
      data.reply = { ...reply, repliedAt: reply.repliedAt ?? nowIso() }
    }
    if (state === 'closed' && !merged.closedAt) data.closedAt = nowIso()

    const publication = group('publication')
    if (publication.published) {
      if (state !== 'closed' || !merged.consentToPublish) {
        refuse(req, 400, {
          zh: '只有已办结且来信人同意公开的来信才能公开',
          en: 'Only closed letters whose writer consented can be published',
        })
      }
      const names = [merged.writerName as string | undefined]
      data.publication = {
        published: true,
        publishedAt: publication.publishedAt ?? nowIso(),
        writerName: maskName(merged.writerName as string | undefined),
        subject: redactText(merged.subject as string, names),
        content: redactText(merged.content as string, names),
        reply: redactText(group('reply').text as string, names),
      }
    } else {
      data.publication = {
        published: false,
        publishedAt: null,
        writerName: null,
        subject: null,
        content: null,
        reply: null,
      }
    }
    return data
  }
