import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from '@jest/globals'

/**
 * Running TypeScript commands without Node 20's stalled module loads: the guard
 * (scripts/lib/loaderStallGuard.mjs) and the `npm run payload` wrapper that retries on it
 * (scripts/payload.mjs), and the bundle runner that avoids loader hooks altogether
 * (scripts/run-ts.mjs: `npm run migrate`, `seed`, `export`). A stall is played by a script
 * that awaits a promise nothing will settle: the same state the loader leaves.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-stall-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', ...env } })

function script(name: string, source: string): string {
  const file = path.join(dir, name)
  fs.writeFileSync(file, source)
  return file
}

describe('loader stall guard', () => {
  const guard = './scripts/lib/loaderStallGuard.mjs'

  it('turns a silent exit 0 with an unsettled await into exit 75 with a message', () => {
    const stalled = run(['--import', guard, script('stall.mjs', 'await new Promise(() => {})\n')])
    expect(stalled.status).toBe(75)
    expect(stalled.stderr).toMatch(/module loader left an import unsettled/)
  })

  it('leaves a command that exits on its own alone', () => {
    expect(run(['--import', guard, script('ok.mjs', 'process.exit(0)\n')]).status).toBe(0)
    expect(run(['--import', guard, script('fail.mjs', 'process.exit(3)\n')]).status).toBe(3)
  })
})

describe('scripts/payload.mjs', () => {
  it('runs a stalled command again and reports the later success', () => {
    const marker = path.join(dir, 'stalled-once')
    const bin = script(
      'flaky-bin.mjs',
      `import fs from 'node:fs'
if (!fs.existsSync(${JSON.stringify(marker)})) { fs.writeFileSync(${JSON.stringify(marker)}, ''); await new Promise(() => {}) }
console.log('ran', process.argv.slice(2).join(' '))
process.exit(0)
`,
    )
    const result = run(['scripts/payload.mjs', 'migrate'], { GONGKAI_PAYLOAD_BIN: bin })
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('ran migrate')
    expect(result.stderr).toMatch(/attempt 2 of 3/)
  })

  it('gives up with the stall code after three stalls, and passes other failures straight through', () => {
    const stalling = run(['scripts/payload.mjs', 'migrate'], {
      GONGKAI_PAYLOAD_BIN: script('stall-bin.mjs', 'await new Promise(() => {})\n'),
    })
    expect(stalling.status).toBe(75)
    expect(stalling.stderr.match(/left an import unsettled/g)).toHaveLength(3)

    const failing = run(['scripts/payload.mjs', 'migrate'], {
      GONGKAI_PAYLOAD_BIN: script('fail-bin.mjs', "console.error('no such table'); process.exit(1)\n"),
    })
    expect(failing.status).toBe(1)
    expect(failing.stderr).not.toMatch(/attempt/)
  })
})

describe('scripts/run-ts.mjs', () => {
  it('bundles a TypeScript entry with the modules it imports and runs it on plain Node', () => {
    script('addend.ts', 'export const base: number = 2\n')
    const entry = script(
      'entry.ts',
      "import { base } from './addend'\nconsole.log('sum', base + Number(process.argv[2]))\nprocess.exit(Number(process.argv[3] ?? 0))\n",
    )
    const result = run(['scripts/run-ts.mjs', entry, '5'])
    expect(result.stderr).toBe('')
    expect(result.stdout).toContain('sum 7')
    expect(result.status).toBe(0)
    // The exit status comes through, and the bundle is removed afterwards.
    const failing = run(['scripts/run-ts.mjs', entry, '1', '4'])
    expect(failing.status).toBe(4)
    const cache = path.join('node_modules', '.cache', 'gongkai')
    expect(fs.existsSync(cache) ? fs.readdirSync(cache).filter((name) => name.startsWith('entry-')) : []).toEqual([])
  })

  it('refuses a call without an entry', () => {
    const result = run(['scripts/run-ts.mjs'])
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(/usage/)
  })
})

/*
 * The cause of the stalls: without the `production` condition Node loads Lexical's
 * `Lexical.node.mjs`, which picks its build with a top-level `await import()`, and Node 20
 * sometimes never finishes evaluating a graph of such modules. Both launchers must start
 * Node so that Lexical's build is loaded directly.
 */
describe('Lexical without the top-level await entry', () => {
  const printLexical = "console.log('lexical:', import.meta.resolve('lexical'))\nprocess.exit(0)\n"

  it('in commands run by scripts/run-ts.mjs', () => {
    const result = run(['scripts/run-ts.mjs', script('which-lexical.ts', printLexical)])
    expect(result.stdout).toMatch(/lexical: .*Lexical\.prod\.mjs/)
  })

  it('in commands run by scripts/payload.mjs', () => {
    // Inside the project, so that `lexical` resolves from the stand-in's folder.
    const cache = path.join('node_modules', '.cache', 'gongkai')
    fs.mkdirSync(cache, { recursive: true })
    const bin = path.resolve(cache, `which-lexical-${process.pid}.mjs`)
    fs.writeFileSync(bin, printLexical)
    try {
      const result = run(['scripts/payload.mjs', 'migrate'], { GONGKAI_PAYLOAD_BIN: bin })
      expect(result.stdout).toMatch(/lexical: .*Lexical\.prod\.mjs/)
    } finally {
      fs.rmSync(bin, { force: true })
    }
  })
})
