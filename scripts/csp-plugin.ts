/**
 * The Content-Security-Policy of the built app, as a <meta> tag written into index.html at build time
 * only. The dev server is left without it: Vite's dev client talks over `ws:` and injects inline
 * scripts for React refresh, which the production policy rightly forbids.
 */
import type { Plugin } from 'vite';

/**
 * - scripts and workers only from the app's own files (Monaco's worker is a bundled `?worker` file, the
 *   layout worker a bundled module): no `unsafe-eval`, no inline script;
 * - `style-src 'unsafe-inline'`: React Flow and Monaco set `style` attributes and insert <style> tags;
 * - `blob:`/`data:` for images and fonts (Monaco's codicon font, CSS icons, downloads made as blob URLs);
 * - nothing is fetched from elsewhere (`connect-src 'self'`), and the page cannot be framed by others'
 *   forms or post them anywhere but here.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "media-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'dialplan-studio:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}
