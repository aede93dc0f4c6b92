/**
 * Joining a class session, in real browsers (a real Redis and a relay serving the built app, as
 * `npm run class` does): the lecturer's join view for the projector (J) shows a QR code large
 * enough to scan, the room's short code and the students' link without the secret; a student
 * types the code at `<relay>/join` and lands in the room, following the lecturer; a wrong code is
 * said so and kept; a copy with no relay says it has no answer. On a phone (360×800) the follow
 * badge and its catch-up button stay clear of the lesson's text and buttons.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { startRelay, type Relay } from '../../server/relay';
import { startRedis, type RedisServer } from '../../server/redisServer';
import { serveStatic } from '../../server/static';
import { collectErrors } from './pageErrors';

const DIST = process.env.E2E_DIST ?? resolve(import.meta.dirname, '../../dist');
let redis: RedisServer;
let relay: Relay;
let room: { room: string; secret: string; code: string };

test.beforeAll(async () => {
  redis = await startRedis();
  relay = await startRelay({ port: 0, redisUrl: redis.url, staticDir: DIST, log: () => undefined });
  room = await relay.createRoom();
});

test.afterAll(async () => {
  await relay?.close();
  await redis?.stop();
});

type Size = { width: number; height: number };
const PROJECTOR: Size = { width: 1024, height: 768 };
const PHONE: Size = { width: 360, height: 800 };

async function open(browser: Browser, url: string, viewport: Size): Promise<Page> {
  const context = await browser.newContext({ reducedMotion: 'reduce', viewport });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

async function lesson(browser: Browser, url: string, viewport: Size): Promise<Page> {
  const page = await open(browser, url, viewport);
  await expect(page.locator('.step-panel')).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.keys)).toBe('on');
  return page;
}

const lecturerUrl = (lang = 'en') =>
  `${relay.url}/?lang=${lang}&theme=contrast#/title?room=${room.room}&host=${room.secret}`;

/** A key press that moves the page (waits for its address to change). */
async function press(page: Page, key: string): Promise<void> {
  const before = await page.evaluate(() => location.hash);
  await page.keyboard.press(key);
  await page.waitForFunction((h) => location.hash !== h, before);
}

