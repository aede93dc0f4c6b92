/**
 * The Content-Security-Policy of the built page, as a <meta http-equiv> tag (the dev server is
 * left alone: its client injects inline code for hot reloading).
 *
 * Nothing is loaded from another origin. Scripts run only from the page's own files or, in the
 * single-file build, from the inline scripts whose SHA-256 hashes the policy lists; WebAssembly
 * may be compiled (the core's SIMD kernel), eval may not. <style>
 * elements likewise ('self' or hashed). Inline style *attributes* are allowed: KaTeX's markup
 * positions glyphs with them (style-src-attr; browsers without it fall back to style-src).
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** "'sha256-…'" for an inline script's or style's exact text. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export interface InlineCode {
  readonly scripts: readonly string[];
  readonly styles: readonly string[];
}

/** The texts of the page's inline <script> (without src) and <style> elements. */
export function inlineCode(html: string): InlineCode {
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (!/\bsrc\s*=/.test(m[1]) && m[2].length > 0) scripts.push(m[2]);
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) styles.push(m[1]);
  return { scripts, styles };
}

/** The policy for a page whose inline code is `code`. */
export function buildCsp(code: InlineCode): string {
  const scriptHashes = [...new Set(code.scripts.map(sha256Source))];
  const styleHashes = [...new Set(code.styles.map(sha256Source))];
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    // 'wasm-unsafe-eval' lets the numeric core compile its WebAssembly kernel (and nothing else:
    // eval and new Function stay blocked).
    ['script-src', "'self'", "'wasm-unsafe-eval'", ...scriptHashes],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['style-src-elem', "'self'", ...styleHashes],
    ['style-src-attr', "'unsafe-inline'"],
    // data: for the inlined small font, the favicon and the PNG export; blob: for downloads.
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'", 'data:'],
    ['connect-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

const CSP_META = /<meta\s+http-equiv=["']Content-Security-Policy["'][^>]*>\s*/i;

/** The page with its policy meta tag (replacing any earlier one) right after <meta charset>. */
export function withCspMeta(html: string): string {
  const clean = html.replace(CSP_META, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${buildCsp(inlineCode(clean))}" />`;
  const charset = /<meta\s+charset=[^>]*>/i.exec(clean);
  if (charset) {
    const at = charset.index + charset[0].length;
    return `${clean.slice(0, at)}\n    ${meta}${clean.slice(at)}`;
  }
  const head = /<head[^>]*>/i.exec(clean);
  if (!head) throw new Error('the page has no <head> for its Content-Security-Policy');
  const at = head.index + head[0].length;
  return `${clean.slice(0, at)}\n    ${meta}${clean.slice(at)}`;
}

/** The policy for the value of an HTML page's meta tag, or null when it has none. */
export function cspOf(html: string): string | null {
  const meta = /<meta\s+http-equiv=["']Content-Security-Policy["']\s+content="([^"]*)"/i.exec(html);
  return meta ? meta[1] : null;
}

/**
 * Adds the policy to every emitted HTML page, after every other plugin (the single-file plugin
 * inlines scripts and styles in its own late generateBundle; this one must see the result).
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'bptt:content-security-policy',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !/\.html?$/.test(file.fileName)) continue;
          const html =
            typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
          file.source = withCspMeta(html);
        }
      },
    },
  };
}
