import { foldForMatch } from "../text";
import { createTextAnalyzer, TERM_KIND_WEIGHTS, TERM_PREFIX } from "./analyze-text";
import type { VariantTable } from "./variants";

/** The concept terms an analyzer over `variants` finds in `text`, in order. */
function concepts(variants: VariantTable, text: string): string[] {
  return createTextAnalyzer(variants)(text)
    .filter((term) => term.startsWith(TERM_PREFIX.concept))
    .map((term) => term.slice(TERM_PREFIX.concept.length));
}

describe("createTextAnalyzer variant matching", () => {
  it("prefers the longest alias at a position", () => {
    const variants = { マイナンバーカード: ["マイナカード"], マイナンバー: ["個人番号"] };
    expect(concepts(variants, "マイナンバーカードと個人番号とマイナンバー")).toEqual(
      ["マイナンバーカード", "マイナンバー", "マイナンバー"].map(foldForMatch),
    );
  });

  it("resumes after a match, so overlapping aliases do not both match", () => {
    const variants = { abc: [], cde: [], bcd: [] };
    expect(concepts(variants, "abcde")).toEqual(["abc"]);
    expect(concepts(variants, "xbcde")).toEqual(["bcd"]);
  });

  it("falls back to a shorter alias when a longer one breaks off", () => {
    const variants = { abcd: [], ab: [] };
    expect(concepts(variants, "abcx abcd")).toEqual(["ab", "abcd"]);
  });

  it("replaces the alias by its canonical form in the text", () => {
    const terms = createTextAnalyzer({ zzz: ["qq"] })("aqqb");
    expect(terms).toContain(`${TERM_PREFIX.word}zzz`);
    expect(terms).not.toContain(`${TERM_PREFIX.bigram}qq`);
  });

  it("matches aliases with astral characters whole, not by a shared surrogate", () => {
    // 𠮷 and 𠮟 share their high surrogate.
    const variants = { よしの: ["𠮷野"] };
    expect(concepts(variants, "𠮷野家")).toEqual(["よしの"]);
    expect(concepts(variants, "𠮟野")).toEqual([]);
  });

  it("reads the other stems of a verb stem written with its kanji", () => {
    expect(concepts({ 申し込む: ["申し込ん"] }, "窓口で申し込みました")).toEqual(
      ["申し込む"].map(foldForMatch),
    );
  });

  it("does not conjugate a dialect negative ん (行けん is 行けない, never 行けます)", () => {
    const variants = { 来られない: ["行けん"] };
    expect(concepts(variants, "足が痛くて行けんのです")).toEqual(["来られない"].map(foldForMatch));
    expect(concepts(variants, "土曜日でも行けますか")).toEqual([]);
    expect(concepts(variants, "行けまへん")).toEqual([]);
  });

  it("names the broader concepts of a narrower one, up the chain, keeping the words", () => {
    const variants = { 乳児: ["赤ちゃん"], 幼い: [], 人: [] };
    const broaderConcepts = { 乳児: "幼い", 幼い: "人" };
    const terms = createTextAnalyzer(variants, { broaderConcepts })("赤ちゃんのカード");
    expect(terms.filter((term) => term.startsWith(TERM_PREFIX.concept))).toEqual(
      ["乳児", "幼い", "人"].map((c) => TERM_PREFIX.concept + foldForMatch(c)),
    );
    expect(concepts(variants, "赤ちゃんのカード")).toEqual(["乳児"]);
  });

  it("drops romaji particles, which the kana reading of the line already has", () => {
    const terms = createTextAnalyzer({})("juusho henkou wa doko de dekimasu ka");
    expect(terms).toContain(`${TERM_PREFIX.word}juusho`);
    for (const particle of ["wa", "de", "dekimasu", "ka"])
      expect(terms).not.toContain(`${TERM_PREFIX.word}${particle}`);
  });

  it("drops pronouns and auxiliaries of Indonesian, Tagalog, Nepali and Chinese (fifteenth round)", () => {
    const analyze = createTextAnalyzer({});
    const words = (text: string) =>
      analyze(text)
        .filter((term) => term.startsWith(TERM_PREFIX.word))
        .map((term) => term.slice(TERM_PREFIX.word.length));
    expect(words("saya mau tahu biaya kartu")).not.toContain("mau");
    expect(words("saya mau tahu biaya kartu")).toContain("biaya");
    expect(words("Puwede bang siya ang pumunta")).not.toContain("siya");
    expect(words("मेरो कार्ड हो")).not.toContain("मेरो");
    expect(words("我的护照丢了吗")).not.toContain("吗");
    expect(words("我的护照丢了吗")).toContain("护照");
  });

  it('drops Spanish and Portuguese object pronouns and "can", Chinese 我的 and 可以 (twenty-fourth round)', () => {
    const analyze = createTextAnalyzer({});
    const words = (text: string) =>
      analyze(text)
        .filter((term) => term.startsWith(TERM_PREFIX.word))
        .map((term) => term.slice(TERM_PREFIX.word.length));
    expect(words("me puedo quedar la tarjeta")).not.toContain("me");
    expect(words("me puedo quedar la tarjeta")).not.toContain("puedo");
    expect(words("posso usar o cartão")).not.toContain("posso");
    expect(words("posso usar o cartão")).toContain("usar");
    expect(words("我的护照可以用吗")).not.toContain("我的");
    expect(words("我的护照可以用吗")).not.toContain("可以");
  });

  it('should drop Chinese "can", "about", "usually" and "after" (forty-first round)', () => {
    const analyze = createTextAnalyzer({});
    const words = (text: string) =>
      analyze(text)
        .filter((term) => term.startsWith(TERM_PREFIX.word))
        .map((term) => term.slice(TERM_PREFIX.word.length));
    const said = words("上网 申请 以后 一般 大约 能 收到 护照");
    for (const word of ["以后", "一般", "大约", "能"]) expect(said).not.toContain(word);
    expect(said).toEqual(expect.arrayContaining(["申请", "护照"]));
  });

  it("should drop Indonesian prepositions, conjunctions and auxiliaries, keeping what names a need (thirty-second round)", () => {
    const analyze = createTextAnalyzer({});
    const words = (text: string) =>
      analyze(text)
        .filter((term) => term.startsWith(TERM_PREFIX.word))
        .map((term) => term.slice(TERM_PREFIX.word.length));
    const said = words("cetak di minimarket dengan kartu atau juga boleh masih akan daftar");
    for (const word of ["dengan", "atau", "juga", "boleh", "masih", "akan"])
      expect(said).not.toContain(word);
    expect(said).toEqual(expect.arrayContaining(["cetak", "minimarket", "kartu", "daftar"]));
  });

  it("should drop Korean particles and Thai function words, keeping what names a need (twenty-fifth round)", () => {
    const analyze = createTextAnalyzer({ 口座: ["계좌"] });
    const words = (text: string) =>
      analyze(text)
        .filter((term) => term.startsWith(TERM_PREFIX.word))
        .map((term) => term.slice(TERM_PREFIX.word.length));
    // 계좌를 splits into the concept and its particle once the concept is read out.
    expect(words("계좌를 바꾸고 싶은데")).toEqual(expect.arrayContaining(["口座", "바꾸고"]));
    expect(words("계좌를 바꾸고 싶은데")).not.toContain("를");
    expect(words("계좌를 바꾸고 싶은데")).not.toContain("싶은데");
    expect(words("ถ้าบัตรหาย ต้องทำอย่างไรคะ")).not.toContain("ถ้า");
    expect(words("ถ้าบัตรหาย ต้องทำอย่างไรคะ")).not.toContain("ต้อง");
    expect(words("ถ้าบัตรหาย ต้องทำอย่างไรคะ")).toContain("หาย");
  });

  it("should drop Tagalog, Vietnamese, Portuguese and Spanish can, if and and, keeping what names a need (thirty-sixth round)", () => {
    const analyze = createTextAnalyzer({});
    const words = (text: string) =>
      analyze(text)
        .filter((term) => term.startsWith(TERM_PREFIX.word))
        .map((term) => term.slice(TERM_PREFIX.word.length));
    const tagalog = words("Pwede ba kunin ng nanay ko kung puwede sa trabaho");
    for (const word of ["pwede", "puwede", "kung"]) expect(tagalog).not.toContain(word);
    expect(tagalog).toEqual(expect.arrayContaining(["kunin", "nanay", "trabaho"]));
    expect(words("tôi có thể đổi địa chỉ")).not.toContain("thể");
    expect(words("tôi có thể đổi địa chỉ")).toContain("đổi");
    expect(words("si hay un error en la tarjeta")).not.toContain("si");
    expect(words("si hay un error en la tarjeta")).not.toContain("hay");
    expect(words("si hay un error en la tarjeta")).toContain("error");
    expect(words("foto e assinatura")).not.toContain("e");
    expect(words("foto e assinatura")).toContain("assinatura");
  });

  it("should drop the letter pairs of a dropped function word, keeping those of other words (thirty-sixth round)", () => {
    const terms = createTextAnalyzer({}, { lightLatinBigrams: true })("tôi cần mang những gì");
    // tôi and những are function words; cần and mang are not.
    expect(terms).not.toContain(`${TERM_PREFIX.latinBigram}tô`);
    expect(terms).not.toContain(`${TERM_PREFIX.latinBigram}nh`);
    expect(terms).toContain(`${TERM_PREFIX.latinBigram}cầ`);
    expect(terms).toContain(`${TERM_PREFIX.latinBigram}ma`);
    // Inside a longer word the same letters still count (the "ng" of mang).
    expect(terms).toContain(`${TERM_PREFIX.latinBigram}ng`);
    // A lone Korean particle goes with its grams; the same syllable inside a word stays.
    const korean = createTextAnalyzer({})("카드 를 받고 싶어요");
    expect(korean).not.toContain(`${TERM_PREFIX.bigram}를`);
    expect(createTextAnalyzer({})("카드를")).toContain(`${TERM_PREFIX.bigram}드를`);
  });

  it("gives pairs of Latin letters a lighter kind of their own when asked (sixteenth round)", () => {
    const light = createTextAnalyzer({}, { lightLatinBigrams: true })("renovar 写真 abc");
    expect(light).toContain(`${TERM_PREFIX.latinBigram}re`);
    expect(light).not.toContain(`${TERM_PREFIX.bigram}re`);
    // Pairs with kana or kanji, and a single letter, stay ordinary bigrams.
    expect(light).toContain(`${TERM_PREFIX.bigram}写真`);
    expect(TERM_KIND_WEIGHTS[TERM_PREFIX.latinBigram]).toBeLessThan(
      TERM_KIND_WEIGHTS[TERM_PREFIX.bigram] as number,
    );
    const plain = createTextAnalyzer({})("renovar");
    expect(plain).toContain(`${TERM_PREFIX.bigram}re`);
    expect(plain.some((term) => term.startsWith(TERM_PREFIX.latinBigram))).toBe(false);
  });

  it("should keep look-alike words whole: いただく, ただし and しただけ hold ただ but are not it (twenty-fifth round)", () => {
    const variants = { 手数料: ["タダ"] };
    expect(concepts(variants, "教えていただけますか")).toEqual([]);
    expect(concepts(variants, "ただし、期限があります")).toEqual([]);
    expect(concepts(variants, "同じ区で引っ越しただけです")).toEqual([]);
    expect(concepts(variants, "作り直すのはタダ?")).toEqual(["手数料"]);
    // The text itself stays for words and n-grams.
    expect(createTextAnalyzer(variants)("いただく")).toContain(`${TERM_PREFIX.kanaBigram}ただ`);
  });

  it("should let a listed alias win over a look-alike word of the same spelling", () => {
    expect(concepts({ 但し書き: ["ただし"] }, "ただし書き")).toEqual(["但し書き"]);
  });

  it("keeps the text as it is without variants", () => {
    expect(concepts({}, "マイナンバー")).toEqual([]);
  });
});
