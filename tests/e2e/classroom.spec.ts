/**
 * Classroom mode in a real browser: every key, the presenter window following the lesson both
 * ways (also when opened late, and after either closes), reload, both languages, the lecturer's
 * link, exports, the print view (one PDF page per step), the single-file build from file:// with
 * no network, and screenshots of every theme at 1920×1080 and 1024×768.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HELP_KEYS, LANGS, loadLang, t, wantExploreStrings } from '../../src/i18n';
import { STEPS } from '../../src/lesson/steps';
import { substepCount } from '../../src/lesson/substeps';
import { defaultModel, randomModel } from '../../src/model';
import { encodeModelParam } from '../../src/model/io/urlcodec';
import { modelFingerprint } from '../../src/model/io/fingerprint';

import { collectErrors } from './pageErrors';
import { positionOf, urlAt, idHash } from './positions';

function hasRsvg(): boolean {
  try {
    execFileSync('rsvg-convert', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// The catalogs the expected texts come from (the app loads each when it shows it).
test.beforeAll(async () => {
  await Promise.all(LANGS.map((l) => loadLang(l)));
  await wantExploreStrings();
});

const MODEL = defaultModel(1);
const T = MODEL.targets.length;
const TARGET = Math.min(3, T - 1);
const COUNTS = STEPS.map((s) => substepCount(s, { T, t: TARGET }));
const N = STEPS.length;
const CYRILLIC = /[\u0400-\u04FF]/;
const SCREENS = 'screenshots';
/** A step with several sub-steps and formulas (the sum over k). */
const SUM = STEPS.findIndex((s) => s.id === 'sum-over-k');

/** The old numeric form, which links still use and the app still reads. */
/** The position's hash as the app writes it (step and sub-step ids). */
const hashOf = (i: number, sub: number) => idHash(i, sub);

/**
 * The position, from the URL (which follows the store once the frame showing a move is painted),
 * once the step panel shows it too (the panel may follow a render later).
 */
async function at(page: Page): Promise<{ i: number; sub: number }> {
  const hash = await page.evaluate(
    () =>
      new Promise<string>((resolve) =>
        requestAnimationFrame(() => setTimeout(() => resolve(location.hash), 0)),
      ),
  );
  expect(hash, 'a position in the URL').toMatch(/^#\/[a-z]/);
  const pos = positionOf(hash);
  await expectAt(page, pos.i, pos.sub);
  return pos;
}

async function expectAt(page: Page, i: number, sub: number) {
  await expect(page.locator('.step-panel')).toHaveAttribute('data-step', String(i + 1));
  await expect(page.locator('.step-panel')).toHaveAttribute('data-sub', String(sub));
  await expect(page).toHaveURL(urlAt(i, sub));
}

/** Opens a page of the app and waits until its keys are live. */
async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-keys', 'on');
}

/** Where the presenter window says the lesson is. */
async function presenterAt(page: Page, i: number, sub: number) {
  const count = COUNTS[i];
  const pos = `Step ${i + 1} of ${N}${count > 1 ? ` · Sub-step ${sub + 1} of ${count}` : ''}`;
  await expect(page.getByTestId('presenter-position')).toHaveText(pos);
}

