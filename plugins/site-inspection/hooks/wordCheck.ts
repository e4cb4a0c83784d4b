import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type PayloadRequest,
} from 'payload'

import { workflowActionContextKey, workflowAuditNotesKey, type WorkflowActionContext } from '../../publish-workflow'
import { userHasRole } from '../../shared/access'
import { clientError } from '../../shared/http/refuse'
import { describeMatches } from '../lib/messages'
import { currentRules } from '../lib/ruleCache'
import { matchTexts, textsOf } from '../lib/texts'
import type { ResolvedSiteInspection, WordCheckCollection, WordCheckOverride, WordMatch } from '../types'

type Doc = Record<string, unknown>

const RESTORING_AS_DRAFT = 'siteInspectionRestoringAsDraft'

/**
 * A restore hands beforeChange the old version's `_status` even when it is saved as a draft
 * (`draft: true`), which only beforeOperation sees: noted here so a draft restore is not checked.
 */
export const noteDraftRestore: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  // Only writes set it: reads inside a write (the hooks' own look-ups) leave the note alone.
  if (!['restoreVersion', 'create', 'update', 'updateByID'].includes(String(operation))) return args
  req.context[RESTORING_AS_DRAFT] = operation === 'restoreVersion' && Boolean((args as { draft?: boolean }).draft)
  return args
}

const sameTexts = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys(a).every((field) => a[field] === b[field])

/** The live (published) document, or null: the stored one may be a newer draft. */
async function liveDoc(req: PayloadRequest, slug: string, original: Doc | undefined): Promise<Doc | null> {
  if (!original?.id) return null
  if (original._status === 'published') return original
  try {
    const main = (await req.payload.findByID({
      collection: slug as CollectionSlug,
      id: original.id as number | string,
      draft: false,
      depth: 0,
      overrideAccess: true,
      req,
    })) as unknown as Doc
    return main._status === 'published' ? main : null
  } catch {
    return null
  }
}

/** Accepts the final reviewer's override on a publish action, or says why not. */
function acceptOverride(
  req: PayloadRequest,
  options: ResolvedSiteInspection,
  action: WorkflowActionContext | undefined,
  matches: WordMatch[],
): boolean {
  const override = action?.extensions?.wordCheckOverride as WordCheckOverride | undefined
  if (override === undefined || override === null) return false
  if (action?.action !== 'publish')
    throw clientError(req, 400, {
      zh: '只有“立即发布”可以说明理由后越过错敏词校对；定时发布前请先修改',
      en: 'Only an immediate publish may override the word check; correct the text before scheduling',
    })
  if (!userHasRole(req.user as never, ...options.overrideRoles))
    throw clientError(req, 403, {
      zh: '只有终审人员可以越过错敏词校对',
      en: 'Only the final reviewer may override the word check',
    })
  const reason = typeof override.reason === 'string' ? override.reason.trim() : ''
  if (reason.length < options.minReasonLength)
    throw clientError(req, 400, {
      zh: `越过错敏词校对须书面说明理由（至少 ${options.minReasonLength} 字）`,
      en: `Overriding the word check needs a written reason (at least ${options.minReasonLength} characters)`,
    })
  const words = [...new Set(matches.map((match) => match.word))].join('、')
  const notes = req.context[workflowAuditNotesKey]
  const note = `错敏词校对被越过（${matches.length} 处：${words}），理由：${reason}`.slice(0, 2000)
  if (Array.isArray(notes)) notes.push(note)
  else req.context[workflowAuditNotesKey] = [note]
  return true
}

/**
 * 错敏词校对: a document that leaves this write published (or is being scheduled) while a
 * word of the list stands is refused with 422, naming each word and its position. Runs in
 * beforeChange, so every path goes through it: the workflow's publish action and the job that
 * runs a schedule, the Local API, and REST/GraphQL (which the workflow already refuses).
 * The workflow's other actions (withdraw, restore, unpublish …) republish the live text as it
 * is and are not checked; nor is a trusted write that leaves the live text unchanged.
 */
export const wordCheck =
  (options: ResolvedSiteInspection, target: WordCheckCollection): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req, collection }) => {
    const action = req.context[workflowActionContextKey] as WorkflowActionContext | undefined
    const ours = action && action.collection === target.slug
    const scheduling = ours && action.action === 'schedule'
    const published = data._status === 'published' && !req.context[RESTORING_AS_DRAFT]
    if (!published && !scheduling) return data
    if (ours && action.action !== 'publish' && action.action !== 'schedule') return data

    const merged = { ...(originalDoc as Doc | undefined), ...data }
    const texts = textsOf(merged, target.fields)
    if (!ours) {
      const live = await liveDoc(req, target.slug, originalDoc as Doc | undefined)
      if (live && sameTexts(texts, textsOf(live, target.fields))) return data
    }
    const matches = matchTexts(await currentRules(req, options.wordRulesSlug), texts)
    if (!matches.length) return data
    if (acceptOverride(req, options, ours ? action : undefined, matches)) return data

    const labelOf = (field: string) => {
      const config = collection.flattenedFields.find((f) => f.name === field.split('.')[0])
      const label = config && 'label' in config ? config.label : undefined
      if (label && typeof label === 'object')
        return (label as Record<string, string>)[req.i18n?.language ?? 'zh'] ?? field
      return typeof label === 'string' ? label : field
    }
    throw new APIError(describeMatches(req, matches, labelOf), 422, { wordCheck: { matches } }, true)
  }
