import { aggregateCalls, isUnanswered, toDayKey } from "./aggregate-calls";
import type { CallFacts } from "./types";

const call = (overrides: Partial<CallFacts>): CallFacts => ({
  startedAt: "2026-11-20T01:00:00Z",
  channel: "電話",
  outcome: "ai",
  action: "answer",
  department: null,
  reasonCodes: [],
  confidence: 0.9,
  maskedText: "マイナンバーカードの更新はどうすればいいですか",
  ...overrides,
});

describe("aggregateCalls", () => {
  describe("totals and the share completed by AI", () => {
    it("should count AI-completed calls and turn them into staff hours", () => {
      const calls = [
        call({}),
        call({}),
        call({ outcome: "staff" }),
        call({
          outcome: "transfer",
          action: "transfer",
          department: "保険年金課",
          reasonCodes: ["pii"],
        }),
      ];
      const metrics = aggregateCalls(calls, { minutesPerCall: 30 });
      expect(metrics.total).toBe(4);
      expect(metrics.completedByAi).toBe(2);
      expect(metrics.aiShare).toBe(0.5);
      expect(metrics.hoursSaved).toBe(1);
    });

    it("should report no share (not 0 %) when there are no calls", () => {
      const metrics = aggregateCalls([]);
      expect(metrics.aiShare).toBeNull();
      expect(metrics.perDay).toEqual([]);
    });
  });

  describe("calls per day and channel", () => {
    it("should bucket by the day in Japan time and fill empty days", () => {
      const calls = [
        call({ startedAt: "2026-11-18T14:59:00Z", channel: "電話" }), // 23:59 JST on the 18th
        call({ startedAt: "2026-11-18T15:00:00Z", channel: "チャット" }), // 00:00 JST on the 19th
        call({ startedAt: "2026-11-20T03:00:00Z", channel: "窓口" }),
      ];
      const metrics = aggregateCalls(calls, { days: 4, today: "2026-11-20" });
      expect(metrics.perDay.map((day) => [day.day, day.total])).toEqual([
        ["2026-11-17", 0],
        ["2026-11-18", 1],
        ["2026-11-19", 1],
        ["2026-11-20", 1],
      ]);
      expect(metrics.perDay[2]?.byChannel).toEqual({ チャット: 1, 電話: 0, 窓口: 0 });
    });

    it("should leave out calls before the window", () => {
      const metrics = aggregateCalls([call({ startedAt: "2026-10-01T00:00:00Z" }), call({})], {
        days: 7,
        today: "2026-11-20",
      });
      expect(metrics.total).toBe(1);
    });
  });

  describe("transfers", () => {
    it("should count transfers by reason and department, most frequent first", () => {
      const transfer = (department: string, reasonCodes: string[]) =>
        call({ outcome: "transfer", action: "transfer", department, reasonCodes });
      const metrics = aggregateCalls([
        transfer("保険年金課", ["pii"]),
        transfer("保険年金課", ["other_department"]),
        transfer("税務課", ["other_department", "other_department"]),
      ]);
      expect(metrics.transfersByDepartment).toEqual([
        { key: "保険年金課", count: 2 },
        { key: "税務課", count: 1 },
      ]);
      expect(metrics.transfersByReason).toEqual([
        { key: "other_department", count: 2 },
        { key: "pii", count: 1 },
      ]);
    });
  });

  describe("top unanswered questions", () => {
    it("should cluster similar unanswered questions and ignore answered ones", () => {
      const metrics = aggregateCalls([
        call({
          action: "transfer",
          outcome: "transfer",
          reasonCodes: ["low_confidence"],
          maskedText: "犬の登録はどこでできますか",
        }),
        call({
          action: "transfer",
          outcome: "transfer",
          reasonCodes: ["out_of_scope"],
          maskedText: "犬の登録ってどこでできるの",
        }),
        call({ confidence: 0.1, maskedText: "粗大ごみの出し方" }),
        call({ maskedText: "マイナンバーカードの更新" }),
      ]);
      expect(metrics.topUnanswered[0]).toMatchObject({ count: 2 });
      expect(metrics.topUnanswered.map((cluster) => cluster.count)).toEqual([2, 1]);
    });
  });
});

describe("isUnanswered", () => {
  it.each([
    [
      "a low-confidence transfer",
      call({ action: "transfer", reasonCodes: ["low_confidence"] }),
      true,
    ],
    ["a PII transfer", call({ action: "transfer", reasonCodes: ["pii"] }), false],
    ["a confident answer", call({}), false],
    ["an unsure answer", call({ confidence: 0.2 }), true],
  ])("should judge %s", (_label, facts, expected) => {
    expect(isUnanswered(facts)).toBe(expected);
  });
});

describe("toDayKey", () => {
  it.each([
    ["2026-11-20T00:00:00+09:00", "2026-11-20"],
    ["2026-11-19T15:00:00Z", "2026-11-20"],
    ["not a date", null],
  ])("should map %s to %s", (iso, day) => {
    expect(toDayKey(iso)).toBe(day);
  });
});
