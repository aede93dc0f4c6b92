/**
 * The explore mode in a real browser: the mode switch and its URL, a model given by ?model= and
 * its exported results against the `bptt` command, every kind of bad import (a message naming the
 * field, in the current language; the model kept), a hand-edited W, a preset's chart, training,
 * the gradient check on every preset, and screenshots at 1920×1080 and 1024×768.
 */
import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  defaultModel,
  forward,
  frobenius,
  jacobians,
  lossOf,
  randomModel,
  targetTerms,
  withWeight,
  type RnnModel,
} from '../../src/model';
import { modelToJson } from '../../src/model/io/parse';
import { buildPreset, PRESETS } from '../../src/model/build/presets';
import { encodeModelParam } from '../../src/model/io/urlcodec';
import { collectErrors } from './pageErrors';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCREENS = 'test-results/explore-screens';

/** ‖k-th term of ∂E_t/∂W‖_F for k = 0 … t, from the core. */
function termNorms(model: RnnModel, t: number): number[] {
  return targetTerms(model, forward(model), t).W.map((w) => frobenius(w));
}

async function openExplore(page: Page, query = 'lang=en') {
  await page.goto(`/?${query}&mode=explore`);
  await expect(page.getByTestId('explore-main')).toBeVisible();
  await expect(page.getByTestId('training-status')).toBeAttached();
}

/**
 * Scrolls the panel to an element and waits until its section is live: a section scrolled out of
 * view keeps what it last showed until it is on screen again.
 */
async function inView(page: Page, selector: string) {
  const el = page.locator(selector).first();
  await el.scrollIntoViewIfNeeded();
  await expect(el.locator('xpath=ancestor::section[@data-live]')).toHaveAttribute(
    'data-live',
    'true',
  );
  return el;
}

/** E of the model on screen (the training view's status carries it). */
async function shownLoss(page: Page): Promise<number> {
  const status = await inView(page, '[data-testid="training-status"]');
  return Number(await status.getAttribute('data-loss'));
}

/** ‖k-th term of ∂E_t/∂W‖_F for every k, as the explore view shows them. */
async function shownTerms(page: Page): Promise<number[]> {
  return page
    .locator('[data-testid="explore-terms"] tbody tr')
    .evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-term-norm'))));
}

async function setLang(page: Page, lang: 'en' | 'ru') {
  await page.locator(`.app-header button[lang="${lang}"]`).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

function closeTo(actual: number, expected: number, rel = 1e-12) {
  const scale = Math.max(Math.abs(actual), Math.abs(expected), 1e-300);
  expect(Math.abs(actual - expected) / scale, `${actual} vs ${expected}`).toBeLessThanOrEqual(rel);
}

/** Every number of `expected` against the same place in `actual`; the same keys and shapes. */
function compareDeep(actual: unknown, expected: unknown, path = '$'): number {
  if (typeof expected === 'number') {
    expect(typeof actual, path).toBe('number');
    closeTo(actual as number, expected);
    return 1;
  }
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual), path).toBe(true);
    expect((actual as unknown[]).length, path).toBe(expected.length);
    return expected.reduce<number>(
      (n, v, i) => n + compareDeep((actual as unknown[])[i], v, `${path}[${i}]`),
      0,
    );
  }
  if (expected !== null && typeof expected === 'object') {
    expect(actual !== null && typeof actual === 'object', path).toBe(true);
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    expect(Object.keys(a).sort(), path).toEqual(Object.keys(e).sort());
    return Object.keys(e).reduce((n, k) => n + compareDeep(a[k], e[k], `${path}.${k}`), 0);
  }
  expect(actual, path).toEqual(expected);
  return 0;
}

let errors: string[];
test.beforeEach(({ page }) => {
  errors = collectErrors(page);
});
test.afterEach(() => {
  expect(errors, 'console errors').toEqual([]);
});

