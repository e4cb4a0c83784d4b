import type { CollectionSlug, PayloadRequest, Where } from 'payload'

/** A collection whose documents are pages readers view (notices, news …). */
export type HitItemCollection = {
  slug: CollectionSlug
  /** Relationship field naming the item's primary column (主栏目); a view of the item also counts for it. */
  primaryColumnField: string
  /** Field shown in the top-items list (default `title`). */
  titleField?: string
}

export type HitCounterOptions = {
  /** The column tree (栏目). */
  columns: {
    slug: CollectionSlug
    /** Relationship to the parent column, for roll-ups (default `parent`). */
    parentField?: string
    /** Unique slug path such as `zwgk/tzgg`; `POST /api/hits` accepts it instead of an id (default `path`). */
    pathField?: string
    /** Default `name`. */
    titleField?: string
  }
  /** Item collections whose views are counted; only documents the public may read are counted. */
  items?: HitItemCollection[]
  /** Repeated views of one page by one client within this window count once. Default 30. */
  dedupeWindowMinutes?: number
  /** How often buffered hits are written. Default 1000 ms (the most a crash can lose). */
  flushIntervalMs?: number
  /** Per-address rate limit on `POST /api/hits`. Default 120 requests per 60 s; `false` turns it off. */
  rateLimit?: { points: number; durationSeconds: number } | false
  /** Largest accepted request body. Default 1024 bytes. */
  maxBodyBytes?: number
  /** Calendar for daily buckets; default `config.custom.site.timeZone`, else Asia/Shanghai. */
  timeZone?: string
  /**
   * Addresses or CIDR ranges of the reverse proxies in front of the site. `X-Forwarded-For` and
   * `X-Real-IP` are believed only from these; default none: the TCP peer is the client.
   */
  trustedProxies?: string[]
  /**
   * How many different user agents one address counts as separate readers of one page within
   * the dedupe window (people behind one office NAT). Default 3.
   */
  agentsPerAddress?: number
  /** Bounds on the memory kept for dedupe and rate limits; when full, the oldest entries go. */
  memory?: { maxDedupeEntries?: number; maxRateLimitKeys?: number }
  /**
   * A small Node `http` listener that answers `POST /api/hits` without the Next.js request
   * pipeline (about 20× faster, see README "Hit counter"). A reverse proxy routes
   * `/api/hits` to it; `/api/hits` through Payload keeps working too.
   */
  listener?: { port: number; host?: string } | false
  /** Registers the final flush with the host's shutdown sequence (SIGTERM/SIGINT). */
  onShutdown?: (name: string, task: () => Promise<void>) => void
  /**
   * Receives a bare Node handler for `POST /api/hits` once Payload has started, for a host
   * server that answers the path before its framework (the reference site's server.mjs);
   * returns what to call when this instance stops (so a newer instance's handler stays).
   */
  fastPath?: (handler: import('node:http').RequestListener) => () => void
  /** Who may read the analytics and the counter collections. Default: analysts and administrators. */
  analyticsAccess?: (req: PayloadRequest) => boolean
  /** Show the admin chart view (统计 › 栏目点击). Default true. */
  adminView?: boolean
  /**
   * More panels of the analytics view, from other plugins (e.g. site search's query statistics):
   * client components given `apiRoute`, `from` and `to` (the period chosen in the view, site days)
   * besides their own `clientProps`. The host passes them, so this plugin imports none of them.
   */
  analyticsPanels?: AnalyticsPanel[]
  /** How often the cache of publicly readable ids is rebuilt. Default 60 s. */
  refreshIntervalMs?: number
  /** Extra filter on which columns count (default: every column the public may read). */
  columnsWhere?: Where
}

export type ResolvedHitCounterOptions = Required<
  Omit<HitCounterOptions, 'listener' | 'onShutdown' | 'fastPath' | 'columnsWhere' | 'rateLimit' | 'timeZone' | 'memory'>
> & {
  memory: Required<NonNullable<HitCounterOptions['memory']>>
  columns: Required<HitCounterOptions['columns']>
  items: Required<HitItemCollection>[]
  listener: HitCounterOptions['listener']
  onShutdown?: HitCounterOptions['onShutdown']
  fastPath?: HitCounterOptions['fastPath']
  columnsWhere?: Where
  rateLimit: HitCounterOptions['rateLimit']
  timeZone?: string
}

/** Slugs of the counter collections (their own tables; content documents are never updated). */
export const hitSlugs = {
  columnDays: 'hit-column-days',
  itemDays: 'hit-item-days',
  totals: 'hit-totals',
  /** Unique visitors per day (in `hits`): counted, never listed (lib/visitors.ts). */
  visitorDays: 'hit-visitor-days',
} as const satisfies Record<string, CollectionSlug>

/** What a hit names once validated: a column, or an item and its primary column. */
export type ValidHit = {
  columnId: number | string
  item?: { collection: string; id: string }
}

/** Outcome of one `POST /api/hits`: 202 counted, 200 not counted (bot, repeat), 4xx refused. */
export type HitOutcome =
  | { status: 202; counted: true }
  | { status: 200; counted: false; reason: 'bot' | 'repeat' }
  | { status: 400 | 404 | 413 | 415 | 429 | 503; error: { zh: string; en: string } }

/** An admin component path (`package/path#Export`), with props of its own. */
export type AnalyticsPanel = string | { path: string; clientProps?: Record<string, unknown> }
