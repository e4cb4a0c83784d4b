import { actionLabels, stateLabels } from '../lib/constants'

/** Admin labels of the workflow panel and the review queue, in both admin languages. */
export const panelText = {
  title: { zh: '审核流程', en: 'Workflow' },
  state: { zh: '状态', en: 'State' },
  step: { zh: '当前环节', en: 'Current step' },
  whoMayAct: { zh: '可处理人', en: 'Who may act' },
  chain: { zh: '审核环节', en: 'Review steps' },
  history: { zh: '审核记录', en: 'History' },
  comment: { zh: '意见', en: 'Comment' },
  reason: { zh: '撤回说明', en: 'Explanation' },
  mode: { zh: '撤回方式', en: 'Mode' },
  modeWithdrawn: { zh: '撤回（保留页面并显示说明）', en: 'Withdrawn (page kept with explanation)' },
  modeRemoved: { zh: '撤销（页面不再公开，410）', en: 'Removed (page gone, 410)' },
  at: { zh: '时间', en: 'Time' },
  saveFirst: { zh: '请先保存草稿，再执行审核操作', en: 'Save the draft before acting on it' },
  notSaved: { zh: '保存草稿后即可提交审核', en: 'Save a draft to start the review' },
  ownWork: {
    zh: '您最后修改或提交了此稿件，不能审核（审编分离）',
    en: 'You last edited or submitted this item, so you cannot approve it (separation of duties)',
  },
  live: { zh: '已有发布版本', en: 'A published version is live' },
  scheduledPublish: { zh: '定时发布', en: 'Publishes at' },
  scheduledUnpublish: { zh: '定时下线', en: 'Unpublishes at' },
  withdrawal: { zh: '撤回说明', en: 'Withdrawal' },
  noActions: { zh: '您当前无可执行的操作', en: 'Nothing for you to do here now' },
  queue: { zh: '待我审核', en: 'Review queue' },
  queueEmpty: { zh: '没有等待您处理的稿件', en: 'Nothing awaits you' },
  awaitingReview: { zh: '待审核', en: 'To review' },
  awaitingPublish: { zh: '待发布', en: 'To publish' },
  item: { zh: '标题', en: 'Title' },
  collection: { zh: '类别', en: 'Collection' },
  updated: { zh: '更新时间', en: 'Updated' },
  roles: { zh: '角色', en: 'roles' },
} as const

export { actionLabels, stateLabels }

export type Lang = 'zh' | 'en'
export const pick = (lang: string | undefined): Lang => (lang === 'en' ? 'en' : 'zh')
