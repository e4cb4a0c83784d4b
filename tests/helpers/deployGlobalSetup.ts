import fs from 'node:fs'
import path from 'node:path'

import { checkNginx } from './nginx'
import { e2eDistDir } from './server'

/**
 * `npm run test:deploy` fails up front, in one line, when what it runs is missing: Debian's
 * nginx (never a silent skip), or the production build the app instances start from.
 */
export default async function deployGlobalSetup() {
  try {
    checkNginx()
    if (!fs.existsSync(path.join(e2eDistDir, 'BUILD_ID'))) {
      throw new Error(`no build in ${e2eDistDir}: run "npm run build:e2e" before "npm run test:deploy"`)
    }
  } catch (error) {
    // Jest prints a globalSetup error's stack; this one's message is all there is to say.
    if (error instanceof Error) error.stack = error.message
    throw error
  }
}