/** Console errors and page errors (a popup blocked or a failed request would show here). */
test.describe('keys', () => {
  test('next, previous, first and last, with every key', async ({ page }) => {
    const errors = collectErrors(page);
    await open(page, '/?lang=en#/1/0');
    await expectAt(page, 0, 0);
    // Step 2 walks the forward pass: one sub-step per time step.
    await open(page, '/?lang=en#/2/0');
    await page.reload();
    await expectAt(page, 1, 0);
    for (const key of ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n', 'N']) {
      const before = await at(page);
      await page.keyboard.press(key);
      const after = await at(page);
      expect(after.i * 100 + after.sub, key).toBeGreaterThan(before.i * 100 + before.sub);
    }
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P']) {
      const before = await at(page);
      await page.keyboard.press(key);
      const after = await at(page);
      expect(after.i * 100 + after.sub, key).toBeLessThan(before.i * 100 + before.sub);
    }
    await page.keyboard.press('End');
    await expectAt(page, N - 1, COUNTS[N - 1] - 1);
    await page.keyboard.press('Home');
    await expectAt(page, 0, 0);
    expect(errors).toEqual([]);
  });

  test('F enters and leaves full screen', async ({ page }) => {
    await open(page, '/?lang=en');
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  });

  test('B and . black out the screen and bring it back; keys wait meanwhile', async ({ page }) => {
    await open(page, `/?lang=en${hashOf(2, 0)}`);
    const black = page.getByTestId('blackout');
    await page.keyboard.press('b');
    await expect(black).toBeVisible();
    const box = await black.boundingBox();
    const vp = page.viewportSize()!;
    expect(box).toMatchObject({ x: 0, y: 0, width: vp.width, height: vp.height });
    expect(await black.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('b');
    await expect(black).toBeHidden();
    await expectAt(page, 2, 0);
    await page.keyboard.press('.');
    await expect(black).toBeVisible();
    await page.keyboard.press('.');
    await expect(black).toBeHidden();
  });

  test('O shows every step; a click jumps there', async ({ page }) => {
    await open(page, '/?lang=en');
    await page.keyboard.press('o');
    const overview = page.getByTestId('overview');
    await expect(overview).toBeVisible();
    const cards = overview.locator('button[data-step-id]');
    await expect(cards).toHaveCount(N);
    await cards.nth(6).click();
    await expect(overview).toBeHidden();
    await expectAt(page, 6, 0);
    // The arrows move between cards (not through the lesson), Enter jumps.
    await page.keyboard.press('o');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expectAt(page, 8, 0);
    await page.keyboard.press('o');
    await page.keyboard.press('Escape');
    await expect(overview).toBeHidden();
    await expectAt(page, 8, 0);
  });

  test('G goes to a step by number; letters typed there are not keys', async ({ page }) => {
    await open(page, '/?lang=en');
    await page.keyboard.press('g');
    const input = page.getByTestId('goto-dialog').getByRole('textbox');
    await expect(input).toBeFocused();
    await page.keyboard.type('b0');
    await expect(page.getByTestId('blackout')).toBeHidden();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('goto-dialog').getByRole('alert')).toBeVisible();
    await input.fill('11');
    await page.keyboard.press('Enter');
    await expectAt(page, 10, 0);
    await expect(page.getByTestId('goto-dialog')).toBeHidden();
  });

  test('? lists every key, in both languages', async ({ page }) => {
    for (const lang of ['en', 'ru'] as const) {
      await open(page, `/?lang=${lang}`);
      await page.keyboard.press('?');
      const help = page.getByTestId('help-overlay');
      await expect(help).toBeVisible();
      for (const entry of HELP_KEYS) {
        await expect(help.locator(`tr[data-action="${entry.action}"] th`)).toHaveText(
          t(lang, 'ui', entry.action),
        );
        await expect(help.locator(`tr[data-action="${entry.action}"] kbd`)).toHaveCount(
          entry.keys.length,
        );
      }
      await expect(help.getByTestId('help-file-note')).toHaveText(t(lang, 'ui', 'help.fileNote'));
      await page.keyboard.press('?');
      await expect(help).toBeHidden();
    }
  });

  test('chords, inputs and Tab are left alone', async ({ page }) => {
    await open(page, `/?lang=en${hashOf(3, 0)}`);
    await page.keyboard.press('Control+b');
    await page.keyboard.press('Alt+o');
    await expect(page.getByTestId('blackout')).toBeHidden();
    await expect(page.getByTestId('overview')).toBeHidden();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expectAt(page, 3, 0);
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
  });
});