/** axe's WCAG A/AA violations in `selector` (the whole page by default), one line each. */
async function axe(page: Page, selector?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']);
  const result = await (selector ? builder.include(selector) : builder).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`);
}

/**
 * The lecturer's step once the step panel shows what the address says (the address changes
 * first, and the panel a render later).
 */
async function stepOf(page: Page): Promise<string> {
  const fromHash = () => page.evaluate(() => location.hash.replace(/^#\//, '').split(/[/?]/)[0]);
  const panel = page.locator('.step-panel');
  await expect
    .poll(async () => (await panel.getAttribute('data-step-id')) === (await fromHash()))
    .toBe(true);
  return (await panel.getAttribute('data-step-id')) ?? '';
}

/** The smallest text inside `selector`, in pixels of the window (font size × the stage's scale). */
const smallestText = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const root = document.querySelector(selector)!;
    const scale = Number(document.querySelector<HTMLElement>('.stage')?.dataset.scale ?? 1);
    let min = { px: Infinity, text: '' };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      // Words only: the close button's ✕ is an icon (its name is its label).
      if (!el || !n.nodeValue?.trim() || el.closest('.visually-hidden, [aria-hidden="true"]'))
        continue;
      const px = parseFloat(getComputedStyle(el).fontSize) * scale;
      if (px < min.px) min = { px, text: n.nodeValue.trim() };
    }
    return min;
  }, selector);

test('the join view: a QR code of the students’ link (no secret), the address and the code, on the projector', async ({
  browser,
}) => {
  const lecturer = await lesson(browser, lecturerUrl(), PROJECTOR);
  const errors = collectErrors(lecturer);
  await expect(lecturer.getByTestId('session-badge')).toHaveAttribute('data-state', 'lecturer');
  await press(lecturer, 'PageDown');
  const step = await stepOf(lecturer);

  await lecturer.keyboard.press('j');
  const view = lecturer.getByTestId('join-view');
  await expect(view).toBeVisible();
  const qr = view.locator('[data-testid="join-qr"] svg');
  await expect(qr).toBeVisible();
  const box = (await qr.boundingBox())!;
  console.log(`join view at 1024×768: QR ${box.width.toFixed(0)}×${box.height.toFixed(0)} px`);
  expect(box.width).toBeGreaterThanOrEqual(300);
  expect(box.height).toBeGreaterThanOrEqual(300);
  // Whole, in the window.
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(PROJECTOR.height);
  // Dark on white, whatever the theme.
  await expect(qr.locator('rect')).toHaveAttribute('fill', '#ffffff');

  const code = view.getByTestId('join-code');
  await expect(code).toHaveAttribute('data-code', room.code);
  expect((await code.textContent())?.replace(/\s/g, '')).toBe(room.code);
  await expect(code).toHaveText(`${room.code.slice(0, 3)}\u00a0${room.code.slice(3)}`);
  // The code and the address whole, inside the view.
  const viewBox = (await view.boundingBox())!;
  for (const part of [code, view.getByTestId('join-address')]) {
    const b = (await part.boundingBox())!;
    expect(b.x + b.width).toBeLessThanOrEqual(viewBox.x + viewBox.width);
    expect(await part.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
  }
  const codeBox = (await code.boundingBox())!;
  console.log(`code ${codeBox.width.toFixed(0)}×${codeBox.height.toFixed(0)} px`);

  const link = (await view.getByTestId('join-qr').getAttribute('data-link')) ?? '';
  expect(link).toBe(`${relay.url}/#/${step}?room=${room.room}`);
  expect(link).not.toContain('host=');
  expect(link).not.toContain(room.secret);
  await expect(view.getByTestId('join-address')).toHaveText(`${relay.url}/join`);

  // Legible from the back of the hall: no text in the view under 20 px of the window.
  const smallest = await smallestText(lecturer, '[data-testid="join-view"]');
  console.log(`smallest text in the join view: "${smallest.text}" ${smallest.px.toFixed(1)} px`);
  expect(smallest.px, smallest.text).toBeGreaterThanOrEqual(20);
  await lecturer.screenshot({ path: test.info().outputPath('join-view-1024.png') });
  expect(await axe(lecturer, '[data-testid="join-view"]')).toEqual([]);

  // The view follows the lecturer's step.
  await lecturer.keyboard.press('Escape');
  await expect(view).toBeHidden();
  await press(lecturer, 'PageDown');
  const next = await stepOf(lecturer);
  // The tools menu opens it too, with its key shown; the help lists the key.
  await lecturer.getByTestId('tools-button').click();
  const item = lecturer.locator('[data-testid="tools-menu"] [data-tool="join"]');
  await expect(item.locator('kbd')).toHaveText('J');
  await item.click();
  await expect(view).toBeVisible();
  await expect(view.getByTestId('join-qr')).toHaveAttribute(
    'data-link',
    `${relay.url}/#/${next}?room=${room.room}`,
  );
  await lecturer.keyboard.press('j');
  await expect(view).toBeHidden();
  await lecturer.keyboard.press('?');
  await expect(
    lecturer.locator('[data-testid="help-overlay"] tr[data-action="session.join"] kbd'),
  ).toHaveText('J');
  await lecturer.keyboard.press('Escape');

  // On a phone (less important): the QR code above the words, still whole.
  await lecturer.setViewportSize(PHONE);
  await lecturer.keyboard.press('j');
  await expect(view).toBeVisible();
  await lecturer.waitForTimeout(300);
  const small = (await qr.boundingBox())!;
  console.log(`join view at 360×800: QR ${small.width.toFixed(0)} px`);
  expect(small.x).toBeGreaterThanOrEqual(0);
  expect(small.x + small.width).toBeLessThanOrEqual(PHONE.width);
  const codeOnPhone = (await code.boundingBox())!;
  expect(codeOnPhone.x + codeOnPhone.width).toBeLessThanOrEqual(PHONE.width);
  await lecturer.screenshot({ path: test.info().outputPath('join-view-360.png') });
  expect(errors).toEqual([]);
});

test('a student types the code at <relay>/join and lands in the room, following the lecturer; a wrong code is said so and kept', async ({
  browser,
}) => {
  const lecturer = await lesson(browser, lecturerUrl(), PROJECTOR);
  await expect(lecturer.getByTestId('session-badge')).toHaveAttribute('data-state', 'lecturer');
  await press(lecturer, 'PageDown');
  await press(lecturer, 'PageDown');
  const step = await stepOf(lecturer);

  const student = await open(browser, `${relay.url}/join?lang=en`, PHONE);
  const errors = collectErrors(student);
  expect(new URL(student.url()).search).toBe('?view=join&lang=en');
  const input = student.getByTestId('join-code-input');
  await expect(input).toBeVisible();
  await expect(input).toHaveAttribute('inputmode', 'numeric');
  await expect(input).toHaveAttribute('autocomplete', 'off');
  await student.screenshot({ path: test.info().outputPath('join-page-360.png') });

  // A wrong code: said so, naming the field; what was typed stays.
  const wrong = room.code === '000000' ? '000001' : '000000';
  const typed = `${wrong.slice(0, 3)} ${wrong.slice(3)}`;
  await input.fill(typed);
  await input.press('Enter');
  const status = student.getByTestId('join-status');
  await expect(status).toHaveAttribute('data-state', 'unknown');
  await expect(status).toContainText('class code');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(input).toHaveValue(typed);
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(input).toBeFocused();
  await student.screenshot({ path: test.info().outputPath('join-page-wrong-360.png') });
  expect(await axe(student)).toEqual([]);

  // Not six digits: said so before asking the relay.
  await input.fill('12 34');
  await student.getByTestId('join-submit').click();
  await expect(status).toHaveAttribute('data-state', 'invalid');

  // The right code, typed with a hyphen.
  await input.fill(`${room.code.slice(0, 3)}-${room.code.slice(3)}`);
  await student.getByTestId('join-submit').click();
  await expect(student.locator('.step-panel')).toBeVisible();
  expect(new URL(student.url()).search).toBe('?lang=en');
  await expect(student.getByTestId('session-badge')).toHaveAttribute('data-state', 'following');
  await expect(student.locator('.step-panel')).toHaveAttribute('data-step-id', step!);
  expect(student.url()).not.toContain('host=');
  await press(lecturer, 'PageDown');
  await expect(student.locator('.step-panel')).toHaveAttribute(
    'data-step-id',
    await stepOf(lecturer),
  );
  expect(errors).toEqual([]);
});

