import { useEffect, useState } from 'react';
import type { QrShape } from './qrSvg';

/**
 * The QR code of `text`, made in the page once its chunk (qrcode-generator) has arrived; null
 * until then, or when it could not be made (the text too long for a QR code).
 */
export function useQrShape(text: string): QrShape | null {
  const [shape, setShape] = useState<{ text: string; shape: QrShape | null } | null>(null);
  useEffect(() => {
    let live = true;
    import('./qrSvg')
      .then((m) => {
        let made: QrShape | null = null;
        try {
          made = m.qrShape(text);
        } catch (e) {
          console.error(e);
        }
        if (live) setShape({ text, shape: made });
      })
      .catch((e: unknown) => console.error(e));
    return () => {
      live = false;
    };
  }, [text]);
  return shape && shape.text === text ? shape.shape : null;
}
