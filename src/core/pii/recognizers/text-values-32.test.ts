/**
 * Twenty-eighth round, pii-train-3 (written blind to the masker, then read): sentences of our own
 * for the classes of its misses and masked ordinary words, and look-alikes that must stay as they
 * are. Every name, number and place is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("twenty-eighth round: who did what in a staff note", () => {
  expectMasked(
    [
      ["the recorder after 記録:", "1/9 対応:梶、記録:宮地。来庁者は転出届。", "宮地"],
      ["the receiver after 受付者:", "受付者:芳賀/相談者:母。保育料の件。", "芳賀"],
      ["an officer after the post", "担当 吉岡 → 係長 水野 決裁待ち", "水野"],
      ["a health nurse after the post", "保健師 大塚 が訪問予定。", "大塚"],
      ["the officer a case goes to", "来月から 市川 が担当します。", "市川"],
      ["a care manager by the role's letters", "地域包括の野島CMが明日訪問。", "野島"],
      ["a call's taker after a time", "1/12 09:40 受電(小笠原)。灯油の相談。", "小笠原"],
      ["a duty roster's first officer", "窓口当番:月 須田、火 熊谷、水 須田", "須田"],
      ["a duty roster's second officer", "窓口当番:月 須田、火 熊谷、水 須田", "熊谷"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a field that is done", "1/9 対応:済、記録:済。", "済"],
    ["a field that names a desk", "受付:窓口、対応:電話", "窓口"],
    ["the post's next word", "係長 決裁待ち。", "決裁"],
    ["the desk a case goes to", "来月から 窓口 が担当します。", "窓口"],
    ["a weekday's desk", "窓口当番表:月 午前、火 午後", "午前"],
  ]);
});

describe("twenty-eighth round: relatives named in brackets and glued given names", () => {
  expectMasked(
    [
      ["a grandmother's kana name", "おばあちゃん(たけ)が一人で暮らしています。", "たけ"],
      ["a daughter-in-law's name", "息子の嫁(沙織)から電話があるはずです。", "沙織"],
      ["a sister's kanji name", "姉(美智代)と同居しています。", "美智代"],
      [
        "a hiragana given name with 子",
        "母の名前は、しらいし、白石ちよ子っていうんですけど",
        "白石ちよ子",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a kin word's age", "母(82)と同居です。", "82"],
    ["a kin word's living place", "姉(県外)に連絡しました。", "県外"],
    ["a particle before 代わり", "叔母の山田が代わりに行きます。", "代わり"],
  ]);
});

describe("twenty-eighth round: names in other languages", () => {
  expectMasked(
    [
      [
        "a Tagalog self-introduction",
        "Ako po si Liza Marie Ocampo, taga-Hibarigaoka po.",
        "Liza Marie Ocampo",
      ],
      [
        "a Tagalog elder with a title",
        "Kapitbahay ko po si Mang Rodel Santiago.",
        "Rodel Santiago",
      ],
      [
        "a Vietnamese relative after a comma",
        "Em trai tôi, Phan Văn Lộc, cũng đến.",
        "Phan Văn Lộc",
      ],
      ["a Portuguese spouse field", "Esposa: Luana Tanaka da Costa.", "Luana Tanaka da Costa"],
      ["a Chinese husband glued to the kin word", "我丈夫张伟也在工厂上班。", "张伟"],
      ["a Korean husband before 의", "남편 최민호의 재류카드입니다.", "최민호"],
      [
        "an Irish surname with its apostrophe",
        "Contact: Mr. Liam O'Brien, 080-2211-4433",
        "Liam O'Brien",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a Chinese weekend after the kin word", "我先生周末来区役所。", "周末"],
    ["a Korean word after the kin word", "남편 이번에는 못 와요.", "이번에는"],
    ["a Tagalog student", "Ako po ay estudyante sa Kaededai.", "estudyante"],
  ]);
});

describe("twenty-eighth round: addresses, dates and numbers", () => {
  expectMasked(
    [
      [
        "a romaji address in Portuguese",
        "Moro em Kusunokicho 3-8-21, Apto 204.",
        "Kusunokicho 3-8-21, Apto 204",
      ],
      ["a romaji address in English", "She lives alone at Sakuragaoka 1-4-7.", "Sakuragaoka 1-4-7"],
      [
        "kanji block numbers with pauses",
        "住所は梢台二丁目の、五の、十一、です",
        "梢台二丁目の、五の、十一",
      ],
    ],
    "address",
  );
  expectMasked(
    [["an era's year alone before 生", "対象:弟・日向 誠(S57生)。", "S57"]],
    "birth_date",
  );
  expectLeftAlone([
    ["a route's numbers", "Take the Route 5-2-10 bus.", "Route"],
    ["a father's age in kanji", "父は七十八で、一人では行けません。", "七十八"],
    ["a house number in kanji before です", "七の、十二、です", "十二"],
    ["an office's main line", "区役所の代表番号 045-900-1234 に電話しました。", "045-900-1234"],
  ]);
});
