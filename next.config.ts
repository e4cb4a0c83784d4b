import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // Tests and parallel dev servers each use their own build folder so they never lock each other out.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // `npm run typecheck` checks types (tests included) once; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  images: { unoptimized: true },
  // chinese-days declares CommonJS but its `module` build is ESM, which Turbopack refuses;
  // loading it through Node at run time uses its CommonJS build.
  // @node-rs/jieba (site search) loads a native addon, which a bundle cannot hold.
  // The rest are server-side libraries Node loads as they are: bundling them only adds to every
  // compile, and a new install's first /admin request waits for the dev server's first compile
  // (echarts renders in the browser only; its server copy would be dead code).
  serverExternalPackages: [
    'chinese-days',
    '@node-rs/jieba',
    '@payloadcms/translations',
    'echarts',
    'exceljs',
    'file-type',
    'nodemailer',
    'pdf-lib',
    'rate-limiter-flexible',
  ],
  // Rendered pages are cached in memory only. A page written to disk would outlive the
  // process and be served after a restart against another database state (a restored backup,
  // a test's fresh database) until its timed revalidation; each instance starting empty is
  // the safe default. The production server adds its own in-memory cache in front (server.mjs).
  cacheMaxMemorySize: 128 * 1024 * 1024,
  experimental: { isrFlushToDisk: false },
  // Singleton pages live under a dynamic segment so they are rendered on first request and
  // cached (ISR) rather than prerendered at build time, when no database is at hand.
  async rewrites() {
    return {
      beforeFiles: [
        { source: '/', destination: '/home/index' },
        { source: '/gazette', destination: '/gazette/all' },
        { source: '/guide', destination: '/guide/index' },
        { source: '/mailboxes', destination: '/mailboxes/all' },
        { source: '/feed.xml', destination: '/feeds/all.xml' },
      ],
      afterFiles: [],
      fallback: [],
    }
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
