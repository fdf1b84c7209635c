import { foldForMatch } from "../text";
import { findIntents } from "./intent-terms";
import type { VariantTable } from "./variants";

/**
 * Term kinds: a variant concept, a word from Intl.Segmenter (hiragana-only words apart), a
 * character bigram or trigram.
 */
export const TERM_PREFIX = {
  concept: "c:",
  word: "w:",
  kanaWord: "k:",
  intent: "i:",
  bigram: "2:",
  kanaBigram: "h:",
  latinBigram: "l:",
  trigram: "3:",
} as const;

/**
 * How much one occurrence of each kind counts in a query. Concepts carry the city's own
 * synonym knowledge, words carry meaning, n-grams catch mishearings and unsegmented compounds.
 */
// Hiragana-only words are mostly endings and function words (です, したい, ください); as full
// words they let a question's wording outvote its topic. 0.15 was the best tuning-row value that
// did not lower any held-out aggregate (docs/engine.md).
const KANA_WORD_WEIGHT = 0.15;
export const TERM_KIND_WEIGHTS: Readonly<Record<string, number>> = {
  "c:": 2.5,
  "w:": 1,
  "k:": KANA_WORD_WEIGHT,
  // As much as a word: chosen on the tuning rows (0.5/1/2 measured), held-out not lower.
  "i:": 1,
  "2:": 0.5,
  "h:": 0.25,
  // Pairs of Latin letters (an option, see `lightLatinBigrams`): in a sentence of English,
  // Portuguese or Vietnamese, dozens of pairs such as "ed" or "po" matched whichever entry has a
  // phrasing in that language. 0.25: the best value at which no development set lost a row
  // (0.5, 0.35, 0.25, 0.15, 0.1, 0 measured; docs/engine.md, blind-15 read).
  "l:": 0.25,
  "3:": 0,
};

/** Turns text into search terms; built once per variant table. */
export type TextAnalyzer = (text: string) => string[];

// Characters that carry no meaning for matching (spaces, punctuation, symbols).
const NON_CONTENT = /[\s\p{P}\p{S}]+/gu;
const KANA_OR_KANJI_OR_WORD = /[\p{L}\p{N}]/u;
const HIRAGANA_ONLY = /^\p{Script=Hiragana}+$/u;
/**
 * Function words of the languages foreign residents write in besides English (tôi, của; eu, meu;
 * ang, ko; saya, yang) and romaji particles (ni, ga, desu). Few FAQ keywords are in those
 * languages, so these words look rare and would tie a question to whichever entry has a phrasing
 * in the same language. Pronouns, articles, particles and auxiliaries only: nothing that names a
 * need. English keywords are many, so their IDF already weighs such words down, and dropping them
 * lost rows (docs/engine.md).
 */
