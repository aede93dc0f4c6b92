// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  defaultModel,
  dimsOf,
  lossOf,
  vanillaOf,
  type FieldError,
  type RnnModel,
} from '../../../src/model';
import { modelToJson } from '../../../src/model/io/parse';
import { PRESETS } from '../../../src/model/build/presets';
import { ExplorePanel } from '../../../src/explore/ExplorePanel';
import type { Lang } from '../../../src/lesson/types';

afterEach(cleanup);

/** The panel wired to local state, as the app wires it to the store. */
function setup(
  lang: Lang = 'en',
  initial: RnnModel = defaultModel(1),
  linkErrors?: readonly FieldError[],
) {
  const seen: { model: RnnModel; target: number } = { model: initial, target: 3 };
  function Host() {
    const [model, setModel] = useState(initial);
    const [target, setTarget] = useState(3);
    seen.model = model;
    seen.target = target;
    return (
      <ExplorePanel
        model={model}
        onModelChange={(m) => setModel(vanillaOf(m))}
        target={Math.min(target, dimsOf(model).T - 1)}
        onTargetChange={setTarget}
        lang={lang}
        pageUrl="http://localhost/app/?lang=en#/8/0"
        linkErrors={linkErrors}
      />
    );
  }
  const r = render(<Host />);
  return { ...r, seen };
}

const checkError = (c: HTMLElement) =>
  Number(c.querySelector('[data-testid="gradient-check"]')?.getAttribute('data-max-rel-error'));

