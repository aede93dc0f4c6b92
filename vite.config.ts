import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { contentSecurityPolicy } from './scripts/csp';

/**
 * KaTeX's stylesheet lists every font three times (woff2, woff, ttf). Every browser the app
 * supports reads woff2, so the other two are dropped: the build carries ~260 KB of fonts instead
 * of ~1.1 MB, and the single file stays small.
 */
function katexWoff2Only(): Plugin {
  return {
    name: 'katex-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]katex[\\/]dist[\\/]katex(\.min)?\.css($|\?)/.test(id)) return null;
      return code.replace(/,\s*url\([^)]*\.(woff|ttf)\)\s*format\((['"])(woff|truetype)\2\)/g, '');
    },
  };
}

// `vite build --mode single` writes one self-contained HTML file (JS, CSS and KaTeX fonts inlined)
// to dist-single/, for handouts and halls without a network. Its one script is inline, so it runs
// from file:// too (an inline module script needs no fetch, hence no CORS).
export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    base: './',
    // The single file leaves MathJax out (see texToSvg.single.ts), and the products' worker
    // (productsWorker.single.ts).
    resolve: single
      ? {
          alias: [
            {
              find: /^\.\/productsWorker$/,
              replacement: fileURLToPath(
                new URL('./src/store/productsWorker.single.ts', import.meta.url),
              ),
            },
            {
              find: /^\.\/texToSvg$/,
              replacement: fileURLToPath(
                new URL('./src/classroom/texToSvg.single.ts', import.meta.url),
              ),
            },
          ],
        }
      : undefined,
    plugins: single
      ? [
          katexWoff2Only(),
          react(),
          viteSingleFile({ removeViteModuleLoader: true }),
          contentSecurityPolicy(),
        ]
      : [katexWoff2Only(), react(), contentSecurityPolicy()],
    build: single
      ? { outDir: 'dist-single', assetsInlineLimit: 100_000_000, cssCodeSplit: false }
      : { outDir: 'dist', chunkSizeWarningLimit: 800 },
    preview: { port: 4173, strictPort: true },
    server: { port: 5173 },
  };
});