const FOREIGN_FUNCTION_WORDS = new Set(
  [
    "tôi của là có không được phải làm sao thì và cho với này khi đã sẽ sắp để một những các ở ạ nào gì mình em anh chị bạn rồi cũng nếu thế",
    "eu meu minha o a os as de do da dos das que é um uma para com não se em no na por ao mas",
    "yo mi el la los las del que es un una para con no se en por al pero",
    "ang ko ng sa na ako mga ba kong po ano ito",
    "saya yang di ke dan apakah ini itu untuk bisa tidak ada dari mau saja harus aku kami kalau sudah",
    // Fifteenth round: more pronouns and auxiliaries (tl bang, siya, namin; es soy, y; pt tenho,
    // quem, algum), Nepali (मेरो my, मैले I, हो is, भने if, के what, को of, मा in) and Chinese (我,
    // 的, 了, 吗, 是, 也, 他, 她, 你, 您, 我们, 呢, 吧).
    "bang siya namin nasa soy y tenho quem algum",
    // Thirty-sixth round: Tagalog "can" and "if" (puwede, pwede, kung), Vietnamese "can" (the
    // thể of có thể), Portuguese "and" (e), Spanish "if" and "there is" (si, hay; hay is also
    // Vietnamese "or"). MN-045's one Tagalog phrasing held puwede, so every Tagalog proxy
    // question went to the grandparents' entry.
    "puwede pwede thể kung e si hay",
    // Twenty-fourth round: object pronouns and "can" (es me, te, puedo, puede; pt posso, pode),
    // and Chinese "my" and "can" (我的, 可以).
    "me te puedo puede posso pode 我的 可以",
    // Thirty-second round: Indonesian with, also, or, will, may, still (one Indonesian phrasing of
    // MN-026 holds dengan, so it counted as a rare word).
    "dengan juga atau akan boleh masih",
    "मेरो मैले हो भने के को मा र पनि",
    "我 的 了 吗 是 也 他 她 你 您 我们 呢 吧",
    // Forty-first round: Chinese "can", "about", "usually" and "after" (能, 大概, 大约, 一般,
    // 以后, 之后). MN-097's one Chinese phrasing held 大概 and 能, so every Chinese question of
    // how long a card takes went to express issuance.
    "能 大概 大约 一般 以后 之后",
    // Twenty-fifth round: Korean particles and auxiliaries, split off when a concept is read
    // out of the word they end (계좌를 → 口座 를); question words (어디서, 왜, 몇) stay.
    "를 을 은 는 이 가 에 에서 로 으로 도 의 수 할 한 하고 고 제 저 저는 제가 있나요 있어요 있는 있는지 하나요 되나요 해야 하면 싶어요 싶은데 해 했는데 하는데",
    // And Thai: if, must, in, of, polite endings, I.
    "ถ้า ต้อง ใน ของ ที่ และ จะ ได้ แล้ว คะ ค่ะ ครับ ไหม ฉัน ผม",
    // Romaji particles and endings: the line is also searched in kana (readRomaji), so the Latin
    // forms only tie it to entries with a romaji phrasing.
    "ni ga wa wo ka mo desu masu desuka masuka suru shimasu noni nani nan kana deshou dekimasu",
  ].flatMap((list) => list.split(" ")),
);
/**
 * Words that hold a variant without being it, kept as they are: the polite いただく and the
 * connectives ただし, ただ、, ただいま and the しただけ of "only did" hold ただ (free, a cost word),
 * so every polite question and every answer with ただし read as a question about fees.
 */
const LOOKALIKE_WORDS = [
  "いただ",
  "ただし",
  "ただけ",
  "ただいま",
  "ただ今",
  "ただ、",
  // Twenty-sixth round, the same kind of look-alike: the ending かどうか holds カード (folded かど),
  // so every "whether" read as a question about the card; ところなんです holds コロナ; ただの板
  // (a mere plate) and 聞きたいくらい hold the fee words ただ and いくら; ブロック塀 holds the
  // blocked card (ロック); ひびき野 holds a crack; わけにはいきません holds 廃棄; 参りませんか holds
  // 要りませんか; 〜てもいいことにして (allowing it) holds いいこと (a benefit).
  "かどうか",
  "ところなん",
  "ところない",
  "ところなの",
  "ところなら",
  "ただの",
  "たいくらい",
  "ないくらい",
  "ブロック塀",
  "ひびき",
  "にはいき",
  "まいりません",
  "いいことにし",
  "ええことにし",
  // A verb's negative before なくなった says "can no longer" or "no longer does" (行けなくなった,
  // 読めなくなった, 分からなくなった), not that something was lost (カードがなくなった); so is
  // 少なくなった (fewer). Particles (が, も, は, を, で, に, と) are left out: after them it is a loss.
  ...Array.from("かさたばまらわえけせべめれきぎじちびみりいしん", (ending) => `${ending}なくなっ`),
  "少なくなっ",
  // Thirty-sixth round: 頼む after で or も orders a service (特急で頼んだら, 誰でも頼める,
  // カードも一緒に頼める); the proxy's 頼む names a person (家族に頼める, 夫に頼んで).
  "で頼",
  "も頼",
  // Forty-first round: どんな時に使う asks what a thing is used for (MN-070), not in which cases
  // it is allowed (条件, which どんなとき names alone).
  "どんな時に使",
  "どんなときに使",
  "どんな時につか",
  "どんなときにつか",
  "どういう時に使",
  "どういうときに使",
];
// A look-alike's entry in the alias trie: matched like an alias, but it names no concept.
const KEPT = "";
const HIRAGANA_PAIR = /^\p{Script=Hiragana}{2}$/u;
const LATIN_PAIR = /^\p{Script=Latin}{2}$/u;

let segmenter: Intl.Segmenter | null = null;

function getSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter("ja", { granularity: "word" });
  return segmenter;
}

