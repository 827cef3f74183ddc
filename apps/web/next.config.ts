// Next.js settings: a standalone-free server build, no image optimizer (no sharp), strict React.
import type { NextConfig } from 'next'

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  // GraphiQL ships Monaco, which is large and client-only; keep it out of the server bundle.
  serverExternalPackages: [],
  typedRoutes: false,
}

export default config
