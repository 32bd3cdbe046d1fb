/*
 * Saved views (saved_order_views): each user's named filters of the order list. A module of its
 * own because it is about people's preferences, not orders; it uses orders' contract for filters.
 */
import { and, asc, count, eq } from 'drizzle-orm';
import type { Db, Executor } from '../../platform/db/connect.js';
import { isUniqueViolation } from '../../platform/db/sql.js';
import { recordChange } from '../../platform/audit/record.js';
import { DomainError } from '../../platform/http/errors.js';
import type { AuthenticatedActor } from '../identity/service.js';
import { savedOrderViews, type SavedOrderFilters, userPreferences } from './schema.js';
import { newId } from '../../platform/db/ids.js';

/* Saved views of the order list: each user's own named filters, kept on the server so they follow them to any device. */

/** Enough for every team's usual cuts; more is a list nobody scans. */
export const maxSavedViewsPerUser = 30;

export interface SavedViewInput {
  name: string;
  filters: SavedOrderFilters;
}

export interface SavedViewView extends SavedViewInput {
  id: string;
  createdAt: string;
  updatedAt: string;
}

type Row = typeof savedOrderViews.$inferSelect;

function toView(row: Row): SavedViewView {
  return { id: row.id, name: row.name, filters: row.filters, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

function nameTaken(name: string): DomainError {
  return new DomainError('already_exists', `You already have a view named "${name}"`, {
    errors: [{ path: '/name', in: 'body', code: 'unique', message: 'is already one of your views' }],
  });
}

export async function listSavedViews(db: Executor, actor: AuthenticatedActor): Promise<SavedViewView[]> {
  const rows = await db.select().from(savedOrderViews).where(eq(savedOrderViews.userId, actor.userId)).orderBy(asc(savedOrderViews.name));
  return rows.map(toView);
}

export async function saveView(db: Db, actor: AuthenticatedActor, now: Date, input: SavedViewInput): Promise<SavedViewView> {
  const name = input.name.trim();
  try {
    return await db.transaction(async (tx) => {
      const [held] = await tx.select({ n: count() }).from(savedOrderViews).where(eq(savedOrderViews.userId, actor.userId));
      if ((held?.n ?? 0) >= maxSavedViewsPerUser) {
        throw new DomainError('conflict', `You have ${maxSavedViewsPerUser} saved views already; delete one first`, { meta: { limit: maxSavedViewsPerUser } });
      }
      const row: Row = { id: newId(), userId: actor.userId, name, filters: input.filters, createdAt: now, updatedAt: now };
      await tx.insert(savedOrderViews).values(row);
      const view = toView(row);
      await recordChange(tx, actor, now, { entityType: 'saved_order_view', entityId: row.id, action: 'order_view.saved', after: view });
      return view;
    });
  } catch (err) {
    if (isUniqueViolation(err, 'saved_order_views_user_name_key')) throw nameTaken(name);
    throw err;
  }
}

export async function replaceView(db: Db, actor: AuthenticatedActor, now: Date, id: string, input: SavedViewInput): Promise<SavedViewView> {
  const name = input.name.trim();
  try {
    return await db.transaction(async (tx) => {
      const [before] = await tx
        .select()
        .from(savedOrderViews)
        .where(and(eq(savedOrderViews.id, id), eq(savedOrderViews.userId, actor.userId)))
        .for('update');
      if (!before) throw new DomainError('not_found', `You have no saved view ${id}`);
      const [row] = await tx.update(savedOrderViews).set({ name, filters: input.filters, updatedAt: now }).where(eq(savedOrderViews.id, id)).returning();
      const view = toView(row!);
      await recordChange(tx, actor, now, { entityType: 'saved_order_view', entityId: id, action: 'order_view.changed', before: toView(before), after: view });
      return view;
    });
  } catch (err) {
    if (isUniqueViolation(err, 'saved_order_views_user_name_key')) throw nameTaken(name);
    throw err;
  }
}

export async function deleteView(db: Db, actor: AuthenticatedActor, now: Date, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(savedOrderViews)
      .where(and(eq(savedOrderViews.id, id), eq(savedOrderViews.userId, actor.userId)))
      .returning();
    if (!removed) throw new DomainError('not_found', `You have no saved view ${id}`);
    await recordChange(tx, actor, now, { entityType: 'saved_order_view', entityId: id, action: 'order_view.deleted', before: toView(removed) });
  });
}

/** A preference is a layout, not a document: 8 KB holds any table's columns many times over. */
export const maxPreferenceBytes = 8192;

/** The user's value under this key, or null when they have not set one. */
export async function getPreference(db: Executor, actor: AuthenticatedActor, key: string): Promise<unknown> {
  const [row] = await db
    .select({ value: userPreferences.value })
    .from(userPreferences)
    .where(and(eq(userPreferences.userId, actor.userId), eq(userPreferences.key, key)));
  return row?.value ?? null;
}

/** Sets the user's value under this key, replacing what was there. */
export async function setPreference(db: Db, actor: AuthenticatedActor, now: Date, key: string, value: unknown): Promise<unknown> {
  if (Buffer.byteLength(JSON.stringify(value)) > maxPreferenceBytes) {
    throw new DomainError('payload_too_large', `A preference holds at most ${maxPreferenceBytes} bytes of JSON`, {
      errors: [{ path: '/value', in: 'body', code: 'maxBytes', message: `is larger than ${maxPreferenceBytes} bytes` }],
      meta: { limit: maxPreferenceBytes },
    });
  }
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ value: userPreferences.value })
      .from(userPreferences)
      .where(and(eq(userPreferences.userId, actor.userId), eq(userPreferences.key, key)))
      .for('update');
    await tx
      .insert(userPreferences)
      .values({ userId: actor.userId, key, value, updatedAt: now })
      .onConflictDoUpdate({ target: [userPreferences.userId, userPreferences.key], set: { value, updatedAt: now } });
    await recordChange(tx, actor, now, { entityType: 'user_preference', entityId: `${actor.userId}:${key}`, action: 'preference.saved', before: before?.value ?? null, after: value });
    return value;
  });
}
