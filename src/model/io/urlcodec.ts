/**
 * A model in a link. Two forms:
 * - packed, in the fragment (`#…?model=z.<…>`): `z.` then the model file's JSON, UTF-8,
 *   compressed with raw DEFLATE (RFC 1951), in base64url (RFC 4648 §5: A–Z a–z 0–9 - _);
 * - plain, the first links' `?model=<the JSON, UTF-8, in base64url>` (padding "=" optional).
 * Pure: UTF-8 and base64url are written here, and the compression is passed in (the app passes
 * the platform's CompressionStream), so that the core needs no DOM or Node globals. Decoding
 * never throws: every problem is a FieldError.
 */
import { modelToJson, parseModel } from './parse';
import { CELL_KINDS } from '../bptt/cells';

import type { FieldErrorCode } from './errorCodes';
import type { AnyModel } from '../bptt/types';
import type { Checked, FieldError, ParseResult } from './types';

/** The query parameter that carries a model. */
export const MODEL_PARAM = 'model';
/** The field named by errors in the link itself (rather than in the model it holds). */
export const LINK_FIELD = '?model';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ALPHABET_CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
/** Each base64url character's value by its code, −1 for others (built on first use). */
let INDEX: Int8Array | null = null;

function fail(
  message: string,
  code: FieldErrorCode,
  params?: Record<string, string | number>,
): { ok: false; errors: FieldError[] } {
  const e: FieldError = params
    ? { field: LINK_FIELD, message, code, params }
    : { field: LINK_FIELD, message, code };
  return { ok: false, errors: [e] };
}

/** UTF-8 bytes of a string; a lone surrogate becomes U+FFFD. Linear, into one buffer. */
export function utf8Encode(text: string): Uint8Array {
  // At most 3 bytes per UTF-16 unit (a surrogate pair: 4 bytes for 2 units).
  const out = new Uint8Array(text.length * 3);
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      out[o++] = c;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x800) {
      out[o++] = 0xc0 | (c >> 6);
      out[o++] = 0x80 | (c & 63);
    } else if (c < 0x10000) {
      out[o++] = 0xe0 | (c >> 12);
      out[o++] = 0x80 | ((c >> 6) & 63);
      out[o++] = 0x80 | (c & 63);
    } else {
      out[o++] = 0xf0 | (c >> 18);
      out[o++] = 0x80 | ((c >> 12) & 63);
      out[o++] = 0x80 | ((c >> 6) & 63);
      out[o++] = 0x80 | (c & 63);
    }
  }
  return out.slice(0, o);
}

/** The string of strict UTF-8 bytes (no overlong forms, surrogates or values above U+10FFFF). */
export function utf8Decode(bytes: Uint8Array): Checked<string> {
  const parts: string[] = [];
  let codes: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      codes.push(b);
      i++;
      if (codes.length >= 4096) {
        parts.push(String.fromCodePoint(...codes));
        codes = [];
      }
      continue;
    }
    let n: number;
    let c: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [n, c, min] = [1, b & 31, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [n, c, min] = [2, b & 15, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [n, c, min] = [3, b & 7, 0x10000];
    else
      return fail(
        `the decoded bytes are not UTF-8 (byte ${i} is 0x${b.toString(16)})`,
        'link.utf8',
        {
          at: i,
        },
      );
    for (let k = 1; k <= n; k++) {
      const cont = bytes[i + k];
      if (cont === undefined)
        return fail(
          `the decoded bytes are not UTF-8 (the character at byte ${i} is cut off)`,
          'link.utf8',
          { at: i },
        );
      if ((cont & 0xc0) !== 0x80)
        return fail(
          `the decoded bytes are not UTF-8 (byte ${i + k} should continue a character)`,
          'link.utf8',
          { at: i + k },
        );
      c = (c << 6) | (cont & 63);
    }
    if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
      return fail(
        `the decoded bytes are not UTF-8 (an invalid character at byte ${i})`,
        'link.utf8',
        {
          at: i,
        },
      );
    codes.push(c);
    if (codes.length >= 4096) {
      parts.push(String.fromCodePoint(...codes));
      codes = [];
    }
    i += n + 1;
  }
  parts.push(String.fromCodePoint(...codes));
  return { ok: true, value: parts.join('') };
}

/** base64url (RFC 4648 §5) of the bytes, without padding unless `pad`. */
export function base64UrlEncode(bytes: Uint8Array, pad = false): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const n = bytes.length - i;
    const v = (bytes[i] << 16) | ((n > 1 ? bytes[i + 1] : 0) << 8) | (n > 2 ? bytes[i + 2] : 0);
    out[o++] = ALPHABET_CODES[(v >> 18) & 63];
    out[o++] = ALPHABET_CODES[(v >> 12) & 63];
    if (n > 1) out[o++] = ALPHABET_CODES[(v >> 6) & 63];
    else if (pad) out[o++] = 61; // "="
    if (n > 2) out[o++] = ALPHABET_CODES[v & 63];
    else if (pad) out[o++] = 61;
  }
  // In slices: one string per character would be quadratic, one call for all overflows the stack.
  const parts: string[] = [];
  for (let i = 0; i < o; i += 8192)
    parts.push(
      String.fromCharCode.apply(
        null,
        out.subarray(i, Math.min(o, i + 8192)) as unknown as number[],
      ),
    );
  return parts.join('');
}

