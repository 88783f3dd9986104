const isDev = process.env.NODE_ENV === 'development';

// Next's bootstrap is inline script, hence 'unsafe-inline' for scripts (there is no nonce middleware); resume and
// posting text is rendered as escaped React text, never as HTML. Development adds what React Refresh and the
// hot-reload socket need, and nothing else.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self'${isDev ? ' ws: wss:' : ''}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets `next dev` serve its scripts to pages opened as http://127.0.0.1:PORT as well as localhost.
  allowedDevOrigins: ['127.0.0.1'],
  // Native and WASM packages load from node_modules at run time rather than through the bundler.
  serverExternalPackages: ['@huggingface/transformers', 'onnxruntime-node', '@electric-sql/pglite', '@electric-sql/pglite-pgvector', 'unpdf', 'mammoth'],
  // Each process gets its own build dir when asked, so a test build never fights a dev server.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  experimental: {
    // No action takes a file (uploads go to /api routes); the longest form, a job posting, is 200 KB at most.
    // lib/http/page-guard.ts refuses a larger body first, with 413 and a sentence, as ACTION_BODY_MAX_BYTES.
    serverActions: { bodySizeLimit: 1024 * 1024 },
    // What Next buffers of a body for proxy.ts: over the action limit, so the proxy sees a body pass that limit.
    proxyClientMaxBodySize: 2 * 1024 * 1024,
    // Route types reach the type check through next-env.d.ts (untracked), which each build points at its own dist
    // dir; without this, every build into another dist dir (.next-e2e-3200, .next-bench) adds its folder to the
    // tracked tsconfig.json's include.
    strictRouteTypes: true,
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