test('the code page says so when nobody answers (a copy of the app with no relay)', async ({
  browser,
}) => {
  const server: Server = createServer((req, res) => serveStatic(DIST, req, res));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const page = await open(browser, `${url}/join?lang=ru`, PHONE);
    const input = page.getByTestId('join-code-input');
    await input.fill('123 456');
    await input.press('Enter');
    const status = page.getByTestId('join-status');
    await expect(status).toHaveAttribute('data-state', 'waiting');
    await expect(status).toHaveAttribute('data-state', 'silent', { timeout: 8000 });
    await expect(input).toHaveValue('123 456');
    await page.screenshot({ path: test.info().outputPath('join-page-silent-360.png') });
  } finally {
    await new Promise<void>((done) => server.close(() => done()));
  }
});

test('on a phone, the follow badge and its catch-up button stay clear of the lesson’s text and buttons', async ({
  browser,
}) => {
  const lecturer = await lesson(browser, lecturerUrl(), PROJECTOR);
  await expect(lecturer.getByTestId('session-badge')).toHaveAttribute('data-state', 'lecturer');
  await press(lecturer, 'PageDown');
  await press(lecturer, 'PageDown');
  for (const [lang, size] of [
    ['en', PHONE],
    ['ru', PHONE],
    ['en', PROJECTOR],
  ] as const) {
    const student = await lesson(
      browser,
      `${relay.url}/?lang=${lang}#/title?room=${room.room}`,
      size,
    );
    const badge = student.getByTestId('session-badge');
    await expect(badge).toHaveAttribute('data-state', 'following');
    await student.screenshot({
      path: test.info().outputPath(`join-student-following-${lang}-${size.width}.png`),
    });
    await press(student, 'PageUp');
    await expect(badge).toHaveAttribute('data-state', 'detached');
    // The worst case: the lesson's middle scrolled to its end, the text at the bottom.
    await student.evaluate(() => document.querySelector('.app-main')?.scrollTo(0, 1e6));
    await expect(student.getByTestId('session-catch-up')).toBeVisible();
    await student.screenshot({
      path: test.info().outputPath(`join-student-detached-${lang}-${size.width}.png`),
    });
    const clash = await student.evaluate(() => {
      const out: string[] = [];
      const badge = document.querySelector('[data-testid="session-badge"]')!;
      const parts = [badge, document.querySelector('[data-testid="session-catch-up"]')!];
      const inside = (r: DOMRect) =>
        r.left >= 0 && r.top >= 0 && r.right <= innerWidth && r.bottom <= innerHeight;
      for (const p of parts)
        if (!inside(p.getBoundingClientRect())) out.push(`${p.textContent} outside the window`);
      const meets = (a: DOMRect, b: DOMRect) =>
        Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
        Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
      const b = badge.getBoundingClientRect();
      // The lesson's buttons, and the step panel's text as far as it shows (its box cut by
      // every ancestor that scrolls or clips).
      for (const el of document.querySelectorAll('.app-footer button, .app-header button')) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && meets(b, r)) out.push(`badge × button "${el.textContent}"`);
      }
      const panel = document.querySelector('.step-panel')!;
      const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (!n.nodeValue?.trim() || !n.parentElement) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        const t = range.getBoundingClientRect();
        let { left, top, right, bottom } = t;
        for (
          let a: HTMLElement | null = n.parentElement;
          a && a !== document.body;
          a = a.parentElement
        ) {
          const cs = getComputedStyle(a);
          if (cs.overflowX === 'visible' && cs.overflowY === 'visible') continue;
          const q = a.getBoundingClientRect();
          left = Math.max(left, q.left);
          top = Math.max(top, q.top);
          right = Math.min(right, q.right);
          bottom = Math.min(bottom, q.bottom);
        }
        const r = { left, top, right, bottom } as DOMRect;
        if (right > left && bottom > top && meets(b, r))
          out.push(`badge × text "${n.nodeValue.trim().slice(0, 30)}"`);
      }
      return out;
    });
    expect(clash, `${lang} at ${size.width}×${size.height}`).toEqual([]);
  }
});