/** The bytes of a base64url text, padded or not; any other character is an error. */
export function base64UrlDecode(text: string): Checked<Uint8Array> {
  if (typeof text !== 'string') return fail('expected base64url text', 'link.notText');
  let body = text;
  const padAt = text.indexOf('=');
  if (padAt >= 0) {
    body = text.slice(0, padAt);
    const padding = text.slice(padAt);
    if (!/^={1,2}$/.test(padding) || text.length % 4 !== 0)
      return fail(
        `misplaced padding "=" at position ${padAt} of the base64url text`,
        'link.padding',
        {
          at: padAt,
        },
      );
  }
  if (!INDEX) {
    INDEX = new Int8Array(128).fill(-1);
    for (let i = 0; i < ALPHABET.length; i++) INDEX[ALPHABET_CODES[i]] = i;
  }
  const out = new Uint8Array(Math.floor((body.length * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < body.length; i++) {
    const code = body.charCodeAt(i);
    const v = code < 128 ? INDEX[code] : -1;
    if (v < 0) {
      const shown = JSON.stringify(body[i]);
      return fail(
        `${shown} at position ${i} is not a base64url character (A–Z a–z 0–9 - _)`,
        'link.char',
        { char: body[i], at: i },
      );
    }
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  if (body.length % 4 === 1)
    return fail(
      `the base64url text has an impossible length (${body.length} characters)`,
      'link.length',
      { n: body.length },
    );
  return { ok: true, value: out };
}

/** The `?model=` value for a model: base64url, unpadded, of its model file's JSON. */
export function encodeModelParam(model: AnyModel): string {
  return base64UrlEncode(utf8Encode(JSON.stringify(modelToJson(model))));
}

/**
 * The model in a `?model=` value, of any cell (a link carries what the app shows: the explore mode
 * edits gated models too); errors name "?model" for the link, or the model file's field.
 */
export function decodeModelParam(value: string): ParseResult<AnyModel> {
  if (typeof value !== 'string' || value.trim() === '')
    return fail('empty; expected a model', 'link.empty');
  const bytes = base64UrlDecode(value.trim());
  if (!bytes.ok) return bytes;
  return modelFromUtf8(bytes.value);
}

/** The model in the UTF-8 bytes of a model file's JSON. */
function modelFromUtf8(bytes: Uint8Array): ParseResult<AnyModel> {
  const text = utf8Decode(bytes);
  if (!text.ok) return text;
  let json: unknown;
  try {
    json = JSON.parse(text.value);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail(`the decoded text is not valid JSON: ${detail}`, 'link.json', { detail });
  }
  return parseModel(json, { cells: CELL_KINDS });
}

/** The raw value of a query parameter (the first one), or null when absent. Never throws. */
export function queryParam(search: string, name: string): Checked<string> | null {
  if (typeof search !== 'string') return null;
  const q = search.startsWith('?') ? search.slice(1) : search;
  for (const pair of q.split('&')) {
    const eq = pair.indexOf('=');
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    const rawValue = eq < 0 ? '' : pair.slice(eq + 1);
    try {
      if (decodeURIComponent(rawKey.replace(/\+/g, ' ')) !== name) continue;
      return { ok: true, value: decodeURIComponent(rawValue.replace(/\+/g, ' ')) };
    } catch {
      if (rawKey === name) return fail('the link is not correctly percent-encoded', 'link.percent');
    }
  }
  return null;
}

/** The model given by a query string's `?model=`, or null when there is none. */
export function readModelParam(search: string): ParseResult<AnyModel> | null {
  const v = queryParam(search, MODEL_PARAM);
  if (v === null) return null;
  return v.ok ? decodeModelParam(v.value) : v;
}

/** Bytes in, bytes out, maybe asynchronously: raw DEFLATE and its inverse. */
export type ByteTransform = (bytes: Uint8Array) => Promise<Uint8Array>;

/** Starts a packed model. "." is no base64url character: no plain value starts so. */
export const PACKED_PREFIX = 'z.';

/** The packed form of a model: `z.` + base64url of the raw DEFLATE of its model file's JSON. */
export async function packModel(model: AnyModel, deflate: ByteTransform): Promise<string> {
  const json = utf8Encode(JSON.stringify(modelToJson(model)));
  return PACKED_PREFIX + base64UrlEncode(await deflate(json));
}

/**
 * The model in a link's value, packed (`z.…`) or plain base64url JSON. `inflate` may reject (a
 * damaged or cut link): that is reported as a FieldError, never thrown.
 */
export async function unpackModel(
  value: string,
  inflate: ByteTransform,
): Promise<ParseResult<AnyModel>> {
  if (typeof value !== 'string' || !value.trim().startsWith(PACKED_PREFIX))
    return decodeModelParam(value);
  const bytes = base64UrlDecode(value.trim().slice(PACKED_PREFIX.length));
  if (!bytes.ok) return bytes;
  let raw: Uint8Array;
  try {
    raw = await inflate(bytes.value);
  } catch (e) {
    // No code of its own yet: the JSON code's detail says what failed.
    const detail = `the compressed data is damaged or cut off (${e instanceof Error ? e.message : String(e)})`;
    return fail(`the decoded text is not valid JSON: ${detail}`, 'link.json', { detail });
  }
  return modelFromUtf8(raw);
}
