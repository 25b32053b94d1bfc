import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelSchemas } from '../../../shared/api/channel-schemas';
import { channels } from '../../../shared/api/contract';
import { apiErrorSchema } from '../../../shared/api/types';
import { dispatch } from '../../../electron/api/dispatch';
import { ok } from './api-call';
import { EXAMPLES, malformedPayloads, type Malformed } from './malformed-payloads';
import { dumpDatabase, openTempStore, type TempStore } from './temp-store';

const RUNS_PER_CHANNEL = 1000;

let temp: TempStore;
let planIds: string[];

beforeAll(async () => {
  temp = openTempStore();
  planIds = temp.store.getPlan().indicators.map((i) => i.id);
  // Some data so "unchanged" means something: a scenario with two versions, a snapshot, a run and a setting.
  const record = await ok(temp.handlers, 'scenario:create', { name: 'kept', from: 'previous-plan' });
  await dispatch(temp.handlers, 'scenario:update', { id: record.id, scenario: { name: 'kept', horizon: 2025 }, expectedVersion: 1 });
  await dispatch(temp.handlers, 'scenario:snapshot', { id: record.id, label: 'snap' });
  await dispatch(temp.handlers, 'settings:set', { patch: { language: 'en' } });
});

afterAll(() => temp.cleanup());

function expectRefused(response: unknown, m: Malformed): void {
  expect(response).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
  const error = apiErrorSchema.parse(Reflect.get(Object(response), 'error'));
  const path = error.path ?? '';
  if (m.prefix && m.path !== '(root)') expect(path.startsWith(m.path)).toBe(true);
  else if (!m.prefix) expect(path).toBe(m.path);
  expect(error.message).toContain(path);
  expect(error.message).not.toMatch(/\n\s+at |SQLITE|SELECT |INSERT /);
}

describe('every channel refuses malformed payloads without touching the database', () => {
  it('has a valid example for every channel (the generator breaks valid payloads)', () => {
    for (const channel of channels) {
      expect(channelSchemas[channel].payload.safeParse(EXAMPLES[channel].payload).success, channel).toBe(true);
    }
  });

  for (const channel of channels) {
    it(`${channel}: ${RUNS_PER_CHANNEL} malformed payloads → INVALID_PAYLOAD naming the field`, async () => {
      const before = dumpDatabase(temp.dbPath);
      const kinds = new Map<string, number>();
      await fc.assert(
        fc.asyncProperty(malformedPayloads(EXAMPLES[channel], planIds), async (m) => {
          kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
          expectRefused(await dispatch(temp.handlers, channel, m.payload), m);
        }),
        { numRuns: RUNS_PER_CHANNEL },
      );
      expect(dumpDatabase(temp.dbPath)).toEqual(before);
      expect(kinds.size).toBeGreaterThanOrEqual(3);
    });
  }
});
