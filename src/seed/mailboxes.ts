import type { Department } from '../../payload-types'
import { addWorkingDays, endOfLocalDay, localDay } from '../../plugins/shared/calendar/workingDays'
import type { LetterCategory, LetterSource } from '../../plugins/mailboxes/types'
import { pick } from './random'
import { throwIfStopped } from './stopped'
import type { SeedModule } from './types'

const timeZone = 'Asia/Shanghai'

const demoMailboxes = [
  {
    name: '书记信箱',
    slug: 'shuji',
    leaderTitle: '区委书记',
    description: '欢迎您就全区经济社会发展、党的建设等方面提出意见建议。',
  },
  {
    name: '区长信箱',
    slug: 'quzhang',
    leaderTitle: '区长',
    description: '欢迎您就政府工作、民生服务等方面反映问题、提出建议。',
  },
  {
    name: '纪委书记信箱',
    slug: 'jiwei',
    leaderTitle: '区纪委书记',
    description: '受理对党员干部违纪违法问题的反映和对纪检监察工作的意见建议。',
  },
] as const

/** Demo letters: subject, content (some with personal data, to show the redaction), reply, department. */
const topics: { category: LetterCategory; subject: string; content: string; reply: string; department: string }[] = [
  {
    category: 'suggestion',
    subject: '建议在文化路增设公交站点',
    content: '文化路与学院路口居民较多，最近的公交站步行需十五分钟，建议增设站点。我的电话13812345678。',
    reply: '经与公交公司研究，拟于下季度在文化路学院路口增设停靠站。',
    department: '住建局',
  },
  {
    category: 'complaint',
    subject: '小区夜间施工噪音扰民',
    content: '阳光花园旁工地每晚十一点后仍在施工，严重影响休息，请予以查处。联系电话0571-87654321。',
    reply: '经执法人员现场核查，已责令施工单位停止夜间施工，并纳入重点巡查。',
    department: '住建局',
  },
  {
    category: 'consultation',
    subject: '灵活就业人员如何缴纳医保',
    content: '本人为灵活就业人员，想咨询城乡居民医保与职工医保的缴费方式和标准。',
    reply: '灵活就业人员可选择参加职工医保或城乡居民医保，具体标准请见区人社局网站公开的办事指南。',
    department: '人社局',
  },
  {
    category: 'help',
    subject: '老旧小区加装电梯申请',
    content: '我们单元多数住户为老人，希望加装电梯，不知如何申请、有无补助。本人张建国，身份证330106195501011234。',
    reply: '老旧小区加装电梯可由业主自行协商后向街道申请，符合条件的可获得财政补助，详见相关办法。',
    department: '住建局',
  },
  {
    category: 'complaint',
    subject: '车辆长期占用消防通道',
    content: '车牌浙A12345的车辆长期停放在小区消防通道，多次劝说无果。',
    reply: '已联系物业和交警部门对该车辆进行处理，并在通道加装隔离设施。',
    department: '区府办',
  },
  {
    category: 'suggestion',
    subject: '建议延长图书馆周末开放时间',
    content: '区图书馆周末17点闭馆，建议延长至20点，方便上班族。',
    reply: '自下月起，区图书馆周六开放时间延长至20:00，欢迎读者前往。',
    department: '教育局',
  },
  {
    category: 'consultation',
    subject: '新生入学材料咨询',
    content: '孩子今年上小学，户籍与房产不在同一学区，需要准备哪些材料？邮箱parent@example.com。',
    reply: '请参照当年义务教育招生工作方案，户籍与房产不一致的按积分办法入学。',
    department: '教育局',
  },
  {
    category: 'help',
    subject: '农村道路破损影响出行',
    content: '村口道路破损严重，雨天积水，老人孩子出行不便，请帮助修缮。',
    reply: '该路段已列入今年农村公路养护计划，预计两个月内完成修缮。',
    department: '农业农村局',
  },
  {
    category: 'complaint',
    subject: '餐饮店油烟直排',
    content: '楼下餐饮店油烟直排，窗户都不能开，请相关部门管一管。',
    reply: '市场监管部门已督促该店安装油烟净化设施，并将持续跟踪检查。',
    department: '市场监管局',
  },
  {
    category: 'consultation',
    subject: '个体工商户年报如何填报',
    content: '请问个体工商户年度报告在哪里填报，截止时间是什么时候？',
    reply: '可通过国家企业信用信息公示系统填报，截止时间为每年6月30日。',
    department: '市场监管局',
  },
  {
    category: 'suggestion',
    subject: '建议在社区增设老年食堂',
    content: '社区老人多，子女上班无法照顾午餐，建议增设老年食堂。',
    reply: '我区正在推进社区老年食堂建设，该社区已纳入明年建设计划。',
    department: '卫健局',
  },
  {
    category: 'help',
    subject: '拖欠工资求助',
    content: '我在某工地务工，被拖欠工资三个月，多次讨要未果，请帮忙。手机 139 1234 5678。',
    reply: '人社部门已介入调查，督促用工单位限期支付，并告知劳动保障监察投诉渠道。',
    department: '人社局',
  },
]

