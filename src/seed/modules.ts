import { annualReportSeed } from './annualReport'
import { contentColumnsSeed } from './contentColumns'
import { contentGazetteSeed } from './contentGazette'
import { contentNoticesSeed } from './contentNotices'
import { departmentsSeed } from './departments'
import { hitsSeed } from './hits'
import { mailboxesSeed } from './mailboxes'
import { mediaSeed } from './media'
import type { SeedModule } from './types'
import { usersSeed } from './users'
import { contentWorkflowSeed } from './workflow'
import { wordRulesSeed } from './wordRules'

/**
 * The demo content, in the order it is created. Each domain adds its own module here
 * (columns, notices, gazette, mailboxes, hits …).
 */
export const seedModules: SeedModule[] = [
  departmentsSeed,
  usersSeed,
  // content (issue 3): columns, topic categories, notices, gazette issues
  contentColumnsSeed,
  // photos, gazette covers and PDF editions, notice attachments (issue 10)
  mediaSeed,
  contentNoticesSeed,
  contentGazetteSeed,
  // review workflow (issue 10): queue, audit log, schedules
  contentWorkflowSeed,
  // mailboxes and letters (issue 6)
  mailboxesSeed,
  // hits (issue 5)
  hitsSeed,
  // requests for disclosure and a previous year's figures (issue 14)
  annualReportSeed,
  // the starter word list of the pre-publication check (issue 15)
  wordRulesSeed,
]
