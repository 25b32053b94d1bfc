// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { TOKEN_STORAGE_KEY, readLaunchToken } from '../../../renderer/api/http-transport';

beforeEach(() => {
  window.sessionStorage.clear();
});

describe('readLaunchToken', () => {
  it('takes the token from ?token=, keeps it for this tab and removes it from the address bar', () => {
    window.history.replaceState(null, '', '/scenarios?token=t0k3n&x=1#top');
    expect(readLaunchToken(window)).toBe('t0k3n');
    expect(window.sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('t0k3n');
    expect(window.location.pathname + window.location.search + window.location.hash).toBe('/scenarios?x=1#top');
  });

  it('finds the kept token after a reload without it in the URL', () => {
    window.history.replaceState(null, '', '/?token=first');
    readLaunchToken(window);
    window.history.replaceState(null, '', '/');
    expect(readLaunchToken(window)).toBe('first');
  });

  it('prefers a new token in the URL (the host was restarted)', () => {
    window.sessionStorage.setItem(TOKEN_STORAGE_KEY, 'old');
    window.history.replaceState(null, '', '/?token=new');
    expect(readLaunchToken(window)).toBe('new');
    expect(window.sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('new');
  });

  it('is null with neither', () => {
    window.history.replaceState(null, '', '/');
    expect(readLaunchToken(window)).toBeNull();
  });
});
