/** Just enough of a window for the URL's synchronisation: its location, history and hashchange. */
export function fakeWindow(href: string) {
  const url = new URL(href);
  const listeners = new Set<() => void>();
  let writes = 0;
  const win = {
    location: {
      get hash() {
        return url.hash;
      },
      get search() {
        return url.search;
      },
      get pathname() {
        return url.pathname;
      },
      get href() {
        return url.href;
      },
    },
    history: {
      state: null,
      replaceState(_s: unknown, _t: string, next: string) {
        writes++;
        const n = new URL(next, url);
        url.search = n.search;
        url.hash = n.hash;
      },
    },
    addEventListener: (_: string, fn: () => void) => listeners.add(fn),
    removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
  };
  const navigate = (hash: string) => {
    url.hash = hash;
    listeners.forEach((fn) => fn());
  };
  return { win: win as unknown as Window, url, navigate, writes: () => writes, listeners };
}

/** Waits until `check` passes (the model's encoding and decoding are asynchronous). */
export async function eventually(check: () => void, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      check();
      return;
    } catch (e) {
      if (Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, 5));
    }
  }
}
