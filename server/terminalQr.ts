/**
 * A QR code for a terminal: two modules per character row (the upper and lower half blocks), dark
 * modules drawn as the terminal's background on a light quiet zone, so that a phone's camera reads
 * it from a laptop's screen. Made offline (qrcode-generator), like the join view's in the browser.
 */
import qrcode from 'qrcode-generator';

/** The QR code of `text` as lines of text (error correction M, a quiet zone of 2 modules). */
export function terminalQr(text: string): string[] {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const n = qr.getModuleCount();
  const quiet = 2;
  const dark = (r: number, c: number) =>
    r >= 0 && c >= 0 && r < n && c < n ? qr.isDark(r, c) : false;
  const lines: string[] = [];
  for (let r = -quiet; r < n + quiet; r += 2) {
    let line = '';
    for (let c = -quiet; c < n + quiet; c++) {
      const top = dark(r, c);
      const bottom = dark(r + 1, c);
      // Light is drawn (a block), dark is left as the terminal's background.
      line += top ? (bottom ? ' ' : '▄') : bottom ? '▀' : '█';
    }
    lines.push(line);
  }
  return lines;
}