describe('ExplorePanel', () => {
  it('every preset changes the model and its gradient check is below 1e-6', async () => {
    const { container, seen } = setup();
    await waitFor(() => expect(checkError(container)).toBeLessThan(1e-6));
    for (const p of PRESETS) {
      fireEvent.click(container.querySelector(`[data-preset="${p.id}"]`) as Element);
      expect(seen.model.activation).toBe(p.activation);
      expect(seen.target).toBe(dimsOf(seen.model).T - 1);
      await waitFor(() =>
        expect(container.querySelector('.xp-decay-compare')?.getAttribute('data-t')).toBe(
          String(dimsOf(seen.model).T - 1),
        ),
      );
      await waitFor(() => expect(checkError(container)).toBeLessThan(1e-6));
      expect(container.querySelector(`[data-preset="${p.id}"]`)?.getAttribute('aria-pressed')).toBe(
        'true',
      );
    }
  });

  it('a new text rebuilds the sequence; too short a text keeps it and says why', () => {
    const { seen } = setup();
    const box = screen.getByRole('textbox', { name: 'Text' });
    fireEvent.change(box, { target: { value: 'abcabc' } });
    expect(dimsOf(seen.model).T).toBe(5);
    expect(seen.model.targets).toEqual([1, 2, 0, 1, 2]);
    fireEvent.change(box, { target: { value: 'a' } });
    expect(dimsOf(seen.model).T).toBe(5);
    expect(screen.getByRole('alert').textContent).toMatch(/^text: expected at least 2 characters/);
  });

  it('editing a W cell changes the model and the term shown', () => {
    const { container, seen } = setup();
    const term = () =>
      container.querySelector('.xp-maps__term [data-values]')?.getAttribute('data-values');
    fireEvent.change(screen.getByRole('combobox', { name: 'Term k' }), { target: { value: '2' } });
    const before = term();
    fireEvent.click(screen.getByRole('button', { name: /^W\[0\]\[1\] =/ }));
    const input = screen.getByRole('textbox', { name: 'W[0][1]' });
    fireEvent.change(input, { target: { value: '1.25' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(seen.model.W.data[1]).toBe(1.25);
    expect(term()).not.toBe(before);
  });

  it('H, activation and truncation change the model; a bad H names the field', () => {
    const { seen } = setup();
    const H = screen.getByRole('textbox', { name: 'Hidden size H' });
    fireEvent.change(H, { target: { value: '5' } });
    expect(dimsOf(seen.model).H).toBe(5);
    fireEvent.change(H, { target: { value: '99' } });
    expect(dimsOf(seen.model).H).toBe(5);
    expect(screen.getByRole('alert').textContent).toMatch(/^H: expected an integer from 1 to 64/);
    fireEvent.change(screen.getByRole('combobox', { name: 'Activation' }), {
      target: { value: 'relu' },
    });
    expect(seen.model.activation).toBe('relu');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Truncated BPTT' }));
    expect(seen.model.truncate).toBe(2);
    expect(screen.getByTestId('truncation-gap').textContent).toMatch(/n = 2/);
  });

  it('training lowers the loss on the default sequence', () => {
    const { seen } = setup();
    const start = lossOf(seen.model);
    fireEvent.click(screen.getByRole('button', { name: 'One step' }));
    const one = lossOf(seen.model);
    expect(one).toBeLessThan(start);
    fireEvent.click(screen.getByRole('button', { name: '20 steps' }));
    expect(lossOf(seen.model)).toBeLessThan(one);
    const status = screen.getByTestId('training-status');
    expect(status.getAttribute('data-steps')).toBe('21');
    expect(Number(status.getAttribute('data-loss'))).toBe(lossOf(seen.model));
  });

  it('a bad model file shows its field and keeps the model; a good one loads', async () => {
    const { seen } = setup();
    const before = seen.model;
    const input = screen.getByLabelText('Open a model file') as HTMLInputElement;
    const bad = { ...modelToJson(before), W: [[1, 2], [3]] };
    const file = new File([JSON.stringify(bad)], 'bad.json', { type: 'application/json' });
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
    });
    const alert = await screen.findByTestId('import-error');
    // The file's name is isolated (FSI … PDI): its direction marks cannot reorder the sentence.
    expect(alert.textContent).toContain('\u2068bad.json\u2069 was not loaded');
    expect(within(alert).getAllByRole('listitem')[0].getAttribute('data-field')).toMatch(/^W/);
    expect(seen.model).toBe(before);
    const good = { ...modelToJson(before), activation: 'sigmoid' };
    const file2 = new File([JSON.stringify(good)], 'good.json');
    await act(async () => {
      fireEvent.change(input, { target: { files: [file2] } });
    });
    await waitFor(() => expect(seen.model.activation).toBe('sigmoid'));
    expect(screen.queryByTestId('import-error')).toBeNull();
  });

  it('export buttons are named "Export model…" and "Export results…"; the share link decodes', async () => {
    setup();
    expect(screen.getByRole('button', { name: /^Export model/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Export results/ })).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy a link to this model' }));
    });
    const field = await screen.findByRole('textbox', { name: 'Link to this model' });
    const url = new URL((field as HTMLInputElement).value);
    expect(url.pathname).toBe('/app/');
    // The page's position is kept; the model goes into the fragment, packed.
    expect(url.hash).toMatch(/^#\/8\/0\?model=z\.[\w-]+$/);
    expect(url.searchParams.get('lang')).toBe('en');
    expect(url.searchParams.get('model')).toBeNull();
    const { decodeModelLink, readProp } = await import('../../../src/url');
    const r = await decodeModelLink(readProp('model', '', url.hash) ?? '');
    expect(r.ok && modelToJson(r.model)).toEqual(modelToJson(defaultModel(1)));
  });

  it('a model file dropped on the page loads; a broken one names "(file)"', async () => {
    const { seen } = setup();
    const drop = async (file: File) => {
      const e = new Event('drop', { bubbles: true, cancelable: true });
      Object.defineProperty(e, 'dataTransfer', { value: { types: ['Files'], files: [file] } });
      await act(async () => {
        window.dispatchEvent(e);
      });
      expect(e.defaultPrevented).toBe(true);
    };
    await drop(new File(['{"activation": "tanh",'], 'broken.json'));
    const alert = await screen.findByTestId('import-error');
    expect(alert.textContent).toContain('\u2068broken.json\u2069 was not loaded');
    expect(within(alert).getAllByRole('listitem')[0].getAttribute('data-field')).toBe('(file)');
    const good = { ...modelToJson(seen.model), activation: 'relu' };
    await drop(new File([JSON.stringify(good)], 'good.json'));
    await waitFor(() => expect(seen.model.activation).toBe('relu'));
  });

  it('shows the problems of a ?model= link read on start', () => {
    setup('en', defaultModel(1), [{ field: '?model', message: 'not base64url' }]);
    const alert = screen.getByTestId('import-error');
    expect(alert.textContent).toContain('The model in the link could not be read');
    expect(alert.textContent).toContain('?model: not base64url');
  });

  it('speaks Russian', () => {
    setup('ru');
    expect(screen.getByRole('heading', { name: 'Исследование' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Экспорт модели/ })).toBeTruthy();
  });
});
