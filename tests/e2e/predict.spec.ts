/**
 * Predictions before the reveals, practice cards and the quiz, in a real browser: the whole lesson
 * walked by keyboard alone answering every prompt, the cards and the quiz, in English and Russian;
 * the computed answers are the core's; next skips an open prompt; answers survive a reload;
 * `?hide=predictions` turns them off; the printed sheet for a seed has the cards shown on screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { PREDICTIONS_ON } from './predictions';
import { defaultModel, forward, norm2, targetTerms } from '../../src/model';
import { practiceCards } from '../../src/lesson/cards';
import { promptTruth } from '../../src/lesson/prompts/answers';
import { encodeModelParam } from '../../src/model/io/urlcodec';
import { buildPreset } from '../../src/model/build/presets';
import { formatNumber, loadLang } from '../../src/i18n';
import { measureLegibility } from './legibility';
import { collectErrors } from './pageErrors';

test.use({ storageState: PREDICTIONS_ON });

const panel = (page: Page) => page.locator('.step-panel');
const card = (page: Page) => page.getByTestId('prompt-card');

async function position(page: Page): Promise<{ step: string; sub: number }> {
  const p = panel(page);
  // The panel shows the position from its hash once drawn (it may lag a frame behind the store).
  const [, id, subId] =
    /^#\/([^/?]+)(?:\/([^/?]+))?/.exec(await page.evaluate(() => location.hash)) ?? [];
  if (id) await expect(p).toHaveAttribute('data-step-id', id);
  void subId;
  return {
    step: (await p.getAttribute('data-step-id')) ?? '',
    sub: Number(await p.getAttribute('data-sub')),
  };
}

/** Presses Tab until the focused element matches `selector` (keyboard alone); fails after `max`. */
async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => !!document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Answers the open prompt by keyboard; returns its id. */
async function answerPrompt(page: Page): Promise<string> {
  const id = (await card(page).getAttribute('data-prompt')) ?? '';
  if (id === 'draw-norms') {
    // The drawing comes with the decay view's chunk.
    await expect(page.locator('[role="slider"]').first()).toBeVisible();
    await tabTo(page, '[role="slider"]');
    // Each point a few decades lower than the one after it: a vanishing curve.
    const n = await page.locator('[role="slider"]').count();
    for (let k = 0; k < n; k++) {
      for (let i = 0; i < n - k; i++) await page.keyboard.press('Shift+ArrowDown');
      if (k < n - 1) await page.keyboard.press('ArrowRight');
    }
    await tabTo(page, '[data-testid="prompt-reveal"]');
    await page.keyboard.press('Enter');
  } else {
    await tabTo(page, '[data-testid^="prompt-option-"]');
    await page.keyboard.press('Enter');
  }
  return id;
}

