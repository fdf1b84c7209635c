import { createAdaptorServer } from "@hono/node-server";
import { Hono } from "hono";
import type { AddressInfo } from "node:net";
import type { AnswerModel } from "../../core";
import { CallLogDelivery } from "../call-log/call-log-delivery";
import { DiskQueue } from "../call-log/disk-queue";
import type { CallLogWriter } from "../call-log/kintone-call-log-writer";
import { createKintoneCallLogWriter } from "../call-log/kintone-call-log-writer";
import { registerChatRoutes } from "../chat/chat-routes";
import type { GatewayConfig } from "../config/gateway-config";
import type { GatewayEngineData } from "../engine/turn-engine";
import { createTurnEngine } from "../engine/turn-engine";
import { SessionStore } from "../sessions/session-store";
import { registerVoiceRoutes } from "../twilio/voice-routes";
import { CitizenDesk } from "./citizen-desk";
import type { JsonLogger } from "./json-logger";

/** How often idle sessions are closed and logged. */
const SWEEP_INTERVAL_MS = 30_000;
/** How long shutdown waits for kintone before leaving logs queued on disk. */
export const SHUTDOWN_FLUSH_MS = 5_000;

export type StartGatewayParams = {
  readonly config: GatewayConfig;
  readonly data: GatewayEngineData;
  /** null → offline mode. */
  readonly model: AnswerModel | null;
  readonly logger: JsonLogger;
  /** Defaults to the kintone writer of `config.callLog` (none → logs stay queued on disk). */
  readonly writer?: CallLogWriter | null;
  readonly now?: () => Date;
  /** Back-off of call-log retries (tests shorten it). */
  readonly retry?: { readonly baseMs: number; readonly maxMs: number };
};

/** A running gateway. */
export type Gateway = {
  /** `http://HOST:PORT` */
  readonly url: string;
  readonly port: number;
  readonly desk: CitizenDesk;
  /** Ends open sessions, delivers queued logs (up to `flushMs`), closes the server. @returns logs left queued */
  close(flushMs?: number): Promise<number>;
};

/** Builds the Hono app of the gateway around a desk (no listening). */
export function createGatewayApp(desk: CitizenDesk, data: GatewayEngineData): Hono {
  const app = new Hono();
  app.get("/healthz", (c) =>
    c.json({ status: "ok", ...desk.health() }, 200, { "cache-control": "no-store" }),
  );
  app.get("/", (c) => c.redirect("/chat"));
  registerVoiceRoutes(app, desk, data);
  registerChatRoutes(app, desk, data);
  app.onError((error, c) => {
    desk.logger.error("http.error", { path: c.req.path, error: error.name });
    return c.json({ error: "internal error" }, 500);
  });
  return app;
}

/**
 * Starts `madoguchi gateway`: phone webhooks, web chat and the call-log delivery, on loopback
 * unless configured otherwise. Logs an earlier run left queued are delivered at start-up.
 */
export async function startGateway(params: StartGatewayParams): Promise<Gateway> {
  const { config, logger } = params;
  const now = params.now ?? (() => new Date());
  const writer =
    params.writer !== undefined
      ? params.writer
      : config.callLog
        ? createKintoneCallLogWriter(config.callLog)
        : null;
  const queue = new DiskQueue(config.dataDir);
  const delivery = new CallLogDelivery(queue, writer, logger, {
    baseRetryMs: params.retry?.baseMs,
    maxRetryMs: params.retry?.maxMs,
  });
  const engine = createTurnEngine({
    data: params.data,
    model: params.model,
    maxTurns: config.maxTurns,
  });
  const sessions = new SessionStore(config.sessionTtlMs, now);
  const desk = new CitizenDesk(config, sessions, engine, delivery, logger, now);
  const app = createGatewayApp(desk, params.data);
  const server = createAdaptorServer({ fetch: app.fetch });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const sweeper = setInterval(() => desk.sweep(), SWEEP_INTERVAL_MS);
  sweeper.unref();
  if (queue.size > 0) logger.info("calllog.resume", { queued: queue.size });
  delivery.kick();
  logger.info("gateway.start", {
    port,
    host: config.host,
    mode: params.model ? "llm" : "offline",
    callLog: writer !== null,
  });
  let closing: Promise<number> | null = null;
  return {
    url: `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`,
    port,
    desk,
    close: (flushMs = SHUTDOWN_FLUSH_MS) => {
      closing ??= (async () => {
        clearInterval(sweeper);
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          if ("closeAllConnections" in server) server.closeAllConnections();
        });
        const left = await desk.shutdown(flushMs);
        delivery.close();
        logger.info("gateway.stop", { queued: left });
        return left;
      })();
      return closing;
    },
  };
}
