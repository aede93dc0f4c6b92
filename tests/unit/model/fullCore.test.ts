/**
 * The core's lazy part (bptt/fullCore.ts): the gated cells and σ_max by Lanczos are not in the
 * lesson's first chunk, and whatever makes or reads a model beyond the lesson's first brings them.
 * Each test loads the core afresh (the setup installs them for every other test).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Core = typeof import('../../../src/model');

async function freshCore(): Promise<Core> {
  vi.resetModules();
  return import('../../../src/model');
}

describe('the core before installFullCore', () => {
  let core: Core;
  beforeEach(async () => {
    core = await freshCore();
  });

  it('has the vanilla cell and Jacobi; a gated cell or a larger σ_max says what is missing', () => {
    const m = core.defaultModel(1);
    expect(core.cellOf(m).kind).toBe('rnn');
    expect(core.spectralNorm(core.identity(8))).toBe(1);
    expect(() => core.CELLS.lstm).toThrow(/installFullCore/);
    expect(() => core.randomModel({ seed: 1, T: 2, H: 2, D: 2, K: 2, cell: 'gru' })).toThrow(
      /installFullCore/,
    );
    expect(() => core.spectralNorm(core.identity(9))).toThrow(/installFullCore/);
    // The vanilla companion of the lesson needs none of it.
    expect(core.vanillaCompanionOf(m)).toBe(m);
  });

  it('the parser brings them: a gated model file parses and runs', async () => {
    const { modelToJson } = await import('../../../src/model/io/modelJson');
    const json = modelToJson(core.companionOf(core.defaultModel(1), 'lstm'));
    core = await freshCore();
    const { parseModel } = await import('../../../src/model/io/parse');
    const r = parseModel(json, { cells: core.CELL_KINDS });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.model.cell).toBe('lstm');
    expect(Number.isFinite(core.lossOf(r.model))).toBe(true);
  });

  it('a companion of a gated cell brings them', () => {
    const gru = core.companionOf(core.defaultModel(1), 'gru');
    expect(core.cellOf(gru).kind).toBe('gru');
    expect(core.spectralNorm(core.identity(9))).toBeCloseTo(1, 12);
  });

  it('a rebuilt model of another size brings them', async () => {
    const { rebuildModel } = await import('../../../src/model/build/sequence');
    const r = rebuildModel(core.defaultModel(1), { H: 12, seed: 1, scale: 1 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Number.isFinite(core.cellOf(r.model).transitionBound(r.model).sigma)).toBe(true);
  });
});

describe('the lesson-only companion', () => {
  it('is companionOf(model, "rnn") for every cell', async () => {
    const core = await freshCore();
    core.installFullCore();
    for (const cell of core.CELL_KINDS) {
      const m = core.companionOf(core.defaultModel(2), cell);
      expect(core.vanillaCompanionOf(m)).toEqual(core.companionOf(m, 'rnn'));
      expect(core.vanillaCompanionOf(m, 3)).toEqual(core.companionOf(m, 'rnn', { seed: 3 }));
    }
  });
});
