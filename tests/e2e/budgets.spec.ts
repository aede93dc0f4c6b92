/**
 * The budgets of the production build in dist/ (built by `npm run test:e2e` before the tests):
 * gzip sizes, fonts woff2 only and in step with the installed KaTeX, D3 by module, the
 * Content-Security-Policy meta tag, and — in the browser — no request off the page's origin and
 * no policy violation anywhere in the lesson or in the explore mode's Jacobian view.
 */
import { STEPS } from '../../src/lesson/steps';
import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCsp, cspOf, inlineCode } from '../../scripts/csp';
import { randomModel } from '../../src/model';
import { modelToJson } from '../../src/model/io/parse';
import { BUDGETS, fontFaceFormats, kb, measurePageWeight } from '../../scripts/pageWeight';
import { LANGS } from '../../src/i18n/languages';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');
const html = () => readFileSync(join(DIST, 'index.html'), 'utf8');

test.describe('build budgets', () => {
  test('initial JavaScript ≤ 200 KB and CSS ≤ 30 KB, gzip', () => {
    const w = measurePageWeight(DIST);
    expect(w.initialJs.files.length, 'an entry script').toBeGreaterThan(0);
    const list = w.initialJs.files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ');
    expect(w.initialJs.gzip, `initial JS: ${list}`).toBeLessThanOrEqual(BUDGETS.initialJsGzip);
    expect(w.css.files.length, 'a stylesheet').toBeGreaterThan(0);
    expect(w.css.gzip).toBeLessThanOrEqual(BUDGETS.cssGzip);
  });

  test('initial JS + the KaTeX chunk + the shown catalog the first formula needs, gzip, within budget', () => {
    const w = measurePageWeight(DIST);
    const files = w.firstFormulaJs.files;
    // Each language's catalog is a chunk of its own, none of them in the initial scripts; the
    // heaviest one is counted.
    for (const lang of LANGS) {
      const c = w.catalogs[lang];
      expect(c.files.length, `the ${lang} catalog's chunk`).toBeGreaterThan(0);
      for (const f of c.files) expect(w.initialJs.files.map((x) => x.file)).not.toContain(f.file);
    }
    const heaviest = Math.max(...LANGS.map((l) => w.catalogs[l].gzip));
    expect(
      files.some((f) => Object.values(w.catalogs).some((c) => c.files[0]?.file === f.file)),
    ).toBe(true);
    expect(heaviest).toBeGreaterThan(0);
    // The KaTeX renderer is among them (its lazy chunk, found by its code).
    expect(
      files.some((f) => readFileSync(join(DIST, f.file), 'utf8').includes('KaTeX parse error')),
      'the KaTeX chunk',
    ).toBe(true);
    for (const f of w.initialJs.files) expect(files.map((x) => x.file)).toContain(f.file);
    const list = files.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ');
    expect(w.firstFormulaJs.gzip, `before the first formula: ${list}`).toBeLessThanOrEqual(
      BUDGETS.firstFormulaJsGzip,
    );
    // The classroom's overlays, the presenter view, the handouts, the decay chart and the explore
    // mode are not among them.
    const lazy = w.lazyJs.files.map((f) => f.file).join(' ');
    for (const chunk of ['Overlays', 'PresenterView', 'PrintView', 'DecayChart', 'ExploreMain']) {
      expect(lazy, chunk).toContain(`${chunk}-`);
    }
  });

  test('fonts: woff2 only, every KaTeX face of the installed version, ≤ 350 KB', () => {
    const w = measurePageWeight(DIST);
    expect(Object.keys(w.fontFormats)).toEqual(['woff2']);
    expect(Object.keys(w.inlinedFonts).filter((k) => k !== 'woff2')).toEqual([]);
    expect(w.fonts.bytes).toBeLessThanOrEqual(BUDGETS.fontsBytes);
    const built = w.css.files.map((f) => readFileSync(join(DIST, f.file), 'utf8')).join('\n');
    expect(Object.keys(fontFaceFormats(built))).toEqual(['woff2']);
    // In step with node_modules: the same faces, and the stylesheet of the same KaTeX version.
    const katex = readFileSync(join(ROOT, 'node_modules/katex/dist/katex.min.css'), 'utf8');
    const faces = (css: string) =>
      [
        ...css.matchAll(
          /@font-face\s*\{[^}]*font-family:\s*["']?([\w-]+)[^}]*font-style:\s*(\w+)[^}]*font-weight:\s*(\d+)/g,
        ),
      ]
        .map((m) => `${m[1]} ${m[2]} ${m[3]}`)
        .sort();
    expect(faces(built)).toEqual(faces(katex));
    expect(faces(katex).length).toBeGreaterThanOrEqual(20);
    const version = /\.katex-version:after\{content:"([^"]+)"/.exec(katex)?.[1];
    const pkg = JSON.parse(readFileSync(join(ROOT, 'node_modules/katex/package.json'), 'utf8'));
    expect(version).toBe(pkg.version);
    expect(built).toContain(`content:"${version}"`);
    // Every woff2 the CSS refers to was emitted.
    const emitted = new Set(w.fonts.files.map((f) => f.file.split('/').pop()));
    for (const m of built.matchAll(/url\(\s*["']?(?!data:)([^"')]+\.woff2)/g)) {
      expect(emitted.has(m[1].split('/').pop())).toBe(true);
    }
  });

  test('D3 is imported by module, never the whole d3 bundle', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })).not.toContain('d3');
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? files(join(dir, e.name))
          : /\.tsx?$/.test(e.name)
            ? [join(dir, e.name)]
            : [],
      );
    const whole = files(join(ROOT, 'src')).filter((f) =>
      /from\s+['"]d3['"]|import\(\s*['"]d3['"]\s*\)/.test(readFileSync(f, 'utf8')),
    );
    expect(whole).toEqual([]);
  });

  test('a Content-Security-Policy meta tag, without remote origins, matching the page', () => {
    const page = html();
    const policy = cspOf(page);
    expect(policy).not.toBeNull();
    expect(policy).toBe(buildCsp(inlineCode(page)));
    expect(policy).toMatch(/(^|; )default-src 'self'(;|$)/);
    expect(policy).not.toMatch(/https?:|wss?:|\*|'unsafe-eval'/);
    // The meta comes before anything it governs.
    expect(page.indexOf('Content-Security-Policy')).toBeLessThan(page.search(/<script|<link/));
  });
});

