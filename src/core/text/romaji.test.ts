import { readRomaji, romajiWordToKana } from "./romaji";

describe("romajiWordToKana", () => {
  it.each([
    ["anshou", "あんしょう"],
    ["bangou", "ばんごう"],
    ["juuminhyou", "じゅうみんひょう"],
    ["jyuumin", "じゅうみん"],
    ["shinsei", "しんせい"],
    ["sinsei", "しんせい"],
    ["tsuuchi", "つうち"],
    ["kitte", "きって"],
    ["matcha", "まっちゃ"],
    ["kanna", "かんな"],
    ["kan'i", "かんい"],
    ["ka-do", "かーど"],
    ["fairu", "ふぁいる"],
    ["ryokou", "りょこう"],
  ])("should read %j as %j", (word, kana) => {
    expect(romajiWordToKana(word)).toBe(kana);
  });

  it.each(["card", "lost", "my", "street", "xyz"])("should not read %j as romaji", (word) => {
    expect(romajiWordToKana(word)).toBeNull();
  });
});

describe("readRomaji", () => {
  it("should read a romaji sentence into kana, word by word", () => {
    expect(readRomaji("maina no anshou bangou wasureta... yakusho de oshiete moraeru?")).toBe(
      "まいな の あんしょう ばんごう わすれた やくしょ で おしえて もらえる",
    );
  });

  it.each([
    "I lost my card",
    "Can I get it in English?",
    "Tôi muốn hỏi về thẻ",
    "マイナカードの更新 koushin",
    "shinsei",
  ])("should leave %j alone (not romaji Japanese)", (text) => {
    expect(readRomaji(text)).toBeNull();
  });
});

describe("readRomaji, letters romaji never uses", () => {
  it.each([
    ["Portuguese", "Minha mãe esqueceu de ir buscar o cartão"],
    ["Portuguese, a move", "Mudei de bairro e o cartão não funciona"],
    ["Spanish", "¿Dónde se puede hacer la tarjeta de nuevo?"],
  ])("should not read a %s line as romaji", (_language, text) => {
    expect(readRomaji(text)).toBeNull();
  });

  it("should still read romaji with Hepburn's long vowels", () => {
    expect(readRomaji("maina kaado no anshou bangou wo wasureta")).not.toBeNull();
    expect(readRomaji("kādo no anshō bangō wo wasureta")).not.toBeNull();
  });
});
