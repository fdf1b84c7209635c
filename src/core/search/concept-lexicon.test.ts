import { foldForMatch } from "../text";
import { createTextAnalyzer, TERM_PREFIX } from "./analyze-text";
import { BROADER_CONCEPTS } from "./concept-lexicon";
import { DEFAULT_VARIANTS } from "./variants";

const analyze = createTextAnalyzer(DEFAULT_VARIANTS, { joinSpacedJapanese: true });
const conceptsOf = (text: string) =>
  analyze(text)
    .filter((term) => term.startsWith(TERM_PREFIX.concept))
    .map((term) => term.slice(TERM_PREFIX.concept.length));

describe("concept lexicon and kana readings", () => {
  describe("situations", () => {
    it.each([
      ["a card gone somewhere", "財布ごとカードがどっかいった", "紛失"],
      ["moving in", "北区に越してきたばかり", "転居"],
      ["a transfer at work", "春から名古屋の支店へ異動になります", "転居"],
      ["bedridden spouse", "主人が寝たきりで", "外出困難"],
      ["burnt in a fire", "火事で焼けてしまった", "災害"],
      ["the long password", "長い方のパスワードが分からない", "署名用"],
      ["office hours", "窓口は何時までですか", "受付時間"],
      ["a death in the family", "母が亡くなったのでカードを", "死亡"],
      ["a dialect cost word", "なんぼかかるん", "手数料"],
      // Twenty-second round: a trip abroad named by the place.
      ["a trip to a place abroad", "夏にヨーロッパへ行く予定です", "海外"],
      // Twenty-fifth round: the PINs named by their length alone.
      ["the long one, in kana", "あんしょうばんごう の ながいほう って", "署名用"],
      ["the long one", "暗証番号の長いほうを忘れた", "署名用"],
      ["the short one", "短い方の番号なら分かる", "利用者証明用"],
    ])("should map %s to its concept", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });
  });

  describe("other languages", () => {
    it.each([
      ["Vietnamese fee", "Làm thẻ My Number có mất phí không?", "手数料"],
      ["Chinese lost", "我的卡丢了", "紛失"],
      ["Korean PIN", "비밀번호를 잊어버렸어요", "暗証番号"],
      // Thirty-sixth round: "can" (được) between make and card.
      ["Vietnamese make a card, can in between", "Vợ tôi có làm được thẻ không?", "申請"],
    ])("should map %s to its concept", (_label, text, concept) => {
      expect(conceptsOf(text)).toContain(foldForMatch(concept));
    });

    it.each([
      ["Vietnamese make it again", "Tôi có làm lại được không?", "申請"],
      ["Vietnamese got a card made", "Tôi được cấp thẻ rồi", "申請"],
    ])("should not map %s to that concept", (_label, text, concept) => {
      expect(conceptsOf(text)).not.toContain(foldForMatch(concept));
    });
  });

  describe("kana readings", () => {
    it.each([
      ["spaced kana", "でんし しょうめいしょ の きげん", ["電子証明書", "有効期限"]],
      ["katakana reading", "コウキン ウケトリ コウザ", ["公金受取口座"]],
      ["a wrong kanji of the same reading", "スマホ用電子照明書", ["電子証明書"]],
    ])("should read %s as the FAQ's words", (_label, text, concepts) => {
      expect(conceptsOf(text)).toEqual(expect.arrayContaining(concepts.map(foldForMatch)));
    });

    it("should not join words of Latin text", () => {
      expect(conceptsOf("my number card")).toContain(foldForMatch("マイナンバーカード"));
    });
  });
});