test.describe('presenter view', () => {
  async function openMain(context: BrowserContext, hash = hashOf(0, 0)) {
    const main = await context.newPage();
    await open(main, `/?lang=en${hash}`);
    await expect(main.locator('.step-panel')).toBeVisible();
    return main;
  }

  test('S opens it; both windows follow each other', async ({ context }) => {
    const main = await openMain(context, hashOf(1, 0));
    const errors = collectErrors(main);
    const [presenter] = await Promise.all([main.waitForEvent('popup'), main.keyboard.press('s')]);
    expect(new URL(presenter.url()).searchParams.get('view')).toBe('presenter');
    await expect(presenter.getByTestId('presenter')).toBeVisible();
    await presenterAt(presenter, 1, 0);
    await expect(presenter.getByTestId('presenter-connection')).toHaveAttribute(
      'data-connected',
      'true',
    );
    await expect(presenter.getByTestId('notes')).toContainText(
      t('en', 'views', STEPS[1].notes).slice(0, 30),
    );
    // The lesson's language only; every language on request, kept across a reload.
    await expect(presenter.getByTestId('notes')).not.toContainText(
      t('ru', 'views', STEPS[1].notes).slice(0, 30),
    );
    await presenter.getByTestId('notes-all-languages').click();
    await expect(presenter.getByTestId('notes')).toContainText(
      t('ru', 'views', STEPS[1].notes).slice(0, 30),
    );
    // The wall clock shows the time of day; a countdown counts down and survives a reload.
    await expect(presenter.getByTestId('clock')).toHaveText(/^\d{1,2}:\d{2}/);
    await presenter.getByTestId('countdown-length').selectOption('10');
    await presenter.getByTestId('timer-toggle').click();
    await expect(presenter.getByTestId('countdown')).toHaveText(/^9:5\d$/, { timeout: 5000 });
    const before = Number(await presenter.getByTestId('countdown').getAttribute('data-left'));
    await presenter.reload();
    await expect(presenter.getByTestId('timer')).toHaveAttribute('data-running', 'true');
    await expect(presenter.getByTestId('countdown')).toBeVisible();
    expect(
      Number(await presenter.getByTestId('countdown').getAttribute('data-left')),
    ).toBeLessThanOrEqual(before);
    await expect(presenter.getByTestId('notes')).toContainText(
      t('ru', 'views', STEPS[1].notes).slice(0, 30),
    );
    await presenter.getByTestId('timer-toggle').click();
    await presenter.getByTestId('timer-reset').click();
    await presenter.getByTestId('countdown-length').selectOption('0');
    await expect(presenter.getByTestId('countdown')).toHaveCount(0);

    // The lesson moves the presenter.
    await main.keyboard.press('PageDown');
    await presenterAt(presenter, 1, 1);
    await expect(presenter.getByTestId('presenter-next')).toContainText('Sub-step 3');
    // The presenter moves the lesson.
    await presenter.keyboard.press('PageDown');
    await presenter.keyboard.press('PageDown');
    await expectAt(main, 1, 3);
    await presenter.keyboard.press('End');
    await expectAt(main, N - 1, COUNTS[N - 1] - 1);
    await expect(presenter.getByTestId('presenter-next')).toHaveCount(0);
    await presenter.keyboard.press('Home');
    await expectAt(main, 0, 0);

    // Blackout both ways; the presenter itself is never black.
    await presenter.keyboard.press('b');
    await expect(main.getByTestId('blackout')).toBeVisible();
    await expect(presenter.getByTestId('blackout')).toHaveCount(0);
    await expect(presenter.getByTestId('presenter-blackout')).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await main.keyboard.press('b');
    await expect(presenter.getByTestId('presenter-blackout')).toHaveAttribute(
      'aria-pressed',
      'false',
    );

    // The timer counts, pauses and resets.
    await presenter.getByTestId('timer-toggle').click();
    await expect(presenter.getByTestId('timer')).toHaveAttribute('data-running', 'true');
    await expect(presenter.getByTestId('timer')).not.toHaveText('0:00', { timeout: 3000 });
    await presenter.getByTestId('timer-toggle').click();
    await presenter.getByTestId('timer-reset').click();
    await expect(presenter.getByTestId('timer')).toHaveText('0:00');

    // Closing the presenter leaves the lesson working; a new one catches up.
    await presenter.close();
    await main.keyboard.press('ArrowRight');
    await expectAt(main, 1, 0);
    const [again] = await Promise.all([main.waitForEvent('popup'), main.keyboard.press('s')]);
    await presenterAt(again, 1, 0);
    expect(errors).toEqual([]);
  });

  test('a window opened late catches up at once, and survives the lesson closing', async ({
    context,
  }) => {
    const main = await openMain(context, hashOf(SUM, 0));
    await main.keyboard.press('ArrowRight');
    await main.keyboard.press('ArrowRight');
    await main.keyboard.press('b');
    // The lesson tab's deck: a presenter window opened with it belongs to that tab.
    // Named once the channel's chunk has started (after the first formula).
    await expect
      .poll(() => main.evaluate(() => sessionStorage.getItem('bptt-deck')))
      .toMatch(/^[A-Za-z0-9_-]+$/);
    const deck = await main.evaluate(() => sessionStorage.getItem('bptt-deck'));
    // Opened without the lesson's hash: it learns the position from the lesson over the channel.
    const late = await context.newPage();
    await open(late, `/?lang=en&view=presenter&deck=${deck}`);
    await presenterAt(late, SUM, 2);
    await expect(late.getByTestId('presenter-blackout')).toHaveAttribute('aria-pressed', 'true');
    await expect(late.getByTestId('presenter-current')).toContainText(
      t('en', 'lesson', STEPS[SUM].title).slice(0, 10),
    );
    await main.keyboard.press('b');

    await main.close();
    await late.keyboard.press('ArrowRight');
    await presenterAt(late, SUM, 3);
  });

  test('another tab of the app (a deep link opened beside the lesson) neither follows nor leads', async ({
    context,
  }) => {
    const main = await openMain(context, hashOf(SUM, 0));
    const [presenter] = await Promise.all([main.waitForEvent('popup'), main.keyboard.press('s')]);
    await presenterAt(presenter, SUM, 0);
    // A deep link in a new tab opens where it says.
    const other = await context.newPage();
    await open(other, `/?lang=en${hashOf(0, 0)}`);
    await expectAt(other, 0, 0);
    // The lesson and its presenter move together; the other tab stays.
    await main.keyboard.press('ArrowRight');
    await presenterAt(presenter, SUM, 1);
    await expectAt(other, 0, 0);
    // The other tab moves alone.
    await other.keyboard.press('ArrowRight');
    const [i, sub] = COUNTS[0] > 1 ? [0, 1] : [1, 0];
    await expectAt(other, i, sub);
    await expectAt(main, SUM, 1);
    await presenterAt(presenter, SUM, 1);
    // A presenter window opened without a deck follows no tab.
    const stray = await context.newPage();
    await open(stray, '/?lang=en&view=presenter');
    await main.keyboard.press('ArrowRight');
    await presenterAt(presenter, SUM, 2);
    await presenterAt(stray, 0, 0);
  });
});

