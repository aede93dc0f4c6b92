/**
 * A class through a prediction, in real browsers: a real Redis, two relays serving the built app,
 * the lecturer (and the presenter window it opens) in one browser context, students in others.
 * The lecturer's device opens the prediction; students answer on their own devices (one of them
 * changes their mind) and see nothing of the answer until the lecturer reveals; the lecturer's card
 * and presenter window count the answers live; the reveal shows the class's answers beside the
 * computed one on the projector and on every device. A student on a LAN-like name (not a secure
 * context) answers too.
 */
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { startRelay, type Relay } from '../../server/relay';
import { startRedis, type RedisServer } from '../../server/redisServer';
import { STEPS } from '../../src/lesson/steps';
import { collectErrors } from './pageErrors';
import { idHash } from './positions';

let redis: RedisServer;
let a: Relay;
let b: Relay;

test.beforeAll(async () => {
  redis = await startRedis();
  const dist = process.env.E2E_DIST ?? resolve(import.meta.dirname, '../../dist');
  a = await startRelay({ port: 0, redisUrl: redis.url, staticDir: dist, log: () => undefined });
  b = await startRelay({ port: 0, redisUrl: redis.url, staticDir: dist, log: () => undefined });
});

test.afterAll(async () => {
  await Promise.allSettled([a?.close(), b?.close()]);
  await redis?.stop();
});

const SUM_OVER_K = STEPS.findIndex((s) => s.id === 'sum-over-k');

/** A page in a context of its own; `predictions` is the visitor's own setting there. */
async function open(
  browser: Browser,
  relay: Relay,
  hash: string,
  viewport = { width: 1024, height: 768 },
  predictions = true,
): Promise<Page> {
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport,
    storageState: {
      cookies: [],
      origins: [
        {
          origin: relay.url,
          localStorage: [
            { name: 'bptt-practice', value: JSON.stringify({ enabled: predictions, records: {} }) },
          ],
        },
      ],
    },
  });
  const page = await context.newPage();
  await page.goto(`${relay.url}/?lang=en&theme=projector${hash}`);
  await expect(page.locator('.step-panel')).toBeVisible();
  return page;
}

const card = (p: Page) => p.getByTestId('prompt-card');

