/**
 * Links on a static host (`vite preview`): a share link for a model of the size of Britz's
 * gradient check (H = 10, D = K = 100) opens, where the first links (the model in the query) were
 * refused with HTTP 431, and the results exported there are the `bptt` command's; and every old
 * link form still opens the state it opened.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBptt } from '../../src/cli/bpttCommand';
import { STEPS } from '../../src/lesson/steps';
import { randomModel, type RnnModel } from '../../src/model';
import { modelToJson } from '../../src/model/io/parse';
import { encodeModelParam } from '../../src/model/io/urlcodec';
import { urlAt } from './positions';

/** Britz's gradient check: 100 words, 10 hidden units; a sentence of 10 words. */
const BRITZ: RnnModel = randomModel({ seed: 11, T: 10, H: 10, D: 100, K: 100 });

/**
 * Every number of `expected` against the same place in `actual` (relative 1e-12), the same keys
 * and shapes. Plain code, not an expect per number: the Britz-size results hold ~10⁵ numbers.
 */
function compareDeep(actual: unknown, expected: unknown, bad: string[], path = '$'): number {
  if (typeof expected === 'number') {
    const a = actual as number;
    const scale = Math.max(Math.abs(a), Math.abs(expected), 1e-300);
    if (typeof a !== 'number' || !(Math.abs(a - expected) / scale < 1e-12))
      bad.push(`${path}: ${String(a)} vs ${expected}`);
    return 1;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      bad.push(`${path}: not an array of ${expected.length}`);
      return 0;
    }
    return expected.reduce<number>(
      (n, v, i) => n + compareDeep(actual[i], v, bad, `${path}[${i}]`),
      0,
    );
  }
  if (expected && typeof expected === 'object') {
    const keys = Object.keys(expected).sort();
    if (
      !actual ||
      typeof actual !== 'object' ||
      Object.keys(actual).sort().join() !== keys.join()
    ) {
      bad.push(`${path}: keys differ`);
      return 0;
    }
    return Object.entries(expected).reduce<number>(
      (n, [k, v]) =>
        n + compareDeep((actual as Record<string, unknown>)[k], v, bad, `${path}.${k}`),
      0,
    );
  }
  if (actual !== expected) bad.push(`${path}: ${String(actual)} vs ${String(expected)}`);
  return 0;
}

async function exportedResults(page: Page): Promise<unknown> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Export results/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('results.json');
  return JSON.parse(readFileSync(await file.path(), 'utf8'));
}

