import type { CollectionConfig, Config, Payload } from 'payload'

import { withPluginTranslations } from '../shared/i18n/pluginTranslations'
import { stampPublishedAt } from '../shared/publishing/publishedAt'
import { withoutRemoved } from './access/readAccess'
import { auditLogCollection } from './collections/auditLog'
import { actionEndpoint } from './endpoints/action'
import { failedSchedulesEndpoint, queueEndpoint } from './endpoints/queue'
import { statusEndpoint } from './endpoints/status'
import { publishedAtField, withdrawalField, workflowField, workflowPanelField } from './fields'
import { afterChange } from './hooks/afterChange'
import { guardChange } from './hooks/guardChange'
import { auditDelete, guardDelete } from './hooks/guardDelete'
import { guardOperation } from './hooks/guardOperation'
import { scheduledChangeTaskConfig } from './jobs/scheduledChange'
import { workflowNamespace, workflowTranslations } from './translations'
import type { PublishWorkflowOptions, ResolvedCollection, ResolvedOptions } from './types'

export type * from './types'
export { failedSchedules, reviewQueue } from './lib/queue'
export { workflowAction, type WorkflowActionArgs } from './lib/localApi'
export { notRemoved } from './access/readAccess'
/** `req.context` keys for other plugins' hooks: the action in progress, and notes for its audit entry. */
export { ACTION_CONTEXT as workflowActionContextKey, AUDIT_NOTES as workflowAuditNotesKey } from './lib/constants'
export { recordRunnerHeartbeat, lastRunnerHeartbeat, runnerStaleAfterMs } from './lib/runner'
export { scheduledChangeTask } from './lib/schedule'

/** A package self-reference (package.json `exports`), not the host's folder layout. */
export const adminComponents = 'gongkai/publish-workflow/admin'
const components = adminComponents

/** Payload's own cron (`jobs.autoRun`) runs the queue in this process. */
async function autoRunCovers(payload: Payload, queue: string) {
  const autoRun = payload.config.jobs.autoRun
  const crons = typeof autoRun === 'function' ? await autoRun(payload) : (autoRun ?? [])
  return crons.some((cron) => cron.allQueues || (cron.queue ?? 'default') === queue)
}

function resolve(options: PublishWorkflowOptions, config: Config): ResolvedOptions {
  const collections: Record<string, ResolvedCollection> = {}
  for (const [slug, chain] of Object.entries(options.collections)) {
    const collection = config.collections?.find((c) => c.slug === slug)
    if (!collection) throw new Error(`publishWorkflow: no collection "${slug}" in the config`)
    if (!collection.versions || typeof collection.versions !== 'object' || !collection.versions.drafts)
      throw new Error(`publishWorkflow: collection "${slug}" needs versions.drafts enabled`)
    if (!chain.steps?.length) throw new Error(`publishWorkflow: collection "${slug}" needs at least one review step`)
    const publishedAt = chain.publishedAtField ?? 'publishedAt'
    const hasField = collection.fields.some((field) => 'name' in field && field.name === publishedAt)
    const last = chain.steps[chain.steps.length - 1]
    const titleField = collection.admin?.useAsTitle ?? 'title'
    collections[slug] = {
      slug,
      steps: chain.steps,
      publishRoles: chain.publishRoles ?? last.roles ?? ['admin'],
      submitRoles: chain.submitRoles ?? ['editor', 'admin'],
      deleteRoles: chain.deleteRoles ?? ['admin'],
      onEditInReview: chain.onEditInReview ?? 'first-step',
      publishedAtField: publishedAt,
      addPublishedAtField: Boolean(chain.addPublishedAtField) && !hasField,
      hasPublishedAt: hasField || Boolean(chain.addPublishedAtField),
      titleField,
    }
  }
  return {
    collections,
    usersCollection: options.usersCollection ?? config.admin?.user ?? 'users',
    auditLogSlug: options.auditLogSlug ?? 'workflow-audit-log',
    auditReadRoles: options.auditReadRoles ?? ['analyst'],
    queue: options.queue ?? 'default',
    inProcessRunner: options.inProcessRunner ?? ((payload) => autoRunCovers(payload, options.queue ?? 'default')),
    notify: options.notify ?? true,
    adminUrl: (options.adminUrl ?? config.serverURL ?? '').replace(/\/$/, ''),
    onPublicChange: options.onPublicChange,
  }
}