test('students answer the lecturer’s prediction on their devices; the reveal shows the class’s answers everywhere', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const room = await a.createRoom();
  const at = idHash(SUM_OVER_K, 0);
  const lecturer = await open(browser, a, `${at}?room=${room.room}&host=${room.secret}`);
  const errors = collectErrors(lecturer);
  await expect(lecturer.getByTestId('session-badge')).toHaveAttribute('data-state', 'lecturer');
  await expect(card(lecturer)).toHaveAttribute('data-state', 'open');
  await expect(lecturer.getByTestId('class-status')).toHaveAttribute('data-count', '0');
  // The lecturer gives no answer of their own: the options as words, and one button to reveal.
  await expect(card(lecturer).locator('[data-testid^="prompt-option-"]')).toHaveCount(0);
  await expect(lecturer.getByTestId('class-options')).toBeVisible();
  await expect(lecturer.getByTestId('class-reveal')).toBeVisible();

  // The presenter window holds the lecturer's role too (the tab's secret is copied to it).
  const [presenter] = await Promise.all([
    lecturer.context().waitForEvent('page'),
    lecturer.keyboard.press('s'),
  ]);
  await expect(presenter.getByTestId('presenter-count')).toHaveAttribute('data-count', '0');

  // Students join from the title (one with predictions turned off: the lecturer decides) and
  // land on the open prediction; one is on a phone.
  const students = [
    await open(browser, a, `#/title?room=${room.room}`, undefined, false),
    await open(browser, b, `#/title?room=${room.room}`),
    await open(browser, b, `#/title?room=${room.room}`, { width: 360, height: 800 }),
  ];
  errors.push(...students.flatMap((s) => collectErrors(s)));
  for (const s of students) {
    await expect(s.locator('.step-panel')).toHaveAttribute('data-step-id', 'sum-over-k');
    await expect(card(s)).toHaveAttribute('data-state', 'open');
    await expect(s.getByTestId('class-status')).toHaveAttribute('data-sent', 'false');
    await expect(s.getByTestId('prompt-skip')).toHaveCount(0);
  }
  const options = await card(students[0])
    .locator('[data-testid^="prompt-option-"]')
    .evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-testid')!.replace('prompt-option-', '')),
    );
  expect(options.length).toBeGreaterThanOrEqual(2);
  const [first, last] = [options[0], options[options.length - 1]];
  // A student's "next" at the open prediction stays: nothing of the answer shows before the reveal.
  await students[1].keyboard.press('PageDown');
  await students[1].waitForTimeout(300);
  await expect(students[1].locator('.step-panel')).toHaveAttribute('data-sub', '0');
  await expect(card(students[1])).toHaveAttribute('data-state', 'open');

  await students[0].getByTestId(`prompt-option-${first}`).click();
  await students[1].getByTestId(`prompt-option-${last}`).click();
  await students[2].getByTestId(`prompt-option-${last}`).click();
  // A changed mind replaces the first answer: counted once.
  await students[2].getByTestId(`prompt-option-${first}`).click();
  for (const s of students) {
    // Sent, and still open: nothing of the answer before the lecturer reveals.
    await expect(s.getByTestId('class-status')).toHaveAttribute('data-sent', 'true');
    await expect(card(s)).toHaveAttribute('data-state', 'open');
  }
  await expect(students[2].getByTestId(`prompt-option-${first}`)).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(lecturer.getByTestId('class-status')).toHaveAttribute('data-count', '3');
  await expect(presenter.getByTestId('presenter-count')).toHaveAttribute('data-count', '3');
  await lecturer.screenshot({ path: test.info().outputPath('class-open-1024.png') });
  await students[2].screenshot({ path: test.info().outputPath('class-open-phone.png') });

  // The lecturer reveals ("next" at the open prediction), and walks on to where the reveal shows.
  await lecturer.bringToFront();
  for (let i = 0; i < 8; i++) {
    if (await lecturer.locator('[data-testid="prompt-card"][data-state="revealed"]').count()) break;
    await lecturer.keyboard.press('PageDown');
    await lecturer.waitForTimeout(150);
  }
  await expect(card(lecturer)).toHaveAttribute('data-state', 'revealed');
  const tally = lecturer.getByTestId('class-tally');
  await expect(tally).toHaveAttribute('data-total', '3');
  await expect(tally.locator(`[data-option="k${first}"]`)).toHaveAttribute('data-count', '2');
  await expect(tally.locator(`[data-option="k${last}"]`)).toHaveAttribute('data-count', '1');
  // The computed answer is marked in words, not by colour alone.
  await expect(tally.locator('[data-correct]')).toContainText('computed');
  for (const s of students) {
    await expect(card(s)).toHaveAttribute('data-state', 'revealed');
    await expect(s.getByTestId('class-tally')).toHaveAttribute('data-total', '3');
  }
  // Each device judges its own answer against the computed k.
  const correct = await tally.locator('[data-correct]').getAttribute('data-option');
  const right = String(`k${first}` === correct);
  await expect(card(students[0])).toHaveAttribute('data-correct', right);

  // What the room and a phone see, looked at.
  await lecturer.screenshot({ path: test.info().outputPath('class-reveal-1024.png') });
  await students[2].screenshot({
    path: test.info().outputPath('class-reveal-phone.png'),
    fullPage: true,
  });
  // On the phone the class's answers, counts included, fit inside the card.
  const inside = await students[2].getByTestId('class-tally').evaluate((el) => {
    const outer = el.getBoundingClientRect();
    return [...el.querySelectorAll('.class-tally__n, .class-tally__label')].every((c) => {
      const r = c.getBoundingClientRect();
      return r.left >= outer.left - 0.5 && r.right <= outer.right + 0.5 && r.width > 0;
    });
  });
  expect(inside).toBe(true);
  expect(errors).toEqual([]);
});