test.describe('the URL', () => {
  test('a reload keeps the step and the sub-step', async ({ page }) => {
    await open(page, `/?lang=en${hashOf(SUM, 0)}`);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectAt(page, SUM, 2);
    await page.reload();
    await expectAt(page, SUM, 2);
    await expect(page.locator('.dg-svg')).toBeVisible();
  });

  test('?lang=ru shows the Russian lesson; ?lang=en has no Cyrillic but the switch', async ({
    page,
  }) => {
    await open(page, `/?lang=ru${hashOf(0, 0)}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('#step-title')).toContainText(
      t('ru', 'lesson', STEPS[0].title).slice(0, 12),
    );
    expect(await page.locator('body').innerText()).toMatch(CYRILLIC);

    await open(page, `/?lang=en${hashOf(0, 0)}`);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const cyrillicOutsideSwitch = () =>
      page.evaluate((re) => {
        const rx = new RegExp(re);
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const found: string[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          if (!el || el.closest('[lang="ru"]')) continue;
          if (rx.test(n.textContent ?? '')) found.push(n.textContent!.trim());
        }
        for (const el of Array.from(document.querySelectorAll('[aria-label],[title]'))) {
          if (el.closest('[lang="ru"]') || el.getAttribute('lang') === 'ru') continue;
          for (const a of ['aria-label', 'title']) {
            const v = el.getAttribute(a);
            if (v && rx.test(v)) found.push(`${a}: ${v}`);
          }
        }
        return found;
      }, CYRILLIC.source);
    for (let i = 0; i < N; i++) {
      await open(page, `/?lang=en${hashOf(i, COUNTS[i] - 1)}`);
      await expect(page.locator('.step-panel')).toHaveAttribute('data-step', String(i + 1));
      expect(await cyrillicOutsideSwitch(), `step ${i + 1}`).toEqual([]);
    }
    for (const key of ['?', 'o', 'g']) {
      await page.keyboard.press(key);
      expect(await cyrillicOutsideSwitch(), key).toEqual([]);
      await page.keyboard.press('Escape');
    }
    await page.getByTestId('tools-button').click();
    expect(await cyrillicOutsideSwitch(), 'tools').toEqual([]);
  });
});

test.describe("the lecturer's link", () => {
  test('opens the lesson on the model and step with the chosen controls hidden', async ({
    page,
    context,
  }) => {
    const model = randomModel({ seed: 5, H: 3, D: 3, K: 3, T: 6 });
    await open(page, `/?lang=en&model=${encodeModelParam(model)}${hashOf(SUM, 1)}`);
    await expectAt(page, SUM, 1);
    const states = (p: Page) => p.locator('.app-diagram .dg-svg g[data-node^="s-"]');
    // s₋₁ … s₅: the link's model has T = 6 (the default has 4).
    await expect(states(page)).toHaveCount(7);
    await page.getByTestId('tools-button').click();
    await page.getByTestId('tools-menu').locator('[data-tool="link"]').click();
    const dialog = page.getByTestId('link-dialog');
    await dialog.getByLabel('List of steps').check();
    await dialog.getByLabel('Theme switch').check();
    await dialog.getByLabel('Previous and Next buttons').check();
    const link = await page.getByTestId('lecturer-link').inputValue();
    expect(new URL(link).searchParams.get('hide')).toBe('themeSwitch,stepList,navButtons');

    const student = await context.newPage();
    await open(student, link);
    await expectAt(student, SUM, 1);
    await expect(student.locator('html')).toHaveAttribute(
      'data-hide',
      'themeSwitch stepList navButtons',
    );
    await expect(student.locator('.step-list')).toBeHidden();
    await expect(student.locator('.nav-buttons')).toBeHidden();
    await expect(student.locator('[data-theme-option]').first()).toBeHidden();
    await expect(student.locator('.progress')).toBeVisible();
    await expect(states(student)).toHaveCount(7);
    // The student's keys still work.
    await student.keyboard.press('ArrowRight');
    await expectAt(student, SUM, 2);
  });
});

test.describe('exports', () => {
  test('the diagram as SVG and PNG, the formula as LaTeX', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, `/?lang=en${hashOf(SUM, COUNTS[SUM] - 1)}`);
    await page.locator('html').evaluate((el) => (el.dataset.theme = 'dark'));
    const exportAs = async (tool: string) => {
      await page.getByTestId('tools-button').click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('tools-menu').locator(`[data-tool="${tool}"]`).click(),
      ]);
      return download;
    };
    const svg = await exportAs('svg');
    expect(svg.suggestedFilename()).toBe(
      `bptt-step-${String(SUM + 1).padStart(2, '0')}-${COUNTS[SUM]}.svg`,
    );
    const text = readFileSync(await svg.path());
    const xml = text.toString('utf8');
    expect(xml).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(xml).toContain('data-export-background');
    expect(xml).toMatch(/--c-s:\s*#/);
    // Every paint is resolved: no element style refers to a variable.
    expect(xml.replace(/--[a-z-]+:\s*[^;"]+/g, '')).not.toContain('var(--');
    // The band under the columns comes along: each term's formula as paths (no HTML, no
    // foreignObject), its numbers as text, its row labels; and the model it shows.
    expect(xml).toContain('class="export-band"');
    expect(xml).not.toContain('foreignObject');
    expect(xml).not.toContain('class="katex');
    writeFileSync('/tmp/export.svg', xml);
    expect((xml.match(/<path /g) ?? []).length).toBeGreaterThan(50);
    const band = await page
      .locator('.app-diagram .dg-annotation[data-k] .term-annot__value')
      .allTextContents();
    expect(band.length).toBeGreaterThan(0);
    for (const v of band) expect(xml).toContain(`>${v.trim()}<`);
    expect(xml).toContain('>share<');
    expect(xml).toContain(`#${modelFingerprint(defaultModel(1))}`);
    if (hasRsvg()) {
      const dir = 'test-results/export';
      mkdirSync(dir, { recursive: true });
      writeFileSync(`${dir}/diagram.svg`, text);
      execFileSync('rsvg-convert', ['-o', `${dir}/diagram.png`, `${dir}/diagram.svg`]);
      const drawn = readFileSync(`${dir}/diagram.png`);
      expect(drawn.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(drawn.readUInt32BE(16)).toBeGreaterThan(400);
    }

    const png = await exportAs('png');
    const bytes = readFileSync(await png.path());
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    // Twice the SVG's size.
    const svgWidth = Number(/<svg[^>]* width="([\d.]+)"/.exec(xml)![1]);
    expect(bytes.readUInt32BE(16)).toBe(Math.round(svgWidth * 2));

    await page.getByTestId('tools-button').click();
    await page.getByTestId('tools-menu').locator('[data-tool="latex"]').click();
    const last = await page
      .locator('.app-main .formula-block .formula[data-tex]')
      .last()
      .getAttribute('data-tex');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(last!.replace(/\\htmlClass\{[^{}]*\}/g, ''));
    expect(copied).not.toContain('htmlClass');
    await expect(page.getByTestId('notice')).toContainText('LaTeX');
  });

  test('a long sequence exports the columns on screen, says which, and keeps its band labels', async ({
    page,
  }) => {
    const model = randomModel({ seed: 1, T: 64, H: 3, D: 3, K: 3 });
    await open(page, `/?lang=en&model=${encodeModelParam(model)}${hashOf(SUM, COUNTS[SUM] - 1)}`);
    const root = page.locator('.app-diagram .dg-root');
    await expect(root).toHaveAttribute('data-steps', '64');
    const [lo, hi] = (await root.getAttribute('data-drawn'))!.split(':').map(Number);
    expect(hi).toBeLessThan(63);
    const shownWidth = await page
      .locator('.app-diagram .dg-svg')
      .evaluate((el) => (el as SVGSVGElement).width.baseVal.value);
    await page.getByTestId('tools-button').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('tools-menu').locator('[data-tool="svg"]').click(),
    ]);
    const xml = readFileSync(await download.path()).toString('utf8');
    const width = Number(/<svg[^>]* width="([\d.]+)"/.exec(xml)![1]);
    // Only the drawn columns: not the whole sequence's width of empty space.
    expect(width).toBeLessThan(shownWidth / 4);
    expect(width).toBeGreaterThan(300);
    expect(xml).toMatch(new RegExp(`Columns t = ${lo < 0 ? '−1' : lo}…${hi} of −1…63`));
    // The band's row labels are inside the kept part.
    const viewBox = /viewBox="([-\d.]+) /.exec(xml)!;
    const x0 = Number(viewBox[1]);
    const labels = [...xml.matchAll(/<text x="([-\d.]+)"[^>]*text-anchor="end"/g)].map((m) =>
      Number(m[1]),
    );
    expect(labels.length).toBeGreaterThan(0);
    for (const x of labels) expect(x).toBeGreaterThan(x0);
  });

  test('zoom scales the diagram and the formulas together', async ({ page }) => {
    await open(page, `/?lang=en${hashOf(SUM, 0)}`);
    const zoomOf = (sel: string) =>
      page
        .locator(sel)
        .first()
        .evaluate((el) => getComputedStyle(el).zoom);
    expect(await zoomOf('.diagram-panel')).toBe('1');
    await page.getByTestId('zoom').getByRole('button', { name: 'Zoom in' }).click();
    await page.keyboard.press('+');
    await expect(page.getByTestId('zoom')).toContainText('120 %');
    expect(await zoomOf('.diagram-panel')).toBe('1.2');
    expect(await zoomOf('.app-main .formulas')).toBe('1.2');
  });
});

