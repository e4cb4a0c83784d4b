import type { CollectionConfig, Payload, Where } from 'payload'

import { userHasRole } from '../../shared/access'
import { probePage, type ProbeOptions } from './probe'

export const availabilityProbesSlug = 'availability-probes'

export type AvailabilityOptions = ProbeOptions & {
  /** The site's own base URL. Default: the config's serverURL. */
  siteUrl?: string
  /** Pages always probed, relative to the base URL. Default ['/'] (the home page). */
  pages?: string[]
  /** A fresh sample of published items each run, e.g. `{ slug: 'notices', path: (d) => `/notices/${d.id}` }`. */
  sample?: { slug: string; path: (doc: { id: number | string }) => string; count?: number }
  /** Cron for the probe job (queue `default`), e.g. every 10 minutes. Default: not scheduled. */
  cron?: string
  /** Probes older than this are deleted by the job. Default 90 days. */
  keepDays?: number
  /** The rule looks at the probes of the last this many hours. Default 24. */
  windowHours?: number
  /** Failure rate (percent) at which the site fails the inspection (19号: 5 %). Default 5. */
  failPercent?: number
  /** The clock for the probe's `at` and the pruning (tests move it). */
  now?: () => Date
  slug?: string
}

/** One row per probe: the history the availability rule reads. */
export const availabilityProbesCollection = (slug: string, readRoles: string[]): CollectionConfig => ({
  slug,
  labels: {
    singular: { zh: '可用性探测', en: 'Availability probe' },
    plural: { zh: '可用性探测', en: 'Availability probes' },
  },
  admin: {
    group: { zh: '网站自查', en: 'Site inspection' },
    useAsTitle: 'url',
    defaultColumns: ['at', 'url', 'ok', 'status', 'ms', 'error'],
  },
  access: {
    read: ({ req }) => userHasRole(req.user, 'admin', ...readRoles),
    // Written by the probe job only.
    create: () => false,
    update: () => false,
    delete: ({ req }) => userHasRole(req.user, 'admin'),
  },
  fields: [
    { name: 'at', type: 'date', required: true, index: true, label: { zh: '探测时间', en: 'Probed at' } },
    { name: 'url', type: 'text', required: true, index: true, label: { zh: '页面', en: 'Page' } },
    { name: 'ok', type: 'checkbox', index: true, label: { zh: '正常', en: 'Up' } },
    { name: 'status', type: 'number', label: { zh: '状态码', en: 'Status' } },
    { name: 'ms', type: 'number', label: { zh: '耗时（毫秒）', en: 'Time (ms)' } },
    { name: 'error', type: 'text', label: { zh: '错误', en: 'Error' } },
  ],
  timestamps: true,
})

/** The pages of one run: the fixed ones and a random sample of published items. */
async function pagesToProbe(payload: Payload, options: AvailabilityOptions, base: string): Promise<string[]> {
  const paths = [...(options.pages ?? ['/'])]
  const sample = options.sample
  if (sample && (sample.count ?? 3) > 0) {
    const published: Where = { _status: { equals: 'published' } }
    const { totalDocs } = await payload.count({ collection: sample.slug as never, where: published })
    const count = Math.min(sample.count ?? 3, totalDocs)
    const picked = new Set<number>()
    while (picked.size < count) picked.add(Math.floor(Math.random() * totalDocs))
    for (const index of picked) {
      const { docs } = await payload.find({
        collection: sample.slug as never,
        where: published,
        sort: 'id',
        limit: 1,
        page: index + 1,
        depth: 0,
        select: { id: true } as never,
        overrideAccess: true,
      })
      if (docs[0]) paths.push(sample.path(docs[0] as { id: number | string }))
    }
  }
  return [...new Set(paths.map((page) => new URL(page, `${base}/`).href))]
}

/**
 * One run of the monitor: probes the home page and a sample of the site's pages one after the
 * other (the site's own server, so no load spikes), stores each probe and prunes old ones.
 */
export async function runAvailabilityCheck(payload: Payload, options: AvailabilityOptions) {
  const slug = (options.slug ?? availabilityProbesSlug) as never
  const base = (options.siteUrl ?? payload.config.serverURL ?? '').replace(/\/+$/, '')
  if (!base) {
    payload.logger.warn('site-inspection: no site URL (serverURL) to probe; availability not checked')
    return { probes: [] }
  }
  const now = options.now ?? (() => new Date())
  const probes = []
  for (const url of await pagesToProbe(payload, options, base)) {
    const at = now().toISOString()
    const result = await probePage(url, options)
    await payload.create({ collection: slug, data: { ...result, at } as never, overrideAccess: true })
    probes.push({ ...result, at })
  }
  const cutoff = new Date(now().getTime() - (options.keepDays ?? 90) * 86_400_000).toISOString()
  await payload.delete({ collection: slug, where: { at: { less_than: cutoff } }, overrideAccess: true })
  return { probes }
}
