import type { FileVerdict } from '../shared/uploads/allowedFiles'

/** Options of the leadership-mailboxes plugin (领导信箱). Every option has a sensible default. */
export type MailboxesOptions = {
  /** The host's departments collection that letters are forwarded to and replied by (default `departments`, with a `name`). */
  departmentsSlug?: string
  /** The host's auth collection of staff, mailbox handlers among them (default `users`). */
  usersSlug?: string
  /** The users' relationship to their department: forwarded letters are mailed to that department's users (default `department`). */
  userDepartmentField?: string
  /**
   * Checks an attachment's bytes against its name before anything is written (default: the
   * suite's sniffing by content, plugins/shared/uploads). A refusal is a 415 (400 when empty).
   */
  inspectUpload?: (filename: string, data: Buffer) => Promise<FileVerdict>
  /** Turn the plugin off without removing its collections from the schema. */
  disabled?: boolean
  /** Folder the letters' attachments are written to (not public: served only to the mailbox's handlers). */
  attachmentsDir?: string
  /** Largest accepted attachment in bytes (default 5 MB). */
  maxAttachmentBytes?: number
  /** Most attachments per letter (default 3). */
  maxAttachments?: number
  /** The site's time zone for working-day deadlines (default `config.custom.site.timeZone`, else Asia/Shanghai). */
  timeZone?: string
  /** Secret from which the challenge key and the query-code pepper are derived (default: the Payload secret). */
  secret?: string
  /** Proof-of-work challenge (ALTCHA, self-hosted). */
  challenge?: {
    /**
     * Upper bound of the secret number; a solver tries on average half of it. Default 200,000:
     * about a second or two of a browser's time (one WebCrypto digest per try), and a flood costs a
     * native SHA-256 loop ~0.1 s of CPU per letter (README "Mailboxes" has the measurements). Tests set it low.
     */
    maxNumber?: number
    /** How long a challenge stays valid, in seconds (default 20 minutes). */
    expiresInSeconds?: number
  }
  /** Per-client rate limits (in memory, per process). */
  rateLimits?: {
    /** Letters a client may submit per hour (default 5). */
    submissionsPerHour?: number
    /** Wrong number/code pairs a client may try per 15 minutes before being refused (default 10). */
    trackFailuresPer15Minutes?: number
  }
  /**
   * Addresses or CIDR ranges of the reverse proxies in front of the site: `X-Forwarded-For` and
   * `X-Real-IP` are believed only from these (default none: the connection's peer is the client).
   */
  trustedProxies?: string[]
  /** Replaces the client-address rule for rate limits altogether (default: `trustedProxies`). */
  clientAddress?: (headers: Headers) => string
  /** Public address of the site, used for links in mail (default `config.serverURL`). */
  siteUrl?: string
  /**
   * Letter mail leaves from the `mailboxes-mail` job queue after the letter is stored. This process
   * runs that queue every so many ms (default 5000; retries back off on their own), and right after a
   * letter queues mail. `false`: run the queue yourself (another worker, `payload jobs:run`).
   */
  mailRunIntervalMs?: number | false
  /** Cron schedule of the reminder job (default 08:00 every day); `false` to queue it yourself. */
  reminderSchedule?: string | false
}

export type ResolvedMailboxesOptions = Required<
  Omit<MailboxesOptions, 'challenge' | 'rateLimits' | 'secret' | 'siteUrl' | 'timeZone'>
> & {
  challenge: Required<NonNullable<MailboxesOptions['challenge']>>
  rateLimits: Required<NonNullable<MailboxesOptions['rateLimits']>>
  secret?: string
  siteUrl?: string
  timeZone?: string
}

/** The four kinds of letter (来信类别). */
export const letterCategories = [
  { value: 'consultation', label: { zh: '咨询', en: 'Consultation' } },
  { value: 'complaint', label: { zh: '投诉', en: 'Complaint' } },
  { value: 'suggestion', label: { zh: '建议', en: 'Suggestion' } },
  { value: 'help', label: { zh: '求助', en: 'Request for help' } },
] as const

/** Where a letter came from (来源). Public submissions are `online`. */
export const letterSources = [
  { value: 'online', label: { zh: '网上来信', en: 'Online' } },
  { value: 'mayor-mailbox', label: { zh: '市长信箱', en: 'Mayor’s mailbox' } },
  { value: 'mayor-hotline', label: { zh: '市长热线', en: 'Mayor’s hotline' } },
  { value: 'assigned', label: { zh: '上级交办', en: 'Assigned from above' } },
  { value: 'phone', label: { zh: '来电', en: 'Phone call' } },
  { value: 'visit', label: { zh: '来访', en: 'Visit' } },
] as const

/** The life of a letter: received → accepted | rejected → forwarded → replied → closed. */
export const letterStates = [
  { value: 'received', label: { zh: '已收到', en: 'Received' } },
  { value: 'accepted', label: { zh: '已受理', en: 'Accepted' } },
  { value: 'rejected', label: { zh: '不予受理', en: 'Rejected' } },
  { value: 'forwarded', label: { zh: '已转办', en: 'Forwarded' } },
  { value: 'replied', label: { zh: '已答复', en: 'Replied' } },
  { value: 'closed', label: { zh: '已办结', en: 'Closed' } },
] as const

export type LetterCategory = (typeof letterCategories)[number]['value']
export type LetterSource = (typeof letterSources)[number]['value']
export type LetterState = (typeof letterStates)[number]['value']

/** Allowed moves between states after creation. */
export const stateTransitions: Record<LetterState, LetterState[]> = {
  received: ['accepted', 'rejected'],
  accepted: ['forwarded', 'replied'],
  rejected: [],
  forwarded: ['forwarded', 'replied'],
  replied: ['closed'],
  closed: [],
}
