import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

/** Collection slugs are the host's; the plugin sees them as plain names. */
export const slugOf = (slug: string) => slug as CollectionSlug

/** A message in both admin languages. */
export type Label = { zh: string; en: string }

/** One review step (审核环节), e.g. 初审, 复审, 终审. */
export type WorkflowStep = {
  /** Stable identifier stored with each audit entry, e.g. 'first-review'. */
  name: string
  label?: Label
  /** Roles whose holders may act on this step (a user needs any one of them). */
  roles?: string[]
  /** Individual users (ids) who may act on this step, in addition to `roles`. */
  users?: (number | string)[]
}

/** What happens to an item in review (or approved) when someone edits it. */
export type OnEditInReview = 'first-step' | 'draft' | 'keep'

export type WorkflowCollectionOptions = {
  /** The ordered review chain; at least one step. */
  steps: WorkflowStep[]
  /** Roles that may publish, schedule, unpublish, withdraw and restore. Default: the roles of the last step. */
  publishRoles?: string[]
  /** Roles that may submit a draft for review. Default: editor and admin. */
  submitRoles?: string[]
  /** Roles that may delete an item that is or was published (audited). Default: admin. */
  deleteRoles?: string[]
  /** Default 'first-step': editing an item in review (or approved) sends it back to step 1. */
  onEditInReview?: OnEditInReview
  /**
   * The item's first-publish-date field (发布日期). The workflow sets it on the first publish
   * and never overwrites a value. Default 'publishedAt'.
   */
  publishedAtField?: string
  /** Add `publishedAtField` to the collection when it does not have it. Default false. */
  addPublishedAtField?: boolean
}

export type PublicChangeAction = 'publish' | 'unpublish' | 'withdraw' | 'remove' | 'restore' | 'update'

export type PublicChangeEvent = {
  collection: string
  id: number | string
  action: PublicChangeAction
  doc: Record<string, unknown>
  /**
   * The request that made the change. Its transaction may still be open (a trusted server
   * write inside another operation): wait for `req.transactionID` to commit before dropping
   * caches that a render could refill from the old rows.
   */
  req: PayloadRequest
}

export type PublishWorkflowOptions = {
  /** Collection slug → its review chain. Each collection must have `versions.drafts` on. */
  collections: Record<string, WorkflowCollectionOptions>
  /** Slug of the auth collection whose users carry `roles` and `language`. Default: `admin.user` or 'users'. */
  usersCollection?: string
  /** Slug of the audit log collection. Default 'workflow-audit-log'. */
  auditLogSlug?: string
  /** Roles (besides admin) that may read and export the audit log. Default ['analyst']. */
  auditReadRoles?: string[]
  /** Jobs queue for scheduled publish/unpublish. Default 'default'. */
  queue?: string
  /**
   * Whether this process runs `queue` itself. Schedules are refused (503) unless it does or
   * another runner recorded a heartbeat lately (`recordRunnerHeartbeat`). Default: the
   * config's `jobs.autoRun` covers the queue.
   */
  inProcessRunner?: (payload: Payload) => boolean | Promise<boolean>
  /** Mail on submit, approval, request-changes, publish and withdrawal. Default true. */
  notify?: boolean
  /** Base URL of the admin for links in mail (default: config.serverURL). */
  adminUrl?: string
  /**
   * Called after any change that alters what the public sees (publish, unpublish, withdraw,
   * remove, restore, update of a published item). Errors are logged, never thrown.
   */
  onPublicChange?: (event: PublicChangeEvent) => void | Promise<void>
  /** Turn the plugin off while keeping its schema (fields, audit log). */
  disabled?: boolean
}

export type WorkflowState = 'draft' | 'in-review' | 'approved' | 'published' | 'withdrawn'

export type WorkflowAction =
  | 'submit'
  | 'approve'
  | 'request-changes'
  | 'publish'
  | 'schedule'
  | 'cancel-schedule'
  | 'unpublish'
  | 'withdraw'
  | 'restore'

export type WithdrawalMode = 'withdrawn' | 'removed'

/** The `workflow` group the plugin adds to each item (never public). */
export type WorkflowData = {
  state?: WorkflowState | null
  step?: number | null
  submittedBy?: number | string | { id: number | string } | null
  lastEditedBy?: number | string | { id: number | string } | null
  approvedBy?: number | string | { id: number | string } | null
  scheduledPublishAt?: string | null
  scheduledUnpublishAt?: string | null
}

/** The `withdrawal` group the public site reads. */
export type WithdrawalData = {
  mode?: WithdrawalMode | null
  reason?: string | null
  at?: string | null
}

export type WorkflowDoc = Record<string, unknown> & {
  id: number | string
  _status?: 'draft' | 'published' | null
  workflow?: WorkflowData | null
  withdrawal?: WithdrawalData | null
}

/** The resolved options of one collection, as the hooks and endpoints use them. */
export type ResolvedCollection = Required<Omit<WorkflowCollectionOptions, 'addPublishedAtField'>> & {
  slug: string
  addPublishedAtField: boolean
  /** True when the collection (after the plugin) has the `publishedAtField`. */
  hasPublishedAt: boolean
  /** The field shown as the item's title in mail and the audit log (admin.useAsTitle). */
  titleField: string
}

export type ResolvedOptions = {
  collections: Record<string, ResolvedCollection>
  usersCollection: string
  auditLogSlug: string
  auditReadRoles: string[]
  queue: string
  inProcessRunner: (payload: Payload) => boolean | Promise<boolean>
  notify: boolean
  adminUrl: string
  onPublicChange?: PublishWorkflowOptions['onPublicChange']
}

export type ActionInput = {
  comment?: string
  /** ISO instant for a scheduled publish/unpublish. */
  at?: string
  /** Withdrawal explanation (required for withdraw). */
  reason?: string
  mode?: WithdrawalMode
  /**
   * Input for other plugins' hooks (e.g. a word-check override), passed through untouched:
   * they read it from `req.context[workflowActionContextKey].extensions` while the action writes.
   */
  extensions?: Record<string, unknown>
}

/** What `req.context[workflowActionContextKey]` holds while an action writes the item. */
export type WorkflowActionContext = {
  action: WorkflowAction
  collection: string
  id: string
  extensions: Record<string, unknown>
}

export type ActionContext = {
  req: PayloadRequest
  options: ResolvedOptions
  collection: ResolvedCollection
}
