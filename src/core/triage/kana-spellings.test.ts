import { respellKanaWords } from "./kana-spellings";

describe("respellKanaWords", () => {
  it.each([
    ["しんせいじょうきょうをしらべてほしい", "申請状況を調べてほしい"],
    ["そうさいひのしんせい", "葬祭費の申請"],
    ["しゅわつうやくをたのみたい", "手話通訳をたのみたい"],
    ["しょくいんのひとにおりかえしでんわを", "職員のひとに折り返し電話を"],
    ["こていしさんぜいのとくそくじょう", "固定資産税の督促じょう"],
    ["トクソクジョウきた", "督促ジョウきた"],
    ["びょういんにいくのでいりょうけんがほしい", "びょういんにいくので医療券がほしい"],
    ["じゅうたくふじょのはなし", "住宅扶助のはなし"],
  ])("should respell the desk's words in %s", (text, expected) => {
    expect(respellKanaWords(text)).toBe(expected);
  });

  it.each([
    // じどう is also 自動 (じどうおんせい), かいたい also 買いたい, しがい also 市外.
    "じどうおんせいはききとりにくい",
    "あたらしいのをかいたい",
    "しがいにひっこす",
    "カードの更新はどこですか",
  ])("should leave %s as it is", (text) => {
    expect(respellKanaWords(text)).toBe(text);
  });
});
