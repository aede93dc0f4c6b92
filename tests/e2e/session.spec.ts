/**
 * A class session in real browsers: a real Redis, two relay servers on it (each serving the
 * built app on its own origin, as `npm run class` does), the lecturer in one browser context and
 * students in others. Students follow the lecturer's position; one who steps away is detached
 * until they catch up; a student who joins late, on the other relay, lands where the lecturer is.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { resolve } from 'node:path';
import { startRelay, type Relay } from '../../server/relay';
import { startRedis, type RedisServer } from '../../server/redisServer';
import { collectErrors } from './pageErrors';

let redis: RedisServer;
let a: Relay;
let b: Relay;
let room: { room: string; secret: string; code: string };

test.beforeAll(async () => {
  redis = await startRedis();
  const dist = process.env.E2E_DIST ?? resolve(import.meta.dirname, '../../dist');
  a = await startRelay({ port: 0, redisUrl: redis.url, staticDir: dist, log: () => undefined });
  b = await startRelay({ port: 0, redisUrl: redis.url, staticDir: dist, log: () => undefined });
  room = await a.createRoom();
});

test.afterAll(async () => {
  await Promise.allSettled([a?.close(), b?.close()]);
  await redis?.stop();
});

async function open(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1024, height: 768 },
  });
  const page = await context.newPage();
  await page.goto(url);
  await expect(page.locator('.step-panel')).toBeVisible();
  return page;
}

/** A key press that moves the page (waits for its address to change). */
async function press(page: Page, key: string): Promise<void> {
  const before = await page.evaluate(() => location.hash);
  await page.keyboard.press(key);
  await page.waitForFunction((h) => location.hash !== h, before);
}

const at = (page: Page, step: string, sub: number) =>
  Promise.all([
    expect(page.locator('.step-panel')).toHaveAttribute('data-step-id', step),
    expect(page.locator('.step-panel')).toHaveAttribute('data-sub', String(sub)),
  ]);

test('students follow the lecturer, step away, catch up; a late joiner on the other relay lands where the lecturer is', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const lecturer = await open(
    browser,
    `${a.url}/?lang=en#/title?room=${room.room}&host=${room.secret}`,
  );
  const errors = collectErrors(lecturer);
  await expect(lecturer.getByTestId('session-badge')).toHaveAttribute('data-state', 'lecturer');
  await expect(lecturer.getByTestId('session-badge')).toContainText(room.code);
  // The secret leaves the address once read.
  await expect.poll(() => lecturer.evaluate(() => location.hash)).not.toContain(room.secret);

  const s1 = await open(browser, `${a.url}/?lang=en#/title?room=${room.room}`);
  const s2 = await open(browser, `${b.url}/?lang=ru#/title?room=${room.room}`);
  for (const s of [s1, s2])
    await expect(s.getByTestId('session-badge')).toHaveAttribute('data-state', 'following');

  await press(lecturer, 'PageDown');
  await press(lecturer, 'PageDown');
  await at(lecturer, 'forward-pass', 1);
  await at(s1, 'forward-pass', 1);
  await at(s2, 'forward-pass', 1);

  // A student steps away: detached, and stays where they are while the lecturer moves on.
  await press(s1, 'PageUp');
  await expect(s1.getByTestId('session-badge')).toHaveAttribute('data-state', 'detached');
  await press(lecturer, 'PageDown');
  await at(s2, 'forward-pass', 2);
  await at(s1, 'forward-pass', 0);
  // One key catches up.
  await s1.keyboard.press('c');
  await at(s1, 'forward-pass', 2);
  await expect(s1.getByTestId('session-badge')).toHaveAttribute('data-state', 'following');

  // A late joiner on the other relay gets the lecturer's position at once.
  const late = await open(browser, `${b.url}/?lang=en#/title?room=${room.room}`);
  await at(late, 'forward-pass', 2);

  // The lecturer's reload keeps the role (the secret is kept for the tab) and the class follows.
  await lecturer.reload();
  await expect(lecturer.getByTestId('session-badge')).toHaveAttribute('data-state', 'lecturer');
  await at(lecturer, 'forward-pass', 2);
  await press(lecturer, 'PageDown');
  await at(s2, 'forward-pass', 3);
  expect(errors).toEqual([]);
});

test('a student cannot move the class; a link to an unknown room says so', async ({ browser }) => {
  const r = await a.createRoom();
  const lecturer = await open(browser, `${a.url}/?lang=en#/title?room=${r.room}&host=${r.secret}`);
  const s1 = await open(browser, `${b.url}/?lang=en#/title?room=${r.room}`);
  const s2 = await open(browser, `${a.url}/?lang=en#/title?room=${r.room}`);
  await expect(s2.getByTestId('session-badge')).toHaveAttribute('data-state', 'following');
  await s1.keyboard.press('PageDown');
  await s1.keyboard.press('PageDown');
  await s2.waitForTimeout(500);
  await at(s2, 'title', 0);
  await at(lecturer, 'title', 0);
  const lost = await open(browser, `${a.url}/?lang=en#/title?room=${'z'.repeat(22)}`);
  await expect(lost.getByTestId('session-badge')).toHaveAttribute('data-state', 'unknown');
});
