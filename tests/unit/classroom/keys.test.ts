// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  classroomCommandFor,
  isTypingTarget,
  latinKey,
} from '../../../src/classroom/useClassroomKeys';
import { KEYCAP_EVENT_KEY, HELP_KEYS } from '../../../src/i18n';
import { navCommandFor } from '../../../src/components/useKeyboardNav';

const key = (k: string, extra: Partial<KeyboardEvent> = {}) => ({
  key: k,
  code: '',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...extra,
});

describe('classroom keys', () => {
  it('map F, B, ., S, O, G, ? and Esc', () => {
    expect(classroomCommandFor(key('f'), null)).toBe('fullscreen');
    expect(classroomCommandFor(key('F', { shiftKey: true }), null)).toBe('fullscreen');
    expect(classroomCommandFor(key('b'), null)).toBe('blackout');
    expect(classroomCommandFor(key('.'), null)).toBe('blackout');
    expect(classroomCommandFor(key('s'), null)).toBe('presenter');
    expect(classroomCommandFor(key('o'), null)).toBe('overview');
    expect(classroomCommandFor(key('g'), null)).toBe('goto');
    expect(classroomCommandFor(key('?', { shiftKey: true }), null)).toBe('help');
    expect(classroomCommandFor(key('Escape'), null)).toBe('escape');
  });

  it('leave chords, typing and Tab alone', () => {
    expect(classroomCommandFor(key('f', { ctrlKey: true }), null)).toBeNull();
    expect(classroomCommandFor(key('s', { metaKey: true }), null)).toBeNull();
    expect(classroomCommandFor(key('b', { altKey: true }), null)).toBeNull();
    expect(classroomCommandFor(key('Tab'), null)).toBeNull();
    for (const tag of ['input', 'textarea', 'select']) {
      const el = document.createElement(tag);
      expect(isTypingTarget(el)).toBe(true);
      expect(classroomCommandFor(key('b'), el)).toBeNull();
    }
    const editable = document.createElement('div');
    editable.contentEditable = 'true';
    Object.defineProperty(editable, 'isContentEditable', { value: true });
    expect(classroomCommandFor(key('o'), editable)).toBeNull();
    expect(classroomCommandFor(key('o'), document.createElement('button'))).toBe('overview');
  });

  it('read letters by their physical key on a Russian layout', () => {
    expect(latinKey(key('и', { code: 'KeyB' }))).toBe('b');
    expect(classroomCommandFor(key('и', { code: 'KeyB' }), null)).toBe('blackout');
    expect(classroomCommandFor(key('а', { code: 'KeyF' }), null)).toBe('fullscreen');
    expect(classroomCommandFor(key('ы', { code: 'KeyS' }), null)).toBe('presenter');
    expect(classroomCommandFor(key(',', { code: 'Slash', shiftKey: true }), null)).toBe('help');
    expect(latinKey(key('ю', { code: 'Period' }))).toBe('.');
  });

  it('together with the navigation keys cover every key of the help, with no overlap', () => {
    for (const entry of HELP_KEYS) {
      for (const cap of entry.keys) {
        const k = KEYCAP_EVENT_KEY[cap];
        const e = key(k, { shiftKey: k === '?' });
        const nav = navCommandFor(e, null);
        const cls = classroomCommandFor(e, null);
        expect(nav !== null || cls !== null, cap).toBe(true);
        expect(nav !== null && cls !== null, cap).toBe(false);
      }
    }
  });
});

describe('navigation keys on a Russian layout', () => {
  it('read N and P by their physical keys', () => {
    expect(navCommandFor(key('т', { code: 'KeyN' }), null)).toBe('next');
    expect(navCommandFor(key('з', { code: 'KeyP' }), null)).toBe('prev');
    expect(navCommandFor(key('т', { code: 'KeyN', ctrlKey: true }), null)).toBeNull();
  });
});
