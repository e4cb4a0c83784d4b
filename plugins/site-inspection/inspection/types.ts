import type { AvailabilityOptions } from '../availability/monitor'
import type { LinkCheckOptions } from '../links/run'
import type { Label } from '../types'

export type RuleLevel = 'veto' | 'deduction'
export type RuleStatus = 'green' | 'amber' | 'red'

/** A record that makes a rule amber or red, linked for the dashboard and the digest. */
export type Offender = {
  collection: string
  id: number | string
  title: string
  /** What is wrong with it, e.g. "最后更新 2026-03-01（超过 14 天）". */
  detail: string
  /** Admin edit view, relative to the admin route. */
  adminPath: string
}

export type RuleResult = {
  id: string
  label: Label
  level: RuleLevel
  status: RuleStatus
  /** The measured value (days, or a count) against the threshold. */
  value: number
  threshold: number
  unit: 'days' | 'count' | 'percent'
  offenders: Offender[]
}

export type InspectionReport = {
  at: string
  /** The site's calendar day of `at` (YYYY-MM-DD). */
  day: string
  /** Worst status over all rules. */
  status: RuleStatus
  rules: RuleResult[]
}

/** Published items (the home page lists the newest of them). */
export type InspectedItems = {
  slug: string
  publishedAtField?: string
  titleField?: string
  /** Relationship to the item's main column. */
  columnField?: string
  /** hasMany relationship to further columns. */
  columnsField?: string
}

export type InspectionOptions = {
  /** The clock (tests move it). Default: the system clock. */
  now?: () => Date
  /** Site time zone for calendar days. Default Asia/Shanghai. */
  timeZone?: string
  items: InspectedItems[]
  columns?: {
    slug: string
    kindField?: string
    archivedField?: string
    parentField?: string
    titleField?: string
    /** Days without a new item per kind; default: the columns collection's `custom.updateRules`. */
    updateRules?: Record<string, { maxDaysWithoutUpdate: number } | null>
    /** A column is long-stale after this many times its kind's limit. Default 2. */
    longStaleFactor?: number
  }
  letters?: {
    slug: string
    stateField?: string
    openStates?: string[]
    receivedAtField?: string
    dueAtField?: string
    titleField?: string
    /** Months after which an open letter counts as unanswered (veto). Default 3. */
    unansweredMonths?: number
  }
  /** Broken links (deduction): where links are and how to check them (the link job). */
  links?: LinkCheckOptions & {
    /** Cron for the link job (queue `default`). Default: not scheduled. */
    cron?: string
  }
  /** Site availability (veto): the probe job and the failure rate over the last hours. */
  availability?: AvailabilityOptions
  /** The publish workflow's audit log, for publish dates set other than by the workflow. */
  auditLog?: { slug: string }
  /** Roles besides admin that read GET /api/inspection. Default ['analyst']. */
  readRoles?: string[]
  /** Slug of the stored daily results. Default 'inspection-results'. */
  resultsSlug?: string
  /** Mail the daily digest to users holding these roles. Default ['admin']. */
  digestRoles?: string[]
  usersSlug?: string
}
