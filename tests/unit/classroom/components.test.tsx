// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClassroomLayer } from '../../../src/classroom/ClassroomLayer';
import { GotoDialog } from '../../../src/classroom/GotoDialog';
import { HelpOverlay } from '../../../src/classroom/HelpOverlay';
import { LinkDialog } from '../../../src/classroom/LinkDialog';
import { Overview } from '../../../src/classroom/Overview';
import { HELP_KEYS, keyCapLabel, t } from '../../../src/i18n';
import { STEPS } from '../../../src/lesson/steps';
import { randomModel } from '../../../src/model';
import { lessonStore } from '../../../src/store';
import { classroomStore, initialClassroom } from '../../../src/classroom/store';

beforeEach(() => {
  lessonStore.getState().reset();
  lessonStore.getState().setLang('en');
  classroomStore.setState(initialClassroom('app'));
});
afterEach(cleanup);

const press = (key: string, init: KeyboardEventInit = {}) => {
  const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  // As a browser does: the key goes to the focused element and bubbles up to the window.
  act(() => {
    (document.activeElement ?? document.body).dispatchEvent(e);
  });
  return e;
};

describe('the help overlay', () => {
  it('lists every action and key, in both languages', () => {
    for (const lang of ['en', 'ru'] as const) {
      act(() => lessonStore.getState().setLang(lang));
      const { unmount } = render(<HelpOverlay onClose={() => {}} />);
      const dialog = screen.getByRole('dialog', { name: t(lang, 'ui', 'help.title') });
      for (const entry of HELP_KEYS) {
        const row = within(dialog)
          // The DOM's text is matched with its whitespace collapsed (no-break spaces too).
          .getByText(t(lang, 'ui', entry.action).replace(/\s+/g, ' '))
          .closest('tr')!;
        const caps = Array.from(row.querySelectorAll('kbd')).map((k) => k.textContent);
        expect(caps).toEqual(entry.keys.map((c) => keyCapLabel(lang, c)));
      }
      expect(
        within(dialog).getByText(t(lang, 'ui', 'help.fileNote').replace(/\s+/g, ' ')),
      ).toBeTruthy();
      unmount();
    }
  });

  it('closes with Esc', () => {
    const onClose = vi.fn();
    render(<HelpOverlay onClose={onClose} />);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledOnce();
  });
});

describe('the overview', () => {
  it('shows every step and jumps to the one clicked', () => {
    const onClose = vi.fn();
    act(() => lessonStore.getState().goTo(2, 0));
    render(<Overview onClose={onClose} />);
    const cards = screen.getAllByRole('button').filter((b) => b.dataset.stepId);
    expect(cards).toHaveLength(STEPS.length);
    expect(cards[2].getAttribute('aria-current')).toBe('step');
    expect(document.activeElement).toBe(cards[2]);
    fireEvent.keyDown(cards[2], { key: 'ArrowRight' });
    expect(document.activeElement).toBe(cards[3]);
    fireEvent.click(cards[5]);
    expect(lessonStore.getState().stepIndex).toBe(5);
    expect(onClose).toHaveBeenCalled();
  });
});

describe('go to', () => {
  it('jumps to the typed step and refuses numbers out of range', () => {
    const onClose = vi.fn();
    render(<GotoDialog onClose={onClose} />);
    const input = screen.getByRole('textbox');
    expect(document.activeElement).toBe(input);
    fireEvent.change(input, { target: { value: '99' } });
    fireEvent.submit(input.closest('form')!);
    expect(screen.getByRole('alert').textContent).toBe(
      t('en', 'ui', 'nav.gotoInvalid', { total: STEPS.length }),
    );
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: '7' } });
    fireEvent.submit(input.closest('form')!);
    expect(lessonStore.getState().stepIndex).toBe(6);
    expect(onClose).toHaveBeenCalled();
  });
});

