import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CallLogSnapshot } from "./build-call-log-record";
import { DiskQueue } from "./disk-queue";

function snapshot(callId: string, turns: number): CallLogSnapshot {
  return {
    callId,
    entry: { callId, startedAt: "2025-06-16T00:00:00.000Z", channel: "phone", turns },
  };
}

describe("DiskQueue", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "madoguchi-queue-"));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  describe("persistence", () => {
    it("should keep queued logs over a restart, owner-readable only", async () => {
      const queue = new DiskQueue(dir);
      await queue.put(snapshot("CA1", 1));
      await queue.put(snapshot("CA2", 2));
      const reopened = new DiskQueue(dir);
      expect(reopened.list().map((entry) => entry.snapshot.callId)).toEqual(["CA1", "CA2"]);
      expect(statSync(queue.file).mode & 0o777).toBe(0o600);
    });

    it("should keep only the latest snapshot of a call", async () => {
      const queue = new DiskQueue(dir);
      await Promise.all([
        queue.put(snapshot("CA1", 1)),
        queue.put(snapshot("CA1", 2)),
        queue.put(snapshot("CA1", 3)),
      ]);
      expect(queue.size).toBe(1);
      const saved = JSON.parse(readFileSync(queue.file, "utf8")) as { pending: CallLogSnapshot[] };
      expect(saved.pending.map((s) => s.entry.turns)).toEqual([3]);
    });
  });

  describe("removal", () => {
    it("should not drop a newer snapshot when an older one is confirmed", async () => {
      const queue = new DiskQueue(dir);
      const older = await queue.put(snapshot("CA1", 1));
      await queue.put(snapshot("CA1", 2));
      await queue.remove(older);
      expect(queue.list().map((entry) => entry.snapshot.entry.turns)).toEqual([2]);
      await queue.remove(queue.list()[0]!);
      expect(new DiskQueue(dir).size).toBe(0);
    });
  });
});

describe("DiskQueue with an unreadable file", () => {
  it("should set the file aside and start empty", () => {
    const dir = mkdtempSync(join(tmpdir(), "madoguchi-queue-"));
    try {
      writeFileSync(join(dir, "call-log-queue.json"), "{not json");
      expect(new DiskQueue(dir).size).toBe(0);
      expect(
        readdirSync(dir).some((name) => name.startsWith("call-log-queue.json.unreadable-")),
      ).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