test('a student on a LAN name (not a secure context) joins, follows and answers', async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const room = await a.createRoom();
  const lecturer = await open(
    browser,
    a,
    `${idHash(SUM_OVER_K, 0)}?room=${room.room}&host=${room.secret}`,
  );
  // A browser that reaches the relay by a name, as a phone on the hall's network does.
  const lan = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP bptt-class.test 127.0.0.1'],
  });
  try {
    const context = await lan.newContext({
      reducedMotion: 'reduce',
      viewport: { width: 360, height: 800 },
    });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`http://bptt-class.test:${a.port}/?lang=en#/title?room=${room.room}`);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    await expect(page.getByTestId('session-badge')).toHaveAttribute('data-state', 'following');
    await expect(card(page)).toHaveAttribute('data-state', 'open');
    await page.locator('[data-testid^="prompt-option-"]').first().click();
    await expect(page.getByTestId('class-status')).toHaveAttribute('data-sent', 'true');
    await expect(lecturer.getByTestId('class-status')).toHaveAttribute('data-count', '1');
    expect(errors).toEqual([]);
  } finally {
    await lan.close();
  }
});

test('a drawing in class: the class’s curves behind their median, beside the computed curve', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const room = await a.createRoom();
  const at = idHash(
    STEPS.findIndex((s) => s.id === 'vanishing-exploding'),
    0,
  );
  const lecturer = await open(browser, a, `${at}?room=${room.room}&host=${room.secret}`);
  const errors = collectErrors(lecturer);
  await expect(card(lecturer)).toHaveAttribute('data-prompt', 'draw-norms');
  const students = [
    await open(browser, b, `#/title?room=${room.room}`),
    await open(browser, a, `#/title?room=${room.room}`),
  ];
  for (const [i, s] of students.entries()) {
    errors.push(...collectErrors(s));
    await expect(card(s)).toHaveAttribute('data-prompt', 'draw-norms');
    const first = s.locator('[role="slider"]').first();
    await first.focus();
    // Student i lowers the first point by i + 1 decades, then sends the curve.
    for (let d = 0; d <= i; d++) await s.keyboard.press('Shift+ArrowDown');
    await s.getByTestId('prompt-reveal').click();
    await expect(s.getByTestId('class-status')).toHaveAttribute('data-sent', 'true');
    // Still asked: the computed curve waits for the lecturer.
    await expect(s.locator('.pc-truth')).toHaveCount(0);
  }
  await expect(lecturer.getByTestId('class-status')).toHaveAttribute('data-count', '2');
  await lecturer.keyboard.press('PageDown');
  // The projector: the computed curve over the class's median, the class's curves behind.
  await expect(lecturer.locator('.pc-others')).toHaveAttribute('data-count', '2');
  await expect(lecturer.locator('[data-series="truth"]')).toHaveCount(1);
  await expect(lecturer.locator('.pc-legend')).toContainText('The class’s median');
  await expect(lecturer.getByTestId('class-tally')).toHaveAttribute('data-total', '2');
  // The median of 10⁻¹ and 10⁻² at k = 0: their geometric mean on the log axis, 10^−1.5.
  await expect(lecturer.locator('[data-series="student"] [data-k="0"]')).toHaveAttribute(
    'data-value',
    /^0\.03162/,
  );
  for (const s of students) {
    await expect(s.locator('.pc-others')).toHaveAttribute('data-count', '2');
    await expect(s.locator('.pc-legend')).toContainText('Your prediction');
  }
  await lecturer.screenshot({ path: test.info().outputPath('class-draw-1024.png') });
  expect(errors).toEqual([]);
});
