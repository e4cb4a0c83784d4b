/** The roles of the suite. A user may hold several. */
export const roles = ['admin', 'editor', 'reviewer', 'mailbox-handler', 'analyst', 'disclosure-officer'] as const

export type Role = (typeof roles)[number]

/** Admin labels for each role, in both admin languages. */
export const roleLabels: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '管理员', en: 'Administrator' },
  editor: { zh: '编辑', en: 'Editor' },
  reviewer: { zh: '审核', en: 'Reviewer' },
  'mailbox-handler': { zh: '信箱办理人', en: 'Mailbox handler' },
  analyst: { zh: '统计', en: 'Analyst' },
  'disclosure-officer': { zh: '政府信息公开工作人员', en: 'Disclosure officer' },
}