test.describe('offline', () => {
  test('the single-file build works from file:// with no network at all', async ({ page }) => {
    test.setTimeout(180_000);
    const file = resolve('dist-single/index.html');
    execFileSync('npx', ['vite', 'build', '--mode', 'single', '--logLevel', 'error'], {
      stdio: 'inherit',
    });
    expect(existsSync(file)).toBe(true);
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+stylesheet/);
    expect(html).toContain('font/woff2');

    const requests: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:')) {
        return route.continue();
      }
      requests.push(url);
      return route.abort();
    });
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:')) {
        if (!requests.includes(u)) requests.push(u);
      }
    });
    const errors = collectErrors(page);
    await open(page, `${pathToFileURL(file).href}?lang=en${hashOf(SUM, COUNTS[SUM] - 1)}`);
    await expect(page.locator('.app-diagram .dg-svg')).toBeVisible();
    await expect(page.locator('.app-main .katex').first()).toBeVisible();
    const fontsLoaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return Array.from(document.fonts)
        .filter((f) => f.family.replace(/"/g, '').startsWith('KaTeX') && f.status === 'loaded')
        .map((f) => f.family);
    });
    expect(fontsLoaded.length).toBeGreaterThan(0);
    await page.keyboard.press('ArrowLeft');
    await expectAt(page, SUM, COUNTS[SUM] - 2);
    await page.keyboard.press('?');
    await expect(page.getByTestId('help-file-note')).toHaveClass(/cls-help__note--warn/);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test.describe('screens', () => {
  for (const [w, h] of [
    [1920, 1080],
    [1024, 768],
  ] as const) {
    test(`every theme at ${w}×${h}, nothing cut off`, async ({ page }) => {
      mkdirSync(SCREENS, { recursive: true });
      await page.setViewportSize({ width: w, height: h });
      await open(page, `/?lang=en${hashOf(SUM, COUNTS[SUM] - 1)}`);
      for (const theme of ['light', 'dark', 'contrast']) {
        await page.locator(`[data-theme-option="${theme}"]`).click();
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const stage = await page.locator('.stage').boundingBox();
        expect(stage!.x).toBeGreaterThanOrEqual(0);
        expect(stage!.y).toBeGreaterThanOrEqual(0);
        expect(stage!.x + stage!.width).toBeLessThanOrEqual(w + 1);
        expect(stage!.y + stage!.height).toBeLessThanOrEqual(h + 1);
        await page.mouse.move(0, 0);
        await page.screenshot({ path: `${SCREENS}/lesson-${theme}-${w}x${h}.png` });
      }
      await page.keyboard.press('o');
      await page.screenshot({ path: `${SCREENS}/overview-contrast-${w}x${h}.png` });
      await page.keyboard.press('Escape');
      await page.locator('[data-theme-option="light"]').click();

      const presenter = await page.context().newPage();
      await presenter.setViewportSize({ width: w, height: h });
      // The presenter joins the lesson's channel, so it shows the lesson's position.
      await open(presenter, `/?lang=en&view=presenter${hashOf(SUM, COUNTS[SUM] - 1)}`);
      await presenterAt(presenter, SUM, COUNTS[SUM] - 1);
      await presenter.screenshot({ path: `${SCREENS}/presenter-light-${w}x${h}.png` });
    });
  }
});
