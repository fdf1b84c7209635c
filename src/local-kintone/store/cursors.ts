import { randomUUID } from "node:crypto";
import type { ServerContext } from "../context";

/** At most this many cursors are open at once (kintone: 10 per domain). */
export const MAX_CURSORS = 10;
/** A cursor lives this long after creation or its last fetch. */
export const CURSOR_TTL_MS = 10 * 60 * 1000;

/** An open cursor: the records it will return, already shaped for the response. */
export type RecordCursor = {
  id: string;
  appId: number;
  records: unknown[];
  position: number;
  size: number;
  expiresAt: number;
};

function dropExpired(context: ServerContext): void {
  const now = context.now().getTime();
  for (const [id, cursor] of context.cursors) {
    if (cursor.expiresAt <= now) context.cursors.delete(id);
  }
}

/** Opens a cursor over `records`; undefined when the cursor limit is reached. */
export function openCursor(
  context: ServerContext,
  params: { appId: number; records: unknown[]; size: number },
): RecordCursor | undefined {
  dropExpired(context);
  if (context.cursors.size >= MAX_CURSORS) return undefined;
  const cursor: RecordCursor = {
    id: randomUUID(),
    appId: params.appId,
    records: params.records,
    position: 0,
    size: params.size,
    expiresAt: context.now().getTime() + CURSOR_TTL_MS,
  };
  context.cursors.set(cursor.id, cursor);
  return cursor;
}

/** Returns the next page of a cursor, deleting it after the last page; undefined if unknown. */
export function readCursor(
  context: ServerContext,
  id: string,
): { records: unknown[]; next: boolean } | undefined {
  dropExpired(context);
  const cursor = context.cursors.get(id);
  if (!cursor) return undefined;
  const records = cursor.records.slice(cursor.position, cursor.position + cursor.size);
  cursor.position += records.length;
  cursor.expiresAt = context.now().getTime() + CURSOR_TTL_MS;
  const next = cursor.position < cursor.records.length;
  if (!next) context.cursors.delete(id);
  return { records, next };
}

/** Closes a cursor; false if it did not exist. */
export function closeCursor(context: ServerContext, id: string): boolean {
  return context.cursors.delete(id);
}
