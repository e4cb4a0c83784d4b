import type { CollectionConfig, Payload } from 'payload'

import { userHasRole } from '../../shared/access'
import { checkLinks, isReported, nextState, type CheckOptions, type LinkState } from './check'
import { linksOf } from './extract'

export type LinkCheckOptions = CheckOptions & {
  /** Where the links are: published items and the fields holding links. */
  sources: { slug: string; fields: string[]; titleField?: string }[]
  /** Extra pages to check (home, column pages …), absolute or relative to `siteUrl`. */
  pages?: string[]
  /** Base for relative links. Default: the config's serverURL. */
  siteUrl?: string
  slug?: string
}

export const linkChecksSlug = 'link-checks'

/** One row per link: its last answer and how many runs in a row it failed. */
export const linkChecksCollection = (slug: string, readRoles: string[]): CollectionConfig => ({
  slug,
  labels: { singular: { zh: '链接检查', en: 'Link check' }, plural: { zh: '链接检查', en: 'Link checks' } },
  admin: {
    group: { zh: '网站自查', en: 'Site inspection' },
    useAsTitle: 'url',
    defaultColumns: ['url', 'failures', 'lastStatus', 'lastError', 'checkedAt'],
  },
  access: {
    read: ({ req }) => userHasRole(req.user, 'admin', ...readRoles),
    create: () => false,
    update: () => false,
    delete: ({ req }) => userHasRole(req.user, 'admin'),
  },
  fields: [
    { name: 'url', type: 'text', required: true, unique: true, index: true, label: { zh: '链接', en: 'URL' } },
    {
      name: 'failures',
      type: 'number',
      defaultValue: 0,
      index: true,
      label: { zh: '连续失败次数', en: 'Failures in a row' },
    },
    { name: 'lastStatus', type: 'number', label: { zh: '最近状态码', en: 'Last status' } },
    { name: 'lastError', type: 'text', label: { zh: '最近错误', en: 'Last error' } },
    { name: 'checkedAt', type: 'date', label: { zh: '检查时间', en: 'Checked at' } },
    { name: 'foundIn', type: 'json', label: { zh: '所在信息', en: 'Found in' } },
  ],
  timestamps: true,
})

type FoundIn = { collection: string; id: number | string; title: string }

/** Collects the links of published items and the listed pages, checks them and keeps each one's history. */
export async function runLinkCheck(payload: Payload, options: LinkCheckOptions) {
  const slug = (options.slug ?? linkChecksSlug) as never
  const siteUrl = (options.siteUrl ?? payload.config.serverURL ?? '').replace(/\/$/, '')
  const where = new Map<string, FoundIn[]>()
  const add = (url: string, found?: FoundIn) => {
    if (!where.has(url)) where.set(url, [])
    if (found) where.get(url)!.push(found)
  }
  for (const source of options.sources) {
    const docs = await payload.find({
      collection: source.slug as never,
      where: { _status: { equals: 'published' } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    for (const doc of docs.docs as unknown as Record<string, unknown>[])
      for (const field of source.fields)
        for (const url of linksOf(doc[field], siteUrl))
          add(url, {
            collection: source.slug,
            id: doc.id as number,
            title: String(doc[source.titleField ?? 'title'] ?? ''),
          })
  }
  for (const page of options.pages ?? []) {
    try {
      add(new URL(page, siteUrl || undefined).href)
    } catch {
      // a relative page and no site URL (a development server): nothing to check
    }
  }
  const results = await checkLinks([...where.keys()], options)
  const known = await payload.find({ collection: slug, pagination: false, depth: 0, overrideAccess: true })
  const byUrl = new Map((known.docs as unknown as (LinkState & { id: number })[]).map((doc) => [doc.url, doc]))
  const checkedAt = new Date().toISOString()
  const reported: (LinkState & { foundIn: FoundIn[] })[] = []
  for (const result of results) {
    const previous = byUrl.get(result.url)
    const state = nextState(previous, result)
    const data = { ...state, checkedAt, foundIn: where.get(result.url) ?? [] }
    if (previous) await payload.update({ collection: slug, id: previous.id, data: data as never, overrideAccess: true })
    else await payload.create({ collection: slug, data: data as never, overrideAccess: true })
    if (isReported(state)) reported.push(data)
  }
  return { checked: results.length, reported }
}
