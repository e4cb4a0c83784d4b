import type { PayloadRequest } from 'payload'

import { refuseField } from '../../shared/http/refuse'
import { localDay } from '../../shared/calendar/workingDays'
import { outcomeNeedsReason, outcomes, reasonOptions } from '../format'
import { maxExtensionWorkingDays } from './deadline'

/** The fields of a request the rules read (stored shape). */
export type RequestData = {
  receivedOn?: string | null
  correction?: { requestedOn?: string | null; receivedOn?: string | null } | null
  extension?: { days?: number | null; reason?: string | null; approvedOn?: string | null } | null
  outcome?: string | null
  outcomeReason?: string | null
  repliedOn?: string | null
  fees?: number | null
}

const day = (value: string | null | undefined, timeZone: string) => (value ? localDay(value, timeZone) : undefined)

/**
 * The handling rules, checked on the merged document before anything is written; the first broken
 * rule is a 400 naming its field. `previous` is the stored document on update.
 */
export function validateRequest(
  req: PayloadRequest,
  slug: string,
  data: RequestData,
  previous: RequestData | undefined,
  timeZone: string,
): void {
  const refuse = (path: string, zh: string, en: string): never => refuseField(req, slug, path, { zh, en })
  const received = day(data.receivedOn, timeZone)
  const replied = day(data.repliedOn, timeZone)

  if (data.outcome && !outcomes.some((o) => o.value === data.outcome))
    refuse('outcome', '办理结果不在规定的类别中', 'outcome is not one of the categories of the 2021 format')
  if (data.outcomeReason) {
    const reason = reasonOptions.find((r) => r.value === data.outcomeReason)
    if (!reason) refuse('outcomeReason', '办理理由不在规定的理由中', 'outcomeReason is not a reason of the 2021 format')
    if (reason!.outcome !== data.outcome)
      refuse(
        'outcomeReason',
        `办理理由“${reason!.label.zh}”不属于所选办理结果`,
        `outcomeReason "${data.outcomeReason}" does not belong to outcome "${data.outcome ?? '(none)'}"`,
      )
  } else if (data.outcome && outcomeNeedsReason(data.outcome)) {
    refuse('outcomeReason', '该办理结果须选择理由', `outcome "${data.outcome}" needs an outcomeReason`)
  }
  if (data.outcome && !replied)
    refuse('repliedOn', '有办理结果时须填写答复日期', 'repliedOn is required once there is an outcome')
  if (replied && !data.outcome)
    refuse('outcome', '已答复的申请须填写办理结果', 'outcome is required once repliedOn is set')
  if (replied && received && replied < received)
    refuse('repliedOn', '答复日期不能早于收到申请的日期', `repliedOn (${replied}) is before receivedOn (${received})`)

  const asked = day(data.correction?.requestedOn, timeZone)
  const corrected = day(data.correction?.receivedOn, timeZone)
  if (corrected && !asked)
    refuse(
      'correction.requestedOn',
      '须先填写告知补正的日期',
      'correction.requestedOn is required before correction.receivedOn',
    )
  if (asked && received && asked < received)
    refuse(
      'correction.requestedOn',
      '告知补正日期不能早于收到申请的日期',
      `correction.requestedOn (${asked}) is before receivedOn (${received})`,
    )
  if (asked && corrected && corrected < asked)
    refuse(
      'correction.receivedOn',
      '收到补正日期不能早于告知补正日期',
      `correction.receivedOn (${corrected}) is before correction.requestedOn (${asked})`,
    )
  if (replied && asked && !corrected && data.outcome !== 'other' && data.outcome !== 'cannot-provide')
    refuse(
      'correction.receivedOn',
      '补正尚未收到，只能按“逾期不补正”等情形答复',
      'correction.receivedOn is missing: the correction has not arrived',
    )

  const days = data.extension?.days
  if (days !== undefined && days !== null) {
    if (!Number.isInteger(days) || days < 1 || days > maxExtensionWorkingDays)
      refuse(
        'extension.days',
        '延长期限为1至20个工作日',
        `extension.days must be a whole number from 1 to ${maxExtensionWorkingDays}`,
      )
    if (!data.extension?.reason?.trim())
      refuse('extension.reason', '延长答复期限须记录理由', 'extension.reason is required with an extension')
    const before = previous?.extension?.days
    if (before && before !== days)
      refuse('extension.days', '答复期限只能延长一次', 'extension.days: the reply deadline can be extended only once')
  } else if (previous?.extension?.days) {
    refuse('extension.days', '已批准的延期不能撤销', 'extension.days: a granted extension cannot be removed')
  }
  if (data.fees !== undefined && data.fees !== null && (!Number.isFinite(data.fees) || data.fees < 0))
    refuse('fees', '收费金额不能为负数', 'fees cannot be negative')
}
