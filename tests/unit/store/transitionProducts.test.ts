import { describe, expect, it } from 'vitest';
import { companionOf, defaultModel, forward, jacobianNorms } from '../../../src/model';
import { productsOf, productsWork, WORKER_WORK } from '../../../src/store/transitionProducts';

describe('the transition products', () => {
  it('are computed at once for a small model, as the core computes them', () => {
    const lstm = companionOf(defaultModel(), 'lstm');
    const p = productsOf(lstm, 3);
    expect(p.status).toBe('ready');
    if (p.status === 'ready')
      expect([...p.norms]).toEqual([...jacobianNorms(lstm, forward(lstm), 3).productNorm]);
    expect(productsOf(lstm, 3)).toBe(p);
  });

  it('count the work of the carried state: the LSTM’s (s, c) is twice as wide', () => {
    const m = defaultModel();
    expect(productsWork(m, 3)).toBe(4 * 3 ** 3);
    expect(productsWork(companionOf(m, 'lstm'), 3)).toBe(4 * 6 ** 3);
    expect(productsWork(companionOf(m, 'lstm'), 3)).toBeLessThan(WORKER_WORK);
  });
});
