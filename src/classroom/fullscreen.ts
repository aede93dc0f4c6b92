/** The Fullscreen API, guarded: some embedded contexts and old browsers lack it or refuse. */

export function isFullscreen(doc: Document = document): boolean {
  return doc.fullscreenElement != null;
}

/** Enters or leaves full screen; resolves false when the browser refuses. */
export async function toggleFullscreen(doc: Document = document): Promise<boolean> {
  try {
    if (doc.fullscreenElement) {
      await doc.exitFullscreen();
      return true;
    }
    const root = doc.documentElement;
    if (typeof root.requestFullscreen !== 'function' || doc.fullscreenEnabled === false) {
      return false;
    }
    await root.requestFullscreen({ navigationUI: 'hide' });
    return true;
  } catch {
    return false;
  }
}