test('the mode switch: keyboard, URL, reload, both languages', async ({ page }) => {
  await page.goto('/?lang=en#/3/0');
  const sw = page.getByTestId('mode-switch');
  await expect(sw).toHaveAttribute('aria-label', 'Mode');
  const toExplore = sw.getByRole('button', { name: 'Explore' });
  await expect(toExplore).toHaveAttribute('aria-pressed', 'false');
  await toExplore.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('explore-main')).toBeVisible();
  await expect(toExplore).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]mode=explore/);
  await expect(page).toHaveURL(/#\/gradients-needed$/);
  // The lesson's keys do not move the lesson while the explore view has the focus.
  await page.getByRole('button', { name: 'Numbers' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/#\/gradients-needed$/);

  await page.reload();
  await expect(page.getByTestId('explore-main')).toBeVisible();
  await setLang(page, 'ru');
  await expect(sw).toHaveAttribute('aria-label', 'Режим');
  const toLesson = sw.getByRole('button', { name: 'Урок' });
  await toLesson.focus();
  await page.keyboard.press('Space');
  await expect(page.locator('.step-panel')).toBeVisible();
  await expect(page.getByTestId('explore-main')).toHaveCount(0);
  await expect(page).not.toHaveURL(/mode=/);
  await expect(page.locator('.step-panel')).toHaveAttribute('data-step', '3');
});

test('a ?model= link loads; the exported results equal the bptt command’s, number by number', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const model: RnnModel = randomModel({
    seed: 5,
    T: 4,
    H: 3,
    D: 2,
    K: 3,
    inputs: 'real',
    randomInitialState: true,
    truncate: 1,
    activation: 'sigmoid',
  });
  await openExplore(page, `lang=en&model=${encodeModelParam(model)}`);
  await expect(page.locator('.dg-root').first()).toHaveAttribute('data-steps', '4');
  closeTo(await shownLoss(page), lossOf(model));

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Export results/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('results.json');
  const exported: unknown = JSON.parse(readFileSync(await file.path(), 'utf8'));

  const dir = mkdtempSync(join(tmpdir(), 'bptt-explore-'));
  try {
    const path = join(dir, 'model.json');
    writeFileSync(path, JSON.stringify(modelToJson(model)));
    const run = spawnSync('npm', ['run', '--silent', 'bptt', '--', '--terms', path], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(run.status, run.stderr).toBe(0);
    const cli: unknown = JSON.parse(run.stdout);
    const count = compareDeep(exported, cli);
    // loss, states, outputs, gradients, full gradients, the Jacobian norms, and the terms.
    expect(count).toBeGreaterThan(200);
    expect((cli as { terms: unknown }).terms).toBeDefined();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.describe('bad imports keep the model and name the field, in the current language', () => {
  const preset = buildPreset('vanishing');
  const good = modelToJson(preset);

  async function load(page: Page, name: string, text: string) {
    await page.getByTestId('model-file').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
  }

  async function expectProblem(page: Page, field: string, en: RegExp, ru: RegExp) {
    const item = page.locator(`[data-testid="import-error"] li[data-field="${field}"]`);
    await expect(item).toBeVisible();
    await expect(item).toContainText(en);
    await setLang(page, 'ru');
    await expect(item).toContainText(ru);
    await expect(page.getByTestId('import-error')).toContainText('текущая модель сохранена');
    await setLang(page, 'en');
    await expect(page.getByTestId('import-error')).toContainText('the current model is kept');
  }

  test('a broken file, a wrong shape, a non-finite number', async ({ page }) => {
    await openExplore(page);
    await page.locator('[data-preset="vanishing"]').click();
    const loss = await shownLoss(page);
    closeTo(loss, lossOf(preset));
    const terms = await shownTerms(page);

    await load(page, 'broken.json', JSON.stringify(good).slice(0, -20));
    await expectProblem(page, '(file)', /not valid JSON/, /это не JSON/);

    const wrong = { ...good, W: (good.W as number[][]).map((r) => r.slice(0, 3)) };
    await load(page, 'shape.json', JSON.stringify(wrong));
    await expectProblem(page, 'W', /expected 4×4 \(H×H\), found 4×3/, /ожидался размер 4×4/);

    const text = JSON.stringify(good).replace(/("W":\[\[[^\]]*\],\[)[^,\]]*/, '$11e400');
    expect(text).toContain('1e400');
    await load(page, 'infinite.json', text);
    await expectProblem(
      page,
      'W[1][0]',
      /expected a finite number, found Infinity/,
      /ожидалось конечное число, найдено Infinity/,
    );

    // Nothing was lost.
    expect(await shownLoss(page)).toBe(loss);
    expect(await shownTerms(page)).toEqual(terms);
    await expect(page.locator('[data-preset="vanishing"]')).toHaveAttribute('aria-pressed', 'true');

    // A good file afterwards loads and clears the message.
    await load(page, 'good.json', JSON.stringify(modelToJson(defaultModel(2))));
    await expect(page.getByTestId('import-error')).toHaveCount(0);
    closeTo(await shownLoss(page), lossOf(defaultModel(2)));
  });

  test('files as the command reads them: UTF-16, a long list of problems capped, marks isolated', async ({
    page,
  }) => {
    await openExplore(page);
    const json = JSON.stringify(modelToJson(defaultModel(3)));
    // UTF-16LE with its byte-order mark loads as the same model.
    await page.getByTestId('model-file').setInputFiles({
      name: 'le.json',
      mimeType: 'application/json',
      buffer: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]),
    });
    await expect(page.getByTestId('import-error')).toHaveCount(0);
    closeTo(await shownLoss(page), lossOf(defaultModel(3)));
    // 500 unknown keys: 20 listed, then how many more.
    const extra = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i]));
    await load(page, 'many.json', JSON.stringify({ ...JSON.parse(json), ...extra, '\u202eW': 1 }));
    const items = page.locator('[data-testid="import-error"] li');
    await expect(items).toHaveCount(21);
    await expect(items.last()).toHaveText('… and 481 more');
    // Every shown name and message is isolated from the app's text direction.
    expect(await page.locator('[data-testid="import-error"] li bdi').count()).toBe(40);
    closeTo(await shownLoss(page), lossOf(defaultModel(3)));
  });

  test('a ?model= that does not decode, in Russian, keeps the default model', async ({ page }) => {
    await openExplore(page, 'lang=ru&model=abc*def');
    const item = page.locator('[data-testid="import-error"] li[data-field="?model"]');
    await expect(item).toContainText('«*» в позиции 3 — не символ base64url');
    await expect(page.getByTestId('import-error')).toContainText(
      'Модель из ссылки не прочитана; текущая модель сохранена.',
    );
    closeTo(await shownLoss(page), lossOf(defaultModel(1)));
    await setLang(page, 'en');
    await expect(item).toContainText('"*" at position 3 is not a base64url character');

    // A link whose model is wrong names the model's field.
    const bad = { ...modelToJson(defaultModel(1)), targets: [0, 1, 2, 9] };
    const value = Buffer.from(JSON.stringify(bad)).toString('base64url');
    await openExplore(page, `lang=en&model=${value}`);
    await expect(
      page.locator('[data-testid="import-error"] li[data-field="targets[3]"]'),
    ).toContainText('9 is not a class index in [0, 4)');
    closeTo(await shownLoss(page), lossOf(defaultModel(1)));
  });
});

