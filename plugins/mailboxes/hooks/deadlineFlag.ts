import type { FieldHook } from 'payload'

import { deadlineFlagOf } from '../lib/deadlines'

export const deadlineFlags = [
  { value: 'due-soon', label: { zh: '即将到期', en: 'Due soon' } },
  { value: 'overdue', label: { zh: '⚠ 已超期', en: '⚠ Overdue' } },
  { value: 'three-month', label: { zh: '‼ 临近或超过三个月未答复', en: '‼ Near or past the 3-month limit' } },
]

/** Computed on every read (never stored), so the flag is always current. */
export const deadlineFlag =
  (timeZone: string): FieldHook =>
  ({ siblingData }) =>
    deadlineFlagOf(siblingData as Parameters<typeof deadlineFlagOf>[0], timeZone)
