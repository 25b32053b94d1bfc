/**
 * The app pages' Content-Security-Policy, sent as a response header in addition to the meta tag in
 * renderer/index.html (a test keeps the two identical). No eval, no inline script, no remote origin.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The header policy for the dev server only: React Refresh needs an inline preamble. The page's meta
 * tag (which the dev config extends with the exact sha256 of each inline script) still applies, and a
 * page must satisfy both policies, so only those hashed scripts run.
 */
export function devCsp(): string {
  return APP_CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'");
}

/** The header policy for the current mode; `dev` is true when pages come from the Vite dev server. */
export function cspFor(dev: boolean): string {
  return dev ? devCsp() : APP_CSP;
}
