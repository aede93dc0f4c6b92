// @vitest-environment node
/**
 * Gated models in the app's state and the explore mode's data: a link (packed, and the old plain
 * `?model=`) of a GRU or an LSTM opens that model in the store; the lesson's steps get the
 * vanilla RNN on its sequence; the parameters by gate, as the controls and maps name them; edits,
 * rebuilds and sequence changes keep the cell; the gradient check over every gate's U, W and b;
 * a training step; the cell switch's memory.
 */
import { describe, expect, it } from 'vitest';
import {
  companionOf,
  defaultModel,
  dimsOf,
  gradientCheck,
  isRnnModel,
  lossOf,
  paramNames,
  randomModel,
  sgdStep,
  withWeight,
  type AnyModel,
  type CellKind,
  type GruModel,
  type LstmModel,
} from '../../../src/model';
import { modelToJson } from '../../../src/model/io/parse';
import { encodeModelParam } from '../../../src/model/io/urlcodec';
import {
  appendStep,
  rebuildModel,
  withInputEntry,
  withTruncate,
} from '../../../src/model/build/sequence';
import { applyStartLink, readStartLink } from '../../../src/classroom/links';
import { createClassroomStore } from '../../../src/classroom/store';
import { encodeModelLink } from '../../../src/url';
import { createLessonStore } from '../../../src/store/store';
import {
  lessonModelOf,
  selectLessonSubstituted,
  selectStepModel,
  selectT,
} from '../../../src/store/selectors';
import type { SyncStorage } from '../../../src/store/safeStorage';
import { gateKey, paramGroups, paramParts, paramPlain } from '../../../src/explore/paramLabels';
import { checkCost, truncationGap, weightCount } from '../../../src/explore/checkData';
import { switchCell } from '../../../src/explore/useCellSwitch';

