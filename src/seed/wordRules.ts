import { seedStarterWordRules } from '../../plugins/site-inspection'
import { siteName } from '../lib/site/format'
import type { SeedModule } from './types'

/** The starter word list for the pre-publication check and the demo site marks (issue 15). */
export const wordRulesSeed: SeedModule = {
  name: 'word-rules',
  collections: ['word-rules'],
  run: async ({ payload, log }) => {
    const added = await seedStarterWordRules(payload)
    log(`word rules: ${added}`)
    // Demo site marks (the codes are placeholders, marked 示例): the footer and page tags show them.
    await payload.updateGlobal({
      slug: 'site-identity',
      data: {
        siteName: siteName(),
        siteIdCode: '0000000000',
        icp: 'ICP备00000000号（示例）',
        publicSecurity: '公网安备00000000000000号（示例）',
        sponsor: `${siteName()}办公室`,
        contact: '电话 0000-00000000（示例）',
        partyGovMarkUrl: 'https://bszs.conac.cn/',
        errorReportUrl: 'https://zfwzzc.www.gov.cn/',
      },
      overrideAccess: true,
    })
  },
}