test.describe('predictions, cards and the quiz', () => {
  for (const [lang, preset] of [
    ['en', null],
    ['ru', null],
    ['en', 'sigmoid'],
  ] as const) {
    test(`the whole lesson by keyboard alone, answering everything (${lang}, ${preset ?? 'the lecture’s model'})`, async ({
      page,
    }) => {
      test.setTimeout(240_000);
      const errors = collectErrors(page);
      await page.setViewportSize({ width: 1024, height: 768 });
      const model = preset ? buildPreset(preset) : defaultModel(1);
      const link = preset ? `?model=${encodeModelParam(model)}` : '';
      await page.goto(`/?lang=${lang}#/title${link}`);
      await expect(panel(page)).toBeVisible();
      const answered: string[] = [];
      const cardsSolved: string[] = [];
      const cards = practiceCards(1, model, model.targets.length - 1);
      for (let press = 0; press < 120; press++) {
        const { step, sub } = await position(page);
        if (
          (await card(page).count()) > 0 &&
          (await card(page).getAttribute('data-state')) === 'open'
        ) {
          answered.push(await answerPrompt(page));
          await expect(card(page)).not.toHaveAttribute('data-state', 'open');
        }
        if (step === 'practice') {
          const c = cards[sub];
          await tabTo(page, '[data-testid="card-input"]');
          // A wrong answer first (the sign), then the right one as shown numbers give it.
          await page.keyboard.type(String(-c.answer * 3 + 1));
          await page.keyboard.press('Enter');
          await expect(page.getByTestId('card-feedback')).not.toBeEmpty();
          await page.getByTestId('card-input').fill('');
          await page.keyboard.type(
            lang === 'ru' ? String(c.answer).replace('.', ',') : String(c.answer),
          );
          await page.keyboard.press('Enter');
          await expect(page.getByTestId('card-view')).toHaveAttribute('data-state', 'solved');
          cardsSolved.push(c.kind);
          await page.getByTestId('card-input').blur();
        }
        if (step === 'quiz') {
          const items = page.locator('[data-testid^="quiz-q-"]');
          const n = await items.count();
          expect(n).toBeGreaterThanOrEqual(5);
          expect(n).toBeLessThanOrEqual(8);
          for (let i = 0; i < n; i++) {
            const item = items.nth(i);
            if ((await item.locator('input[type="radio"]').count()) > 0) {
              await tabTo(page, `[data-testid="quiz-q-${i}"] input[type="radio"]`);
              await page.keyboard.press('Space');
            } else {
              await tabTo(page, `[data-testid="quiz-q-${i}"] [data-testid="card-input"]`);
              await page.keyboard.type('0.5');
              await page.keyboard.press('Enter');
            }
          }
          await tabTo(page, '[data-testid="quiz-check"]');
          await page.keyboard.press('Enter');
          await expect(page.getByTestId('quiz-score')).toBeVisible();
          break;
        }
        await page.locator('body').focus();
        const before = await page.evaluate(() => location.hash);
        await page.keyboard.press('PageDown');
        await page.waitForFunction((h) => location.hash !== h, before);
      }
      // Every prediction this model decides was asked (and answered): all five for the lecture's.
      const all = ['c-vs-s', 'draw-norms', 'sigma-double', 'smallest-term', 'truncation-v'];
      if (preset) {
        expect(answered).toEqual(expect.arrayContaining(['draw-norms', 'truncation-v']));
        for (const id of answered) expect(all).toContain(id);
      } else expect(answered.sort()).toEqual(all);
      expect(cardsSolved).toEqual([
        'jacobian-entry',
        'delta-entry',
        'term-entry',
        'forward-state',
        'softmax',
      ]);
      expect(errors).toEqual([]);
    });
  }

  test('the reveal gives the core’s answer; next skips an open prompt; a reload keeps the answer', async ({
    page,
  }) => {
    await page.goto('/?lang=en#/sum-over-k/k-3');
    await expect(card(page)).toHaveAttribute('data-state', 'open');
    // The terms wait while it is asked; the diagram's nodes are the choices.
    await expect(page.locator('.dg-choice')).toHaveCount(3);
    const truth = promptTruth('smallest-term', defaultModel(1), 3);
    if (!truth || truth.kind !== 'choice') throw new Error('decided for the default model');
    const wrong = truth.options.find((k) => k !== truth.correct)!;
    await page.locator(`[data-choice="${wrong}"]`).click();
    await expect(card(page)).toHaveAttribute('data-state', 'waiting');
    await page.goto('/?lang=en#/sum-over-k/k-1');
    await expect(card(page)).toHaveAttribute('data-state', 'revealed');
    await expect(card(page)).toHaveAttribute('data-correct', 'false');
    await expect(card(page)).toContainText(`k = ${truth.correct}`);
    // A reload keeps it.
    await page.reload();
    await expect(card(page)).toHaveAttribute('data-state', 'revealed');

    // Next at an open prompt reveals it in place.
    await page.goto('/?lang=en#/truncation/cut');
    await expect(card(page)).toHaveAttribute('data-state', 'open');
    await expect(panel(page)).toHaveAttribute('data-sub', '0');
    await page.keyboard.press('ArrowRight');
    await expect(card(page)).toHaveAttribute('data-state', 'revealed');
    await expect(panel(page)).toHaveAttribute('data-sub', '0');
    await expect(card(page)).toContainText('No: ∂E/∂V is the same');
    await page.keyboard.press('ArrowRight');
    await expect(panel(page)).toHaveAttribute('data-sub', '1');
  });

  test('the drawn curve is judged per point against the core', async ({ page }) => {
    const model = defaultModel(1);
    const terms = targetTerms(model, forward(model), 3);
    await page.goto('/?lang=en#/vanishing-exploding/current-w');
    await expect(page.getByTestId('draw-prediction')).toBeVisible();
    // Nothing of the answer while asked: no decay chart, no strips.
    await expect(page.locator('.decay-view__strips')).toHaveCount(0);
    await page.getByTestId('prompt-reveal').click();
    await expect(card(page)).toHaveAttribute('data-state', 'revealed');
    // The computed points are the core's ‖∂E₃/∂s_k‖, in the reveal's accessible names.
    const names = await page
      .locator('.pc-truth [role="img"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
    expect(names.length).toBe(4);
    for (let k = 0; k < 4; k++) expect(names[k]).toContain(`k = ${k}`);
    expect(norm2(terms.dEds[0])).toBeGreaterThan(0);
    await expect(page.locator('.decay-view__strips')).toHaveCount(1);
  });

  test('a clicker skips the drawing even while a drawn point has the focus', async ({ page }) => {
    await page.goto('/?lang=en#/vanishing-exploding/current-w');
    await expect(card(page)).toHaveAttribute('data-state', 'open');
    const slider = page.locator('[role="slider"]').first();
    await slider.focus();
    await expect(slider).toBeFocused();
    const before = await slider.getAttribute('aria-valuenow');
    await page.keyboard.press('ArrowDown');
    await expect(slider).not.toHaveAttribute('aria-valuenow', before ?? '');
    await expect(card(page)).toHaveAttribute('data-state', 'open');
    await page.keyboard.press('PageDown');
    await expect(card(page)).not.toHaveAttribute('data-state', 'open');
    await expect(panel(page)).toHaveAttribute('data-sub', '0');
    await page.keyboard.press('PageDown');
    await expect(panel(page)).toHaveAttribute('data-sub', '1');
  });

  test('?hide=predictions asks nothing; the setting is kept per visitor', async ({ page }) => {
    await page.goto('/?lang=en&hide=predictions#/sum-over-k/k-3');
    await expect(page.locator('.dg-node').first()).toBeVisible();
    await page.waitForTimeout(500);
    await expect(card(page)).toHaveCount(0);
    await expect(page.locator('.dg-choice')).toHaveCount(0);
  });

  test('the printed sheet for a seed has the cards shown on screen, with their answers', async ({
    page,
    context,
  }) => {
    const model = buildPreset('sigmoid');
    const fragment = `model=${encodeModelParam(model)}&seed=4242`;
    const cards = practiceCards(4242, model, model.targets.length - 1);
    await page.goto(`/?lang=ru#/practice/jacobian-entry?${fragment}`);
    const onScreen: string[] = [];
    for (let i = 0; i < 5; i++) {
      await expect(page.getByTestId('card-view')).toHaveAttribute('data-kind', cards[i].kind);
      onScreen.push(await page.getByTestId('card-view').locator('.pcard-task').innerText());
      await page.keyboard.press('ArrowRight');
    }
    const sheet = await context.newPage();
    await sheet.goto(`/?lang=ru&view=sheet#/practice?${fragment}`);
    await expect(sheet.getByTestId('sheet-view')).toBeVisible();
    await expect(sheet.getByTestId('sheet-meta')).toContainText('4242');
    const printed = await sheet.locator('[data-testid="sheet-card"] .pcard-task').allInnerTexts();
    expect(printed).toEqual(onScreen);
    const keys = await sheet.getByTestId('sheet-key').allInnerTexts();
    expect(keys).toHaveLength(5);
    await loadLang('ru');
    for (let i = 0; i < 5; i++)
      expect(keys[i].replace(/\s/g, '')).toContain(
        // The mantissa (the key writes a power of ten in TeX).
        formatNumber(cards[i].answer, { lang: 'ru', digits: 4 })
          .split(/[·×]/)[0]
          .replace(/\s/g, ''),
      );
    await sheet.emulateMedia({ media: 'print' });
    await sheet.screenshot({ path: 'test-results/sheet-ru.png', fullPage: true });
  });

  for (const size of [
    { width: 1024, height: 768, min: 14 },
    { width: 360, height: 800, min: 12 },
  ]) {
    test(`prompts and cards at ${size.width}×${size.height} in the projector theme: legible, apart`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      for (const lang of ['en', 'ru']) {
        for (const hash of [
          '#/sum-over-k/k-3',
          '#/jacobian/sum',
          '#/vanishing-exploding/current-w',
          '#/truncation/cut',
          '#/lstm-cell/equations',
          '#/practice/delta-entry',
          '#/quiz',
        ]) {
          await page.goto(`/?lang=${lang}&theme=contrast${hash}`);
          await expect(panel(page)).toBeVisible();
          if (!hash.startsWith('#/practice') && !hash.startsWith('#/quiz'))
            await expect(card(page)).toHaveAttribute('data-state', 'open');
          await page.evaluate(() => document.fonts.ready);
          const m = await measureLegibility(page, size.min);
          const where = `${lang} ${hash} at ${size.width}×${size.height}`;
          expect(m.small, `${where}: small text`).toEqual([]);
          expect(m.overlaps, `${where}: overlapping text`).toEqual([]);
          await page.screenshot({
            path: `test-results/predict-${lang}-${hash.replace(/\W+/g, '_')}-${size.width}.png`,
          });
        }
      }
    });
  }
});
