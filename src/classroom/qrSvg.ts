/**
 * A QR code as one SVG path (qrcode-generator, offline, in the page): a chunk of its own, loaded
 * by the join view only. Error correction M; the quiet zone (4 modules) is part of the size.
 */
import qrcode from 'qrcode-generator';

export interface QrShape {
  /** Modules across, with the quiet zone. */
  readonly size: number;
  /** The dark modules, as a path in module units (the quiet zone included in the offsets). */
  readonly path: string;
}

export const QUIET_ZONE = 4;

export function qrShape(text: string): QrShape {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const n = qr.getModuleCount();
  let path = '';
  for (let r = 0; r < n; r++) {
    // Runs of dark modules on a row, one rectangle each.
    for (let c = 0; c < n; c++) {
      if (!qr.isDark(r, c)) continue;
      let end = c;
      while (end + 1 < n && qr.isDark(r, end + 1)) end++;
      path += `M${c + QUIET_ZONE} ${r + QUIET_ZONE}h${end - c + 1}v1h${-(end - c + 1)}z`;
      c = end;
    }
  }
  return { size: n + 2 * QUIET_ZONE, path };
}
