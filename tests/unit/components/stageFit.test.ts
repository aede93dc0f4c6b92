import { describe, expect, it } from 'vitest';
import { fitStage, MIN_SCALE } from '../../../src/components/stageFit';

describe('fitStage: a scale for legibility, a layout for the shape', () => {
  it('lays a 4:3 projector out at 0.711 (32 px text at 22.8 px), narrow', () => {
    const f = fitStage(1024, 768);
    expect(f.scale).toBeCloseTo(1024 / 1440, 6);
    expect(f.layout).toBe('narrow');
    expect(32 * f.scale).toBeGreaterThanOrEqual(22);
  });

  it('keeps 1280×720 no smaller than 1024×768, and shows 1080p and 4K the whole design', () => {
    expect(fitStage(1280, 720).scale).toBeGreaterThanOrEqual(fitStage(1024, 768).scale - 0.01);
    expect(fitStage(1280, 720).layout).toBe('wide');
    expect(fitStage(1920, 1080)).toMatchObject({ scale: 1, width: 1920, height: 1080 });
    expect(fitStage(3840, 2160)).toMatchObject({ scale: 2, width: 1920, height: 1080 });
  });

  it('fills the window: the logical size is the window over the scale', () => {
    for (const [w, h] of [
      [1366, 768],
      [1280, 1024],
      [360, 800],
      [800, 360],
    ]) {
      const f = fitStage(w, h);
      expect(f.width * f.scale).toBeCloseTo(w, 6);
      expect(f.height * f.scale).toBeCloseTo(h, 6);
    }
  });

  it('stacks an upright window, and never scales below 0.5', () => {
    expect(fitStage(360, 800)).toMatchObject({ layout: 'tall' });
    expect(fitStage(360, 800).scale).toBeCloseTo(0.6, 6);
    expect(fitStage(800, 360).scale).toBe(MIN_SCALE);
    expect(fitStage(200, 150).scale).toBe(MIN_SCALE);
  });

  it('falls back to the design size for a window without a size', () => {
    expect(fitStage(Number.NaN, 0)).toMatchObject({ scale: 1, layout: 'wide' });
  });
});
