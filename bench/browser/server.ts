/**
 * A production build of its own (bench/out/dist, so dist/ is left alone) and `vite preview` on it,
 * plus headless Chromium with the project's flags.
 */
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';
import { chromium, type Browser } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const OUT_DIR = fileURLToPath(new URL('../out/dist', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface BuiltChunk {
  readonly fileName: string;
  readonly isEntry: boolean;
  readonly isDynamicEntry: boolean;
  readonly moduleIds: readonly string[];
}

interface OutputLike {
  readonly output: readonly {
    type: string;
    fileName: string;
    isEntry?: boolean;
    isDynamicEntry?: boolean;
    moduleIds?: string[];
  }[];
}

let built: Promise<{ chunks: BuiltChunk[]; ms: number }> | null = null;

/**
 * Builds the app into OUT_DIR once per bench run (later sections reuse the build); returns its
 * JavaScript chunks with the modules in each.
 */
export function buildApp(): Promise<{ chunks: BuiltChunk[]; ms: number }> {
  built ??= runBuild();
  return built;
}

async function runBuild(): Promise<{ chunks: BuiltChunk[]; ms: number }> {
  const t0 = performance.now();
  const result = await build({
    root: ROOT,
    configFile: `${ROOT}vite.config.ts`,
    mode: 'production',
    logLevel: 'error',
    build: { outDir: OUT_DIR, emptyOutDir: true },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as OutputLike[];
  const chunks = outputs
    .flatMap((o) => o.output)
    .filter((c) => c.type === 'chunk')
    .map((c) => ({
      fileName: c.fileName,
      isEntry: c.isEntry === true,
      isDynamicEntry: c.isDynamicEntry === true,
      moduleIds: c.moduleIds ?? [],
    }));
  return { chunks, ms: performance.now() - t0 };
}

/** `vite preview` on OUT_DIR at 127.0.0.1:port. */
export async function startPreview(port = 4179): Promise<{ server: PreviewServer; url: string }> {
  const server = await preview({
    root: ROOT,
    configFile: `${ROOT}vite.config.ts`,
    logLevel: 'error',
    build: { outDir: OUT_DIR },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  return { server, url: `http://127.0.0.1:${port}/` };
}

export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_FLAGS, ...extraArgs],
  });
}

/** The npm packages (node_modules/<name>) the given modules come from, sorted. */
export function packagesOf(moduleIds: readonly string[]): string[] {
  const names = new Set<string>();
  for (const id of moduleIds) {
    const m = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id.replace(/\0/g, ''));
    if (m) names.add(m[1].replace(/\\/g, '/'));
  }
  return [...names].sort();
}
