import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { findChromium } from './browser'

/**
 * Seeds the demo content once per end-to-end run into a template SQLite file (and media
 * folder); each test file's server then starts from a copy instead of seeding again.
 */
export default async function e2eGlobalSetup() {
  await checkChromium()
  const { startSite } = await import('./server')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-e2e-template-'))
  const password = crypto.randomBytes(10).toString('base64url')
  const site = await startSite({ DEMO_PASSWORD: password }, { keepFiles: true })
  const { file, mediaDir } = site.files()
  await site.stop()
  for (const suffix of ['', '-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.copyFileSync(file + suffix, path.join(dir, `template.db${suffix}`))
  }
  fs.cpSync(mediaDir, path.join(dir, 'media'), { recursive: true })
  fs.rmSync(path.dirname(file), { recursive: true, force: true })
  Object.assign(process.env, {
    E2E_TEMPLATE_DIR: dir,
    E2E_DEMO_PASSWORD: password,
  })
}

/** Fails the run up front, in one line, when no browser can be had; says which one is used otherwise. */
async function checkChromium() {
  try {
    const { source, executablePath } = await findChromium()
    const from = source === 'npm' ? 'the npm package @sparticuz/chromium' : 'the system'
    console.log(`\nEnd-to-end tests: Chromium ${executablePath} from ${from}`)
  } catch (error) {
    // Jest prints a globalSetup error's stack; this one's message is all there is to say.
    if (error instanceof Error) error.stack = error.message
    throw error
  }
}
