/** The item types of the disclosure catalogue. */
export const noticeTypes = [
  'announcement',
  'publicity',
  'notification',
  'normative',
  'personnel',
  'work-report',
  'other',
] as const
export type NoticeType = (typeof noticeTypes)[number]

export const noticeTypeLabels: Record<NoticeType, { zh: string; en: string }> = {
  announcement: { zh: '公告', en: 'Announcement' },
  publicity: { zh: '公示', en: 'Public notice' },
  notification: { zh: '通知', en: 'Notification' },
  normative: { zh: '行政规范性文件', en: 'Normative document' },
  personnel: { zh: '人事任免', en: 'Personnel appointment' },
  // 工作报告: the yearly disclosure report and other work reports (annual-report plugin's "generate").
  'work-report': { zh: '工作报告', en: 'Work report' },
  other: { zh: '其他', en: 'Other' },
}

/** 有效性 of normative documents; abolished and expired ones stay public, marked. */
export const validityStatuses = ['in-force', 'amended', 'abolished', 'expired'] as const
export type ValidityStatus = (typeof validityStatuses)[number]

export const validityLabels: Record<ValidityStatus, { zh: string; en: string }> = {
  'in-force': { zh: '有效', en: 'In force' },
  amended: { zh: '已修改', en: 'Amended' },
  abolished: { zh: '已废止', en: 'Abolished' },
  expired: { zh: '已失效', en: 'Expired' },
}
