// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { deckIdOf } from '../../../src/classroom/deck';
import { channelName } from '../../../src/classroom/sync';
import { withView } from '../../../src/classroom/links';

function memory(): Storage {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    clear: () => data.clear(),
    key: () => null,
    get length() {
      return data.size;
    },
  };
}

describe('the deck: which windows follow each other', () => {
  it('a lesson tab keeps its own id across a reload; another tab gets another', () => {
    const tab = memory();
    const id = deckIdOf('?lang=en', tab);
    expect(id).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect(deckIdOf('', tab)).toBe(id);
    expect(deckIdOf('', memory())).not.toBe(id);
  });

  it('a presenter window takes the id its URL carries; a bad one is ignored', () => {
    expect(deckIdOf('?view=presenter&deck=abc123', memory())).toBe('abc123');
    expect(deckIdOf('?view=presenter&deck=a%20b', memory())).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(deckIdOf('?view=presenter&deck=a%20b', memory())).not.toBe('a b');
  });

  it('a refused storage still gives an id', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => undefined,
    };
    expect(deckIdOf('', refusing)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('the presenter URL carries the deck, and the channel is named after it', () => {
    const url = new URL(withView('https://x.test/app/?lang=ru#/sum-over-k', 'presenter', 'd1'));
    expect(url.searchParams.get('view')).toBe('presenter');
    expect(url.searchParams.get('deck')).toBe('d1');
    expect(url.hash).toBe('#/sum-over-k');
    expect(channelName('d1')).not.toBe(channelName('d2'));
  });
});
