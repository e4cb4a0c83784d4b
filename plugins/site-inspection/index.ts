import type { Config } from 'payload'

import { availabilityProbesCollection, availabilityProbesSlug, runAvailabilityCheck } from './availability/monitor'
import { wordCheckPanelField } from './admin/panelField'
import { wordRulesCollection } from './collections/wordRules'
import { letterReplyCheck } from './hooks/letterReplyCheck'
import { noteDraftRestore, wordCheck } from './hooks/wordCheck'
import { dailyInspectionTaskConfig } from './inspection/digest'
import { inspectionEndpoint, runInspectionEndpoint } from './inspection/endpoint'
import { inspectionResultsCollection } from './inspection/results'
import { linkChecksCollection, linkChecksSlug, runLinkCheck } from './links/run'
import { siteIdentityGlobal, siteIdentitySlug } from './globals/siteIdentity'
import { translations } from './translations'
import type { ResolvedSiteInspection, SiteInspectionOptions } from './types'

export type * from './types'
export { compileRules, findNaively } from './lib/matcher'
export { starterWordRules } from './data/starterWordRules'
export { WordReplaceFeature } from './lib/wordReplaceFeature'
export { seedStarterWordRules } from './lib/seedRules'
export { inspectSite } from './inspection/inspect'
export { runDailyInspection, dailyInspectionTask, digestText } from './inspection/digest'
export { statusOf } from './inspection/status'
export type * from './inspection/types'
export { runLinkCheck, linkChecksSlug } from './links/run'
export { runAvailabilityCheck, availabilityProbesSlug, type AvailabilityOptions } from './availability/monitor'
export { probePage } from './availability/probe'
export { siteIdentitySlug } from './globals/siteIdentity'
export { checkLinks, nextState, isReported } from './links/check'

const adminPath = 'gongkai/site-inspection/admin'

function resolve(options: SiteInspectionOptions): ResolvedSiteInspection {
  return {
    wordRulesSlug: options.wordRulesSlug ?? 'word-rules',
    collections: Object.fromEntries((options.wordCheck?.collections ?? []).map((c) => [c.slug, c])),
    overrideRoles: options.wordCheck?.overrideRoles ?? ['admin'],
    minReasonLength: options.wordCheck?.minReasonLength ?? 5,
    staffRoles: options.staffRoles ?? ['editor', 'reviewer'],
    letters: options.letters
      ? {
          slug: options.letters.slug,
          fields: options.letters.fields ?? ['reply.text'],
          publishedField: options.letters.publishedField ?? 'publication.published',
        }
      : null,
  }
}

function mergeTranslations(config: Config): Config['i18n'] {
  const existing = (config.i18n?.translations ?? {}) as Record<string, Record<string, unknown>>
  const merged: Record<string, Record<string, unknown>> = { ...existing }
  for (const [language, strings] of Object.entries(translations))
    merged[language] = { ...existing[language], ...strings }
  return { ...config.i18n, translations: merged as never }
}

/**
 * Self-inspection against the national indicators and the pre-publication word check
 * (错敏词校对). See README "Site inspection".
 */
