import { seedStarterWordRules } from '../../plugins/site-inspection'
import type { SeedModule } from './types'

/** The starter word list for the pre-publication check (issue 15). */
export const wordRulesSeed: SeedModule = {
  name: 'word-rules',
  collections: ['word-rules'],
  run: async ({ payload, log }) => {
    const added = await seedStarterWordRules(payload)
    log(`word rules: ${added}`)
  },
}