export type TextAnalyzerOptions = {
  /** Emit intent terms (how/where/when/cost/bring) for question-like text. @default false */
  readonly intents?: boolean;
  /** Give hiragana-only words their own, lighter kind (`k:`). @default false */
  readonly kanaWords?: boolean;
  /**
   * Join kana and kanji split by spaces before matching variants: speech recognition and
   * callers on a phone write でんし しょうめいしょ, which Japanese never spaces. @default false
   */
  readonly joinSpacedJapanese?: boolean;
  /**
   * A narrower concept also names its broader ones (a child under 15 is a child): concept →
   * broader concept, both as canonical forms, followed up the chain. @default none
   */
  readonly broaderConcepts?: Readonly<Record<string, string>>;
  /**
   * Give pairs of Latin letters their own, lighter kind (`l:`) instead of counting them as
   * bigrams: within a word of another language they mostly tie the text to any phrasing in that
   * language. @default false
   */
  readonly lightLatinBigrams?: boolean;
};

// A space between two Japanese characters (katakana is folded to hiragana before this runs).
const SPACE_IN_JAPANESE =
  /(?<=[\p{Script=Hiragana}\p{Script=Han}])\s+(?=[\p{Script=Hiragana}\p{Script=Han}])/gu;

/**
 * Builds the analyzer: fold (width, kana, case), replace every listed variant by its canonical
 * form (longest match first, so マイナンバーカード wins over マイナンバー), then emit concept
 * terms for the variants found, Segmenter words, and character bi/trigrams of the folded text.
 */
export function createTextAnalyzer(
  variants: VariantTable,
  options: TextAnalyzerOptions = {},
): TextAnalyzer {
  const canonicalByAlias = new Map<string, string>();
  const conjugated: [string, string][] = [];
  for (const [canonical, aliases] of Object.entries(variants)) {
    const folded = foldForMatch(canonical);
    for (const alias of [canonical, ...aliases]) {
      const key = foldForMatch(alias);
      if (key && !canonicalByAlias.has(key)) canonicalByAlias.set(key, folded);
      for (const form of conjugatedForms(key)) conjugated.push([form, folded]);
    }
  }
  // After every listed variant, so a listed form keeps its own concept.
  for (const [form, folded] of conjugated) {
    if (!canonicalByAlias.has(form)) canonicalByAlias.set(form, folded);
  }
  for (const word of LOOKALIKE_WORDS) {
    const key = foldForMatch(word);
    if (!canonicalByAlias.has(key)) canonicalByAlias.set(key, KEPT);
  }
  const aliasTrie = buildAliasTrie(canonicalByAlias);
  const broader = new Map(
    Object.entries(options.broaderConcepts ?? {}).map(([narrow, wide]) => [
      foldForMatch(narrow),
      foldForMatch(wide),
    ]),
  );

  return (text: string): string[] => {
    const plain = foldForMatch(text);
    const folded =
      options.joinSpacedJapanese === true ? plain.replace(SPACE_IN_JAPANESE, "") : plain;
    const terms: string[] = [];
    const canonicalText = replaceAliases(folded, aliasTrie, (canonical) => {
      terms.push(TERM_PREFIX.concept + canonical);
      // Up the chain (15歳未満 → 年少 → 子ども); a short chain, so a loop cannot run away.
      let wide = broader.get(canonical);
      for (let step = 0; wide !== undefined && step < 4; step += 1) {
        terms.push(TERM_PREFIX.concept + wide);
        wide = broader.get(wide);
      }
    });
    for (const part of getSegmenter().segment(canonicalText)) {
      if (part.isWordLike && KANA_OR_KANJI_OR_WORD.test(part.segment)) {
        if (FOREIGN_FUNCTION_WORDS.has(part.segment)) continue;
        const kana = options.kanaWords === true && HIRAGANA_ONLY.test(part.segment);
        const kind = kana ? TERM_PREFIX.kanaWord : TERM_PREFIX.word;
        terms.push(kind + part.segment);
      }
    }
    if (options.intents === true) {
      for (const intent of findIntents(folded)) terms.push(TERM_PREFIX.intent + intent);
    }
    pushCharacterGrams(canonicalText, terms, options.lightLatinBigrams === true);
    return terms;
  };
}

