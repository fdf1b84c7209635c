import { DocIndex } from "../../../core/docs";
import { buildContextQuery, extractKeyTerms, resolveFollowUp } from "./resolve-follow-up";

// A small fictional manual written for these tests (not the sample corpus).
const INDEX = DocIndex.build([
  {
    doc: "1/medical.md",
    title: "医療扶助",
    pages: [
      {
        page: null,
        text: [
          "# 医療扶助",
          "## 1. 通院移送費",
          "### 1.2 申請",
          "通院のタクシー代などの移送費は、事前に申請を受け、通院の日付と経路を確認して支給する。",
        ].join("\n"),
      },
    ],
  },
  {
    doc: "2/apply.md",
    title: "申請の流れ",
    pages: [
      {
        page: null,
        text: [
          "# 申請の流れ",
          "## 1. 申請書",
          "### 1.1 提出",
          "保護の申請は、事前に必要な書類をそろえ、申請書を提出して行う。申請の意思が示されたときは申請書を渡す。",
          "## 2. 住宅",
          "### 2.1 家賃",
          "単身世帯の家賃の上限額は37,000円とする。",
        ].join("\n"),
      },
    ],
  },
]);

const TAXI = "通院のタクシー代は出せますか";

describe("resolveFollowUp", () => {
  describe("key terms", () => {
    it.each([
      [TAXI, ["通院", "タクシー代"]],
      ["ＤＶの場合の扶養照会は", ["ＤＶ", "場合", "扶養照会"]],
      ["いつまでですか", []],
    ])("should take the topic words of %s", (text, terms) => {
      expect(extractKeyTerms(text)).toEqual(terms);
    });

    it("should put carried terms before the follow-up", () => {
      expect(buildContextQuery(["通院", "タクシー代"], "申請は？")).toBe(
        "通院・タクシー代について、申請は？",
      );
    });
  });

  describe("carrying the earlier turn", () => {
    it("should stand alone on the first question", () => {
      expect(resolveFollowUp({ index: INDEX, previousQuery: null, question: TAXI })).toEqual({
        query: TAXI,
        carried: [],
      });
    });

    it("should carry the earlier topic when the follow-up refers back", () => {
      const followUp = resolveFollowUp({
        index: INDEX,
        previousQuery: TAXI,
        question: "その場合の確認方法は",
      });
      expect(followUp.carried).toEqual(["通院", "タクシー代"]);
      expect(followUp.query).toBe("通院・タクシー代について、その場合の確認方法は");
    });

    it("should let the earlier topic choose among the follow-up's own passages", () => {
      const question = "事前の申請は必要ですか";
      const own = INDEX.search(question);
      const followUp = resolveFollowUp({ index: INDEX, previousQuery: TAXI, question });
      const withContext = INDEX.search(followUp.query);
      expect(followUp.carried).toEqual(["通院", "タクシー代"]);
      if (!own.found || !withContext.found) throw new Error("not found");
      expect(own.hits[0]!.chunk.sectionPath.at(-1)).not.toBe("1.2 申請");
      expect(own.hits.map((hit) => hit.chunk.sectionPath.at(-1))).toContain("1.2 申請");
      expect(withContext.hits[0]!.chunk.sectionPath.at(-1)).toBe("1.2 申請");
    });
  });

  describe("a follow-up whose own best passage is on the earlier topic", () => {
    it("should say it was understood in context even when the context changes no ranking", () => {
      const question = "経路は確認しますか";
      const own = INDEX.search(question);
      if (!own.found) throw new Error("not found");
      expect(own.hits[0]!.chunk.sectionPath.at(-1)).toBe("1.2 申請");
      expect(resolveFollowUp({ index: INDEX, previousQuery: TAXI, question }).carried).toEqual([
        "通院",
        "タクシー代",
      ]);
    });
  });

  describe("a new topic", () => {
    it("should search a question on another topic on its own", () => {
      const question = "単身の家賃の上限額はいくらですか";
      expect(resolveFollowUp({ index: INDEX, previousQuery: TAXI, question })).toEqual({
        query: question,
        carried: [],
      });
    });

    it("should keep a follow-up the manuals lack not found, not rescued by the context", () => {
      const question = "冬季加算はいくらですか";
      const followUp = resolveFollowUp({ index: INDEX, previousQuery: TAXI, question });
      expect(followUp.query).toBe(question);
      expect(INDEX.search(followUp.query).found).toBe(false);
    });
  });
});
