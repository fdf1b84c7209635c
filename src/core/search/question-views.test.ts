import type { FaqEntry } from "../faq";
import { createTextAnalyzer } from "./analyze-text";
import type { Bm25Scores } from "./bm25";
import { Bm25Index } from "./bm25";
import { buildQuestionViews, listViews, rerankWithViews, VIEW_MIN_CHARS } from "./question-views";
import type { RerankWeights } from "./rerank-features";
import { RERANK_FEATURE_NAMES } from "./rerank-features";
import { DEFAULT_VARIANTS } from "./variants";

const analyze = createTextAnalyzer(DEFAULT_VARIANTS, { intents: true, kanaWords: true });

function entry(id: string, question: string, keywords: string[]): FaqEntry {
  return { id, question, answer: "", category: "", department: "市民課", keywords };
}

/** The views of `entries` as FaqIndex builds them, IDF from a whole-entry index of them. */
function buildViews(entries: readonly FaqEntry[]) {
  const whole = Bm25Index.build({
    documents: entries.map((e) => ({
      id: e.id,
      fields: { q: [e.question, ...e.keywords].join(" 、 ") },
    })),
    analyze,
    fieldWeights: { q: 1 },
  });
  return {
    views: buildQuestionViews({ entries, analyze, whole }),
    idf: (t: string) => whole.idf(t),
  };
}

/** Whole-entry scores as given (index → score), in the shape Bm25Index.scoreAll returns. */
function wholeScores(values: readonly number[]): Bm25Scores {
  return {
    scores: Float64Array.from(values),
    touched: values.map((_, i) => i).filter((i) => (values[i] as number) > 0),
    explain: () => ({ coverage: 1, matchedWeight: 10 }),
  };
}

describe("question views", () => {
  describe("listViews", () => {
    it("should use the question and phrasings, not short topic names", () => {
      const views = listViews(
        entry("A", "カードは必ず作るのですか", ["義務", "作らないといけない"]),
      );
      expect(views).toEqual(["カードは必ず作るのですか", "作らないといけない"]);
      expect("作らないといけない".length).toBeGreaterThanOrEqual(VIEW_MIN_CHARS);
    });
  });

  describe("rerankWithViews", () => {
    const entries = [
      entry("overseas", "国外転出の後もカードを使えますか", ["来月から海外に住む"]),
      entry("travel", "海外旅行中にカードをなくしたら", ["旅行先でなくした"]),
    ];
    const { views, idf } = buildViews(entries);
    // The view mechanism alone (the fitted weights spread the same evidence over more features).
    const viewOnly = Object.fromEntries(
      RERANK_FEATURE_NAMES.map((name) => [name, name === "whole" ? 1 : name === "view" ? 0.3 : 0]),
    ) as RerankWeights;
    const rerank = (text: string, scores: number[]) =>
      rerankWithViews({
        whole: wholeScores(scores),
        views,
        idf,
        queryTerms: analyze(text),
        limit: 2,
        weights: viewOnly,
      }).map((hit) => hit.index);

    it("should lift the entry whose phrasing the caller's words cover over a slightly higher whole score", () => {
      expect(rerank("来月から海外に住むんですけど", [0.95, 1])).toEqual([0, 1]);
    });

    it("should keep the whole-entry order when no phrasing is covered", () => {
      expect(rerank("窓口は何時までですか", [0.95, 1])).toEqual([1, 0]);
    });

    it("should not let a large whole-score lead be overturned by a view alone", () => {
      expect(rerank("来月から海外に住むんですけど", [0.3, 1])[0]).toBe(1);
    });

    it("should return nothing when no entry matched", () => {
      expect(rerank("来月から海外に住む", [0, 0])).toEqual([]);
    });
  });
});