export const siteInspection =
  (options: SiteInspectionOptions = {}) =>
  (config: Config): Config => {
    const resolved = resolve(options)
    for (const slug of Object.keys(resolved.collections))
      if (!config.collections?.some((c) => c.slug === slug))
        throw new Error(`siteInspection: no collection "${slug}" in the config`)
    const letters = resolved.letters
    if (letters && !config.collections?.some((c) => c.slug === letters.slug))
      throw new Error(`siteInspection: no letters collection "${letters.slug}" in the config`)
    const collections = (config.collections ?? []).map((collection) => {
      if (letters && collection.slug === letters.slug && !options.disabled)
        return {
          ...collection,
          hooks: {
            ...collection.hooks,
            beforeChange: [
              ...(collection.hooks?.beforeChange ?? []),
              letterReplyCheck(resolved.wordRulesSlug, letters),
            ],
          },
        }
      const target = resolved.collections[collection.slug]
      if (!target || options.disabled) return collection
      return {
        ...collection,
        fields: [...collection.fields, wordCheckPanelField(collection, target, resolved.wordRulesSlug)],
        hooks: {
          ...collection.hooks,
          beforeOperation: [...(collection.hooks?.beforeOperation ?? []), noteDraftRestore],
          // Last, so it sees the status and text the other hooks settled on.
          beforeChange: [...(collection.hooks?.beforeChange ?? []), wordCheck(resolved, target)],
        },
      }
    })
    collections.push(wordRulesCollection(resolved))
    const globals =
      options.siteIdentity === false
        ? (config.globals ?? [])
        : [
            ...(config.globals ?? []),
            siteIdentityGlobal(options.siteIdentity?.slug ?? siteIdentitySlug, options.siteIdentity?.afterChange),
          ]
    const inspection = options.inspection
    if (!inspection || options.disabled)
      return {
        ...config,
        collections,
        globals,
        i18n: mergeTranslations(config),
        custom: { ...config.custom, siteInspection: resolved },
      }
    const inspectionOptions = {
      timeZone: (config.custom?.site as { timeZone?: string } | undefined)?.timeZone,
      ...inspection,
    }
    collections.push(
      inspectionResultsCollection(inspection.resultsSlug ?? 'inspection-results', inspection.readRoles ?? ['analyst']),
    )
    const task = dailyInspectionTaskConfig(inspectionOptions)
    const links = inspection.links
    if (links) collections.push(linkChecksCollection(links.slug ?? linkChecksSlug, inspection.readRoles ?? ['analyst']))
    const availability = inspection.availability
    if (availability)
      collections.push(
        availabilityProbesCollection(availability.slug ?? availabilityProbesSlug, inspection.readRoles ?? ['analyst']),
      )
    const availabilityTask = availability && {
      slug: 'siteInspectionAvailability' as never,
      label: '可用性监测 / Availability monitor',
      ...(availability.cron ? { schedule: [{ cron: availability.cron, queue: 'default' }] } : {}),
      handler: async ({ req }: { req: { payload: Parameters<typeof runAvailabilityCheck>[0] } }) => {
        await runAvailabilityCheck(req.payload, availability)
        return { output: {} }
      },
    }
    const linkTask = links && {
      slug: 'siteInspectionLinks' as never,
      label: '链接检查 / Link check',
      ...(links.cron ? { schedule: [{ cron: links.cron, queue: 'default' }] } : {}),
      handler: async ({ req }: { req: { payload: Parameters<typeof runLinkCheck>[0] } }) => {
        await runLinkCheck(req.payload, links)
        return { output: {} }
      },
    }
    return {
      ...config,
      collections,
      globals,
      endpoints: [
        ...(config.endpoints ?? []),
        inspectionEndpoint(inspectionOptions),
        runInspectionEndpoint(inspectionOptions),
      ],
      admin: {
        ...config.admin,
        components: {
          ...config.admin?.components,
          views: {
            ...config.admin?.components?.views,
            siteInspection: { Component: `${adminPath}/InspectionView#InspectionView`, path: '/inspection' as const },
          },
          afterNavLinks: [
            ...(config.admin?.components?.afterNavLinks ?? []),
            {
              path: `${adminPath}/InspectionNavLink#InspectionNavLink`,
              clientProps: { readRoles: inspection.readRoles ?? ['analyst'] },
            },
          ],
        },
      },
      jobs: {
        ...config.jobs,
        tasks: [
          ...(config.jobs?.tasks ?? []),
          inspection.digestCron ? { ...task, schedule: [{ cron: inspection.digestCron, queue: 'default' }] } : task,
          ...(linkTask ? [linkTask] : []),
          ...(availabilityTask ? [availabilityTask] : []),
        ],
      },
      i18n: mergeTranslations(config),
      // Server-only (root `custom` never reaches the browser): tests and scripts run the rules with it.
      custom: { ...config.custom, siteInspection: { ...resolved, inspection: inspectionOptions } },
    }
  }