function applyToCollection(
  collection: CollectionConfig,
  resolved: ResolvedCollection,
  options: ResolvedOptions,
  enabled: boolean,
): CollectionConfig {
  const hasField = collection.fields.some((field) => 'name' in field && field.name === resolved.publishedAtField)
  const fields = [
    ...collection.fields,
    workflowField(options.usersCollection),
    withdrawalField,
    ...(resolved.addPublishedAtField && !hasField ? [publishedAtField(resolved.publishedAtField)] : []),
  ]
  if (!enabled) return { ...collection, fields }
  return {
    ...collection,
    fields: [...fields, workflowPanelField],
    access: { ...collection.access, read: withoutRemoved(collection.access?.read) },
    hooks: {
      ...collection.hooks,
      beforeOperation: [guardOperation, guardDelete(resolved), ...(collection.hooks?.beforeOperation ?? [])],
      // The workflow owns the publish date: stamped at the first publication by any path (its
      // actions, schedules, trusted Local API writes), immutable afterwards.
      beforeChange: [
        guardChange(resolved),
        ...(collection.hooks?.beforeChange ?? []),
        ...(resolved.hasPublishedAt ? [stampPublishedAt(resolved.publishedAtField)] : []),
      ],
      beforeDelete: [...(collection.hooks?.beforeDelete ?? []), auditDelete(options, resolved)],
      afterChange: [...(collection.hooks?.afterChange ?? []), afterChange(options, resolved)],
    },
    endpoints: [
      ...(Array.isArray(collection.endpoints) ? collection.endpoints : []),
      actionEndpoint(options, resolved),
      statusEndpoint(options, resolved),
    ],
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        edit: {
          // Publishing and unpublishing go through the workflow panel; Payload's own buttons would
          // only be refused (publish) or turned into a draft save (unpublish).
          PublishButton: `${components}/NoPublishButton#NoPublishButton`,
          UnpublishButton: `${components}/NoPublishButton#NoPublishButton`,
          ...collection.admin?.components?.edit,
        },
      },
    },
  }
}

/**
 * Multi-step review (三审), scheduled publishing, withdrawal and an audit trail for any
 * collection with drafts. See README "Publish workflow".
 */
export const publishWorkflow =
  (options: PublishWorkflowOptions) =>
  (config: Config): Config => {
    const resolved = resolve(options, config)
    const enabled = !options.disabled
    const collections = (config.collections ?? []).map((collection) =>
      resolved.collections[collection.slug]
        ? applyToCollection(collection, resolved.collections[collection.slug], resolved, enabled)
        : collection,
    )
    collections.push(auditLogCollection(resolved.auditLogSlug, resolved.usersCollection, resolved.auditReadRoles))
    const i18n = withPluginTranslations(config, workflowNamespace, workflowTranslations)
    if (!enabled) return { ...config, collections, i18n }
    return {
      ...config,
      collections,
      i18n,
      endpoints: [...(config.endpoints ?? []), queueEndpoint(resolved), failedSchedulesEndpoint(resolved)],
      // Server-only (root `custom` never reaches the browser): the review queue view reads it.
      custom: { ...config.custom, publishWorkflow: resolved },
      jobs: {
        ...config.jobs,
        tasks: [...(config.jobs?.tasks ?? []), scheduledChangeTaskConfig(resolved)],
      },
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          afterNavLinks: [
            ...(config.admin?.components?.afterNavLinks ?? []),
            `${components}/QueueNavLink#QueueNavLink`,
          ],
          views: {
            ...config.admin?.components?.views,
            reviewQueue: { Component: `${components}/ReviewQueueView#ReviewQueueView`, path: '/review-queue' },
          },
        },
      },
    }
  }
