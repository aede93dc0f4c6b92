/**
 * The weight of a production build as a browser loads it: the JavaScript and CSS the page needs
 * before it can run (the entry script, what it imports statically, the modulepreload links and
 * stylesheets of index.html), gzip-compressed as a server would send them, and the font files.
 * Shared by `npm run bench` and the budget test.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LANGS } from '../src/i18n/languages';

/** The budgets of issue "budgets": gzip bytes and font formats. */
export const BUDGETS = {
  initialJsGzip: 200 * 1024,
  /**
   * What a first visit fetches before its first formula paints: the initial JS, the KaTeX chunk
   * and the shown language's catalog (the largest one's). The diagram's drawing is fetched beside
   * them (a chunk of its own), not before the formula.
   */
  firstFormulaJsGzip: 200 * 1024,
  cssGzip: 30 * 1024,
  fontsBytes: 350 * 1024,
} as const;

export interface FileWeight {
  readonly file: string;
  readonly bytes: number;
  readonly gzip: number;
}

export interface Weight {
  readonly files: readonly FileWeight[];
  readonly bytes: number;
  readonly gzip: number;
}

export interface PageWeight {
  /** Scripts loaded before the app runs. */
  readonly initialJs: Weight;
  /** Scripts loaded later (dynamic imports). */
  readonly lazyJs: Weight;
  /**
   * The initial scripts, the KaTeX chunk and the largest language catalog's chunk (and what they
   * import): all the first formula needs, in the language that weighs most.
   */
  readonly firstFormulaJs: Weight;
  /** Each language's catalog chunk (and what it imports beyond the initial scripts), by language. */
  readonly catalogs: Readonly<Record<string, Weight>>;
  /** Every stylesheet of the build (those loaded with lazy chunks too). */
  readonly css: Weight;
  /** Every font file of the build, by extension. */
  readonly fonts: Weight;
  readonly fontFormats: Readonly<Record<string, number>>;
  /** Font files inlined into the CSS as data: URLs, by format. */
  readonly inlinedFonts: Readonly<Record<string, number>>;
}

function weigh(dir: string, files: Iterable<string>): Weight {
  const list = [...new Set(files)].sort().map((file): FileWeight => {
    const data = readFileSync(join(dir, file));
    return { file, bytes: data.length, gzip: gzipSync(data).length };
  });
  return {
    files: list,
    bytes: list.reduce((s, f) => s + f.bytes, 0),
    gzip: list.reduce((s, f) => s + f.gzip, 0),
  };
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(dir, prefix))) {
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(join(dir, rel)).isDirectory()) out.push(...listFiles(dir, rel));
    else out.push(rel);
  }
  return out;
}

/** A page-relative URL ("./assets/a.js", "/assets/a.js", "assets/a.js") as a path in the build. */
function local(url: string, from = ''): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return null;
  const clean = url.split(/[?#]/)[0];
  return clean.startsWith('/')
    ? posix.normalize(clean.slice(1))
    : posix.normalize(posix.join(from, clean));
}

/** The static imports of an ES module chunk (`import … from "./x.js"`, `import "./x.js"`). */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.m?js)["']/g)) out.push(m[1]);
  return out;
}

/** The attribute `name` of each tag of `tag` in `html` matching `filter`. */
function attrs(html: string, tag: string, name: string, filter: RegExp = /./): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'gi'))) {
    if (!filter.test(m[0])) continue;
    const a = new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(m[0]);
    if (a) out.push(a[1]);
  }
  return out;
}

/**
 * Measures the build in `dir` (a dist/ folder with index.html). `langs` are the app's languages:
 * each one's catalog is the chunk named after it (src/i18n/<lang>/index.ts gives `<lang>-<hash>.js`).
 */
export function measurePageWeight(
  dir: string,
  page = 'index.html',
  langs: readonly string[] = LANGS,
): PageWeight {
  const html = readFileSync(join(dir, page), 'utf8');
  const all = listFiles(dir);
  const entry = [
    ...attrs(html, 'script', 'src'),
    ...attrs(html, 'link', 'href', /rel\s*=\s*["']modulepreload["']/i),
  ]
    .map((u) => local(u))
    .filter((p): p is string => p !== null);
  const closure = (roots: readonly string[]): Set<string> => {
    const out = new Set<string>();
    const queue = [...roots];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (out.has(file) || !all.includes(file)) continue;
      out.add(file);
      const code = readFileSync(join(dir, file), 'utf8');
      for (const imp of staticImports(code)) {
        const p = local(imp, posix.dirname(file));
        if (p) queue.push(p);
      }
    }
    return out;
  };
  const initial = closure(entry);
  // KaTeX's chunk: the dynamic chunk that carries its renderer (named after it by the bundler).
  const katexChunks = all.filter(
    (f) =>
      /\.m?js$/.test(f) &&
      !initial.has(f) &&
      readFileSync(join(dir, f), 'utf8').includes('KaTeX parse error'),
  );
  // Every stylesheet, the ones chunks load later included.
  const css = all.filter((f) => f.endsWith('.css'));
  const fontFiles = all.filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f));
  const fontFormats: Record<string, number> = {};
  for (const f of fontFiles) {
    const ext = f.slice(f.lastIndexOf('.') + 1).toLowerCase();
    fontFormats[ext] = (fontFormats[ext] ?? 0) + 1;
  }
  const inlinedFonts: Record<string, number> = {};
  for (const f of all.filter((x) => x.endsWith('.css'))) {
    const text = readFileSync(join(dir, f), 'utf8');
    for (const m of text.matchAll(/url\(\s*["']?data:(?:font|application)\/([\w.+-]+)/g)) {
      const fmt = m[1].replace(/^x-font-/, '').replace(/^font-/, '');
      inlinedFonts[fmt] = (inlinedFonts[fmt] ?? 0) + 1;
    }
  }
  const catalogs: Record<string, Weight> = {};
  for (const lang of langs) {
    const chunk = all.find((f) => new RegExp(`^assets/${lang}-[\\w-]+\\.js$`).test(f));
    catalogs[lang] = weigh(dir, chunk ? [...closure([chunk])].filter((f) => !initial.has(f)) : []);
  }
  const heaviest = Object.values(catalogs).reduce<Weight | null>(
    (a, w) => (a === null || w.gzip > a.gzip ? w : a),
    null,
  );
  return {
    initialJs: weigh(dir, initial),
    firstFormulaJs: weigh(dir, [
      ...initial,
      ...closure(katexChunks),
      ...(heaviest?.files.map((f) => f.file) ?? []),
    ]),
    catalogs,
    lazyJs: weigh(
      dir,
      all.filter((f) => /\.m?js$/.test(f) && !initial.has(f)),
    ),
    css: weigh(dir, css),
    fonts: weigh(dir, fontFiles),
    fontFormats,
    inlinedFonts,
  };
}

/** The font formats an @font-face `src` list in CSS points at, e.g. { woff2: 20 }. */
export function fontFaceFormats(css: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const face of css.match(/@font-face\s*\{[^}]*\}/g) ?? []) {
    for (const m of face.matchAll(/format\(\s*["']?([\w-]+)["']?\s*\)/g)) {
      out[m[1]] = (out[m[1]] ?? 0) + 1;
    }
  }
  return out;
}

/** "123.4 KB" (1 KB = 1024 bytes). */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
