import type { AdminDependencies } from 'payload'

import type { AnalyticsPanel } from '../types'

/** Key prefix of the analytics view's panels among `admin.dependencies`. */
export const panelKeyPrefix = 'hit-counter-analytics-panel-'

export function analyticsPanelDependencies(panels: AnalyticsPanel[]): AdminDependencies {
  return Object.fromEntries(
    panels.map((panel, index) => [
      `${panelKeyPrefix}${index}`,
      typeof panel === 'string'
        ? { type: 'component' as const, path: panel }
        : { type: 'component' as const, path: panel.path, clientProps: panel.clientProps },
    ]),
  )
}

/** The panels the host gave, in order, as Payload components. */
export function analyticsPanelsOf(dependencies: AdminDependencies | undefined) {
  return Object.entries(dependencies ?? {})
    .filter(([key, entry]) => key.startsWith(panelKeyPrefix) && entry.type === 'component')
    .sort(([a], [b]) => Number(a.slice(panelKeyPrefix.length)) - Number(b.slice(panelKeyPrefix.length)))
    .map(([, entry]) => ({ path: entry.path, clientProps: (entry as { clientProps?: object }).clientProps }))
}
