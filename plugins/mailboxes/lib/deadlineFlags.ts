/** The deadline hints shown on a letter (computed on read). */
export const deadlineFlags = [
  { value: 'due-soon', label: { zh: '即将到期', en: 'Due soon' } },
  { value: 'overdue', label: { zh: '⚠ 已超期', en: '⚠ Overdue' } },
  { value: 'three-month', label: { zh: '‼ 临近或超过三个月未答复', en: '‼ Near or past the 3-month limit' } },
] as const
