/**
 * A model file's bytes as text, the same way in the app and the `bptt` command: a byte-order mark
 * says UTF-8, UTF-16LE or UTF-16BE (and is dropped); without one the file is UTF-8, and bytes that
 * are not UTF-8 are an error naming the file. Files larger than MAX_MODEL_FILE_BYTES are refused
 * before they are read: the largest model within the limits (T = 256, H = 128, D = K = 256) is
 * about 3 MB of JSON written with every digit.
 */
import type { Checked } from './types';

// The platform's decoder (every browser, Node ≥ 11); the core's types do not include the DOM's.
declare const TextDecoder: new (
  label: string,
  options: { fatal: boolean },
) => { decode(bytes: Uint8Array): string };

/** The most bytes a model file may have (8 MiB). */
export const MAX_MODEL_FILE_BYTES = 8 * 1024 * 1024;

/** The error of a file over the limit, or null. */
export function fileSizeProblem(bytes: number): Checked<never> | null {
  if (bytes <= MAX_MODEL_FILE_BYTES) return null;
  return {
    ok: false,
    errors: [
      {
        field: '(file)',
        message: `${bytes} bytes, more than the ${MAX_MODEL_FILE_BYTES} bytes (8 MiB) a model file may have`,
        code: 'file.tooLarge',
        params: { n: bytes, limit: MAX_MODEL_FILE_BYTES },
      },
    ],
  };
}

/** The file's text (its byte-order mark says the encoding; UTF-8 without one). */
export function decodeModelBytes(bytes: Uint8Array): Checked<string> {
  const big = fileSizeProblem(bytes.length);
  if (big) return big;
  let encoding = 'utf-8';
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, start] = ['utf-16be', 2];
  try {
    return {
      ok: true,
      value: new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(start)),
    };
  } catch {
    return {
      ok: false,
      errors: [
        {
          field: '(file)',
          message: `not ${encoding === 'utf-8' ? 'UTF-8' : encoding.toUpperCase()} text`,
          code: 'file.encoding',
          params: { encoding: encoding === 'utf-8' ? 'UTF-8' : encoding.toUpperCase() },
        },
      ],
    };
  }
}

/** How many problems a list shows before "… and n more". */
export const SHOWN_ERRORS = 20;

/**
 * A text as it may be echoed to a terminal: control characters (which could move the cursor or
 * clear the screen) and bidirectional controls (which could reorder what is printed) written as
 * \u escapes.
 */
export function printable(text: string): string {
  let out = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f) || isDirectionControl(c);
    out += control ? `\\u${code.toString(16).padStart(4, '0')}` : c;
  }
  return out;
}

/** Whether a character is a text-direction control (U+202A–U+202E, U+2066–U+2069). */
export function isDirectionControl(c: string): boolean {
  const code = c.charCodeAt(0);
  return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}
