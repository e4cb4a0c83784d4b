/**
 * `next build` into a build folder, leaving tsconfig.json as it was: Next adds the types folder
 * of any build folder it does not find in `include` (and reformats the file), which would leave
 * the checkout modified. `node scripts/next-build.mjs --e2e` builds the end-to-end tests' folder
 * (E2E_DIST_DIR, default .next-e2e, as tests/helpers/server.ts reads it).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { pathToFileURL } from 'node:url'

export function nextBuild(distDir) {
  const tsconfig = fs.readFileSync('tsconfig.json', 'utf8')
  try {
    return spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
      env: { ...process.env, NEXT_DIST_DIR: distDir },
      stdio: 'inherit',
    }).status
  } finally {
    if (fs.readFileSync('tsconfig.json', 'utf8') !== tsconfig) fs.writeFileSync('tsconfig.json', tsconfig)
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const distDir = process.argv.includes('--e2e')
    ? process.env.E2E_DIST_DIR || '.next-e2e'
    : process.env.NEXT_DIST_DIR || '.next'
  process.exit(nextBuild(distDir) ?? 1)
}
