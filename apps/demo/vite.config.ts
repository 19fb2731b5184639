import { defaultClientConditions, defineConfig, type Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './server.mjs';

/**
 * GOV.UK Frontend's precompiled CSS points its fonts and crest at `/assets/...`; point them at the
 * package's own files instead, so Vite fingerprints them into the build and serves them from this origin.
 */
function govukAssets(): Plugin {
  return {
    name: 'placewise:govuk-assets',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('govuk-frontend') || !id.split('?')[0]?.endsWith('.css')) return undefined;
      return { code: code.replaceAll('url(/assets/', 'url(./assets/'), map: null };
    },
  };
}

/** The built page carries its CSP as a meta tag too (the dev server needs inline styles for HMR). */
function cspMeta(): Plugin {
  return {
    name: 'placewise:csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  // Sibling packages resolve to their TypeScript source, so the demo builds without their dist.
  resolve: { conditions: ['@placewise/source', ...defaultClientConditions] },
  plugins: [govukAssets(), cspMeta()],
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    // scripts/size.mjs reads the chunk graph from it to measure the JavaScript the first page needs.
    manifest: true,
    // GOV.UK's CSS is already minified and carries IE hacks esbuild's minifier warns about.
    cssMinify: false,
    chunkSizeWarningLimit: 2000,
    // Vite would inline small files as data: URIs; keep every asset a same-origin file.
    assetsInlineLimit: 0,
  },
  preview: { headers: SECURITY_HEADERS, host: '127.0.0.1' },
});
