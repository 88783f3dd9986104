/** @type {import('next').NextConfig} */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
];

const nextConfig = {
  // Native and WASM packages load from node_modules at run time rather than through the bundler.
  serverExternalPackages: ['@huggingface/transformers', 'onnxruntime-node', '@electric-sql/pglite', '@electric-sql/pglite-pgvector', 'unpdf', 'mammoth'],
  // Each process gets its own build dir when asked, so a test build never fights a dev server.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  experimental: { serverActions: { bodySizeLimit: '11mb' } },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
