import { describe, expect, it } from 'vitest';
import {
  groupCode,
  joinBaseOf,
  parseCode,
  roomLink,
  studentLink,
  typedAddress,
} from '../../../src/classroom/joinLink';

const ROOM = 'AbCdEfGhIjKlMnOpQrSt_-';

describe('the join addresses', () => {
  it("takes the relay's address, else the page's origin, always ending in a slash", () => {
    expect(joinBaseOf('http://192.168.1.20:8080/', 'http://localhost:8080')).toBe(
      'http://192.168.1.20:8080/',
    );
    expect(joinBaseOf('http://192.168.1.20:8080', 'http://x')).toBe('http://192.168.1.20:8080/');
    expect(joinBaseOf(null, 'http://localhost:8080')).toBe('http://localhost:8080/');
  });

  it("links the students to the room at the lecturer's step, never with a secret", () => {
    const link = studentLink('http://10.0.0.2:8080/', 'forward-pass', ROOM);
    expect(link).toBe(`http://10.0.0.2:8080/#/forward-pass?room=${ROOM}`);
    expect(link).not.toContain('host=');
    expect(typedAddress('http://10.0.0.2:8080/')).toBe('http://10.0.0.2:8080/join');
  });

  it('reads a code out in two groups of three, unbreakable', () => {
    expect(groupCode('123456')).toBe('123\u00a0456');
    expect(groupCode('12345')).toBe('12345');
  });

  it('accepts a code typed with spaces or hyphens, and nothing but six digits', () => {
    for (const typed of ['123456', '123 456', '123-456', ' 123 – 456 ', '123\u00a0456'])
      expect(parseCode(typed), typed).toBe('123456');
    for (const typed of ['', '12345', '1234567', '12a456', '١٢٣٤٥٦'])
      expect(parseCode(typed), typed).toBeNull();
  });

  it("opens the room on this page, keeping the link's language only", () => {
    expect(roomLink('/', '?view=join&lang=ru', ROOM)).toBe(`/?lang=ru#/title?room=${ROOM}`);
    expect(roomLink('/', '?view=join', ROOM)).toBe(`/#/title?room=${ROOM}`);
    expect(roomLink('/', '?view=join&lang=%3Cx', ROOM)).toBe(`/#/title?room=${ROOM}`);
  });
});
