/**
 * The addresses of a class session as the students see them: the page they type (`<base>join`),
 * the link in the join view's QR code (`<base>#/<step>?room=<id>`: the room's id, never the
 * lecturer's secret), the short code as it is read out (3+3 digits) and as it is typed.
 */

/** Where students join: the relay's LAN address when it gave one, else this page's origin. */
export function joinBaseOf(joinBase: string | null, origin: string): string {
  const base = joinBase ?? `${origin}/`;
  return base.endsWith('/') ? base : `${base}/`;
}

/** The students' link to the room, opening on the lecturer's step. */
export function studentLink(base: string, step: string, room: string): string {
  return `${base}#/${encodeURIComponent(step)}?room=${encodeURIComponent(room)}`;
}

/** The page for those who type the code. */
export function typedAddress(base: string): string {
  return `${base}join`;
}

/** A six-digit code as read out: "123 456" (a no-break space, so it never splits). */
export function groupCode(code: string): string {
  return /^\d{6}$/.test(code) ? `${code.slice(0, 3)}\u00a0${code.slice(3)}` : code;
}

/** A code as typed ("123 456", "123-456", "123456"), or null when it is not six digits. */
export function parseCode(text: string): string | null {
  const digits = text.replace(/[\s\-‐‑‒–—_.]/gu, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}

/** Where a joined student goes: the room's link on this page, keeping the link's language. */
export function roomLink(pathname: string, search: string, room: string): string {
  const lang = new URLSearchParams(search).get('lang');
  const query = lang && /^[a-z]{2}$/.test(lang) ? `?lang=${lang}` : '';
  return `${pathname}${query}#/title?room=${encodeURIComponent(room)}`;
}
