import type { CallSession, Channel } from "./types";

/** Sessions kept at once; beyond this the longest-idle one is closed first. */
export const MAX_SESSIONS = 2000;

/**
 * Open calls and chats by id. Memory only: a call lives minutes, and what matters after it
 * (the log) is on its way to kintone through the disk queue.
 */
export class SessionStore {
  private readonly sessions = new Map<string, CallSession>();
  /** Ids of calls that ended, so a late webhook cannot reopen one and overwrite its log. */
  private readonly ended = new Set<string>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => Date,
    private readonly maxSessions = MAX_SESSIONS,
  ) {}

  get size(): number {
    return this.sessions.size;
  }

  /**
   * Opens a session (or returns the open one with this id).
   * @returns the session and the sessions evicted to make room (to be finalized)
   */
  open(id: string, channel: Channel): { session: CallSession; evicted: CallSession[] } {
    const existing = this.sessions.get(id);
    if (existing) return { session: existing, evicted: [] };
    const evicted: CallSession[] = [];
    while (this.sessions.size >= this.maxSessions) {
      const oldest = this.findLongestIdle();
      if (!oldest) break;
      this.sessions.delete(oldest.id);
      evicted.push(oldest);
    }
    const startedAt = this.now();
    const session: CallSession = {
      id,
      channel,
      startedAt,
      lastActiveAt: startedAt.getTime(),
      turns: [],
      handoff: "none",
      silentPrompts: 0,
      recentTurns: [],
      ended: false,
      durationSec: null,
    };
    this.sessions.set(id, session);
    return { session, evicted };
  }

  /** The open session with this id, if it has not expired. */
  get(id: string): CallSession | undefined {
    const session = this.sessions.get(id);
    if (!session || this.isExpired(session)) return undefined;
    return session;
  }

  /** Marks activity now. */
  touch(session: CallSession): void {
    session.lastActiveAt = this.now().getTime();
  }

  /** Removes a session (call ended). */
  close(id: string): CallSession | undefined {
    const session = this.sessions.get(id);
    this.sessions.delete(id);
    this.rememberEnded(id);
    return session;
  }

  /** True when a call with this id already ended here. */
  hasEnded(id: string): boolean {
    return this.ended.has(id);
  }

  private rememberEnded(id: string): void {
    this.ended.add(id);
    // Sets iterate in insertion order: drop the oldest beyond the bound.
    if (this.ended.size > this.maxSessions * 5)
      this.ended.delete(this.ended.values().next().value as string);
  }

  /** Removes and returns every expired session (to be finalized). */
  sweepExpired(): CallSession[] {
    const expired = [...this.sessions.values()].filter((session) => this.isExpired(session));
    for (const session of expired) {
      this.sessions.delete(session.id);
      this.rememberEnded(session.id);
    }
    return expired;
  }

  /** Removes and returns every session (shutdown). */
  drain(): CallSession[] {
    const all = [...this.sessions.values()];
    this.sessions.clear();
    return all;
  }

  private isExpired(session: CallSession): boolean {
    return this.now().getTime() - session.lastActiveAt > this.ttlMs;
  }

  private findLongestIdle(): CallSession | undefined {
    let oldest: CallSession | undefined;
    for (const session of this.sessions.values()) {
      if (!oldest || session.lastActiveAt < oldest.lastActiveAt) oldest = session;
    }
    return oldest;
  }
}

/**
 * Sliding-window limit: true (and the turn counted) when fewer than `limit` turns were taken in
 * the last `windowMs`.
 */
export function allowTurn(
  session: CallSession,
  nowMs: number,
  limit: number,
  windowMs = 60_000,
): boolean {
  session.recentTurns = session.recentTurns.filter((at) => nowMs - at < windowMs);
  if (session.recentTurns.length >= limit) return false;
  session.recentTurns.push(nowMs);
  return true;
}
