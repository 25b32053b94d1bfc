import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callInPage, openWebSession, resultInPage, type WebSession } from './support';

let s: WebSession;

beforeAll(async () => {
  s = await openWebSession();
});

afterAll(async () => {
  await s?.close();
});

describe('the API from a real page served by the web host', () => {
  it('creates and changes a scenario, keeps it across a reload, and undoes after the reload', async () => {
    const created = await resultInPage(s.page, 'scenario:create', { name: 'E2E 方案' });
    expect(created).toMatchObject({ name: 'E2E 方案', version: 1 });
    const changed = await resultInPage(s.page, 'scenario:update', {
      id: created.id,
      scenario: { name: 'E2E 方案', indicators: { gdp: { growth: 0.08 } } },
      expectedVersion: 1,
    });
    expect(changed).toMatchObject({ version: 2, canUndo: true });

    await s.page.reload();

    const after = await resultInPage(s.page, 'scenario:get', { id: created.id });
    expect(after).toMatchObject({ version: 2, scenario: { indicators: { gdp: { growth: 0.08 } } } });
    expect((await resultInPage(s.page, 'scenario:list', {})).map((r) => r.id)).toContain(created.id);

    const undone = await resultInPage(s.page, 'scenario:undo', { id: created.id });
    expect(undone).toMatchObject({ version: 1, scenario: { name: 'E2E 方案' }, canRedo: true });
    expect(undone.scenario.indicators).toBeUndefined();
  });

  it('refuses a call without the token, or with a wrong one', async () => {
    const none = await callInPage(s.page, 'scenario:list', {}, { token: null });
    expect(none.status).toBe(401);
    expect(none.body).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    const wrong = await callInPage(s.page, 'scenario:list', {}, { token: 'not-the-token' });
    expect(wrong.status).toBe(401);
  });

  it('names the field of a malformed payload', async () => {
    const bad = await callInPage(s.page, 'scenario:create', { name: 'x', scenario: { name: 'x', horizon: 1999 } });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', path: 'scenario.horizon' } });
  });

  it('raised no uncaught error in the page', () => {
    expect(s.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
  });
});
