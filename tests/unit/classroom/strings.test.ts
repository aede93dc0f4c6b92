// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  CLASSROOM_KEYS,
  CLASSROOM_STRINGS,
  ct,
  isClassroomKey,
} from '../../../src/components/classroom/strings';
import { KEYS as LESSON_KEYS } from '../../../src/lesson/i18n';

const CYRILLIC = /[\u0400-\u04FF]/;
const names = (s: string) => [...s.matchAll(/\{([A-Za-z]+)(?::sub)?\}/g)].map((m) => m[1]).sort();

describe('classroom strings', () => {
  it('have every key in both languages, non-empty', () => {
    expect(Object.keys(CLASSROOM_STRINGS.en).sort()).toEqual(
      Object.keys(CLASSROOM_STRINGS.ru).sort(),
    );
    expect(CLASSROOM_KEYS.length).toBeGreaterThan(40);
    for (const k of CLASSROOM_KEYS) {
      expect(CLASSROOM_STRINGS.ru[k].trim(), k).not.toBe('');
      expect(CLASSROOM_STRINGS.en[k].trim(), k).not.toBe('');
    }
  });

  it('are English in English and Russian in Russian', () => {
    for (const k of CLASSROOM_KEYS) {
      expect(CLASSROOM_STRINGS.en[k], k).not.toMatch(CYRILLIC);
      expect(CLASSROOM_STRINGS.ru[k], k).toMatch(CYRILLIC);
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const k of CLASSROOM_KEYS) {
      expect(names(CLASSROOM_STRINGS.en[k]), k).toEqual(names(CLASSROOM_STRINGS.ru[k]));
    }
  });

  it('do not shadow the lesson strings', () => {
    const shared = CLASSROOM_KEYS.filter((k) => (LESSON_KEYS as readonly string[]).includes(k));
    expect(shared).toEqual([]);
  });

  it('interpolate and recognise their keys', () => {
    expect(ct('en', 'presenter.stepOf', { n: 3, total: 12 })).toBe('Step 3 of 12');
    expect(ct('ru', 'presenter.stepOf', { n: 3, total: 12 })).toBe('Шаг 3 из 12');
    expect(isClassroomKey('link.title')).toBe(true);
    expect(isClassroomKey('help.title')).toBe(false);
    expect(isClassroomKey('toString')).toBe(false);
  });
});
