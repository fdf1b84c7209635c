import { readRomaji } from "../text";
import type { FaqEntry } from "../faq";
import type { TextAnalyzer } from "./analyze-text";
import { createTextAnalyzer, TERM_PREFIX } from "./analyze-text";
import type { Bm25IndexData, FieldWeights } from "./bm25";
import { Bm25Index } from "./bm25";
import { BigramSimilarity } from "./bigram-similarity";
import { computeConfidence } from "./confidence";
import type { QuestionViews } from "./question-views";
import { buildQuestionViews, rerankWithViews } from "./question-views";
import type { VariantTable } from "./variants";
import { DEFAULT_VARIANTS, mergeVariantTables } from "./variants";
import { BROADER_CONCEPTS } from "./concept-lexicon";
import { findAskingSentences, QUESTION_FOCUS_BOOST } from "./question-focus";

/**
 * Field weights for FAQ entries: how a citizen asks is closest to the question, staff keywords
 * next, the approved answer adds context.
 */
export const FAQ_FIELD_WEIGHTS: FieldWeights = {
  question: 3,
  keywords: 2,
  answer: 1,
  category: 0.5,
};

/** Only the start of a very long utterance is used for retrieval (keeps latency bounded). */
export const MAX_QUERY_CHARS = 400;

// Questions to a desk: intent terms and light hiragana words help (measured in docs/engine.md).
// A narrower concept also names its broader one (concept-lexicon.ts).
const FAQ_ANALYZER_OPTIONS = {
  intents: true,
  kanaWords: true,
  joinSpacedJapanese: true,
  broaderConcepts: BROADER_CONCEPTS,
  lightLatinBigrams: true,
} as const;

/** Bumped when analysis changes, so a stale serialized index is rebuilt instead of misread. */
export const FAQ_INDEX_VERSION = 47;

export type FaqIndexOptions = {
  /** The city's own variants, added to {@link DEFAULT_VARIANTS}. */
  readonly variants?: VariantTable;
  /** Replace the default table instead of extending it. @default false */
  readonly replaceDefaultVariants?: boolean;
  /** @default FAQ_FIELD_WEIGHTS */
  readonly fieldWeights?: FieldWeights;
};

export type FaqHit = { readonly id: string; readonly score: number };

export type FaqSearchResult = {
  readonly hits: readonly FaqHit[];
  /** Calibrated estimate (0–1) that `hits[0]` is the right entry. */
  readonly confidence: number;
  readonly coverage: number;
};

/** The serialized index (JSON-safe), for shipping a prebuilt index to the browser. */
export type FaqIndexJson = {
  readonly version: number;
  readonly variants: VariantTable;
  readonly entries: readonly FaqEntry[];
  readonly bm25: Bm25IndexData;
  /** Per entry, its question-like views (question and keyword phrasings) as distinct terms. */
  readonly viewTerms: QuestionViews["terms"];
  /** Per entry and view, the view's total weight × IDF (see `rerankWithViews`). */
  readonly viewNorms: QuestionViews["norms"];
};

/**
 * The pieces of an FAQ index: the merged variant table, the analyzer, whole-entry BM25F and the
 * question views. Exported for scripts that fit the reranker on the same features
 * (`scripts/retrieval/fit-rerank.ts`); applications use {@link FaqIndex}.
 */
export function buildFaqSearchParts(entries: readonly FaqEntry[], options: FaqIndexOptions = {}) {
  const variants = options.replaceDefaultVariants
    ? (options.variants ?? {})
    : mergeVariantTables(DEFAULT_VARIANTS, options.variants ?? {});
  const analyze = createTextAnalyzer(variants, FAQ_ANALYZER_OPTIONS);
  const documents = entries.map((entry) => ({
    id: entry.id,
    fields: {
      question: entry.question,
      keywords: entry.keywords.join(" 、 "),
      answer: entry.answer,
      category: entry.category,
    },
  }));
  const bm25 = Bm25Index.build({
    documents,
    analyze,
    fieldWeights: options.fieldWeights ?? FAQ_FIELD_WEIGHTS,
  });
  const views = buildQuestionViews({ entries, analyze, whole: bm25 });
  return { variants, analyze, bm25, views, bigrams: buildBigrams(entries) };
}

