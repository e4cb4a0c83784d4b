/** 公示期 states on the site calendar. */
export const commentPeriodStates = ['not-started', 'open', 'closed'] as const
export type CommentPeriodState = (typeof commentPeriodStates)[number]

export const commentPeriodLabels: Record<CommentPeriodState, { zh: string; en: string }> = {
  'not-started': { zh: '未开始', en: 'Not started' },
  open: { zh: '公示中', en: 'Open' },
  closed: { zh: '已结束', en: 'Closed' },
}
