import { addMonths } from 'date-fns'
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { dayMs, statusOf, worst } from './status'
import type { InspectionOptions, InspectionReport, Offender, RuleResult } from './types'

type Doc = Record<string, unknown> & { id: number | string }
type Reader = { payload: Payload; req?: PayloadRequest }

const slug = (name: string) => name as CollectionSlug
const published: Where = { _status: { equals: 'published' } }
const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in value ? (value as Doc).id : (value as number | string)

export const localDay = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at)

async function all(reader: Reader, collection: string, where: Where, select?: Record<string, true>) {
  const result = await reader.payload.find({
    collection: slug(collection),
    where,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req: reader.req,
    ...(select ? { select: select as never } : {}),
  })
  return result.docs as unknown as Doc[]
}

const offender = (collection: string, doc: Doc, titleField: string, detail: string): Offender => ({
  collection,
  id: doc.id,
  title: String(doc[titleField] ?? doc.id),
  detail,
  adminPath: `/collections/${collection}/${doc.id}`,
})

/** Homepage not updated for 2 weeks (veto): the newest published item of any inspected collection. */
async function homepageRule(reader: Reader, options: InspectionOptions, now: Date): Promise<RuleResult> {
  let newest: { doc: Doc; collection: string; at: number; titleField: string } | null = null
  for (const items of options.items) {
    const field = items.publishedAtField ?? 'publishedAt'
    const found = await reader.payload.find({
      collection: slug(items.slug),
      where: { and: [published, { [field]: { exists: true } }] },
      sort: `-${field}`,
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req: reader.req,
    })
    const doc = found.docs[0] as unknown as Doc | undefined
    const at = doc ? Date.parse(String(doc[field])) : NaN
    if (doc && !Number.isNaN(at) && (!newest || at > newest.at))
      newest = { doc, collection: items.slug, at, titleField: items.titleField ?? 'title' }
  }
  const days = newest ? Math.floor((now.getTime() - newest.at) / dayMs) : Infinity
  const threshold = 14
  const status = statusOf(days, threshold)
  return {
    id: 'homepage-not-updated',
    label: { zh: '首页超过2周未更新', en: 'Home page not updated for 2 weeks' },
    level: 'veto',
    status,
    value: Number.isFinite(days) ? days : -1,
    threshold,
    unit: 'days',
    offenders:
      status === 'green' || !newest
        ? []
        : [offender(newest.collection, newest.doc, newest.titleField, `最新信息发布于 ${days} 天前`)],
  }
}

/** Stale, long-stale and empty columns (vetoes at 5, 10 and 5); archived topical columns are exempt. */
async function columnRules(reader: Reader, options: InspectionOptions, now: Date): Promise<RuleResult[]> {
  const config = options.columns!
  const kindField = config.kindField ?? 'kind'
  const archivedField = config.archivedField ?? 'archived'
  const parentField = config.parentField ?? 'parent'
  const titleField = config.titleField ?? 'name'
  const collectionRules = reader.payload.collections[slug(config.slug)]?.config.custom?.updateRules as
    Record<string, { maxDaysWithoutUpdate: number } | null> | undefined
  const updateRules = config.updateRules ?? collectionRules ?? {}
  const factor = config.longStaleFactor ?? 2
  const columns = await all(reader, config.slug, {})
  const parents = new Set(columns.map((c) => idOf(c[parentField])).filter((id) => id !== null && id !== undefined))
  const stale: Offender[] = []
  const longStale: Offender[] = []
  const empty: Offender[] = []
  for (const column of columns) {
    if (column[archivedField]) continue
    const rule = updateRules[String(column[kindField])]
    const isLeaf = !parents.has(column.id)
    let newest: number | null = null
    for (const items of options.items) {
      const field = items.publishedAtField ?? 'publishedAt'
      const inColumn: Where[] = []
      if (items.columnField) inColumn.push({ [items.columnField]: { equals: column.id } })
      if (items.columnsField) inColumn.push({ [items.columnsField]: { in: [column.id] } })
      if (!inColumn.length) continue
      const found = await reader.payload.find({
        collection: slug(items.slug),
        where: { and: [published, { or: inColumn }] },
        sort: `-${field}`,
        limit: 1,
        depth: 0,
        overrideAccess: true,
        req: reader.req,
      })
      const doc = found.docs[0] as unknown as Doc | undefined
      const at = doc ? Date.parse(String(doc[field])) : NaN
      if (!Number.isNaN(at) && (newest === null || at > newest)) newest = at
    }
    if (newest === null) {
      // A parent column shows its children's items; only a leaf can be empty.
      if (isLeaf) empty.push(offender(config.slug, column, titleField, '栏目内没有已发布的信息'))
      continue
    }
    if (!rule) continue
    const days = Math.floor((now.getTime() - newest) / dayMs)
    if (days > rule.maxDaysWithoutUpdate * factor)
      longStale.push(
        offender(
          config.slug,
          column,
          titleField,
          `${days} 天未更新（长期未更新：超过 ${rule.maxDaysWithoutUpdate * factor} 天）`,
        ),
      )
    if (days > rule.maxDaysWithoutUpdate)
      stale.push(offender(config.slug, column, titleField, `${days} 天未更新（超过 ${rule.maxDaysWithoutUpdate} 天）`))
  }
  const result = (id: string, label: RuleResult['label'], offenders: Offender[], threshold: number): RuleResult => ({
    id,
    label,
    level: 'veto',
    status: statusOf(offenders.length, threshold),
    value: offenders.length,
    threshold,
    unit: 'count',
    offenders,
  })
  return [
    result('stale-columns', { zh: '应更新未更新栏目 5 个及以上', en: '5 or more stale columns' }, stale, 5),
    result(
      'long-stale-columns',
      { zh: '长期未更新栏目 10 个及以上', en: '10 or more long-stale columns' },
      longStale,
      10,
    ),
    result('empty-columns', { zh: '空白栏目 5 个及以上', en: '5 or more empty columns' }, empty, 5),
  ]
}

