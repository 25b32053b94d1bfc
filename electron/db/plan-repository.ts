import type Database from 'better-sqlite3';
import { planSchema, type Plan } from '../../shared/plan/plan-schema';
import { contentHash } from './canonical-json';
import { describeIssues } from './scenario-codec';
import { StoreError } from './store-types';

interface PlanRow {
  content_hash: string;
  json: string;
}

/** The `plans` table: the seed plan, keyed by plan id, with the content hash of what is stored. */
export interface PlanRepository {
  /** Stores `plan` unless the same content is already there; returns true when it wrote. */
  storeSeed(plan: Plan, at: string): boolean;
  /** The stored plan with id `id`, validated on the way out. */
  get(id: string): Plan;
}

function decode(row: PlanRow, id: string): Plan {
  let raw: unknown;
  try {
    raw = JSON.parse(row.json);
  } catch {
    throw new StoreError('DAMAGED', `The stored plan ${id} is damaged: its text is not JSON.`);
  }
  const parsed = planSchema.safeParse(raw);
  if (!parsed.success) throw new StoreError('DAMAGED', `The stored plan ${id} is damaged: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** Prepares the statements of the plans table once per connection. */
export function createPlanRepository(db: Database.Database): PlanRepository {
  const find = db.prepare<[string], PlanRow>('SELECT content_hash, json FROM plans WHERE id = ?');
  const upsert = db.prepare<[string, string, string, string]>(
    `INSERT INTO plans (id, content_hash, json, stored_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET content_hash = excluded.content_hash, json = excluded.json, stored_at = excluded.stored_at`,
  );

  const storedIntact = (row: PlanRow, hash: string): boolean => {
    if (row.content_hash !== hash) return false;
    try {
      return contentHash(JSON.parse(row.json)) === hash;
    } catch {
      return false;
    }
  };

  return {
    storeSeed(plan, at) {
      const hash = contentHash(plan);
      const write = db.transaction(() => {
        const row = find.get(plan.id);
        if (row && storedIntact(row, hash)) return false;
        upsert.run(plan.id, hash, JSON.stringify(plan), at);
        return true;
      });
      return write.immediate();
    },
    get(id) {
      const row = find.get(id);
      if (!row) throw new StoreError('NOT_FOUND', `The plan ${id} is not stored.`);
      return decode(row, id);
    },
  };
}