test.describe('in the browser', () => {
  test('the whole lesson: no request off the origin, no CSP violation, no error', async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.protocol !== 'data:' && u.protocol !== 'blob:' && u.origin !== origin) {
        foreign.push(r.url());
      }
    });
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto('/?lang=en');
    await expect(page.locator('svg.dg-svg .dg-node').first()).toBeVisible();
    await page.keyboard.press('End');
    await expect(page.locator('.katex').first()).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    // Every step once (formulas of every kind, hence every KaTeX font the lesson uses).
    await page.keyboard.press('Home');
    const steps = await page.locator('.step-list button, .step-list a').count();
    for (let i = 1; i <= steps; i++) {
      await page.goto(`/?lang=en#/${STEPS[i - 1].id}/0`);
      await expect(page.locator('.step-panel')).toHaveAttribute('data-step', String(i));
    }
    await page.evaluate(() => document.fonts.ready);
    // A 16×16 model in the explore mode: its Jacobian products run the core's WebAssembly
    // kernel, which the policy must let compile.
    await page.goto('/?lang=en&mode=explore');
    const model = randomModel({ seed: 2, T: 16, H: 16, D: 16, K: 16, activation: 'tanh' });
    await page.locator('[data-testid="model-file"]').setInputFiles({
      name: 'model.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(modelToJson(model))),
    });
    await expect(page.locator('.dg-root').first()).toHaveAttribute('data-steps', '16');
    const decay = page.locator('section[data-section="decay"]');
    await decay.scrollIntoViewIfNeeded();
    await expect(decay).toHaveAttribute('data-live', 'true');
    await expect(decay.locator('svg').first()).toBeVisible();
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
});
