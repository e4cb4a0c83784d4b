import type { SanitizedConfig } from 'payload'

import { startTestSite as startSite, type StartOptions } from '../../plugins/shared/testing/testSite'

export type { RequestOptions, TestSite } from '../../plugins/shared/testing/testSite'

/**
 * A Payload instance on a fresh database (see plugins/shared/testing/testSite.ts); without a
 * config, the reference site's payload.config.ts. That config reads the environment when
 * imported, and jest gives every test file its own module registry, so setting the variables
 * first (startSite does) is enough.
 */
export function startTestSite(options: Partial<StartOptions> = {}) {
  return startSite({
    ...options,
    config:
      options.config ?? (async () => (await import('../../payload.config')).default as unknown as SanitizedConfig),
  })
}
