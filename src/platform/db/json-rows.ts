import { getTableColumns, type Table } from 'drizzle-orm';

/**
 * A row as the database's `to_jsonb(t)` returns it (column names, JSON values), turned into
 * the typed row Drizzle would have returned. Lets a module hand out one sub-query that
 * another module folds into its own statement, saving a round trip on hot paths, while
 * the table's shape stays known only to the module that owns it.
 */
export function rowFromJson<T extends Table>(table: T, json: Record<string, unknown>): T['$inferSelect'] {
  const row: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = json[column.name];
    // JSON, JSONB and array values arrive already structured; the rest as their JSON text form.
    const structured = column.columnType === 'PgJsonb' || column.columnType === 'PgJson' || column.columnType === 'PgArray';
    row[key] = value === null || value === undefined ? null : structured ? value : column.mapFromDriverValue(value);
  }
  return row as T['$inferSelect'];
}

/** The JSON object `jsonb_populate_record(NULL::table, …)` turns back into a row of `table`. */
export function rowToJson<T extends Table>(table: T, row: T['$inferInsert']): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = (row as Record<string, unknown>)[key];
    if (value === undefined) continue;
    json[column.name] = value instanceof Date ? value.toISOString() : value;
  }
  return json;
}
