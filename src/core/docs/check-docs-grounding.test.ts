import { checkDocsGrounding } from "./check-docs-grounding";

const CITABLE = ["C1", "C2", "C3"];

describe("checkDocsGrounding", () => {
  describe("rejects", () => {
    it.each([
      ["an empty answer", { answer: "  ", citations: ["C1"] }, "empty"],
      ["an answer without marks", { answer: "14日以内に決定します。", citations: [] }, "uncited"],
      [
        "marks only in the citation list",
        { answer: "14日以内に決定します。", citations: ["C1"] },
        "uncited",
      ],
      [
        "a mark it was not given",
        { answer: "14日以内です [C4]。", citations: ["C4"] },
        "unknown_citation",
      ],
      [
        "a listed citation it was not given",
        { answer: "14日以内です [C1]。", citations: ["C1", "X"] },
        "unknown_citation",
      ],
      ["a full-width lookalike", { answer: "14日以内です ［C1］。", citations: ["C1"] }, "uncited"],
    ])("should reject %s", (_, reply, reason) => {
      expect(checkDocsGrounding(reply, CITABLE)).toEqual({ ok: false, reason });
    });
  });

  describe("accepts", () => {
    it("should accept a cited answer and list citations in order of first use", () => {
      const reply = {
        answer: "原則14日以内 [C2]。特別な理由があれば30日まで [C2][C1]。",
        citations: ["C1", "C2"],
      };
      expect(checkDocsGrounding(reply, CITABLE)).toEqual({ ok: true, citations: ["C2", "C1"] });
    });
  });
});
