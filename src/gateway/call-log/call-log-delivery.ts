import type { JsonLogger } from "../server/json-logger";
import type { CallLogSnapshot } from "./build-call-log-record";
import type { DiskQueue, QueueEntry } from "./disk-queue";
import type { CallLogWriter } from "./kintone-call-log-writer";
import { describeFailure, isTransientFailure } from "./kintone-call-log-writer";

/** First retry after this long; doubled per failure up to {@link MAX_RETRY_MS}. */
export const BASE_RETRY_MS = 1000;
export const MAX_RETRY_MS = 60_000;
/** A write that takes longer counts as failed and is retried. */
export const WRITE_TIMEOUT_MS = 10_000;
/** Requests to kintone at once. */
const CONCURRENCY = 4;

type Attempt = { failures: number; nextAt: number };

/**
 * Delivers queued call logs to kintone: at least once (a log leaves the disk queue only after
 * kintone confirmed it), and the upsert by call id makes "at least once" write exactly one
 * record. Failures back off exponentially with jitter; nothing is dropped.
 */
export class CallLogDelivery {
  private readonly attempts = new Map<string, Attempt>();
  private readonly inFlight = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private closed = false;

  constructor(
    private readonly queue: DiskQueue,
    private readonly writer: CallLogWriter | null,
    private readonly logger: JsonLogger,
    private readonly options: {
      baseRetryMs?: number;
      maxRetryMs?: number;
      timeoutMs?: number;
      now?: () => number;
    } = {},
  ) {}

  /** Logs waiting for kintone. */
  get pending(): number {
    return this.queue.size;
  }

  /** Saves the snapshot to disk, then tries to deliver it (nothing to do without a call-log app). */
  async submit(snapshot: CallLogSnapshot): Promise<void> {
    if (!this.writer) return;
    await this.queue.put(snapshot);
    this.attempts.delete(snapshot.callId);
    this.kick();
  }

  /** Starts a delivery round now (also used at start-up for what an earlier run left). */
  kick(): void {
    if (this.closed || !this.writer) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.deliverDue().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.kick();
      } else this.scheduleNext();
    });
  }

  /**
   * Tries every queued log now, ignoring back-off, until the queue is empty or `timeoutMs`
   * passed (shutdown). @returns the logs still queued (they stay on disk for the next start)
   */
  async flush(timeoutMs: number): Promise<number> {
    const deadline = this.now() + timeoutMs;
    while (this.writer && this.queue.size > 0 && this.now() < deadline) {
      for (const attempt of this.attempts.values()) attempt.nextAt = 0;
      await this.running;
      await this.deliverDue();
      if (this.queue.size > 0) await sleep(Math.min(200, Math.max(0, deadline - this.now())));
    }
    return this.queue.size;
  }

  /** Stops timers (the queue stays on disk). */
  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async deliverDue(): Promise<void> {
    const now = this.now();
    const due = this.queue
      .list()
      .filter((entry) => !this.inFlight.has(entry.snapshot.callId))
      .filter((entry) => (this.attempts.get(entry.snapshot.callId)?.nextAt ?? 0) <= now);
    for (let start = 0; start < due.length; start += CONCURRENCY) {
      await Promise.all(due.slice(start, start + CONCURRENCY).map((entry) => this.deliver(entry)));
    }
  }

  private async deliver(entry: QueueEntry): Promise<void> {
    const { callId } = entry.snapshot;
    if (!this.writer) return;
    this.inFlight.add(callId);
    try {
      // rest-api-client has no timeout of its own; an upsert that lands late is harmless.
      await withTimeout(
        this.writer.upsert(entry.snapshot),
        this.options.timeoutMs ?? WRITE_TIMEOUT_MS,
      );
      this.attempts.delete(callId);
      await this.queue.remove(entry);
      this.logger.info("calllog.delivered", { callId, queued: this.queue.size });
    } catch (error) {
      const failures = (this.attempts.get(callId)?.failures ?? 0) + 1;
      const transient = isTransientFailure(error);
      const max = this.options.maxRetryMs ?? MAX_RETRY_MS;
      const delay = transient
        ? Math.min(max, (this.options.baseRetryMs ?? BASE_RETRY_MS) * 2 ** (failures - 1))
        : max;
      const jitter = delay * 0.2 * Math.random();
      this.attempts.set(callId, { failures, nextAt: this.now() + delay + jitter });
      const log = transient ? this.logger.warn : this.logger.error;
      log("calllog.retry", {
        callId,
        failures,
        retryInMs: Math.round(delay + jitter),
        error: describeFailure(error),
      });
    } finally {
      this.inFlight.delete(callId);
    }
  }

  private scheduleNext(): void {
    if (this.closed || this.queue.size === 0) return;
    const next = Math.min(
      ...this.queue.list().map((entry) => this.attempts.get(entry.snapshot.callId)?.nextAt ?? 0),
    );
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(
      () => {
        this.timer = null;
        this.kick();
      },
      Math.max(0, next - this.now()),
    );
    this.timer.unref();
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error("timeout"), { code: "kintone_unreachable" })),
      ms,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export type { QueueEntry };
