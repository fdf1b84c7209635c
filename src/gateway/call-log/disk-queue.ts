import { mkdirSync, readFileSync, renameSync } from "node:fs";
import { mkdir, open, rename } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { CallLogSnapshot } from "./build-call-log-record";

/** One queued log: the latest snapshot of a call and a sequence number to spot newer ones. */
export type QueueEntry = { readonly snapshot: CallLogSnapshot; readonly seq: number };

const QUEUE_FILE = "call-log-queue.json";

/**
 * Call logs not yet confirmed by kintone, kept by call id (a newer snapshot replaces an older
 * one) and saved to `<dataDir>/call-log-queue.json` with write-to-temp, fsync and rename, so a
 * crash leaves either the old or the new file, never half of one. Saves are coalesced: while
 * one is being written, further changes wait for the next write.
 */
export class DiskQueue {
  private readonly entries = new Map<string, QueueEntry>();
  private seq = 0;
  private writing: Promise<void> | null = null;
  private dirty = false;
  readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, QUEUE_FILE);
    mkdirSync(dirname(this.file), { recursive: true });
    for (const snapshot of readQueueFile(this.file))
      this.entries.set(snapshot.callId, { snapshot, seq: ++this.seq });
  }

  get size(): number {
    return this.entries.size;
  }

  /** Everything waiting, oldest first. */
  list(): QueueEntry[] {
    return [...this.entries.values()].sort((a, b) => a.seq - b.seq);
  }

  /** Queues (or replaces) a call's log; resolves once it is on disk. */
  async put(snapshot: CallLogSnapshot): Promise<QueueEntry> {
    const entry = { snapshot, seq: ++this.seq };
    this.entries.delete(snapshot.callId);
    this.entries.set(snapshot.callId, entry);
    await this.save();
    return entry;
  }

  /** Drops a delivered log, unless a newer snapshot of the call arrived meanwhile. */
  async remove(entry: QueueEntry): Promise<void> {
    if (this.entries.get(entry.snapshot.callId)?.seq !== entry.seq) return;
    this.entries.delete(entry.snapshot.callId);
    await this.save();
  }

  /** True when this entry is still the call's latest snapshot. */
  isCurrent(entry: QueueEntry): boolean {
    return this.entries.get(entry.snapshot.callId)?.seq === entry.seq;
  }

  private save(): Promise<void> {
    this.dirty = true;
    if (!this.writing) {
      this.writing = this.writeUntilClean().finally(() => {
        this.writing = null;
      });
    }
    return this.writing;
  }

  private async writeUntilClean(): Promise<void> {
    while (this.dirty) {
      this.dirty = false;
      const snapshots = this.list().map((entry) => entry.snapshot);
      await writeFileDurably(this.file, `${JSON.stringify({ version: 1, pending: snapshots })}\n`);
    }
  }
}

function readQueueFile(file: string): CallLogSnapshot[] {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return [];
  }
  let parsed: { pending?: unknown };
  try {
    parsed = JSON.parse(text) as { pending?: unknown };
  } catch {
    // Never thrown away: set aside for a person to look at, and start with an empty queue.
    renameSync(file, `${file}.unreadable-${Date.now()}`);
    return [];
  }
  if (!Array.isArray(parsed.pending)) return [];
  return parsed.pending.filter(
    (item): item is CallLogSnapshot =>
      typeof item === "object" &&
      item !== null &&
      typeof (item as CallLogSnapshot).callId === "string",
  );
}

async function writeFileDurably(file: string, text: string): Promise<void> {
  const temp = `${file}.tmp`;
  const handle = await open(temp, "w", 0o600);
  try {
    await handle.writeFile(text, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, file);
  await syncDirectory(dirname(file));
}

async function syncDirectory(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } catch {
    // Some file systems cannot fsync a directory; the rename is still atomic there.
  } finally {
    await handle.close();
  }
}
