import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildCsp, cspOf, inlineCode, sha256Source, withCspMeta } from '../../../scripts/csp';

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>t</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-abc.css">
  </head>
  <body><div id="root"></div></body>
</html>`;

const SINGLE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>t</title>
    <script type="module" crossorigin>console.log("a</b>")</script>
    <style rel="stylesheet" crossorigin>.a{color:red}</style>
  </head>
  <body><div id="root"></div></body>
</html>`;

/** The directives of a policy, by name. */
function directives(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name, sources);
  }
  return out;
}

describe('Content-Security-Policy', () => {
  it('hashes text as browsers do (SHA-256, base64)', () => {
    // The hash of the empty string is a published constant.
    expect(sha256Source('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    const digest = createHash('sha256').update('alert(1)').digest('base64');
    expect(sha256Source('alert(1)')).toBe(`'sha256-${digest}'`);
  });

  it('finds inline scripts and styles, not external ones', () => {
    expect(inlineCode(PAGE)).toEqual({ scripts: [], styles: [] });
    expect(inlineCode(SINGLE)).toEqual({
      scripts: ['console.log("a</b>")'],
      styles: ['.a{color:red}'],
    });
  });

  it('allows no remote origin and no eval, for either build', () => {
    for (const html of [PAGE, SINGLE]) {
      const policy = buildCsp(inlineCode(html));
      expect(policy).not.toMatch(/https?:|wss?:|\*|'unsafe-eval'|'strict-dynamic'/);
      const d = directives(policy);
      expect(d.get('default-src')).toEqual(["'self'"]);
      expect(d.get('object-src')).toEqual(["'none'"]);
      expect(d.get('base-uri')).toEqual(["'none'"]);
      expect(d.get('script-src')).not.toContain("'unsafe-inline'");
      expect(d.get('style-src-elem')).not.toContain("'unsafe-inline'");
    }
  });

  it('lists exactly the hashes of the inlined script and style of the single file', () => {
    const d = directives(buildCsp(inlineCode(SINGLE)));
    expect(d.get('script-src')).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
      sha256Source('console.log("a</b>")'),
    ]);
    expect(d.get('style-src-elem')).toEqual(["'self'", sha256Source('.a{color:red}')]);
    expect(directives(buildCsp(inlineCode(PAGE))).get('script-src')).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
    ]);
  });

  it('puts the meta tag before any script or style, once', () => {
    for (const html of [PAGE, SINGLE]) {
      const out = withCspMeta(html);
      const meta = out.indexOf('http-equiv="Content-Security-Policy"');
      expect(meta).toBeGreaterThan(out.indexOf('<meta charset'));
      expect(meta).toBeLessThan(out.indexOf('<script'));
      expect(withCspMeta(out)).toBe(out);
      expect(cspOf(out)).toBe(buildCsp(inlineCode(html)));
    }
    expect(cspOf(PAGE)).toBeNull();
  });

  it('needs a head to put the policy in', () => {
    expect(() => withCspMeta('<p>no head</p>')).toThrow(/head/);
    expect(withCspMeta('<html><head><title>x</title></head></html>')).toMatch(
      /<head>\n {4}<meta http-equiv="Content-Security-Policy"/,
    );
  });
});
