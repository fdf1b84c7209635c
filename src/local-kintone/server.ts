import { createAdaptorServer } from "@hono/node-server";
import { Hono } from "hono";
import type { AddressInfo } from "node:net";
import type { ServerContext } from "./context";
import { createContext } from "./context";
import { registerPageRoutes } from "./pages";
import { registerRestRoutes } from "./rest/router";
import { openDatabase } from "./store";

/** The default port: rest-api-client accepts plain http only for the hostname "localhost". */
export const DEFAULT_PORT = 3100;
/** The default data directory (relative to the working directory). */
export const DEFAULT_DATA_DIR = ".madoguchi/kintone";

/** Options of {@link startLocalKintone}. */
export type LocalKintoneOptions = {
  /** @default 3100 (0 picks a free port) */
  port?: number;
  /** A directory for the SQLite file, or ":memory:". @default ".madoguchi/kintone" */
  dataDir?: string;
  /** Loopback only. @default "127.0.0.1" */
  host?: "127.0.0.1";
  /** The clock (tests). */
  now?: () => Date;
};

/** Idle keep-alive sockets stay open this long; see the comment where it is set. */
const KEEP_ALIVE_TIMEOUT_MS = 65_000;

/** A running local kintone server. */
export type LocalKintone = {
  /** `http://localhost:PORT` (the hostname rest-api-client accepts over plain http). */
  readonly url: string;
  readonly port: number;
  readonly context: ServerContext;
  close(): Promise<void>;
};

/** Builds the Hono app: REST API first, then the browser pages. */
export function createLocalKintoneApp(context: ServerContext): Hono {
  const app = new Hono();
  registerRestRoutes(app, context);
  registerPageRoutes(app, context);
  return app;
}

/**
 * Starts the kintone-compatible local development server (not kintone) on loopback.
 * @example const server = await startLocalKintone({ port: 0, dataDir: ":memory:" });
 */
export async function startLocalKintone(options: LocalKintoneOptions = {}): Promise<LocalKintone> {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const db = openDatabase(dataDir);
  const context = createContext({ db, dataDir, now: options.now });
  const app = createLocalKintoneApp(context);
  const server = createAdaptorServer({ fetch: app.fetch });
  // Clients (axios in rest-api-client, undici) keep sockets alive and may reuse one just as
  // Node's default 5 s server timeout closes it, which surfaces as ECONNRESET mid-setup. A
  // longer server-side timeout than any client's idle time removes that race.
  if ("keepAliveTimeout" in server) {
    server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
    server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
  }
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(options.port ?? DEFAULT_PORT, options.host ?? "127.0.0.1", () => resolve());
    });
  } catch (error) {
    db.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  let closed = false;
  return {
    url: `http://localhost:${port}`,
    port,
    context,
    close: async () => {
      if (closed) return;
      closed = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ("closeAllConnections" in server) server.closeAllConnections();
      });
      db.close();
    },
  };
}
