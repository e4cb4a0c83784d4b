import { addWorkingDays } from '../../shared/calendar/workingDays'

/** Statutory reply time in working days (政府信息公开条例 Art. 33). */
export const replyWorkingDays = 20
/** The one extension may add at most this many working days (Art. 33). */
export const maxExtensionWorkingDays = 20

export type DeadlineInput = {
  /** Day the request was received (YYYY-MM-DD, site time zone). */
  receivedOn: string
  /** The correction (补正) the applicant was asked for, if any. */
  correction?: { requestedOn: string; receivedOn?: string | null } | null
  /** Working days of the one extension, if granted. */
  extensionDays?: number | null
}

export type Deadline =
  /** Waiting for the applicant's correction: the clock stands still. */
  { state: 'paused'; dueOn: null; clockStartsOn: null } | { state: 'running'; dueOn: string; clockStartsOn: string }

/**
 * The reply deadline of a request. Counting starts on the day of receipt (the day itself not
 * counted). Asking for a correction stops the clock; when the corrected request arrives the
 * 20 working days count anew from that day (Art. 30: 答复期限自收到补正的申请之日起计算). An
 * extension adds its working days after the normal deadline.
 */
export function replyDeadline({ receivedOn, correction, extensionDays }: DeadlineInput): Deadline {
  let start = receivedOn
  if (correction?.requestedOn) {
    if (!correction.receivedOn) return { state: 'paused', dueOn: null, clockStartsOn: null }
    start = correction.receivedOn
  }
  const normal = addWorkingDays(start, replyWorkingDays)
  const dueOn = extensionDays ? addWorkingDays(normal, extensionDays) : normal
  return { state: 'running', dueOn, clockStartsOn: start }
}
