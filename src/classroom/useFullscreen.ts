import { useSyncExternalStore } from 'react';
import { isFullscreen } from './fullscreen';

function subscribe(onChange: () => void): () => void {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}

/** Whether the page is in full screen (follows F, the button and the browser's own Esc). */
export function useFullscreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => isFullscreen(),
    () => false,
  );
}
