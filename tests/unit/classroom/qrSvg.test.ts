import { describe, expect, it } from 'vitest';
import qrcode from 'qrcode-generator';
import { QUIET_ZONE, qrShape } from '../../../src/classroom/qrSvg';

describe("the join view's QR code", () => {
  it('draws exactly the dark modules, inside a quiet zone of four', () => {
    const text = 'http://192.168.1.20:8080/#/forward-pass?room=AbCdEfGhIjKlMnOpQrSt_-';
    const shape = qrShape(text);
    const qr = qrcode(0, 'M');
    qr.addData(text);
    qr.make();
    const n = qr.getModuleCount();
    expect(shape.size).toBe(n + 2 * QUIET_ZONE);
    const drawn = new Set<string>();
    for (const m of shape.path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
      const [x, y, w, back] = m.slice(1).map(Number);
      expect(back).toBe(w);
      for (let i = 0; i < w; i++) drawn.add(`${x + i},${y}`);
    }
    for (let r = 0; r < n; r++)
      for (let c = 0; c < n; c++)
        expect(drawn.has(`${c + QUIET_ZONE},${r + QUIET_ZONE}`), `${r},${c}`).toBe(qr.isDark(r, c));
    expect(drawn.size).toBe(
      [...Array(n * n).keys()].filter((i) => qr.isDark((i / n) | 0, i % n)).length,
    );
  });
});