describe("broader concepts", () => {
  const analyzeWide = createTextAnalyzer(DEFAULT_VARIANTS, { broaderConcepts: BROADER_CONCEPTS });
  const widerConceptsOf = (text: string) =>
    analyzeWide(text)
      .filter((term) => term.startsWith(TERM_PREFIX.concept))
      .map((term) => term.slice(TERM_PREFIX.concept.length));

  it("should name only concepts of the variant table", () => {
    const known = new Set(Object.keys(DEFAULT_VARIANTS));
    const pairs = Object.entries(BROADER_CONCEPTS).flat();
    expect(pairs.filter((concept) => !known.has(concept))).toEqual([]);
  });

  it.each([
    ["a junior-high child", "中学生の息子のカード", ["年少", "子ども"]],
    ["the age line, its words kept", "15歳未満のお子さん", ["15歳未満", "年少", "子ども"]],
    ["the other age line", "18歳未満の方の有効期限", ["18歳未満", "年少", "子ども"]],
  ])("should read %s as its broader concepts too", (_label, text, expected) => {
    const found = widerConceptsOf(text);
    for (const concept of expected) expect(found).toContain(foldForMatch(concept));
  });

  it.each([
    [
      "the card for people abroad (Japanese)",
      "海外用のカードを持って帰ってきました",
      ["国外転出者向け", "海外"],
    ],
    [
      "the card for people abroad (Portuguese)",
      "Tenho o cartão para quem vive no exterior",
      ["国外転出者向け", "海外"],
    ],
    [
      "the card for people abroad (English)",
      "the card for people who live abroad",
      ["国外転出者向け", "海外"],
    ],
    [
      "a chain asked about with でも",
      "ローソンでも印鑑証明は取れる?",
      ["コンビニ店名", "コンビニ"],
    ],
  ])("should read %s with its broader concept (fifteenth round)", (_label, text, expected) => {
    const found = widerConceptsOf(text);
    for (const concept of expected) expect(found).toContain(foldForMatch(concept));
  });

  it.each([
    ["a trip abroad, no card for people abroad", "来月海外に行きます", "国外転出者向け"],
    ["a chain where something went wrong", "セブンのコピー機でエラーが出た", "コンビニ店名"],
  ])("should not read %s (fifteenth round)", (_label, text, concept) => {
    expect(widerConceptsOf(text)).not.toContain(foldForMatch(concept));
  });

  it.each([
    ["a baby under one", "1歳になる前に申し込みたい", ["1歳未満", "子ども"]],
    ["the PIN handed over", "家族に暗証番号を教えてもいい?", ["暗証番号を教える", "暗証番号"]],
  ])("should read %s with its broader concept (sixteenth round)", (_label, text, expected) => {
    const found = widerConceptsOf(text);
    for (const concept of expected) expect(found).toContain(foldForMatch(concept));
  });

  it.each([
    ["a baby", "赤ちゃんのカードにも写真はいりますか", ["乳児", "子ども"]],
    ["a newborn", "新生児のカードの申請", ["乳児", "子ども"]],
    ["a baby under one", "1歳になる前に申し込みたい", ["1歳未満", "乳児", "子ども"]],
  ])("should read %s as a baby and a child (twenty-fifth round)", (_label, text, expected) => {
    const found = widerConceptsOf(text);
    for (const concept of expected) expect(found).toContain(foldForMatch(concept));
  });

  it.each([
    ["a pupil", "小学生の娘のカード", "乳児"],
    ["a child in general", "子どものカードの期限", "乳児"],
  ])("should not read %s as a baby (twenty-fifth round)", (_label, text, concept) => {
    expect(widerConceptsOf(text)).not.toContain(foldForMatch(concept));
  });

  it.each([
    ["a card with no password", "パスワードのないカードにしようか考えています"],
    ["a card with no PIN to set", "暗証番号を決めないカードって、どこで頼めますか"],
  ])("should read %s as the face-recognition card (fortieth round)", (_label, text) => {
    expect(widerConceptsOf(text)).toContain(foldForMatch("顔認証"));
  });

  it.each([
    ["a PIN forgotten", "暗証番号を忘れてしまいました"],
    ["a PIN to choose", "暗証番号は何桁で決めればいいですか"],
  ])("should not read %s as the face-recognition card (fortieth round)", (_label, text) => {
    expect(widerConceptsOf(text)).not.toContain(foldForMatch("顔認証"));
  });

  it("should keep the words of an age line, so 15歳以上 still shares 15 and 歳", () => {
    expect(analyzeWide("15歳未満のお子さん")).toContain(`${TERM_PREFIX.word}15`);
  });
});