/** The bigram similarity over each entry's question and keywords (see `bigram-similarity.ts`). */
function buildBigrams(entries: readonly FaqEntry[]): BigramSimilarity {
  return BigramSimilarity.build(
    entries.map((entry) => `${entry.question} ${entry.keywords.join(" ")}`),
  );
}

/** FAQ retrieval: BM25F over variant-folded words and character n-grams. Pure; browser-safe. */
export class FaqIndex {
  readonly entries: readonly FaqEntry[];
  private readonly byId: ReadonlyMap<string, FaqEntry>;
  private readonly analyze: TextAnalyzer;
  private readonly bigrams: BigramSimilarity;

  private constructor(
    entries: readonly FaqEntry[],
    private readonly variants: VariantTable,
    private readonly bm25: Bm25Index,
    private readonly views: QuestionViews,
  ) {
    this.entries = entries;
    this.byId = new Map(entries.map((entry) => [entry.id, entry]));
    this.analyze = createTextAnalyzer(variants, FAQ_ANALYZER_OPTIONS);
    this.bigrams = buildBigrams(entries);
  }

  static build(entries: readonly FaqEntry[], options: FaqIndexOptions = {}): FaqIndex {
    const parts = buildFaqSearchParts(entries, options);
    return new FaqIndex(entries, parts.variants, parts.bm25, parts.views);
  }

  /** Restores an index from {@link FaqIndex.toJSON}; returns null when the version differs. */
  static fromJSON(json: FaqIndexJson): FaqIndex | null {
    if (json.version !== FAQ_INDEX_VERSION) return null;
    return new FaqIndex(json.entries, json.variants, Bm25Index.fromJSON(json.bm25), {
      terms: json.viewTerms,
      norms: json.viewNorms,
    });
  }

  toJSON(): FaqIndexJson {
    return {
      version: FAQ_INDEX_VERSION,
      variants: this.variants,
      entries: this.entries,
      bm25: this.bm25.toJSON(),
      viewTerms: this.views.terms,
      viewNorms: this.views.norms,
    };
  }

  getEntry(id: string): FaqEntry | undefined {
    return this.byId.get(id);
  }

  /** Ranks entries for `text` (only its first {@link MAX_QUERY_CHARS} characters). */
  search(text: string, options: { limit?: number } = {}): FaqSearchResult {
    const limit = Math.max(2, options.limit ?? 5);
    const typed = text.slice(0, MAX_QUERY_CHARS);
    // Romaji Japanese (maina no anshou bangou) is searched in kana too.
    const romaji = readRomaji(typed);
    const query = romaji === null ? typed : `${typed} ${romaji}`;
    const terms = this.analyze(query);
    const asking = findAskingSentences(typed);
    const focus =
      asking === null
        ? null
        : new Set(this.analyze(asking).filter((term) => term.startsWith(TERM_PREFIX.concept)));
    const whole = this.bm25.scoreAll(
      terms,
      focus === null ? undefined : (term) => (focus.has(term) ? 1 + QUESTION_FOCUS_BOOST : 1),
    );
    const fused = rerankWithViews({
      whole,
      views: this.views,
      queryTerms: terms,
      idf: (term) => this.bm25.idf(term),
      bigram: this.bigrams.scorer(query),
      limit,
    });
    const top = fused[0];
    const evidence = top ? whole.explain(top.index) : { coverage: 0, matchedWeight: 0 };
    const confidence = computeConfidence({
      topScore: top?.score ?? 0,
      secondScore: fused[1]?.score ?? 0,
      coverage: evidence.coverage,
      matchedWeight: evidence.matchedWeight,
    });
    const hits = fused.map((hit) => ({
      id: this.bm25.ids[hit.index] as string,
      score: Math.round(hit.score * 1000) / 1000,
    }));
    return {
      hits: hits.slice(0, options.limit ?? 5),
      confidence,
      coverage: Math.round(evidence.coverage * 1000) / 1000,
    };
  }
}
