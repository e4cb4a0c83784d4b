import type { FieldHook } from 'payload'

import { deadlineFlagOf } from '../lib/deadlines'

export { deadlineFlags } from '../lib/deadlineFlags'

/** Computed on every read (never stored), so the flag is always current. */
export const deadlineFlag =
  (timeZone: string): FieldHook =>
  ({ siblingData }) =>
    deadlineFlagOf(siblingData as Parameters<typeof deadlineFlagOf>[0], timeZone)