/** Letters left unanswered over 3 months (veto) and past their deadline (deduction). */
async function letterRules(reader: Reader, options: InspectionOptions, now: Date): Promise<RuleResult[]> {
  const config = options.letters!
  const stateField = config.stateField ?? 'state'
  const receivedField = config.receivedAtField ?? 'receivedAt'
  const dueField = config.dueAtField ?? 'dueAt'
  const titleField = config.titleField ?? 'subject'
  const months = config.unansweredMonths ?? 3
  const open = await all(reader, config.slug, {
    [stateField]: { in: config.openStates ?? ['received', 'accepted', 'forwarded'] },
  })
  const unanswered: Offender[] = []
  const nearUnanswered: Offender[] = []
  const overdue: Offender[] = []
  const nearOverdue: Offender[] = []
  for (const letter of open) {
    const received = Date.parse(String(letter[receivedField] ?? letter.createdAt))
    if (!Number.isNaN(received)) {
      const limit = addMonths(new Date(received), months).getTime()
      const days = Math.floor((now.getTime() - received) / dayMs)
      if (now.getTime() > limit)
        unanswered.push(offender(config.slug, letter, titleField, `收信 ${days} 天未答复（超过 ${months} 个月）`))
      else if (now.getTime() >= received + (limit - received) * 0.8)
        nearUnanswered.push(offender(config.slug, letter, titleField, `收信 ${days} 天未答复，将满 ${months} 个月`))
    }
    const due = Date.parse(String(letter[dueField] ?? ''))
    if (!Number.isNaN(due)) {
      if (now.getTime() > due) overdue.push(offender(config.slug, letter, titleField, '已超过答复期限'))
      else if (!Number.isNaN(received) && now.getTime() >= received + (due - received) * 0.8)
        nearOverdue.push(offender(config.slug, letter, titleField, '临近答复期限'))
    }
  }
  const result = (
    id: string,
    label: RuleResult['label'],
    level: RuleResult['level'],
    red: Offender[],
    near: Offender[],
  ): RuleResult => ({
    id,
    label,
    level,
    status: red.length ? 'red' : near.length ? 'amber' : 'green',
    value: red.length,
    threshold: 1,
    unit: 'count',
    offenders: red.length ? red : near,
  })
  return [
    result(
      'letters-unanswered',
      { zh: '留言超过3个月未答复', en: 'Letters unanswered for over 3 months' },
      'veto',
      unanswered,
      nearUnanswered,
    ),
    result(
      'letters-overdue',
      { zh: '留言超过答复期限', en: 'Letters past their deadline' },
      'deduction',
      overdue,
      nearOverdue,
    ),
  ]
}

/**
 * 伪造发稿日期 (veto): an item whose publish date is not the time the workflow published it,
 * as the audit log recorded. Items published by trusted server code without the workflow
 * (imports, the demo seed) have no entry and are not judged.
 */
async function publishDateRule(reader: Reader, options: InspectionOptions): Promise<RuleResult> {
  const auditSlug = options.auditLog!.slug
  const entries = await all(reader, auditSlug, { action: { in: ['publish', 'scheduled-publish'] } })
  const firstPublish = new Map<string, number>()
  for (const entry of entries) {
    const key = `${entry.itemCollection}:${entry.item}`
    const at = Date.parse(String(entry.at))
    if (!Number.isNaN(at) && (!firstPublish.has(key) || at < firstPublish.get(key)!)) firstPublish.set(key, at)
  }
  const offenders: Offender[] = []
  for (const items of options.items) {
    const field = items.publishedAtField ?? 'publishedAt'
    const titleField = items.titleField ?? 'title'
    const ids = [...firstPublish.keys()]
      .filter((k) => k.startsWith(`${items.slug}:`))
      .map((k) => k.slice(items.slug.length + 1))
    if (!ids.length) continue
    const docs = await all(reader, items.slug, { id: { in: ids } })
    for (const doc of docs) {
      const recorded = firstPublish.get(`${items.slug}:${doc.id}`)!
      const stamped = Date.parse(String(doc[field] ?? ''))
      // A minute of slack: the stamp and the audit entry are written in the same transaction.
      if (Number.isNaN(stamped) || Math.abs(stamped - recorded) > 60_000)
        offenders.push(
          offender(
            items.slug,
            doc,
            titleField,
            `发布日期 ${doc[field] ?? '（空）'} 与审核记录的发布时间 ${new Date(recorded).toISOString()} 不符`,
          ),
        )
    }
  }
  return {
    id: 'publish-date-faked',
    label: { zh: '发布日期非系统记录（伪造发稿日期）', en: 'Publish date not set by the workflow' },
    level: 'veto',
    status: offenders.length ? 'red' : 'green',
    value: offenders.length,
    threshold: 1,
    unit: 'count',
    offenders,
  }
}

