/**
 * Bundles a TypeScript entry point (and the project's own modules it imports) into one
 * plain ES module, leaving every package in node_modules external.
 *
 * Why: the one-off commands (`npm run migrate`, `seed`, `export`) then run on plain Node,
 * without tsx's loader thread in the way of every import: `npm run migrate` starts in under
 * two seconds, and there is no loader whose failures could pass for success.
 */
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { build } from 'esbuild'

const root = process.cwd()

/**
 * Flags for running a bundle. `--conditions=production` makes Node load Lexical's builds
 * directly: the files Node would pick otherwise (`*.node.mjs`) choose their build with a
 * top-level `await import()`, and on Node 20 the evaluation of a module graph with several
 * such modules sometimes never settles. The process then exits with nothing done (status 13,
 * or 0 inside a dynamic import): about one start in two on these machines.
 */
export const nodeFlags = ['--conditions=production', '--enable-source-maps']

/**
 * @param {string} entry path of the .ts entry, relative to the project root
 * @returns {Promise<{ file: string, remove: () => void }>} the bundled .mjs, and a way to
 *   delete it. Each call gets its own folder, so commands run at once never share a file.
 */
export async function bundleEntry(entry) {
  // Inside the project, so that the bundle resolves the project's node_modules.
  const cache = path.join(root, 'node_modules', '.cache', 'gongkai')
  fs.mkdirSync(cache, { recursive: true })
  const dir = fs.mkdtempSync(path.join(cache, `${path.basename(entry, '.ts')}-`))
  const outfile = path.join(dir, `${path.basename(entry, '.ts')}.mjs`)
  await build({
    entryPoints: [path.resolve(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    jsx: 'automatic',
    sourcemap: 'linked',
    logLevel: 'warning',
    // payload.config.ts places the admin import map and generated types beside itself.
    define: { 'import.meta.url': JSON.stringify(pathToFileURL(path.join(root, 'payload.config.ts')).href) },
  })
  return { file: outfile, remove: () => fs.rmSync(dir, { recursive: true, force: true }) }
}
