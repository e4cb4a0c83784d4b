import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

/**
 * `next build` into distDir, leaving tsconfig.json as it was: Next adds the types folder of a
 * build folder it does not find in `include` (and reformats the file), which would leave the
 * checkout modified after a benchmark with a custom BENCH_DIST_DIR.
 */
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
