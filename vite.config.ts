import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';

// `vite build --mode single` writes one self-contained HTML file (JS, CSS and KaTeX fonts inlined)
// to dist-single/, for handouts and halls without a network.
export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    base: './',
    plugins: single ? [react(), viteSingleFile({ removeViteModuleLoader: true })] : [react()],
    build: single
      ? { outDir: 'dist-single', assetsInlineLimit: 100_000_000, cssCodeSplit: false }
      : { outDir: 'dist', chunkSizeWarningLimit: 800 },
    preview: { port: 4173, strictPort: true },
    server: { port: 5173 },
  };
});
