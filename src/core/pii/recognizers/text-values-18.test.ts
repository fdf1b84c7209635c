/**
 * Sixteenth round (pii-unseen-14 read): sentences of our own, in other wording than the fixture
 * lines, for each general signal, and look-alikes that must stay unmasked. Every name, number and
 * place is invented.
 */
import { normalizeText } from "../../text";
import { kanaDigitView, respellDigitWords } from "../kana-digit-view";
import { maskPii } from "../mask-pii";
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("sixteenth round: numbers read in hiragana, seen as digits for detection only", () => {
  expectMasked(
    [
      [
        "an era, a pause, then year, month and day in kana",
        "誕生日は、令和、にねんの、しちがつ、ようかです。",
        "令和、にねんの、しちがつ、ようか",
      ],
      [
        "a year with tens, a day word after the month",
        "母は昭和、さんじゅうごねん、じゅういちがつ、はつか生まれです。",
        "昭和、さんじゅうごねん、じゅういちがつ、はつか",
      ],
      [
        "a day said with its tens before the day word",
        "生年月日は平成、じゅうねんの、にがつ、にじゅうよっかです。",
        "平成、じゅうねんの、にがつ、にじゅうよっか",
      ],
      [
        "the day said with にち",
        "生年月日は、平成、きゅうねん、ごがつ、じゅうさんにちです。",
        "平成、きゅうねん、ごがつ、じゅうさんにち",
      ],
    ],
    "birth_date",
  );
  expectMasked(
    [
      [
        "a particle に after a spoken mobile number",
        "折り返しは、ぜろはちぜろ、にーさんよんご、ろくななはちきゅうにください。",
        "ぜろはちぜろ、にーさんよんご、ろくななはちきゅう",
      ],
      [
        "にい and ごう for 2 and 5, as speech recognition writes them",
        "自宅は、ぜろよんろく さんにいはち ごういちななよん です。",
        "ぜろよんろく さんにいはち ごういちななよん",
      ],
      [
        "a particle after a space, read as a fifth group",
        "ぜろきゅうぜろ さんさんいちに よんろくななはち に電話ください",
        "ぜろきゅうぜろ さんさんいちに よんろくななはち",
      ],
      [
        "a particle に after a spoken landline",
        "自宅、ぜろよんご、さんにーいち、よんごーろくななにかけてください。",
        "ぜろよんご、さんにーいち、よんごーろくなな",
      ],
    ],
    "phone",
  );
  expectMasked(
    [
      [
        "a short field read in kana after a pause",
        "保険証の番号は、よんななにーです。",
        "よんななにー",
      ],
      [
        "a 記号 led by a kanji, its digits in katakana with pauses",
        "国保の記号は、楓の、ニー、ロク、番号は、ゴー、イチ、キュウです。",
        "楓の、ニー、ロク",
      ],
      [
        "the 番号 in katakana, one digit at a time",
        "国保の記号は、楓の、ニー、ロク、番号は、ゴー、イチ、キュウです。",
        "ゴー、イチ、キュウ",
      ],
      [
        "a 番号 said far after the card is named",
        "えっと、保険証のことなんですけどね、確認で、記号が32、番号が、はちろくいちです。",
        "はちろくいち",
      ],
    ],
    "health_insurance",
  );
  expectMasked(
    [
      [
        "a building read in kana after a label, a room in kana",
        "住所は、松葉の、にの、じゅうご。アパートは、まつばそうの、いちまるさんです。",
        "まつばそうの、いちまるさん",
      ],
      [
        "a dormitory read in kana with 号室",
        "住所は港町3の8です。建物は、みなとりょう、にーまるよん号室。",
        "みなとりょう、にーまるよん号室",
      ],
    ],
    "address",
  );
  it("should read digits and dates in kana only in the detection view", () => {
    const view = (text: string) => kanaDigitView(text, normalizeText(text)).text;
    expect(view("番号が、さんにーいちです。")).toBe("番号が、321です。");
    expect(view("平成、ろくねんの、さんがつ、みっか")).toBe("平成、6年の、3月、3日");
    expect(view("にーさんに会いました。")).toBe("にーさんに会いました。");
    expect(respellDigitWords("はちにいなな。にいさん")).toBe("はちにーなな。にいさん");
    // The shared normalizer still leaves them as words.
    expect(normalizeText("番号が、さんにーいちです。").text).toBe("番号が、さんにーいちです。");
  });
  expectLeftAlone([
    ["a big brother", "にーさんに会いに行きます。", "にーさん"],
    ["a big brother spelt with い", "ろくじにいさんと会います。", "にいさん"],
    ["a number word before 号", "ばんごうは、さんごうです。", "さんごう"],
    ["the children's festival", "しちごさんの写真を撮りました。", "しちごさん"],
    ["a day's wait", "いちにちかかります。", "いちにち"],
    ["a month alone", "さんがつに引っ越します。", "さんがつ"],
    ["rubbish day", "ごみの日はいつですか。", "ごみ"],
    ["a count-in in katakana", "サン、ハイ、で歌い始めます。", "サン"],
    [
      "an address block read in kana with の",
      "じゅうしょは、いちの、にの、さんです。",
      "じゅうしょ",
    ],
    ["a greeting opening a call", "もしもし、おつかれさまです。", "おつかれさま"],
    ["a thank-you opening a message", "ごくろうさまです。書類を送ります。", "ごくろうさま"],
    [
      "an answer after a building label",
      "住所は港町3の8です。アパートは、そうですね、古いです。",
      "そう",
    ],
    [
      "a freephone number read in kana before に",
      "ぜろいちにぜろ、きゅうご、ぜろいちななはちに電話しました。",
      "きゅうご",
    ],
  ]);
});

