// @vitest-environment jsdom
/**
 * The explore panel on gated models: the cell switch converts the model and keeps the sequence;
 * every gate's U, W and b can be chosen, drawn (values and gradients keyed by gate) and edited by
 * hand (biases too); the network section shows the gated readouts and no activation or σₘₐₓ(W);
 * the gradient check lists every gate's parameters.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  companionOf,
  defaultModel,
  dimsOf,
  gradients,
  paramNames,
  paramOf,
  type AnyModel,
} from '../../../src/model';
import { ExplorePanel } from '../../../src/explore/ExplorePanel';
import type { Lang } from '../../../src/i18n';

afterEach(cleanup);

function setup(initial: AnyModel = defaultModel(1), lang: Lang = 'en') {
  const seen: { model: AnyModel } = { model: initial };
  function Host() {
    const [model, setModel] = useState<AnyModel>(initial);
    const [target, setTarget] = useState(3);
    seen.model = model;
    return (
      <ExplorePanel
        model={model}
        onModelChange={setModel}
        target={Math.min(target, dimsOf(model).T - 1)}
        onTargetChange={setTarget}
        lang={lang}
        pageUrl="http://localhost/app/?lang=en#/8/0"
      />
    );
  }
  const r = render(<Host />);
  return { ...r, seen };
}

describe('the explore panel with gated cells', () => {
  it('switches RNN → GRU → LSTM → RNN, keeping the sequence and bringing back the RNN', () => {
    const rnn = defaultModel(1);
    const { container, seen } = setup(rnn);
    const cell = (k: string) =>
      fireEvent.click(container.querySelector(`[data-field="cell"] [data-cell="${k}"]`)!);
    cell('gru');
    expect(seen.model.cell).toBe('gru');
    expect(seen.model.inputs).toBe(rnn.inputs);
    expect(container.querySelector('[data-field="activation"]')).toBeNull();
    expect(screen.queryByTestId('sigma-readout')).toBeNull();
    expect(screen.getByTestId('direct-path').textContent).toMatch(/update gate/);
    cell('lstm');
    expect(seen.model.cell).toBe('lstm');
    expect(screen.getByTestId('direct-path').textContent).toMatch(/forget gate/);
    cell('rnn');
    expect(seen.model).toBe(rnn);
    expect(screen.getByTestId('sigma-readout')).toBeTruthy();
  });

  it('draws and edits every gate’s U, W and b, keyed by gate', () => {
    const gru = companionOf(defaultModel(1), 'gru');
    const { container, seen } = setup(gru);
    const buttons = [...container.querySelectorAll('.xp-params [data-param]')].map((b) =>
      b.getAttribute('data-param'),
    );
    expect([...buttons].sort()).toEqual([...paramNames(gru)].sort());
    for (const p of ['U.r', 'W.h', 'b.z']) {
      fireEvent.click(container.querySelector(`.xp-params [data-param="${p}"]`)!);
      const maps = container.querySelector('.xp-maps')!;
      expect(maps.getAttribute('data-param')).toBe(p);
      const [values, grads] = [...maps.querySelectorAll('.xp-heatmap')];
      const name = p.replace('.', '_');
      expect(values.getAttribute('data-name')).toBe(name);
      expect(values.querySelector('[data-values]')!.getAttribute('data-values')).toBe(
        Array.from(paramOf(seen.model, p).data).join(' '),
      );
      expect(grads.getAttribute('data-name')).toBe(`∂E₃/∂${name}`);
      expect(screen.getByTestId('maps-gate').textContent).toMatch(
        { U: /reset gate/, W: /candidate/, b: /update gate/ }[p[0]]!,
      );
    }
    // A bias entry typed by hand (the editor names it b_z[1][0]).
    fireEvent.click(screen.getByRole('button', { name: /^b_z\[1\]\[0\] =/ }));
    const input = screen.getByRole('textbox', { name: 'b_z[1][0]' });
    fireEvent.change(input, { target: { value: '0.75' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(seen.model.cell).toBe('gru');
    expect(paramOf(seen.model, 'b.z').data[1]).toBe(0.75);
    // The whole gradient of E (trace all): the map is the core's ∂E/∂b_z.
    fireEvent.change(screen.getByRole('combobox', { name: 'Loss' }), { target: { value: 'all' } });
    const grad = container.querySelectorAll('.xp-maps .xp-heatmap [data-values]')[1];
    expect(grad.getAttribute('data-values')).toBe(
      Array.from(gradients(seen.model)['b.z'].data).join(' '),
    );
  });

  it('checks every gate’s parameters, and sets the LSTM’s forget-gate bias', async () => {
    const lstm = companionOf(defaultModel(1), 'lstm');
    const { container, seen } = setup(lstm, 'ru');
    await waitFor(() =>
      expect(
        container.querySelectorAll('[data-testid="gradient-check"] tr[data-param]'),
      ).toHaveLength(paramNames(lstm).length),
    );
    const bias = container.querySelector('input[data-field="b_f"]') as HTMLInputElement;
    expect(bias.value).toBe('1');
    fireEvent.change(bias, { target: { value: '-2' } });
    expect(Array.from(paramOf(seen.model, 'b.f').data)).toEqual([-2, -2, -2]);
    expect(screen.getByTestId('direct-path').textContent).toMatch(/вентиль забывания/);
  });
});