function memoryStorage(): SyncStorage {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const json = (m: AnyModel) => JSON.stringify(modelToJson(m));

const BASE = randomModel({ seed: 3, T: 5, H: 3, D: 4, K: 4, truncate: 2 });
const GRU = companionOf(BASE, 'gru') as GruModel;
const LSTM = companionOf(BASE, 'lstm') as LstmModel;
const GATED: readonly AnyModel[] = [GRU, LSTM];

describe('a link of a gated model', () => {
  it.each(GATED.map((m) => [m.cell ?? 'rnn', m] as const))(
    'opens the %s it holds, packed in the fragment or in the old ?model=',
    async (cell, model) => {
      for (const [search, hash] of [
        ['?lang=en&mode=explore', `#/title?model=${await encodeModelLink(model)}`],
        [`?model=${encodeModelParam(model)}`, ''],
      ]) {
        const read = await readStartLink(search, hash);
        expect(read.modelErrors).toBeNull();
        expect(read.invalid).toEqual([]);
        const lesson = createLessonStore({ storage: memoryStorage(), lang: 'en' });
        applyStartLink(lesson, createClassroomStore(), read);
        const s = lesson.getState();
        expect(s.model.cell).toBe(cell);
        expect(json(s.model)).toBe(json(model));
      }
    },
  );
});

describe('the lesson on a gated model', () => {
  it('shows a vanilla RNN on the same sequence, the same object each time', () => {
    const lesson = createLessonStore({ storage: memoryStorage(), lang: 'en' });
    lesson.getState().setModel(LSTM);
    const s = lesson.getState();
    expect(selectLessonSubstituted(s)).toBe(true);
    const shown = lessonModelOf(s.model);
    expect(isRnnModel(shown)).toBe(true);
    expect(lessonModelOf(s.model)).toBe(shown);
    expect(shown.inputs).toBe(LSTM.inputs);
    expect(shown.targets).toBe(LSTM.targets);
    expect(shown.V).toBe(LSTM.V);
    expect(shown.truncate).toBe(LSTM.truncate);
    expect(selectT(s)).toBe(dimsOf(LSTM).T);
    for (let i = 0; i < 14; i++) {
      lesson.getState().goTo(i);
      expect(isRnnModel(selectStepModel(lesson.getState()))).toBe(true);
    }
    // A vanilla model is its own lesson model.
    lesson.getState().setModel(BASE);
    expect(selectLessonSubstituted(lesson.getState())).toBe(false);
    expect(lessonModelOf(BASE)).toBe(BASE);
  });
});

describe('parameters by gate', () => {
  it('group each gate’s U, W and b, then V; the vanilla cell’s U, W and V in one group', () => {
    expect(paramGroups(BASE)).toEqual([{ gate: null, params: ['U', 'W', 'V'] }]);
    expect(paramGroups(GRU)).toEqual([
      { gate: 'z', params: ['U.z', 'W.z', 'b.z'] },
      { gate: 'r', params: ['U.r', 'W.r', 'b.r'] },
      { gate: 'h', params: ['U.h', 'W.h', 'b.h'] },
      { gate: null, params: ['V'] },
    ]);
    const lstm = paramGroups(LSTM);
    expect(lstm.map((g) => g.gate)).toEqual(['i', 'f', 'g', 'o', null]);
    expect(lstm.flatMap((g) => g.params).sort()).toEqual([...paramNames(LSTM)].sort());
  });

  it('are written with the gate as subscript, and each gate has its name', () => {
    expect(paramParts('W.f')).toEqual({ base: 'W', gate: 'f' });
    expect(paramParts('V')).toEqual({ base: 'V', gate: null });
    expect(paramPlain('b.i')).toBe('b_i');
    expect(paramPlain('W')).toBe('W');
    expect(gateKey(GRU, 'z')).toBe('gate.gru.z');
    expect(gateKey(LSTM, 'f')).toBe('gate.lstm.f');
    expect(gateKey(LSTM, 'z')).toBeNull();
  });
});

describe('edits keep the cell', () => {
  it.each(GATED.map((m) => [m.cell ?? 'rnn', m] as const))('%s', (cell, model) => {
    const edited = withWeight(model, cell === 'gru' ? 'b.z' : 'b.f', 1, 0, 0.25);
    expect(edited.cell).toBe(cell);
    expect(lossOf(edited)).not.toBe(lossOf(model));
    const steps = [
      withTruncate(model, null),
      withInputEntry(model, 0, 1, 0.5),
      appendStep(model),
      rebuildModel(model, { seed: 2, scale: 1, text: 'abcab' }),
      rebuildModel(model, { seed: 2, scale: 1, H: 5 }),
      rebuildModel(model, { seed: 4, scale: 0.5, redraw: true }),
    ];
    for (const r of steps) {
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      expect(r.model.cell).toBe(cell);
      expect(Number.isFinite(lossOf(r.model))).toBe(true);
    }
    const bigger = steps[4];
    if (!bigger.ok) throw new Error('expected a model');
    expect(dimsOf(bigger.model).H).toBe(5);
    if (bigger.model.cell === 'lstm') expect(bigger.model.initialCell.length).toBe(5);
    const redrawn = steps[5];
    // A redrawn LSTM starts with its forget-gate bias at 1, as the cell switch makes it.
    if (redrawn.ok && redrawn.model.cell === 'lstm')
      expect(Array.from(redrawn.model.b.f.data)).toEqual([1, 1, 1]);
  });

  it('a size beyond the explore limits is refused, naming H (a limit that holds for every gate)', () => {
    const r = rebuildModel(LSTM, { seed: 1, scale: 1, H: 65 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.field)).toEqual(['H']);
  });
});

describe('the gradient check and training on gated models', () => {
  it.each(GATED.map((m) => [m.cell ?? 'rnn', m] as const))(
    '%s: every gate’s U, W and b and V checked below 1e-6; a step lowers the loss',
    (_, model) => {
      const full = { ...model, truncate: null };
      const check = gradientCheck(full);
      expect(Object.keys(check.params).sort()).toEqual([...paramNames(model)].sort());
      expect(check.maxRelError).toBeLessThan(1e-6);
      expect(weightCount(model)).toBe(
        paramNames(model).reduce((n, p) => n + check.params[p].analytic.data.length, 0),
      );
      // One gate's step per gate: a gated model's check costs more than the vanilla one's.
      expect(checkCost(model)).toBeGreaterThan(checkCost(BASE));
      const step = sgdStep(full, { lr: 0.1 });
      expect(step.model.cell).toBe(model.cell);
      expect(lossOf(step.model)).toBeLessThan(lossOf(full));
    },
  );

  it('the truncation gap names every gate’s weights, V never truncated', () => {
    const gap = truncationGap(LSTM);
    expect(gap?.cuts).toBe(true);
    expect(Object.keys(gap?.weights ?? {}).sort()).toEqual(
      paramNames(LSTM)
        .filter((p) => p !== 'V')
        .sort(),
    );
  });
});

describe('the cell switch', () => {
  it('converts with companionOf and brings back the weights a cell had on the same sequence', () => {
    const remembered = new Map<CellKind, AnyModel>();
    const rnn = defaultModel(1);
    const gru = switchCell(rnn, 'gru', remembered);
    expect(json(gru)).toBe(json(companionOf(rnn, 'gru')));
    remembered.set('rnn', rnn);
    expect(switchCell(gru, 'rnn', remembered)).toBe(rnn);
    // Another sequence: the remembered RNN no longer fits, a companion is made.
    const r = withInputEntry(gru, 0, 0, 0.5);
    if (!r.ok) throw new Error('expected a model');
    const back = switchCell(r.model, 'rnn', remembered);
    expect(back).not.toBe(rnn);
    expect(back.inputs).toBe(r.model.inputs);
  });
});
