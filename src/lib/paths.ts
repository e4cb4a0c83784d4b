import path from 'node:path'

/**
 * The repository root. Next.js bundles server code into `.next/`, so `import.meta.url`
 * does not point into the source tree at run time; every entry point (next, payload CLI,
 * jest, scripts) runs from the root, so the working directory is the reliable anchor.
 */
export const projectRoot = path.resolve(process.env.GONGKAI_ROOT || process.cwd())
