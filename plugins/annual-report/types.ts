import type { Payload, PayloadRequest } from 'payload'

/** A period of whole local days (YYYY-MM-DD, both included) in the site's time zone. */
export type DayPeriod = { from: string; to: string }

/** One mailbox's figures for the narrative (领导信箱), as the host's mailboxes count them. */
export type MailboxFigure = {
  name: string
  received: number
  accepted: number
  closed: number
  /** Replies published on the site (for the website form). */
  repliesPublished?: number
  /** Mean working days from receipt to reply (null when nothing was replied). */
  averageWorkingDays: number | null
  /** The rates as the host shows them (percent, one decimal); a check compares them with the counts. */
  acceptanceRate?: number | null
  closureRate?: number | null
}

/** A column and its hits in the period, for the hit ranking. */
export type ColumnHits = { id: number | string; name: string; hits: number }

/** Where normative documents (行政规范性文件) are kept, for table 2. */
export type NormativeSource = {
  slug: string
  /** Select field holding the item type (default `type`) and the normative value (default `normative`). */
  typeField?: string
  normativeValue?: string
  /** Day the document was made (default `writtenAt`, else `publishedAt` when empty). */
  madeOnField?: string
  publishedAtField?: string
  /** Validity status (default `validity.status`) and the day it changed (default `validity.changedOn`). */
  statusField?: string
  changedOnField?: string
  /** Statuses that end a document's force (default abolished, expired). */
  endedValues?: string[]
  /** Statuses counted as "abolished" in table 2 (default abolished, expired: 废止 and 失效 alike). */
  abolishedValues?: string[]
}

/** Where proactively published items are kept, for the narrative's figures. */
export type ProactiveSource = {
  slug: string
  publishedAtField?: string
  /** Relationship to the item's column (default `primaryColumn`). */
  columnField?: string
  typeField?: string
  /** Field and value marking an item as proactively disclosed (default `disclosureMode` = `proactive`). */
  disclosureModeField?: string
  proactiveValue?: string
}

export type ColumnsSource = {
  slug: string
  titleField?: string
  /** Select of the column kind (default `kind`) and the topical value (default `topical`). */
  kindField?: string
  topicalValue?: string
  /** Days a topical column opened and closed (default `topical.startsOn`, `topical.endsOn`; `createdAt` when empty). */
  openedOnField?: string
  closedOnField?: string
  /** Column kinds counted under the website form's overview, news and catalogue items. */
  websiteKinds?: { overview: string[]; news: string[]; catalogue: string[] }
}

export type GazetteSource = {
  slug: string
  yearField?: string
  specialField?: string
  printRunField?: string
}

/** The "generate" action: a draft notice of the work-report type with the report in its body. */
export type GenerateOptions = {
  /** The host's notices (default `notices`). */
  slug?: string
  /** Select field and value of the notice type 工作报告 (default `type` = `work-report`). */
  typeField?: string
  typeValue?: string
  titleField?: string
  /** Rich-text field the report goes into (default `body`). */
  bodyField?: string
  /** More of the notice's data (its column for annual reports, its department …). */
  data?: (req: PayloadRequest, year: number) => Record<string, unknown> | Promise<Record<string, unknown>>
}

/**
 * The public online request form (依申请公开 online): `GET …/challenge`, `POST …/apply` and
 * `POST …/track` under the requests collection, with the letters' anti-abuse measures.
 */
export type OnlineRequestOptions = {
  /** Secret from which the challenge key and the query-code pepper are derived (default: the Payload secret). */
  secret?: string
  /** Proof of work (ALTCHA): upper bound of the secret number (default 200,000) and lifetime in seconds (default 20 minutes). */
  challenge?: { maxNumber?: number; expiresInSeconds?: number }
  /** Per-client limits, in memory per process: requests per hour (default 5), wrong tracking pairs per 15 minutes (default 10). */
  rateLimits?: { submissionsPerHour?: number; trackFailuresPer15Minutes?: number }
  /** Reverse proxies whose `X-Forwarded-For` / `X-Real-IP` are believed (default none). */
  trustedProxies?: string[]
  /** Replaces the client-address rule for the rate limits altogether. */
  clientAddress?: (headers: Headers) => string
}

export type ResolvedOnlineRequestOptions = {
  secret?: string
  challenge: { maxNumber: number; expiresInSeconds: number }
  rateLimits: { submissionsPerHour: number; trackFailuresPer15Minutes: number }
  clientAddress: (headers: Headers) => string
}

export type AnnualReportOptions = {
  /** Slug of the requests collection (default `disclosure-requests`). */
  requestsSlug?: string
  /** Slug of the per-year request-number counters (default `disclosure-request-counters`). */
  countersSlug?: string
  /** The public online form (default on); false: staff enter every request. */
  online?: OnlineRequestOptions | false
  /** Slug of the yearly figures (default `disclosure-yearly-figures`). */
  figuresSlug?: string
  /** The host's departments, for the department holding the information (default `departments`; false: no field). */
  departmentsSlug?: string | false
  /** The site's time zone (default `config.custom.site.timeZone`, else Asia/Shanghai). */
  timeZone?: string
  normative?: NormativeSource | false
  proactive?: ProactiveSource | false
  columns?: ColumnsSource | false
  gazette?: GazetteSource | false
  /** Hits of every column in the period (the host's hit counter); omitted: no ranking. */
  columnHits?: (payload: Payload, period: DayPeriod) => Promise<ColumnHits[]>
  /** Visits of the whole site in the period (the host's hit counter), for the website form. */
  siteVisits?: (payload: Payload, period: DayPeriod) => Promise<{ visits: number; uniqueVisitors: number | null }>
  /** Each mailbox's figures in the period (the host's mailboxes); omitted: none. */
  mailboxFigures?: (payload: Payload, period: DayPeriod) => Promise<MailboxFigure[]>
  /** How many columns the hit ranking lists (default 10). */
  topColumns?: number
  /** Who reads the report endpoints (default analysts and administrators). */
  reportAccess?: (req: PayloadRequest) => boolean
  /** The host's staff accounts, with a `roles` array (default `users`): reminders go to its disclosure officers. */
  usersSlug?: string
  /** Cron schedule of the daily overdue/due-soon mail (default 08:00 every day); false: queue it yourself. */
  reminderSchedule?: string | false
  /** The "generate" action (default on, into `notices`); false: no action. */
  generate?: GenerateOptions | false
}

type Resolved<T> = { [K in keyof T]-?: NonNullable<T[K]> }

export type ResolvedAnnualReportOptions = {
  requestsSlug: string
  countersSlug: string
  online: ResolvedOnlineRequestOptions | false
  figuresSlug: string
  departmentsSlug: string | false
  timeZone: string
  normative: Resolved<NormativeSource> | false
  proactive: Resolved<ProactiveSource> | false
  columns: Resolved<ColumnsSource> | false
  gazette: Resolved<GazetteSource> | false
  columnHits?: AnnualReportOptions['columnHits']
  mailboxFigures?: AnnualReportOptions['mailboxFigures']
  siteVisits?: AnnualReportOptions['siteVisits']
  topColumns: number
  usersSlug: string
  reminderSchedule: string | false
  reportAccess: (req: PayloadRequest) => boolean
  generate: (Resolved<Omit<GenerateOptions, 'data'>> & Pick<GenerateOptions, 'data'>) | false
}
