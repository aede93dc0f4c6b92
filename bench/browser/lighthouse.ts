/**
 * Lighthouse (the npm package, pinned) on the preview build: performance, accessibility and best
 * practices, with the desktop preset (the app's audience is a laptop and a projector). It drives
 * the system Chromium, launched by playwright-core with a DevTools port for Lighthouse.
 */
import lighthouse, { desktopConfig } from 'lighthouse';
import { launchChromium } from './server';

export interface LighthouseScores {
  readonly performance: number;
  readonly accessibility: number;
  readonly bestPractices: number;
  /** Audits that lost points (id: score), for the notes. */
  readonly failing: readonly string[];
  readonly lcpMs: number;
  readonly tbtMs: number;
}

export async function runLighthouse(url: string, port = 9337): Promise<LighthouseScores> {
  const browser = await launchChromium([`--remote-debugging-port=${port}`]);
  try {
    const result = await lighthouse(
      url,
      {
        port,
        logLevel: 'error',
        output: 'json',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
      },
      desktopConfig,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const failing = Object.values(audits)
      .filter(
        (a) =>
          a.score !== null &&
          a.score < 1 &&
          (a.scoreDisplayMode === 'binary' || a.scoreDisplayMode === 'numeric') &&
          !['first-contentful-paint', 'speed-index', 'interactive'].includes(a.id),
      )
      .map((a) => `${a.id} ${a.score?.toFixed(2)}`);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      failing,
      lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
      tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
    };
  } finally {
    await browser.close();
  }
}