function pushCharacterGrams(text: string, terms: string[], lightLatin: boolean): void {
  for (const chunk of text.split(NON_CONTENT)) {
    // A function word dropped as a word is dropped as letters too: the pairs of tôi, có, những
    // tied a Vietnamese question to whichever entry holds a Vietnamese phrasing (MN-043's, for
    // what to bring when collecting one's own card, MN-031).
    if (FOREIGN_FUNCTION_WORDS.has(chunk)) continue;
    const chars = Array.from(chunk);
    for (let index = 0; index + 1 < chars.length; index += 1) {
      const pair = (chars[index] as string) + (chars[index + 1] as string);
      // Pairs of hiragana are mostly particles and endings (って, ます): a kind of their own,
      // so they can weigh less than pairs that carry a kanji, katakana or letter.
      terms.push(
        (HIRAGANA_PAIR.test(pair)
          ? TERM_PREFIX.kanaBigram
          : lightLatin && LATIN_PAIR.test(pair)
            ? TERM_PREFIX.latinBigram
            : TERM_PREFIX.bigram) + pair,
      );
      if (index + 2 < chars.length) {
        terms.push(TERM_PREFIX.trigram + chars[index] + chars[index + 1] + chars[index + 2]);
      }
    }
    if (chars.length === 1) terms.push(TERM_PREFIX.bigram + chars[0]);
  }
}

// A verb stem written with its kanji (亡くなっ, 困り, 返す, 書き, 読ん): the other stems of the same
// godan verb (亡くなり, 亡くなる, 亡くなら, 亡くなれ) mean the same. Matched on folded text, where
// っ is つ. Endings in い and う are left out: they end adjectives and nouns as often as verbs.
const GODAN_ROWS: readonly (readonly string[])[] = [
  ["つ", "り", "る", "ら", "れ"],
  ["し", "す", "さ", "せ", "そ"],
  ["き", "く", "か", "け", "こ"],
  ["ん", "み", "む", "ま", "め"],
];
const GODAN_STEM = /^(.*\p{Script=Han}\p{Script=Hiragana}{0,2})(\p{Script=Hiragana})$/u;

/** The other stems of a listed verb stem (none for other variants). */
function conjugatedForms(folded: string): string[] {
  const match = GODAN_STEM.exec(folded);
  const stem = match?.[1];
  const ending = match?.[2];
  // A one-kanji stem's other forms sit inside compounds (返す → 返し in 折り返し).
  if (!stem || !ending || Array.from(stem).length < 2) return [];
  // ん right after a kanji is a stem (読ん, 済ん); after kana it is a dialect negative (行けん,
  // 分からん = 行けない), whose "other stems" would be the positive 行けます.
  if (ending === "ん" && !/\p{Script=Han}$/u.test(stem)) return [];
  const row = GODAN_ROWS.find((endings) => endings.includes(ending));
  return row ? row.filter((other) => other !== ending).map((other) => stem + other) : [];
}

// Aliases as a trie of UTF-16 code units: one walk per position finds the longest alias there,
// where one regex alternation of thousands of aliases tried them one by one.
type AliasNode = { readonly next: Map<number, AliasNode>; canonical?: string };

function buildAliasTrie(canonicalByAlias: ReadonlyMap<string, string>): AliasNode {
  const root: AliasNode = { next: new Map() };
  for (const [alias, canonical] of canonicalByAlias) {
    let node = root;
    for (let index = 0; index < alias.length; index += 1) {
      const unit = alias.charCodeAt(index);
      let child = node.next.get(unit);
      if (!child) {
        child = { next: new Map() };
        node.next.set(unit, child);
      }
      node = child;
    }
    node.canonical = canonical;
  }
  return root;
}

/**
 * Scans left to right: the longest alias starting at a position is replaced by ` canonical `
 * (reported to `found`, in order) and scanning resumes after it; elsewhere the text is kept, and
 * so is a look-alike word ({@link LOOKALIKE_WORDS}), which is skipped whole.
 */
function replaceAliases(text: string, root: AliasNode, found: (canonical: string) => void): string {
  let result = "";
  let copied = 0;
  let start = 0;
  while (start < text.length) {
    let node = root;
    let end = -1;
    let canonical = "";
    for (let index = start; index < text.length; index += 1) {
      const child = node.next.get(text.charCodeAt(index));
      if (!child) break;
      node = child;
      if (node.canonical !== undefined) {
        end = index + 1;
        canonical = node.canonical;
      }
    }
    if (end < 0) {
      start += 1;
      continue;
    }
    if (canonical === KEPT) {
      start = end;
      continue;
    }
    found(canonical);
    result += `${text.slice(copied, start)} ${canonical} `;
    copied = end;
    start = end;
  }
  return result + text.slice(copied);
}