describe("the lecturer's link dialog", () => {
  it('builds the link from the ticked controls', async () => {
    act(() => lessonStore.getState().goTo(3, 0));
    render(<LinkDialog onClose={() => {}} />);
    const link = () => (screen.getByTestId('lecturer-link') as HTMLTextAreaElement).value;
    // The model is packed asynchronously; then the link holds it in the fragment.
    await waitFor(() => expect(link()).toContain('#/ideas/error-sum?model=z.'));
    expect(new URL(link()).searchParams.get('model')).toBeNull();
    expect(screen.queryByTestId('link-too-long')).toBeNull();
    expect(link()).not.toContain('hide=');
    fireEvent.click(screen.getByLabelText('List of steps'));
    fireEvent.click(screen.getByLabelText('Explore panel'));
    expect(new URL(link()).searchParams.get('hide')).toBe('stepList,explore');
    fireEvent.click(screen.getByLabelText(/With the current model/));
    expect(link()).not.toContain('model=');
  });
});

describe("the lecturer's link dialog, for a model too large for a link", () => {
  it('says so in the current language, leaves the model out and offers its file', async () => {
    // H = 340, D = K = 100, T = 10: about 2.2 MB packed, past the 2 MiB browsers open.
    const big = randomModel({ seed: 11, T: 10, H: 340, D: 100, K: 100 });
    act(() => {
      lessonStore.getState().setModel(big);
      lessonStore.getState().setLang('ru');
    });
    render(<LinkDialog onClose={() => {}} />);
    const note = await screen.findByTestId('link-too-long', {}, { timeout: 20_000 });
    expect(note.textContent).toContain('Модель слишком велика для ссылки');
    const link = (screen.getByTestId('lecturer-link') as HTMLTextAreaElement).value;
    expect(link).not.toContain('model=');
    expect(link).toContain('#/');
    expect(within(note).getByRole('button', { name: 'Сохранить файл модели' })).toBeTruthy();
  });
});

describe('the classroom keys', () => {
  it('open and close the overlays, and black out', async () => {
    render(<ClassroomLayer />);
    // The overlays are a lazy chunk: a key pressed before it has arrived opens its overlay when
    // it does (the key is never lost); once there, overlays open at once.
    press('o');
    expect(await screen.findByTestId('overview')).toBeTruthy();
    press('o');
    expect(screen.queryByTestId('overview')).toBeNull();
    press('?', { shiftKey: true });
    expect(screen.getByTestId('help-overlay')).toBeTruthy();
    press('Escape');
    expect(screen.queryByTestId('help-overlay')).toBeNull();
    press('g');
    expect(screen.getByTestId('goto-dialog')).toBeTruthy();
    press('Escape');
    press('b');
    expect(classroomStore.getState().blackout).toBe(true);
    expect(document.body.querySelector('[data-testid="blackout"]')).not.toBeNull();
    // While black, other keys do nothing (the lesson's navigation sees them as handled).
    expect(press('ArrowRight').defaultPrevented).toBe(true);
    expect(press('o').defaultPrevented).toBe(true);
    expect(screen.queryByTestId('overview')).toBeNull();
    press('.');
    expect(classroomStore.getState().blackout).toBe(false);
    expect(document.body.querySelector('[data-testid="blackout"]')).toBeNull();
    expect(press('ArrowRight').defaultPrevented).toBe(false);
  });

  it('ignore chords and typing', () => {
    render(
      <>
        <input data-testid="field" />
        <ClassroomLayer />
      </>,
    );
    press('o', { ctrlKey: true });
    expect(screen.queryByTestId('overview')).toBeNull();
    const field = screen.getByTestId('field');
    field.focus();
    act(() => {
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 'b', bubbles: true }));
    });
    expect(classroomStore.getState().blackout).toBe(false);
  });

  it('hide the controls a link names', () => {
    render(<ClassroomLayer />);
    act(() => classroomStore.getState().setHidden(['explore', 'stepList']));
    expect(document.documentElement.dataset.hide).toBe('stepList explore');
  });

  it('do not black out the presenter window itself', () => {
    classroomStore.setState(initialClassroom('presenter'));
    render(<ClassroomLayer />);
    press('b');
    expect(classroomStore.getState().blackout).toBe(true);
    expect(document.body.querySelector('[data-testid="blackout"]')).toBeNull();
    expect(press('ArrowRight').defaultPrevented).toBe(false);
  });
});