/** Links that failed twice in a row (deduction); amber while one has failed once. */
async function linkRule(reader: Reader, options: InspectionOptions): Promise<RuleResult> {
  const checks = await all(reader, options.links!.slug ?? 'link-checks', { failures: { greater_than: 0 } })
  const offenderOf = (doc: Doc): Offender => {
    const found = (doc.foundIn as { collection: string; id: number | string; title: string }[] | undefined)?.[0]
    return {
      collection: found?.collection ?? options.links!.slug ?? 'link-checks',
      id: found?.id ?? doc.id,
      title: found?.title ? `${found.title}：${doc.url}` : String(doc.url),
      detail: `连续 ${doc.failures} 次无法访问（${doc.lastError ?? doc.lastStatus}）`,
      adminPath: found ? `/collections/${found.collection}/${found.id}` : `/collections/link-checks/${doc.id}`,
    }
  }
  const broken = checks.filter((doc) => Number(doc.failures) >= 2)
  const once = checks.filter((doc) => Number(doc.failures) === 1)
  return {
    id: 'broken-links',
    label: { zh: '链接无法访问（错链、断链）', en: 'Broken links' },
    level: 'deduction',
    status: broken.length ? 'red' : once.length ? 'amber' : 'green',
    value: broken.length,
    threshold: 1,
    unit: 'count',
    offenders: (broken.length ? broken : once).map(offenderOf),
  }
}

/**
 * Site availability (veto, 19号): the site fails when 5 % or more of the checks found a page
 * unreachable or slower than 15 s. Judged over the probes of the last `windowHours` (24): amber
 * from 4 %, red from 5 %. No probes in the window (the monitor not yet run) judges nothing: green.
 */
async function availabilityRule(reader: Reader, options: InspectionOptions, now: Date): Promise<RuleResult> {
  const config = options.availability!
  const probesSlug = config.slug ?? 'availability-probes'
  const threshold = config.failPercent ?? 5
  const since = new Date(now.getTime() - (config.windowHours ?? 24) * 3_600_000).toISOString()
  const probes = await all(reader, probesSlug, {
    and: [{ at: { greater_than: since } }, { at: { less_than_equal: now.toISOString() } }],
  })
  const failed = probes.filter((probe) => !probe.ok)
  const rate = probes.length ? Math.round((failed.length * 1000) / probes.length) / 10 : 0
  const byUrl = new Map<string, Doc[]>()
  for (const probe of probes) byUrl.set(String(probe.url), [...(byUrl.get(String(probe.url)) ?? []), probe])
  const offenders: Offender[] = []
  for (const [url, ofUrl] of byUrl) {
    const down = ofUrl.filter((probe) => !probe.ok).sort((a, b) => String(b.at).localeCompare(String(a.at)))
    if (!down.length) continue
    const last = down[0]
    offenders.push({
      collection: probesSlug,
      id: last.id,
      title: url,
      detail: `${ofUrl.length} 次探测中 ${down.length} 次无法访问（最近：${last.error ?? last.status}，${last.ms} 毫秒）`,
      adminPath: `/collections/${probesSlug}/${last.id}`,
    })
  }
  const status = statusOf(rate, threshold)
  return {
    id: 'availability',
    label: { zh: '站点无法访问（探测失败或超过15秒达5%）', en: 'Site unreachable or slower than 15 s in 5% of checks' },
    level: 'veto',
    status: rate > 0 ? status : 'green',
    value: rate,
    threshold,
    unit: 'percent',
    offenders: status === 'green' ? [] : offenders,
  }
}

/** Every rule computed from live data at `now`. */
export async function inspectSite(
  reader: Reader,
  options: InspectionOptions,
  now = (options.now ?? (() => new Date()))(),
) {
  const rules: RuleResult[] = [await homepageRule(reader, options, now)]
  if (options.columns) rules.push(...(await columnRules(reader, options, now)))
  if (options.letters) rules.push(...(await letterRules(reader, options, now)))
  if (options.auditLog) rules.push(await publishDateRule(reader, options))
  if (options.links) rules.push(await linkRule(reader, options))
  if (options.availability) rules.push(await availabilityRule(reader, options, now))
  const report: InspectionReport = {
    at: now.toISOString(),
    day: localDay(now, options.timeZone ?? 'Asia/Shanghai'),
    status: worst(rules.map((rule) => rule.status)),
    rules,
  }
  return report
}
