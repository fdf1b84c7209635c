import type { FaqEntry } from "../faq";
import { createTextAnalyzer } from "./analyze-text";
import { Bm25Index } from "./bm25";
import { BigramSimilarity } from "./bigram-similarity";
import { buildQuestionViews } from "./question-views";
import { computeCandidateFeatures, RERANK_FEATURE_NAMES, scoreFeatures } from "./rerank-features";
import { RERANK_WEIGHTS } from "./rerank-weights";
import { BROADER_CONCEPTS } from "./concept-lexicon";
import { DEFAULT_VARIANTS } from "./variants";

const analyze = createTextAnalyzer(DEFAULT_VARIANTS, { intents: true, kanaWords: true });
// As the FAQ index analyzes: a narrower concept also names its broader one (乳児 → 子ども).
const analyzeFaq = createTextAnalyzer(DEFAULT_VARIANTS, {
  intents: true,
  kanaWords: true,
  broaderConcepts: BROADER_CONCEPTS,
});

function entry(id: string, question: string, keywords: string[]): FaqEntry {
  return { id, question, answer: "", category: "", department: "市民課", keywords };
}

const entries = [
  entry("count", "暗証番号を何回間違えるとロックされますか", ["何回間違えたらロック"]),
  entry("unlock", "ロックされた暗証番号を自分で解除できますか", ["ロックを自分で外したい"]),
];
const whole = Bm25Index.build({
  documents: entries.map((e) => ({
    id: e.id,
    fields: { q: [e.question, ...e.keywords].join(" 、 ") },
  })),
  analyze,
  fieldWeights: { q: 1 },
});
const views = buildQuestionViews({ entries, analyze, whole });
const bigrams = BigramSimilarity.build(entries.map((e) => [e.question, ...e.keywords].join(" ")));

function featuresFor(text: string) {
  const queryTerms = analyze(text);
  return computeCandidateFeatures({
    whole: whole.scoreAll(queryTerms),
    views,
    queryTerms,
    idf: (t) => whole.idf(t),
    depth: 20,
    bigram: bigrams.scorer(text),
  });
}

