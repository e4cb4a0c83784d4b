/**
 * npm run bench — runs every `bench:*` script of package.json in turn and prints each one's
 * last line (its summary) at the end. Exits non-zero if any benchmark failed.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { URL } from 'node:url'

const { scripts } = JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
const names = Object.keys(scripts).filter((name) => name.startsWith('bench:'))
const summaries = []
let failed = false
for (const name of names) {
  console.info(`\n=== npm run ${name} ===`)
  const result = spawnSync('npm', ['run', '--silent', name], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' })
  process.stdout.write(result.stdout ?? '')
  const last = (result.stdout ?? '').trim().split('\n').pop() ?? ''
  summaries.push(`${name}: ${result.status === 0 ? last : `FAILED (exit ${result.status})`}`)
  if (result.status !== 0) failed = true
}
console.info(`\n=== summary ===\n${summaries.join('\n')}`)
if (failed) process.exitCode = 1
