import type { Payload } from 'payload'

import type { Column, Department, Notice, TopicCategory, User } from '../../payload-types'
import { workflowAction, type WorkflowActionArgs } from '../../plugins/publish-workflow'
import { lexical } from './contentNotices'
import * as text from './contentData'
import { throwIfStopped } from './stopped'
import type { SeedModule } from './types'

/** How far an item of the demo gets through the review (初审 reviewer → 终审 admin). */
type Stage =
  | 'first-review' // submitted: waits for 初审
  | 'final-review' // 初审 approved: waits for 终审
  | 'returned' // sent back by 初审 with a comment
  | 'published' // the whole path, published now
  | 'scheduled-soon' // approved and scheduled a few minutes ahead: publishes itself on the running site
  | 'scheduled-later' // approved and scheduled for tomorrow morning
  | 'published-ending' // published, with a scheduled unpublish when its 公示 ends

type Plan = { stage: Stage; column: string; type: Notice['type']; title: string; department: string }

const plans: Plan[] = [
  {
    stage: 'first-review',
    column: 'tzgg',
    type: 'notification',
    title: '关于做好{year}年冬春季森林防火工作的通知',
    department: '农业农村局',
  },
  { stage: 'first-review', column: 'zwyw', type: 'other', title: '我区召开{topic}工作推进会', department: '区府办' },
  {
    stage: 'first-review',
    column: 'bmxx/jyxx',
    type: 'notification',
    title: '关于{year}年义务教育阶段学校招生入学工作的通知',
    department: '教育局',
  },
  {
    stage: 'final-review',
    column: 'tzgg',
    type: 'announcement',
    title: '关于{holiday}期间城区交通管制的公告',
    department: '区府办',
  },
  { stage: 'final-review', column: 'zcwj/zcjd', type: 'other', title: '{topic}政策解读', department: '发改局' },
  {
    stage: 'returned',
    column: 'zwyw/bmdt',
    type: 'other',
    title: '{dept}组织开展{topic}专项检查',
    department: '市场监管局',
  },
  {
    stage: 'published',
    column: 'zwyw',
    type: 'other',
    title: '区政府召开常务会议研究部署{topic}工作',
    department: '区府办',
  },
  {
    stage: 'published',
    column: 'tzgg',
    type: 'announcement',
    title: '关于{village}片区道路改造期间临时停水的公告',
    department: '住建局',
  },
  { stage: 'published', column: 'zwyw', type: 'other', title: '我区{topic}工作取得阶段性成效', department: '区府办' },
  {
    stage: 'scheduled-soon',
    column: 'tzgg',
    type: 'notification',
    title: '关于开展{year}年度{topic}专项检查的通知',
    department: '市场监管局',
  },
  {
    stage: 'scheduled-later',
    column: 'zwyw',
    type: 'other',
    title: '区领导调研{topic}工作推进情况',
    department: '区府办',
  },
  {
    stage: 'published-ending',
    column: 'tzgg',
    type: 'publicity',
    title: '{village}村土地征收补偿安置方案公示',
    department: '规划分局',
  },
]

/** Minutes after the seed at which the first scheduled item goes live by itself. */
export const scheduledSoonMinutes = 3

const dayMs = 86_400_000

/** 09:00 Beijing time on the day after `now`. */
function tomorrowMorning(now: number): Date {
  const beijingMidnight = Math.floor((now + 8 * 3_600_000) / dayMs) * dayMs - 8 * 3_600_000
  return new Date(beijingMidnight + dayMs + 9 * 3_600_000)
}

/**
 * Mail the demo's review history would send to the demo accounts (example.com addresses no
 * one reads) is dropped while this module runs, so a first start does not print thirty mails.
 */
async function withoutDemoMail<T>(payload: Payload, addresses: Set<string>, run: () => Promise<T>): Promise<T> {
  const send = payload.sendEmail
  payload.sendEmail = async (message) => {
    const to = [message?.to].flat().map((address) => String(address ?? '').toLowerCase())
    if (to.length && to.every((address) => addresses.has(address))) return undefined
    return send.call(payload, message)
  }
  try {
    return await run()
  } finally {
    payload.sendEmail = send
  }
}

/**
 * Part of the demo goes through the real review workflow, as its users would: the review
 * queue, the audit log and the schedule of a fresh demo are not empty, and one item is due a
 * few minutes after the seed so a newcomer sees a scheduled publish happen (the job runner
 * of `npm run dev` / `npm start` does it). One older item is withdrawn with a banner.
 */
