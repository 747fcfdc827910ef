import { describe, expect, it } from 'vitest';
import { cspFromIndexHtml, DEFAULT_CSP, mimeType, resolveStaticPath, withConnectSrc } from './static-files';

describe('static files', () => {
  it('maps paths inside the root and refuses the rest', () => {
    expect(resolveStaticPath('/srv/app', '/')).toBe('/srv/app/index.html');
    expect(resolveStaticPath('/srv/app', '/assets/a%20b.js')).toBe('/srv/app/assets/a b.js');
    expect(resolveStaticPath('/srv/app', '/..%2f..%2fetc/passwd')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/%2e%2e%2fsecret')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/..\\secret')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/a%00.js')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/%E0%A4%A')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/%2e%2e')).toBeNull();
  });

  it('knows the MIME types a Vite build produces', () => {
    expect(mimeType('x/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeType('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeType('a.woff2')).toBe('font/woff2');
    expect(mimeType('a.svg')).toBe('image/svg+xml');
    expect(mimeType('a.unknown')).toBe('application/octet-stream');
  });

  it('repeats the renderer meta CSP as the header and adds frame-ancestors', () => {
    const html = `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; img-src 'self' data:;" />`;
    expect(cspFromIndexHtml(html)).toBe("default-src 'self'; img-src 'self' data:; frame-ancestors 'none'");
    expect(cspFromIndexHtml('<html></html>')).toBe(`${DEFAULT_CSP}; frame-ancestors 'none'`);
    expect(cspFromIndexHtml(null)).toContain("object-src 'none'");
  });
});

describe('withConnectSrc', () => {
  it('replaces the connect-src directive, or adds one', () => {
    const ws = ["'self'", 'ws://127.0.0.1:4780'];
    expect(withConnectSrc("default-src 'self'; connect-src 'self' ws: wss:; object-src 'none'", ws)).toBe(
      "default-src 'self'; connect-src 'self' ws://127.0.0.1:4780; object-src 'none'",
    );
    expect(withConnectSrc("default-src 'self';", ["'self'"])).toBe("default-src 'self'; connect-src 'self'");
  });
});
