/**
 * The key as a Latin layout would name it: with a Russian layout the B key sends "и", so letters
 * outside ASCII are read from the physical key (KeyB → b). Shift+/ is "?" whatever the layout.
 */
export function latinKey(e: {
  readonly key: string;
  readonly code?: string;
  readonly shiftKey?: boolean;
}): string {
  const k = e.key;
  if (k.length === 1 && k.charCodeAt(0) > 0x7f) {
    const m = /^Key([A-Z])$/.exec(e.code ?? '');
    if (m) return m[1].toLowerCase();
    if (e.code === 'Period') return '.';
  }
  if (e.code === 'Slash' && e.shiftKey && k !== '?') return '?';
  return k;
}
