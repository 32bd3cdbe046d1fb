import { eq, inArray, sql, type SQL } from 'drizzle-orm';
import { sqlArray } from '../db/sql.js';
import type { Db, Executor } from '../db/connect.js';
import { recordChange, type Actor } from '../audit/record.js';
import { DomainError } from '../http/errors.js';
import { settings } from './schema.js';

export interface StoredSetting {
  value: unknown;
  version: number;
}

/** The stored documents for `keys`; a key never written is absent (its owner applies defaults). */
export async function readSettings(db: Executor, keys: string[]): Promise<Map<string, StoredSetting>> {
  const rows = await db.select().from(settings).where(inArray(settings.key, keys));
  return new Map(rows.map((r) => [r.key, { value: r.value, version: r.version }]));
}

/** One document as its editor sees it: value, version, and who saved it last and when (null before the first save). */
export interface SettingRecord extends StoredSetting {
  updatedAt: string | null;
  updatedBy: string | null;
}

function recordOf(row: typeof settings.$inferSelect): SettingRecord {
  return { value: row.value, version: row.version, updatedAt: row.updatedAt.toISOString(), updatedBy: row.updatedBy };
}

export async function readSettingRecord(db: Executor, key: string): Promise<SettingRecord | undefined> {
  const [row] = await db.select().from(settings).where(eq(settings.key, key));
  return row ? recordOf(row) : undefined;
}

/** A sub-query giving the stored documents for `keys` as one JSON object (key → {value, version}). */
export function settingsLookup(keys: readonly string[]): SQL {
  return sql`(SELECT coalesce(jsonb_object_agg(s.key, jsonb_build_object('value', s.value, 'version', s.version)), '{}'::jsonb) FROM settings s WHERE s.key = ANY(${sqlArray(keys, 'text')}))`;
}

export function settingsFromLookup(json: unknown): Map<string, StoredSetting> {
  return new Map(Object.entries((json ?? {}) as Record<string, StoredSetting>));
}

/**
 * Replaces one setting document. `expectedVersion` is the version the editor saw (0 for a
 * key never written): a stale one gets 412, so two managers cannot overwrite each other.
 */
export async function writeSetting(
  db: Db,
  actor: Actor,
  now: Date,
  key: string,
  value: unknown,
  expectedVersion: number,
): Promise<SettingRecord> {
  return (await updateSetting(db, actor, now, key, expectedVersion, () => ({ value })))!;
}

/**
 * Replaces one setting document by what `change` makes of the stored one (undefined before
 * the first save), read under lock in the same transaction. `note` says in the audit event
 * how the change came about (an import and its file), beside the value. A `change` that
 * answers null leaves the document as it is: no new version, no audit event.
 */
export async function updateSetting(
  db: Db,
  actor: Actor,
  now: Date,
  key: string,
  expectedVersion: number,
  change: (stored: StoredSetting | undefined) => { value: unknown; note?: Record<string, unknown> } | null,
): Promise<SettingRecord | null> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(settings).where(eq(settings.key, key)).for('update');
    const currentVersion = current?.version ?? 0;
    if (currentVersion !== expectedVersion) {
      throw new DomainError('precondition_failed', `Setting "${key}" is at version ${currentVersion}, not ${expectedVersion}`, {
        meta: { currentVersion },
      });
    }
    const changed = change(current ? { value: current.value, version: current.version } : undefined);
    if (!changed) return null;
    const { value, note } = changed;
    const saved = { key, value, version: currentVersion + 1, updatedAt: now, updatedBy: actor.userId };
    if (current) {
      await tx.update(settings).set(saved).where(eq(settings.key, key));
    } else {
      await tx.insert(settings).values(saved);
    }
    await recordChange(tx, actor, now, {
      entityType: 'setting',
      entityId: key,
      action: 'setting.updated',
      before: current ? { value: current.value, version: current.version } : null,
      after: { value, version: saved.version, ...note },
    });
    return recordOf(saved);
  });
}
