import { readFileSync } from "node:fs";
import { join } from "node:path";
import { answerInquiryOffline, FaqIndex, parseDepartmentsCsv, parseFaqCsv } from "../../../core";
import { DEFAULT_CONFIG } from "../../config";
import type { KintoneRecordData } from "../../kintone/kintone-global";
import { buildAnswerOptions } from "../../engine/draft-inquiry";
import { buildActionBanner, buildMaskedSegments } from "./action-banner";
import { findMissingFields, planDraftWrite } from "./plan-draft-write";

const SAMPLES = join(__dirname, "..", "..", "..", "..", "samples");
const entries = parseFaqCsv(readFileSync(join(SAMPLES, "mynumber-faq.csv"), "utf8")).entries;
const departments = parseDepartmentsCsv(
  readFileSync(join(SAMPLES, "departments.csv"), "utf8"),
).departments;
const index = FaqIndex.build(entries);
const answer = (text: string) =>
  answerInquiryOffline({ text, index, departments, options: buildAnswerOptions(DEFAULT_CONFIG) });

/** A call-log record with every default field, as record.get() returns it. */
const record = (values: Partial<Record<string, string>> = {}): KintoneRecordData =>
  Object.fromEntries(
    Object.values(DEFAULT_CONFIG.callLogFields).map((code) => [
      code,
      { type: "X", value: values[code] ?? "" },
    ]),
  );
const F = DEFAULT_CONFIG.callLogFields;
const NOW = "2026-11-20T01:02:03.456Z";

describe("planDraftWrite", () => {
  describe("an empty draft field", () => {
    it("should write the answer, citations, action label and accountability fields", () => {
      const result = answer("マイナンバーカードの暗証番号を忘れました");
      const plan = planDraftWrite({ record: record(), result, config: DEFAULT_CONFIG, now: NOW });
      expect(plan.draftKept).toBe(false);
      expect(plan.updates[F.draft]?.value).toBe(result.answer);
      expect(plan.updates[F.draftOriginal]?.value).toBe(result.answer);
      expect(plan.updates[F.citations]?.value).toBe(result.citations.join(","));
      expect(plan.updates[F.action]?.value).toBe("回答");
      expect(plan.updates[F.mode]?.value).toBe("offline");
      expect(plan.updates[F.draftedAt]?.value).toBe("2026-11-20T01:02:03Z");
    });
  });

  describe("staff edits", () => {
    it("should keep a draft staff changed, but refresh the AI fields", () => {
      const result = answer("マイナンバーカードの暗証番号を忘れました");
      const edited = record({
        [F.draft]: "職員が書き直した回答",
        [F.draftOriginal]: "前のAI回答案",
      });
      const plan = planDraftWrite({ record: edited, result, config: DEFAULT_CONFIG, now: NOW });
      expect(plan.draftKept).toBe(true);
      expect(plan.updates[F.draft]).toBeUndefined();
      expect(plan.updates[F.citations]).toBeDefined();
    });

    it("should replace a draft that is still the previous AI draft", () => {
      const result = answer("マイナンバーカードの暗証番号を忘れました");
      const untouched = record({ [F.draft]: "前のAI回答案", [F.draftOriginal]: "前のAI回答案" });
      expect(
        planDraftWrite({ record: untouched, result, config: DEFAULT_CONFIG, now: NOW }).draftKept,
      ).toBe(false);
    });

    it("should not overwrite an outcome staff already chose", () => {
      const result = answer("マイナンバーカードの暗証番号を忘れました");
      const plan = planDraftWrite({
        record: record({ [F.outcome]: "AI完結" }),
        result,
        config: DEFAULT_CONFIG,
        now: NOW,
      });
      expect(plan.updates[F.outcome]).toBeUndefined();
    });
  });

  describe("missing fields", () => {
    it("should skip fields the app does not have and report them", () => {
      const partial = record();
      delete partial[F.citations];
      const plan = planDraftWrite({
        record: partial,
        result: answer("住民票の写しが欲しい"),
        config: DEFAULT_CONFIG,
        now: NOW,
      });
      expect(F.citations in plan.updates).toBe(false);
      expect(findMissingFields(partial, DEFAULT_CONFIG)).toEqual(["citations"]);
    });
  });
});

describe("buildActionBanner", () => {
  describe("transfers and emergencies", () => {
    it("should name the department, extension and the personal-information reason", () => {
      const result = answer("国民健康保険の件で、保険証の記号番号は12345678です");
      const banner = buildActionBanner(result);
      expect(banner.tone).toBe("transfer");
      expect(banner.text).toMatch(/^転送推奨: .+ — 理由: .*個人情報を含む/);
      if (result.department) expect(banner.text).toContain(result.department);
      if (result.extension) expect(banner.text).toContain(`内線${result.extension}`);
    });

    it("should show the emergency number first", () => {
      const result = answer("父が倒れて息をしていません");
      const banner = buildActionBanner(result);
      expect(result.action).toBe("emergency");
      expect(banner.text).toMatch(/^緊急: .*119/);
    });
  });

  describe("answers", () => {
    it("should cite the FAQ id", () => {
      const result = answer("マイナンバーカードの暗証番号を忘れました");
      expect(buildActionBanner(result).text).toContain(result.citations[0] ?? "—");
    });
  });
});

describe("buildMaskedSegments", () => {
  it("should split the text at each entity and keep the rest verbatim", () => {
    const text = "電話は090-1234-5678です";
    const segments = buildMaskedSegments(text, [
      {
        type: "phone",
        class: "mask",
        start: 3,
        end: 16,
        placeholder: "［電話番号1］",
        score: 1,
        evidence: "",
      },
    ]);
    expect(segments).toEqual([
      { kind: "text", text: "電話は" },
      { kind: "masked", text: "090-1234-5678", placeholder: "［電話番号1］", blocked: false },
      { kind: "text", text: "です" },
    ]);
  });
});