test('editing a W cell changes the terms shown, to the core’s values', async ({ page }) => {
  await openExplore(page);
  const model = defaultModel(1);
  const t = 3;
  const before = await shownTerms(page);
  const core = termNorms(model, t);
  before.forEach((v, k) => closeTo(v, core[k]));

  // The editor of a small matrix is open from the start.
  await expect(page.getByRole('button', { name: 'Edit W by hand' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await page.getByRole('button', { name: /^W\[0\]\[1\] = .*, edit$/ }).click();
  const input = page.getByRole('textbox', { name: 'W[0][1]' });
  await input.fill('1.25');
  await input.press('Enter');
  await expect(page.getByRole('button', { name: 'W[0][1] = 1.25, edit' })).toBeVisible();

  const edited = withWeight(model, 'W', 0, 1, 1.25);
  const expected = termNorms(edited, t);
  await expect.poll(() => shownTerms(page)).not.toEqual(before);
  const after = await shownTerms(page);
  after.forEach((v, k) => closeTo(v, expected[k]));
  // The diagram's band shows the same numbers.
  const band = await page
    .locator('.xp-diagram .term-annot[data-k]')
    .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-term-norm'))));
  expect(band).toEqual(after);
});

test('the lesson follows the model edited in the explore mode', async ({ page }) => {
  await openExplore(page);
  await page.getByRole('button', { name: /^W\[1\]\[2\] = .*, edit$/ }).click();
  const input = page.getByRole('textbox', { name: 'W[1][2]' });
  await input.fill('-0.75');
  await input.press('Enter');
  const edited = withWeight(defaultModel(1), 'W', 1, 2, -0.75);
  await page.getByTestId('mode-switch').getByRole('button', { name: 'Lesson' }).click();
  // The sum over k for E_3, at its last sub-step: every term shown.
  await page.evaluate(() => (window.location.hash = '#/8/4'));
  await expect(page.locator('.step-panel')).toHaveAttribute('data-step-id', 'sum-over-k');
  await expect(page.locator('.step-panel')).toHaveAttribute('data-sub', '4');
  const rows = page.locator('[data-testid="term-list"] tbody tr[data-k]');
  await expect(rows).toHaveCount(4);
  const lesson = await rows.evaluateAll((trs) =>
    trs.map((r) => [Number(r.getAttribute('data-k')), Number(r.getAttribute('data-term-norm'))]),
  );
  const expected = termNorms(edited, 3);
  for (const [k, v] of lesson) closeTo(v, expected[k]);
  const before = termNorms(defaultModel(1), 3);
  expect(lesson.some(([k, v]) => Math.abs(v - before[k]) > 1e-9)).toBe(true);
});

test('a preset changes the chart to the core’s values', async ({ page }) => {
  await openExplore(page);
  const points = (series: string) =>
    page
      .locator(`.xp-decay-compare [data-panel="0"] [data-series="${series}"] .dc-point`)
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
  await inView(page, '.xp-decay-compare');
  const before = await points('jac');
  await page.locator('[data-preset="exploding"]').click();
  await inView(page, '.xp-decay-compare');
  const m = buildPreset('exploding');
  const T = m.targets.length;
  const jac = jacobians(m, forward(m), T - 1);
  await expect.poll(async () => (await points('jac')).length).toBe(T);
  const after = await points('jac');
  expect(after).not.toEqual(before);
  after.forEach((v, k) => closeTo(v, jac.productNorm[k]));
  const grad = targetTerms(m, forward(m), T - 1).dEds.map((g) => Math.hypot(...g));
  (await points('grad')).forEach((v, k) => closeTo(v, grad[k], 1e-9));
});

test('training lowers the loss on the default sequence', async ({ page }) => {
  await openExplore(page);
  const status = page.getByTestId('training-status');
  const start = await shownLoss(page);
  closeTo(start, lossOf(defaultModel(1)));
  await page.getByRole('button', { name: '20 steps' }).click();
  await expect(status).toHaveAttribute('data-steps', '20');
  const after20 = await shownLoss(page);
  expect(after20).toBeLessThan(start);
  await page.getByRole('button', { name: 'Run' }).click();
  await expect
    .poll(async () => Number(await status.getAttribute('data-steps')))
    .toBeGreaterThan(200);
  await page.getByRole('button', { name: 'Pause' }).click();
  expect(await shownLoss(page)).toBeLessThan(after20);
  // The diagram follows the trained weights.
  const t = 3;
  const terms = await shownTerms(page);
  expect(terms[t]).not.toBe(termNorms(defaultModel(1), t)[t]);
});

test('the gradient check is below 1e-6 on every preset', async ({ page }) => {
  await openExplore(page);
  const check = page.getByTestId('gradient-check');
  const seen: string[] = [];
  for (const p of PRESETS) {
    await page.locator(`[data-preset="${p.id}"]`).click();
    await expect(page.locator(`[data-preset="${p.id}"]`)).toHaveAttribute('aria-pressed', 'true');
    closeTo(await shownLoss(page), lossOf(buildPreset(p)));
    await inView(page, '[data-testid="gradient-check"]');
    // The check of this preset's model (each model has errors of its own), below 1e-6.
    await expect
      .poll(
        async () => {
          const v = await check.getAttribute('data-max-rel-error');
          return !!v && !seen.includes(v);
        },
        { message: p.id },
      )
      .toBe(true);
    const v = (await check.getAttribute('data-max-rel-error')) as string;
    seen.push(v);
    expect(Number(v), p.id).toBeLessThan(1e-6);
    expect(Number(v), p.id).toBeGreaterThan(0);
  }
});

test.describe('screens', () => {
  for (const [w, h] of [
    [1920, 1080],
    [1024, 768],
  ] as const) {
    test(`explore at ${w}×${h}: inside the window, nothing overlapping`, async ({ page }) => {
      mkdirSync(SCREENS, { recursive: true });
      await page.setViewportSize({ width: w, height: h });
      for (const lang of ['en', 'ru'] as const) {
        await openExplore(page, `lang=${lang}`);
        const stage = (await page.locator('.stage').boundingBox())!;
        expect(stage.x + stage.width).toBeLessThanOrEqual(w + 1);
        expect(stage.y + stage.height).toBeLessThanOrEqual(h + 1);
        // The header's controls side by side, none over another; the panel does not scroll
        // sideways.
        const boxes = await page.locator('.app-header > *').evaluateAll((els) =>
          els
            .filter((e) => e.getBoundingClientRect().width > 0)
            .map((e) => e.getBoundingClientRect())
            .map((r) => ({ left: r.left, right: r.right })),
        );
        for (let i = 1; i < boxes.length; i++) {
          expect(boxes[i].left).toBeGreaterThanOrEqual(boxes[i - 1].right - 0.5);
        }
        const panel = page.locator('.xp-main__panel');
        const overflow = await panel.evaluate((e) => e.scrollWidth - e.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.mouse.move(0, 0);
        await page.screenshot({ path: `${SCREENS}/explore-${lang}-${w}x${h}.png` });
      }
    });
  }
});

/** The longest gap between animation frames over `ms` milliseconds (the page's responsiveness). */
function longestFrameGap(page: Page, ms: number): Promise<number> {
  return page.evaluate(
    (ms) =>
      new Promise<number>((resolve) => {
        let last = performance.now();
        let worst = 0;
        const end = last + ms;
        const tick = (now: number) => {
          worst = Math.max(worst, now - last);
          last = now;
          if (now < end) requestAnimationFrame(tick);
          else resolve(worst);
        };
        requestAnimationFrame(tick);
      }),
    ms,
  );
}

test('long computations run in slices: an estimate first, then progress, a responsive page and a cancel', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const big = randomModel({ seed: 2, T: 64, H: 64, D: 64, K: 64 });
  await page.goto(`/?lang=en&mode=explore#/title?model=${encodeModelParam(big)}`);
  await expect(page.getByTestId('explore-main')).toBeVisible();
  const check = await inView(page, '[data-testid="gradient-check"]');
  // Too large to run by itself: its cost is said beforehand, with a time measured here.
  await expect(check).toContainText(/about \d+ (s|min) on this computer/);
  await check.getByRole('button', { name: 'Run the check' }).click();
  const progress = page.getByTestId('check-progress');
  await expect(progress).toBeVisible();
  expect(await longestFrameGap(page, 800)).toBeLessThan(250);
  await expect(progress).toContainText(/Checked \d+ of 12288 weights/);
  await check.getByRole('button', { name: 'Cancel the check' }).click();
  await expect(progress).toHaveCount(0);
  await expect(check.getByRole('button', { name: 'Run the check' })).toBeVisible();
  expect(await check.getAttribute('data-max-rel-error')).toBeNull();

  // Training N steps: the same, and a cancel keeps the steps already taken.
  const status = await inView(page, '[data-testid="training-status"]');
  const n = page.getByLabel('Steps N');
  await n.fill('5000');
  await n.press('Enter');
  await page.getByRole('button', { name: '5000 steps' }).click();
  const train = page.getByTestId('train-progress');
  await expect(train).toBeVisible();
  expect(await longestFrameGap(page, 800)).toBeLessThan(250);
  await page.getByRole('button', { name: 'Stop after this step' }).click();
  await expect(train).toHaveCount(0);
  const taken = Number(await status.getAttribute('data-steps'));
  expect(taken).toBeGreaterThan(0);
  expect(taken).toBeLessThan(5000);
});
