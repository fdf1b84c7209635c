import type Database from "better-sqlite3";
import type { RecordCursor } from "./store/cursors";

/**
 * Everything a request handler of the local kintone server needs: the database, where it lives,
 * the open cursors and the clock. One per running server.
 */
export type ServerContext = {
  readonly db: Database.Database;
  /** The data directory, or ":memory:". */
  readonly dataDir: string;
  /** Open record cursors by id (kintone keeps them only for minutes, so memory is enough). */
  readonly cursors: Map<string, RecordCursor>;
  /** The clock; tests may pass a fixed one. */
  readonly now: () => Date;
  /** The users' time zone (date functions such as TODAY() and default dates use it). */
  readonly timeZone: string;
};

/** The default time zone of the users (a Japanese city office). */
export const DEFAULT_TIME_ZONE = "Asia/Tokyo";

/** Builds a context around an open database. */
export function createContext(params: {
  db: Database.Database;
  dataDir: string;
  now?: () => Date;
  timeZone?: string;
}): ServerContext {
  return {
    db: params.db,
    dataDir: params.dataDir,
    cursors: new Map(),
    now: params.now ?? (() => new Date()),
    timeZone: params.timeZone ?? DEFAULT_TIME_ZONE,
  };
}

/** Runs `work` in one SQLite transaction: everything or nothing is written. */
export function runInTransaction<T>(context: ServerContext, work: () => T): T {
  if (context.db.inTransaction) return work();
  return context.db.transaction(work)();
}