describe("rerank features", () => {
  describe("computeCandidateFeatures", () => {
    it("should give every candidate one value per feature, each within [0, 1]", () => {
      const { candidates, features } = featuresFor("暗証番号がロックされた");
      expect(candidates).toHaveLength(2);
      for (const values of features) {
        expect(values).toHaveLength(RERANK_FEATURE_NAMES.length);
        for (const value of values) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(1);
        }
      }
    });

    it("should flag a question kind the entry asks and the caller does not", () => {
      const { candidates, features } = featuresFor("暗証番号がロックされた");
      const extra = RERANK_FEATURE_NAMES.indexOf("intentExtra");
      const byId = new Map(candidates.map((hit, c) => [whole.ids[hit.index], features[c]]));
      expect(byId.get("count")?.[extra]).toBe(1);
      expect(byId.get("unlock")?.[extra]).toBe(0);
    });

    it("should scale the bigram cosine to the best candidate's", () => {
      const { candidates, features } = featuresFor("ロックを自分で外したいんです");
      const k = RERANK_FEATURE_NAMES.indexOf("bigram");
      const byId = new Map(candidates.map((hit, c) => [whole.ids[hit.index], features[c]]));
      expect(byId.get("unlock")?.[k]).toBe(1);
      expect(byId.get("count")?.[k]).toBeGreaterThan(0);
      expect(byId.get("count")?.[k]).toBeLessThan(1);
    });

    it("should flag an entry with a view asking why only when the caller asks why", () => {
      const whyEntries = [
        entry("until", "電子証明書の有効期限はいつまでですか", ["電子証明書の期限"]),
        entry("reason", "どうして電子証明書だけ有効期限が5年なのですか", ["5年の理由"]),
      ];
      const whyWhole = Bm25Index.build({
        documents: whyEntries.map((e) => ({
          id: e.id,
          fields: { q: [e.question, ...e.keywords].join(" 、 ") },
        })),
        analyze,
        fieldWeights: { q: 1 },
      });
      const whyViews = buildQuestionViews({ entries: whyEntries, analyze, whole: whyWhole });
      const k = RERANK_FEATURE_NAMES.indexOf("askWhy");
      const askWhy = (text: string) => {
        const queryTerms = analyze(text);
        const { candidates, features } = computeCandidateFeatures({
          whole: whyWhole.scoreAll(queryTerms),
          views: whyViews,
          queryTerms,
          idf: (t) => whyWhole.idf(t),
          depth: 20,
        });
        return new Map(candidates.map((hit, c) => [whyWhole.ids[hit.index], features[c]?.[k]]));
      };
      const asked = askWhy("電子証明書の期限がカードと違うのはなんでですか");
      expect(asked.get("reason")).toBe(1);
      expect(asked.get("until")).toBe(0);
      const notAsked = askWhy("電子証明書の期限はもう切れていますか");
      expect(notAsked.get("reason")).toBe(0);
      expect(notAsked.get("until")).toBe(0);
    });

    /** The feature named `name` of each candidate entry for `text`, over `own` entries. */
    function featureOf(own: FaqEntry[], name: (typeof RERANK_FEATURE_NAMES)[number]) {
      const ownWhole = Bm25Index.build({
        documents: own.map((e) => ({
          id: e.id,
          fields: { q: [e.question, ...e.keywords].join(" 、 ") },
        })),
        analyze: analyzeFaq,
        fieldWeights: { q: 1 },
      });
      const ownViews = buildQuestionViews({ entries: own, analyze: analyzeFaq, whole: ownWhole });
      const k = RERANK_FEATURE_NAMES.indexOf(name);
      return (text: string) => {
        const queryTerms = analyzeFaq(text);
        const { candidates, features } = computeCandidateFeatures({
          whole: ownWhole.scoreAll(queryTerms),
          views: ownViews,
          queryTerms,
          idf: (t) => ownWhole.idf(t),
          depth: 20,
        });
        return new Map(candidates.map((hit, c) => [ownWhole.ids[hit.index], features[c]?.[k]]));
      };
    }

    it("should flag an entry whose views ask every kind of thing the caller asks", () => {
      const asked = featureOf(
        [
          entry("place", "公金受取口座の登録について教えてください", ["口座はどこで登録する"]),
          entry("papers", "公金受取口座の登録に必要なものは何ですか", ["登録に持っていくもの"]),
        ],
        "intentInViews",
      );
      const where = asked("公金受取口座を登録したいんですけど、どこでやればいいですか");
      expect(where.get("place")).toBe(1);
      expect(where.get("papers")).toBe(0);
      // Where and until when: no view of either entry asks until when.
      const whereAndWhen = asked("公金受取口座の登録はどこで、いつまでにすればいいですか");
      expect(whereAndWhen.get("place")).toBe(0);
      // A caller who asks no kind of thing says nothing of it.
      const plain = asked("公金受取口座を登録したいです");
      expect(plain.get("place")).toBe(0);
      expect(plain.get("papers")).toBe(0);
    });

    it("should flag an entry whose question names abroad only when the caller does not", () => {
      const unsaid = featureOf(
        [
          entry("home", "引っ越したらカードの手続きはどうすればいいですか", ["引っ越しの手続き"]),
          entry("abroad", "海外に引っ越してもカードは使えますか", ["海外に住む"]),
        ],
        "caseUnsaid",
      );
      const atHome = unsaid("引っ越したらカードはどうなりますか");
      expect(atHome.get("abroad")).toBe(1);
      expect(atHome.get("home")).toBe(0);
      const abroad = unsaid("来年海外に引っ越したらカードはどうなりますか");
      expect(abroad.get("abroad")).toBe(0);
      expect(abroad.get("home")).toBe(0);
    });

    it("should flag the head-cover entry only when the caller names no head cover", () => {
      const unsaid = featureOf(
        [
          entry("photo", "申請に使う顔写真の大きさや条件を教えてください", ["写真の決まり"]),
          entry("cover", "宗教上の理由でスカーフを着けたまま写真を撮ってもいいですか", ["帽子"]),
        ],
        "caseUnsaid",
      );
      const hat = unsaid("作業用の帽子をかぶった写真しか手元にありません");
      expect(hat.get("cover")).toBe(1);
      expect(hat.get("photo")).toBe(0);
      const scarf = unsaid("ヒジャブを着けたまま写真を撮っても大丈夫ですか");
      expect(scarf.get("cover")).toBe(0);
    });

    it("should flag an entry about a child or an old person only when the caller names none", () => {
      const unsaid = featureOf(
        [
          entry("anyone", "暗証番号を忘れてしまったので、教えてもらえますか", ["暗証番号を忘れた"]),
          entry("child", "子どもの暗証番号を忘れたのですが、親が再設定できますか", [
            "子どもの暗証番号",
          ]),
          entry("old", "高齢の親が暗証番号を覚えられないのですが、方法はありますか", ["高齢の親"]),
        ],
        "personUnsaid",
      );
      const plain = unsaid("暗証番号を忘れてしまいました。どうすればいいですか");
      expect(plain.get("child")).toBe(1);
      expect(plain.get("old")).toBe(1);
      expect(plain.get("anyone")).toBe(0);
      const baby = unsaid("赤ちゃんのカードの暗証番号を忘れました");
      expect(baby.get("child")).toBe(0);
      expect(baby.get("old")).toBe(1);
      const elderly = unsaid("高齢の母が暗証番号を忘れました");
      expect(elderly.get("old")).toBe(0);
      expect(elderly.get("child")).toBe(1);
    });

    it("should flag an entry about every PIN only when the caller names no scope", () => {
      const unsaid = featureOf(
        [
          entry("one", "コンビニで暗証番号を再設定できますか", ["コンビニで再設定"]),
          entry("all", "暗証番号を全部忘れてしまったのですが、コンビニで再設定できますか", [
            "全部忘れた",
          ]),
        ],
        "scopeUnsaid",
      );
      const one = unsaid("長いほうの暗証番号だけ忘れました。コンビニで直せますか");
      expect(one.get("all")).toBe(1);
      expect(one.get("one")).toBe(0);
      const both = unsaid("4桁のも長いのも両方忘れました。コンビニで直せますか");
      expect(both.get("all")).toBe(0);
      const spoken = unsaid(
        "ながいのも みじかいのも りょうほう わすれちゃって こんびにで なおせますか",
      );
      expect(spoken.get("all")).toBe(0);
    });

    it("should return nothing for a query that shares no term", () => {
      expect(featuresFor("").candidates).toEqual([]);
    });
  });

  describe("scoreFeatures", () => {
    it("should weigh features by name in order", () => {
      const values = RERANK_FEATURE_NAMES.map((_, k) => (k === 0 ? 1 : 0));
      expect(scoreFeatures(values, RERANK_WEIGHTS)).toBe(RERANK_WEIGHTS.whole);
    });

    it("should break a near-tie for the entry whose question the caller says in full", () => {
      // Order: whole, view, question, conceptRecall, questionConcepts, intentMatch, intentExtra,
      // bigram (askWhy 0). The first entry is ahead on the whole-entry score by a few words of its answer;
      // the second's question and a phrasing are covered, and its concepts all named.
      const aheadOnWords = [1, 0.35, 0, 1, 0, 0, 1, 0.3];
      const askedInFull = [0.77, 1, 0.75, 1, 1, 0, 0, 1];
      expect(scoreFeatures(askedInFull, RERANK_WEIGHTS)).toBeGreaterThan(
        scoreFeatures(aheadOnWords, RERANK_WEIGHTS),
      );
    });
  });
});