export const contentWorkflowSeed: SeedModule = {
  name: 'content-workflow',
  // The audit log has no API for deleting entries; `npm run seed` empties it at the adapter level.
  collections: ['workflow-audit-log'],
  async run({ payload, shared, log, signal }) {
    const userIds = shared.userIds as Record<string, User['id']> | undefined
    const columns = shared.columnIds as Record<string, Column['id']> | undefined
    const departments = shared.departmentIds as Record<string, Department['id']> | undefined
    const topics = Object.values((shared.topicCategoryIds ?? {}) as Record<string, TopicCategory['id']>)
    if (!userIds || !columns || !departments || !payload.collections['workflow-audit-log']) return
    const user = async (role: string) =>
      (await payload.findByID({ collection: 'users', id: userIds[role], depth: 0, overrideAccess: true })) as User &
        WorkflowActionArgs['user']
    const [editor, reviewer, admin] = [await user('editor'), await user('reviewer'), await user('admin')]
    const addresses = new Set([editor, reviewer, admin].map((account) => account.email.toLowerCase()))
    const now = Date.now()
    const year = new Date(now + 8 * 3_600_000).getUTCFullYear()
    // The seed runs before the site's job runner has ticked (or in a CLI with none): the demo's
    // schedules are for the runner that starts with the site.
    const act = (id: Notice['id'], action: WorkflowActionArgs['action'], actor: typeof editor, extra = {}) =>
      workflowAction(payload, { collection: 'notices', id, action, user: actor, runnerExpectedLater: true, ...extra })

    const counts: Partial<Record<Stage, number>> = {}
    await withoutDemoMail(payload, addresses, async () => {
      for (const [index, plan] of plans.entries()) {
        throwIfStopped(signal)
        const values = {
          year,
          topic: text.topics[index % text.topics.length],
          dept: plan.department,
          holiday: text.holidays[index % text.holidays.length],
          village: text.villages[index % text.villages.length],
          name: text.personNames[index % text.personNames.length],
          n: 1,
        }
        const paragraphs = [0, 4, 1, 2].map((at) => text.fill(text.bodyParagraphs[at], values))
        const draft = await payload.create({
          collection: 'notices',
          data: {
            title: text.fill(plan.title, values),
            type: plan.type,
            primaryColumn: columns[plan.column],
            department: departments[plan.department],
            topicCategory: topics[index % topics.length],
            body: lexical(paragraphs),
            summary: paragraphs[0].slice(0, 100),
            writtenAt: new Date(now - 2 * dayMs).toISOString(),
            ...(plan.type === 'publicity'
              ? {
                  commentPeriod: {
                    startsOn: new Date(now).toISOString(),
                    endsOn: new Date(now + 7 * dayMs).toISOString(),
                  },
                }
              : {}),
            _status: 'draft',
          },
          draft: true,
          // Written as the editor: the workflow records who last edited it (审编分离).
          user: editor,
          overrideAccess: true,
          depth: 0,
          select: { title: true },
        })
        await act(draft.id, 'submit', editor, { comment: '请审核。' })
        if (plan.stage === 'first-review') continue
        if (plan.stage === 'returned') {
          await act(draft.id, 'request-changes', reviewer, { comment: '请补充检查时间和范围后再提交。' })
        } else {
          await act(draft.id, 'approve', reviewer, { comment: '初审通过。' })
          if (plan.stage !== 'final-review') {
            await act(draft.id, 'approve', admin, { comment: '同意发布。' })
            if (plan.stage === 'scheduled-soon')
              await act(draft.id, 'schedule', admin, {
                at: new Date(Date.now() + scheduledSoonMinutes * 60_000).toISOString(),
              })
            else if (plan.stage === 'scheduled-later')
              await act(draft.id, 'schedule', admin, { at: tomorrowMorning(now).toISOString() })
            else {
              await act(draft.id, 'publish', admin)
              if (plan.stage === 'published-ending')
                await act(draft.id, 'unpublish', admin, { at: new Date(now + 8 * dayMs).toISOString() })
            }
          }
        }
        counts[plan.stage] = (counts[plan.stage] ?? 0) + 1
      }
      // An older item withdrawn after publication: it stays readable under a banner.
      const noticeIds = (shared.noticeIds ?? []) as Notice['id'][]
      const older = noticeIds[Math.floor(noticeIds.length / 2)]
      if (older !== undefined)
        await act(older, 'withdraw', admin, { mode: 'withdrawn', reason: '该信息内容已调整，以最新发布的通知为准。' })
    })
    const { totalDocs: audit } = await payload.count({ collection: 'workflow-audit-log', overrideAccess: true })
    log(
      `workflow: ${plans.length} items (待初审 ${plans.filter((plan) => plan.stage === 'first-review').length}, ` +
        `待终审 ${counts['final-review'] ?? 0}, 定时 ${(counts['scheduled-soon'] ?? 0) + (counts['scheduled-later'] ?? 0)}), ` +
        `${audit} audit entries; one publishes itself in ${scheduledSoonMinutes} minutes`,
    )
  },
}
