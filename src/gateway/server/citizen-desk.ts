import type { InquiryResult } from "../../core";
import { buildCallLogSnapshot } from "../call-log/build-call-log-record";
import type { CallLogDelivery } from "../call-log/call-log-delivery";
import type { GatewayConfig } from "../config/gateway-config";
import { isWithinOfficeHours } from "../config/office-hours";
import type { TurnEngine } from "../engine/turn-engine";
import type { SessionStore } from "../sessions/session-store";
import type { CallSession, Channel, Handoff } from "../sessions/types";
import type { JsonLogger } from "./json-logger";

const HANDOFF_RANK: Record<Handoff, number> = { none: 0, staff: 1, transferred: 2 };

/**
 * What both channels share: sessions, the engine, the call log and the office clock.
 * Routes translate HTTP to these calls and back; nothing here knows about TwiML or HTML.
 */
export class CitizenDesk {
  constructor(
    readonly config: GatewayConfig,
    private readonly sessions: SessionStore,
    private readonly engine: TurnEngine,
    private readonly delivery: CallLogDelivery,
    readonly logger: JsonLogger,
    readonly now: () => Date,
  ) {}

  /** Opens (or finds) the session of a call or chat. */
  open(id: string, channel: Channel): CallSession {
    const { session, evicted } = this.sessions.open(id, channel);
    for (const old of evicted) this.finalize(old, "evicted");
    if (session.turns.length === 0) this.logger.info("session.open", { callId: id, channel });
    return session;
  }

  find(id: string): CallSession | undefined {
    return this.sessions.get(id);
  }

  /** True when this call already ended (its final log must not be replaced). */
  hasEnded(id: string): boolean {
    return this.sessions.hasEnded(id);
  }

  /** True while staff can take transfers. */
  isOfficeOpen(): boolean {
    return isWithinOfficeHours(this.config.officeHours, this.now());
  }

  /**
   * Answers one utterance and logs the turn (masked words only).
   * @param decideHandoff what the channel does with the result (dial, show a number, nothing)
   */
  async takeTurn(
    session: CallSession,
    text: string,
    decideHandoff: (result: InquiryResult) => Handoff,
  ): Promise<InquiryResult> {
    this.sessions.touch(session);
    const turn = session.turns.length + 1;
    const started = performance.now();
    const result = await this.engine.answerTurn({
      text,
      turn,
      previous: session.turns.at(-1),
      signal: AbortSignal.timeout(this.config.modelTimeoutMs),
    });
    session.turns.push({
      at: this.now(),
      masked: result.masked,
      action: result.action,
      department: result.department,
      reasons: result.reasons,
      citations: result.citations,
      citationTitles: result.citations.map((id) => this.engine.describeCitation(id) ?? ""),
      reply: result.answer,
      confidence: result.confidence,
      mode: result.mode,
      model: result.meta.model,
      promptVersion: result.meta.promptVersion,
      latencyMs: result.meta.latencyMs,
    });
    this.raiseHandoff(session, decideHandoff(result));
    this.logger.info("turn", {
      callId: session.id,
      channel: session.channel,
      turn,
      action: result.action,
      department: result.department,
      reasons: [...result.reasons],
      citations: [...result.citations],
      mode: result.mode,
      fallback: result.fallback?.reason ?? null,
      latencyMs: Math.round(performance.now() - started),
    });
    this.saveLog(session);
    return result;
  }

  /** Records an outcome that happened outside a turn (e.g. the dial to a department). */
  raiseHandoff(session: CallSession, handoff: Handoff): void {
    if (HANDOFF_RANK[handoff] > HANDOFF_RANK[session.handoff]) session.handoff = handoff;
  }

  /** Ends a call or chat and writes its final log. */
  end(id: string, reason: string, durationSec?: number): CallSession | undefined {
    const session = this.sessions.close(id);
    if (!session) return undefined;
    if (durationSec !== undefined) session.durationSec = durationSec;
    this.finalize(session, reason);
    return session;
  }

  /** Ends the sessions that have been idle too long. */
  sweep(): void {
    for (const session of this.sessions.sweepExpired()) this.finalize(session, "expired");
  }

  /** Ends every session and delivers what it can within `timeoutMs`. @returns logs still queued */
  async shutdown(timeoutMs: number): Promise<number> {
    for (const session of this.sessions.drain()) this.finalize(session, "shutdown");
    await Promise.all(this.saving);
    return this.delivery.flush(timeoutMs);
  }

  health(): { sessions: number; queued: number } {
    return { sessions: this.sessions.size, queued: this.delivery.pending };
  }

  private finalize(session: CallSession, reason: string): void {
    session.ended = true;
    this.logger.info("session.end", {
      callId: session.id,
      channel: session.channel,
      reason,
      turns: session.turns.length,
      handoff: session.handoff,
    });
    this.saveLog(session);
  }

  private readonly saving = new Set<Promise<void>>();

  private saveLog(session: CallSession): void {
    // A call with no words yet (hung up during the greeting) is still a call: staff count it.
    const snapshot = buildCallLogSnapshot(session, this.now());
    const saving = this.delivery.submit(snapshot).catch((error: unknown) => {
      this.logger.error("calllog.queue_failed", {
        callId: session.id,
        error: error instanceof Error ? error.name : "unknown",
      });
    });
    this.saving.add(saving);
    void saving.finally(() => this.saving.delete(saving));
  }
}
