import { departmentsSeed } from './departments'
import type { SeedModule } from './types'
import { usersSeed } from './users'

/**
 * The demo content, in the order it is created. Each domain adds its own module here
 * (columns, notices, gazette, mailboxes, hits …).
 */
export const seedModules: SeedModule[] = [
  departmentsSeed,
  usersSeed,
  // content (issue 3): columns, topic categories, notices, gazette issues
  // mailboxes and letters (issue 6)
  // hits (issue 5)
]