const sources: LetterSource[] = [
  'online',
  'online',
  'online',
  'online',
  'online',
  'mayor-mailbox',
  'mayor-hotline',
  'assigned',
  'phone',
  'visit',
]
const surnames = ['张', '王', '李', '赵', '刘', '陈', '杨', '黄', '周', '吴', '徐', '孙']
const givenNames = ['伟', '芳', '娜', '敏', '静', '强', '磊', '洋', '艳', '军', '杰', '涛']

const dayMs = 24 * 3600 * 1000

/**
 * The three leadership mailboxes and about 190 letters over the past year in every state, so that
 * statistics and the public list of replies look like a real district's.
 */
export const mailboxesSeed: SeedModule = {
  name: 'mailboxes',
  collections: ['mailboxes', 'letter-counters', 'letter-attachments', 'letters'],
  async run({ payload, random, shared, log, signal }) {
    const userIds = (shared.userIds ?? {}) as Record<string, number | string>
    const departmentIds = (shared.departmentIds ?? {}) as Record<string, Department['id']>
    const handlers = userIds['mailbox-handler'] !== undefined ? [userIds['mailbox-handler'] as number] : []
    const mailboxIds: (number | string)[] = []
    for (const [index, mailbox] of demoMailboxes.entries()) {
      // A site that already has the mailbox (created by hand) keeps it; the demo handler is added.
      const { docs } = await payload.find({
        collection: 'mailboxes',
        where: { slug: { equals: mailbox.slug } },
        depth: 0,
        overrideAccess: true,
      })
      const data = { ...mailbox, deadlineWorkingDays: 15, enabled: true, order: index }
      const doc = docs[0]
        ? await payload.update({
            collection: 'mailboxes',
            id: docs[0].id,
            data: { handlers: [...new Set([...((docs[0].handlers ?? []) as number[]), ...handlers])] },
            overrideAccess: true,
          })
        : await payload.create({ collection: 'mailboxes', data: { ...data, handlers }, overrideAccess: true })
      mailboxIds.push(doc.id)
    }
    shared.mailboxIds = mailboxIds

    const now = Date.now()
    const total = 190
    let published = 0
    for (let i = 0; i < total; i++) {
      throwIfStopped(signal)
      // Spread over the past year, a little denser recently; the newest ones are still open.
      const ageDays = i < 6 ? i % 3 : Math.floor(Math.pow(random(), 0.9) * 360) + 1
      const receivedAt = new Date(now - ageDays * dayMs - Math.floor(random() * 8 * 3600 * 1000))
      const topic = pick(random, topics)
      const mailbox = i % 10 < 2 ? mailboxIds[0] : i % 10 < 9 ? mailboxIds[1] : mailboxIds[2]
      const department = departmentIds[topic.department] ?? Object.values(departmentIds)[0]
      const day = (offset: number) => endOfLocalDay(addWorkingDays(localDay(receivedAt, timeZone), offset), timeZone)
      const at = (offset: number) =>
        new Date(Math.min(day(offset).getTime() - 8 * 3600 * 1000, now - 3600 * 1000)).toISOString()

      const roll = random()
      let state: string
      if (ageDays < 3) state = i % 2 === 0 ? 'received' : 'accepted'
      else if (ageDays < 25)
        state = roll < 0.15 ? 'accepted' : roll < 0.55 ? 'forwarded' : roll < 0.8 ? 'replied' : 'closed'
      else if (ageDays > 75 && ageDays < 85 && roll < 0.2)
        state = 'forwarded' // close to the three-month limit
      else state = roll < 0.05 ? 'rejected' : roll < 0.08 ? 'replied' : 'closed'

      const replyDays = 3 + Math.floor(random() * 12)
      const consent = random() < 0.75
      const data: Record<string, unknown> = {
        mailbox,
        source: pick(random, sources),
        category: topic.category,
        subject: topic.subject,
        content: topic.content,
        writerName: `${pick(random, surnames)}${pick(random, givenNames)}`,
        phone: `13${Math.floor(random() * 10)}${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
        consentToPublish: consent,
        state,
        receivedAt: receivedAt.toISOString(),
      }
      if (state === 'rejected') {
        data.rejection = { reason: '反映事项属于司法程序处理范围，请通过诉讼途径依法解决。', at: at(1) }
      } else if (state !== 'received') {
        data.acceptedAt = at(1)
      }
      if (['forwarded', 'replied', 'closed'].includes(state)) {
        data.forwards = [{ department, forwardedAt: at(2), note: '请按期办理并答复来信人。' }]
      }
      if (state === 'replied' || state === 'closed') {
        data.reply = { text: topic.reply, department, repliedAt: at(replyDays) }
      }
      if (state === 'closed') {
        data.closedAt = at(replyDays + 1)
        if (consent) {
          data.publication = { published: true, publishedAt: at(replyDays + 2) }
          published += 1
        }
      }
      await payload.create({
        collection: 'letters',
        data: data as never,
        overrideAccess: true,
        depth: 0,
        context: { skipMail: true },
      })
    }
    log(`mailboxes: ${demoMailboxes.length}, letters: ${total} (${published} replies published)`)
  },
}
