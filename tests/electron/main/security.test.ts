import { describe, expect, it, vi } from 'vitest';
import { APP_CSP, cspFor } from '../../../electron/main/csp';
import {
  PACKAGED_ORIGIN,
  appOrigin,
  hardenSession,
  hardenWebContents,
  isAppUrl,
  withCsp,
} from '../../../electron/main/security';
import { fakeSession } from './fake-session';
import { FakeWebContents } from './fake-web-contents';

vi.mock('electron', () => ({}));

describe('app origin', () => {
  it('is app://tuiyan when packaged and the dev server origin in development', () => {
    expect(appOrigin(undefined)).toBe('app://tuiyan');
    expect(appOrigin('http://localhost:5173/')).toBe('http://localhost:5173');
    expect(appOrigin('http://localhost:5173/index.html?x=1')).toBe('http://localhost:5173');
  });

  it('accepts only URLs with the same scheme, host and port and no credentials', () => {
    expect(isAppUrl('app://tuiyan/index.html', PACKAGED_ORIGIN)).toBe(true);
    expect(isAppUrl('app://tuiyan/assets/worker.js?v=2#x', PACKAGED_ORIGIN)).toBe(true);
    expect(isAppUrl('app://evil/index.html', PACKAGED_ORIGIN)).toBe(false);
    expect(isAppUrl('app://tuiyan.evil.example/', PACKAGED_ORIGIN)).toBe(false);
    expect(isAppUrl('https://tuiyan/', PACKAGED_ORIGIN)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', PACKAGED_ORIGIN)).toBe(false);
    expect(isAppUrl('http://localhost:5173/x', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/x', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('http://user:pw@localhost:5173/x', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('not a url', PACKAGED_ORIGIN)).toBe(false);
    expect(isAppUrl('', PACKAGED_ORIGIN)).toBe(false);
  });
});

describe('web contents hardening', () => {
  it('denies every window.open', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents.asWebContents(), PACKAGED_ORIGIN);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://tuiyan/index.html' })).toEqual({ action: 'deny' });
  });

  it('blocks navigation and redirects to external URLs and allows the app origin', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents.asWebContents(), PACKAGED_ORIGIN);
    for (const event of ['will-navigate', 'will-redirect'] as const) {
      expect(contents.navigate(event, 'https://example.com/')).toBe(true);
      expect(contents.navigate(event, 'file:///etc/passwd')).toBe(true);
      expect(contents.navigate(event, 'javascript:alert(1)')).toBe(true);
      expect(contents.navigate(event, 'app://other/index.html')).toBe(true);
      expect(contents.navigate(event, 'app://tuiyan/index.html')).toBe(false);
    }
  });

  it('in development allows only the dev server origin', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents.asWebContents(), appOrigin('http://localhost:5173/'));
    expect(contents.navigate('will-navigate', 'http://localhost:5173/index.html')).toBe(false);
    expect(contents.navigate('will-navigate', 'http://localhost:8080/')).toBe(true);
    expect(contents.navigate('will-navigate', 'app://tuiyan/index.html')).toBe(true);
  });

  it('refuses to attach a webview', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents.asWebContents(), PACKAGED_ORIGIN);
    expect(contents.navigate('will-attach-webview', 'app://tuiyan/index.html')).toBe(true);
  });
});

describe('session hardening', () => {
  it('denies permission requests and checks', () => {
    const { session, captured } = fakeSession();
    hardenSession(session, PACKAGED_ORIGIN, APP_CSP);
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      captured.request?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(captured.check?.({}, permission, 'app://tuiyan', {})).toBe(false);
    }
  });

  it('puts the CSP header on app pages, replacing any other, and leaves other responses alone', () => {
    const { session, captured } = fakeSession();
    hardenSession(session, 'http://localhost:5173', cspFor(true));
    const own = vi.fn();
    captured.headers?.(
      { url: 'http://localhost:5173/', responseHeaders: { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] } },
      own,
    );
    expect(own).toHaveBeenCalledExactlyOnceWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [cspFor(true)] },
    });
    const foreign = vi.fn();
    captured.headers?.({ url: 'https://example.com/', responseHeaders: { A: ['b'] } }, foreign);
    expect(foreign).toHaveBeenCalledExactlyOnceWith({});
  });

  it('withCsp drops CSP headers in any letter case', () => {
    expect(withCsp({ 'CONTENT-SECURITY-POLICY': ['x'], 'Content-Security-Policy': ['y'], Other: ['z'] }, 'p')).toEqual({
      Other: ['z'],
      'Content-Security-Policy': ['p'],
    });
  });
});

describe('CSP', () => {
  it('is strict when packaged: no eval, script-src self only, no remote origin', () => {
    const directives = parseCsp(APP_CSP);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(APP_CSP).not.toContain('unsafe-eval');
    expect(APP_CSP).not.toMatch(/https?:/);
    expect(cspFor(false)).toBe(APP_CSP);
  });

  it('relaxes only script-src, and only by inline scripts, in development', () => {
    const packaged = parseCsp(APP_CSP);
    const dev = parseCsp(cspFor(true));
    expect(dev.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    dev.delete('script-src');
    packaged.delete('script-src');
    expect(dev).toEqual(packaged);
  });
});

function parseCsp(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...values] = directive.trim().split(/\s+/);
      return [name, values];
    }),
  );
}
