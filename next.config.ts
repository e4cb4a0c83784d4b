import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // Tests and parallel dev servers each use their own build folder so they never lock each other out.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // `npm run typecheck` checks types (tests included) once; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  images: { unoptimized: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
