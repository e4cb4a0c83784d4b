import fs from 'node:fs'

import { chromium, type Browser } from 'playwright-core'

export type ChromiumChoice = {
  /** "system": Debian's package or CHROMIUM_PATH; "npm": the build inside @sparticuz/chromium. */
  source: 'system' | 'npm'
  executablePath: string
  args: string[]
}

const commonArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage']

/**
 * Flags @sparticuz/chromium sets for AWS Lambda that would change what the tests check (web
 * security, process model) or that Playwright sets itself (headless).
 */
const lambdaOnlyArgs = /^--(disable-web-security|allow-running-insecure-content|single-process|headless)(=|$)/

function isExecutableFile(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK)
    return fs.statSync(file).isFile()
  } catch {
    return false
  }
}

/**
 * The Chromium the browser tests drive: Debian's (or CHROMIUM_PATH) when present, else the
 * headless build shipped inside the @sparticuz/chromium npm package (unpacked to the temp
 * folder on first use). Never a download. Throws one line saying what to install otherwise.
 */
export async function findChromium(env: Record<string, string | undefined> = process.env): Promise<ChromiumChoice> {
  const system = env.CHROMIUM_PATH || '/usr/bin/chromium'
  if (isExecutableFile(system)) return { source: 'system', executablePath: system, args: commonArgs }
  let reason: string
  try {
    const { default: packaged } = await import('@sparticuz/chromium')
    const executablePath = await packaged.executablePath()
    const args = packaged.args.filter((arg) => !lambdaOnlyArgs.test(arg))
    return { source: 'npm', executablePath, args: [...new Set([...args, ...commonArgs])] }
  } catch (error) {
    reason = error instanceof Error ? error.message : String(error)
  }
  throw new Error(
    `No Chromium for the browser tests: ${system} is missing and the npm package @sparticuz/chromium failed ` +
      `(${reason.split('\n')[0]}); install Debian's chromium (apt-get install chromium) or run npm install`,
  )
}

/** A headless Chromium from {@link findChromium}. */
export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args } = await findChromium()
  return chromium.launch({ executablePath, args, headless: true })
}