test('a Britz-size model: its share link opens on a static host, with the bptt results', async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'bptt-link-'));
  try {
    const file = join(dir, 'britz.json');
    writeFileSync(file, JSON.stringify(modelToJson(BRITZ)));

    // The first links carried the model in the query: the server refuses the request.
    const old = await request.get(`/?lang=en&model=${encodeModelParam(BRITZ)}`);
    expect(old.status()).toBe(431);

    // The model opened from its file, and shared from the explore mode.
    await page.goto('/?lang=en&mode=explore');
    await expect(page.getByTestId('explore-main')).toBeVisible();
    await page.getByTestId('model-file').setInputFiles(file);
    await expect(page.locator('.dg-root').first()).toHaveAttribute('data-steps', '10');
    await page.getByRole('button', { name: 'Copy a link to this model' }).click();
    const field = page.getByRole('textbox', { name: 'Link to this model' });
    await expect(field).toHaveValue(/#\/title\?model=z\.[\w-]+$/);
    const link = await field.inputValue();
    expect(new URL(link).search).toBe('?lang=en&mode=explore');

    // A new tab opens it: the model arrives before the first render.
    const student = await context.newPage();
    const response = await student.goto(link);
    expect(response?.status()).toBe(200);
    await expect(student.getByTestId('explore-main')).toBeVisible();
    await expect(student.locator('.dg-root').first()).toHaveAttribute('data-steps', '10');
    const exported = await exportedResults(student);

    // The `bptt` command on the same model file (with the terms, as the app exports them).
    const cli = runBptt(['--terms', file]);
    expect(cli.status, cli.stderr).toBe(0);
    const expected: unknown = JSON.parse(cli.stdout);
    expect((expected as { terms?: unknown }).terms).toBeDefined();
    const bad: string[] = [];
    expect(compareDeep(exported, expected, bad)).toBeGreaterThan(10_000);
    expect(bad.slice(0, 10)).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** An old link, and what it must open. */
interface OldLink {
  readonly link: string;
  readonly step?: string;
  readonly sub?: number;
  readonly check?: (page: Page) => Promise<void>;
}

const SMALL = randomModel({ seed: 5, H: 3, D: 3, K: 3, T: 6 });
const step = (id: string) => STEPS.findIndex((s) => s.id === id);

const OLD_LINKS: readonly OldLink[] = [
  { link: '/?lang=en#/8/3', step: 'sum-over-k', sub: 3 },
  { link: '/?lang=en#3/1', step: 'gradients-needed', sub: 0 },
  { link: '/?lang=en#4/1', step: 'ideas', sub: 1 },
  { link: '/?lang=en#/forward-pass/1', step: 'forward-pass', sub: 1 },
  {
    link: '/?lang=ru#/2/0',
    step: 'forward-pass',
    sub: 0,
    check: (p) => expect(p.locator('html')).toHaveAttribute('lang', 'ru'),
  },
  {
    link: '/?lang=en&theme=contrast',
    step: 'title',
    sub: 0,
    check: (p) => expect(p.locator('html')).toHaveAttribute('data-theme', 'contrast'),
  },
  {
    link: '/?lang=en&hide=stepList,navButtons#/5/0',
    step: 'sum-over-t',
    sub: 0,
    check: async (p) => {
      await expect(p.locator('.step-list')).toBeHidden();
      await expect(p.locator('.nav-buttons')).toBeHidden();
    },
  },
  {
    link: `/?lang=en&target=2&model=${encodeModelParam(SMALL)}#/8/1`,
    step: 'sum-over-k',
    sub: 1,
    check: (p) => expect(p.locator('.dg-root').first()).toHaveAttribute('data-steps', '6'),
  },
  {
    link: '/?lang=en&view=presenter#/8/2',
    check: (p) => expect(p.getByTestId('presenter')).toBeVisible(),
  },
  { link: '/?lang=en&print', check: (p) => expect(p.getByTestId('print-view')).toBeVisible() },
  { link: '/?lang=en&print=1', check: (p) => expect(p.getByTestId('print-view')).toBeVisible() },
  {
    link: '/?lang=en&mode=explore',
    check: (p) => expect(p.getByTestId('explore-main')).toBeVisible(),
  },
];

test('every old link form opens the state it opened, and is rewritten by ids', async ({ page }) => {
  test.setTimeout(120_000);
  for (const o of OLD_LINKS) {
    await test.step(o.link, async () => {
      // A fresh load each time (a link differing only in its hash would not reload the page).
      await page.goto('about:blank');
      const response = await page.goto(o.link);
      expect(response?.status()).toBe(200);
      if (o.step !== undefined) {
        const i = step(o.step);
        const model = o.link.includes('model=') ? SMALL : undefined;
        const target = o.link.includes('target=2') ? 2 : undefined;
        await expect(page.locator('.step-panel')).toHaveAttribute('data-step-id', o.step);
        await expect(page.locator('.step-panel')).toHaveAttribute('data-sub', String(o.sub));
        await expect(page).toHaveURL(urlAt(i, o.sub ?? 0, model, target));
      }
      await o.check?.(page);
      // A model in the query moves into the fragment.
      if (o.link.includes('model='))
        await expect(page).toHaveURL(/^[^?#]*\?[^#]*#[^?]*\?model=z\./);
    });
  }
});