describe("sixteenth round: a number labelled as an insurance number right before it", () => {
  expectMasked(
    [
      ["a care-insurance number like a landline", "被保険者番号は0312345678です。", "0312345678"],
      ["after 保険証の番号", "祖母の保険証の番号、0456781234で合ってますか。", "0456781234"],
      ["glued to its label", "介護保険被保険者番号0598765432。", "0598765432"],
    ],
    "health_insurance",
  );
  expectMasked(
    [
      [
        "a phone number after an insurance topic",
        "保険証の件です。電話番号は0312345678です。",
        "0312345678",
      ],
    ],
    "phone",
  );
});

describe("sixteenth round: a weekday or 年金 after a number is no unit", () => {
  expectMasked(
    [
      ["a weekday after a mobile", "携帯 08012345678 月曜の午後なら出られます。", "08012345678"],
      ["日曜 after a number", "電話 0312345678 日曜は休みです。", "0312345678"],
    ],
    "phone",
  );
  expectLeftAlone([["a month after a count", "手続きは 2026 月末までです。", "2026"]]);
});

describe("sixteenth round: an amount is no piece of a number", () => {
  expectMasked(
    [["an account before an amount", "口座は普通 7654321。手数料は2,200円です。", "7654321"]],
    "bank_account",
  );
  it("should leave the amount out of the account", () => {
    expect(maskPii("口座は普通 7654321。手数料は2,200円です。").masked).toBe(
      "口座は普通 ［口座番号1］。手数料は2,200円です。",
    );
    expect(maskPii("振込先 当座 1234567、返金は3円です。").masked).toBe(
      "振込先 当座 ［口座番号1］、返金は3円です。",
    );
  });
});

describe("sixteenth round: a clinic, a shop or an office named before its word", () => {
  expectLeftAlone([
    ["a clinic named after a place", "かかりつけは若葉台クリニックです。", "若葉台"],
    ["a clinic named after a family", "主治医は中村医院の先生です。", "中村"],
    ["a dentist", "娘は高田歯科に通っています。", "高田"],
  ]);
  expectMasked([["a doctor by name", "主治医は中村 健一先生です。", "中村 健一"]], "person_name");
});

describe("sixteenth round: the officer or person a message points to", () => {
  expectMasked(
    [
      ["an officer in brackets after a section", "以上です。(市民税課 岡田)", "岡田"],
      ["担当 glued to a surname", "木村さん(担当森田)来週来庁。", "森田"],
      ["担当 with a colon, then まで", "ご不明点は担当:松下までどうぞ。", "松下"],
      ["a surname after a phone, then まで", "お問合せは045-123-4567、北村まで。", "北村"],
      [
        "a surname after an e-mail, then 宛",
        "返信はinfo@example.com 佐伯宛でお願いします。",
        "佐伯",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["the one in charge", "担当の者から折り返します。", "担当"],
    ["a section in charge", "担当課は市民課です。", "市民課"],
    ["an office after a phone", "電話は045-123-4567、市役所まで。", "市役所"],
    ["a deadline after a phone", "連絡は045-123-4567、平日までに。", "平日"],
  ]);
});

describe("sixteenth round: a Korean reading in brackets, a Latin name heading a message", () => {
  expectMasked(
    [
      ["a spaced kanji name with its Hangul", "朴 秀英(박수영)さんの転入です。", "朴 秀英"],
      ["the Hangul reading itself", "朴 秀英(박수영)さんの転入です。", "박수영"],
      ["an unspaced name before さん", "崔英男(최영남)さんが来庁。", "崔英男"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a word with its Korean", "税金(세금)の相談です。", "税金"],
    ["a listed-surname word with its Korean", "金利(금리)です。", "金利"],
  ]);
  expectMasked(
    [
      [
        "a name heading a mail",
        "Olga Petrenko\nTel: 080-2345-6789\nQuestion about tax.",
        "Olga Petrenko",
      ],
      ["a surname echoed", "The Okafor family. Daniel Okafor, born May 2, 1990.", "Okafor"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a topic heading a mail", "Health Insurance\nPhone: 080-2345-6789", "Health Insurance"],
  ]);
});
