import path from 'node:path/posix'

import * as pagefind from 'pagefind'

import { fileForPath } from './relativeLinks'

/** The index folder at the export's root. */
export const staticSearchFolder = 'pagefind'

/** `<meta name="gongkai-static-search">` for a page: where its index lies, relative to the page's file. */
export function staticSearchMeta(sitePath: string): string {
  const relative = path.relative(path.dirname(fileForPath(sitePath)), staticSearchFolder)
  return `<meta name="gongkai-static-search" content="${relative}/">`
}

/**
 * Builds the static search index of an export with Pagefind (its npm package ships the
 * `pagefind_extended` binary, which segments Chinese): the item pages only (their
 * `data-pagefind-body` article), written to `<outDir>/pagefind/`.
 */
export async function buildStaticSearchIndex(outDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' })
  try {
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`)
    const added = await index.addDirectory({ path: outDir, glob: 'notices/**/index.html' })
    if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`)
    const written = await index.writeFiles({ outputPath: `${outDir}/${staticSearchFolder}` })
    if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`)
    return { pages: added.page_count }
  } finally {
    await pagefind.close()
  }
}
