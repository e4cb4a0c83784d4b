import type { RuleStatus } from './types'

/** Amber within 20 % of the threshold, red at or past it. */
export function statusOf(value: number, threshold: number): RuleStatus {
  if (value >= threshold) return 'red'
  if (value >= threshold * 0.8) return 'amber'
  return 'green'
}

const order: RuleStatus[] = ['green', 'amber', 'red']
export const worst = (statuses: RuleStatus[]): RuleStatus =>
  statuses.reduce<RuleStatus>((a, b) => (order.indexOf(b) > order.indexOf(a) ? b : a), 'green')

export const dayMs = 86_400_000
