/**
 * Nineteenth round (pii-unseen-17 read): sentences of our own, in other wording than the fixture
 * lines, for each general signal, and look-alikes that must stay unmasked. Every name, number and
 * place is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("nineteenth round: relatives and the deceased glued to their full name in notes", () => {
  expectMasked(
    [
      [
        "a mother glued before a spaced full name",
        "面談記録。母川端 トシ様の施設入所について。",
        "川端 トシ",
      ],
      ["a father glued, then a pause", "転入届受付。父志村 剛、母志村 由佳。", "志村 剛"],
      ["a mother glued, then a full stop", "転入届受付。父志村 剛、母志村 由佳。", "志村 由佳"],
      [
        "the deceased, then a dated bracket",
        "火葬許可証交付。故影山 源蔵(大正15年生)。",
        "影山 源蔵",
      ],
      ["a child glued to a one-kanji surname", "出生届。子李 俊浩(令和7年3月生)。", "李 俊浩"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a mother and child handbook", "母子手帳 交付済み。", "子手帳"],
    ["a father's leave, no name", "父親 育休中のため来庁不可。", "育休中"],
  ]);
});

describe("nineteenth round: officers signing replies and memos", () => {
  expectMasked(
    [
      [
        "an office, then the officer in brackets",
        "詳しくは資源循環事業所(影山)へお尋ねください。",
        "影山",
      ],
      ["an officer after the office before への", "税務課志村への伝言をお願いします。", "志村"],
      [
        "an office word 事務所 and a spaced officer",
        "ご不明点は下記まで。\n法律相談事務所 勝俣",
        "勝俣",
      ],
      [
        "a katakana officer after the desk",
        "チャット：申請書は郵送でも受け付けます。市民課 リー",
        "リー",
      ],
      [
        "an English reply signed after the section",
        "Please come to the counter on the first floor. Resident Records Section Kageyama",
        "Kageyama",
      ],
      ["one kanji after a polite sentence", "チャット：手続きは窓口でお願いします。杉", "杉"],
      ["a surname before the counter it works at", "11/20 証明書交付 担当替え 勝俣(窓口2)", "勝俣"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a branch in brackets", "手続きは出張所(北)へどうぞ。", "北"],
    [
      "a desk's service in katakana",
      "チャット：詳しくはこちらへ。市民課 ホームページ",
      "ホームページ",
    ],
    ["an English section's name only", "Please ask the Resident Records Section Office", "Office"],
  ]);
});

describe("nineteenth round: callers naming themselves and their family", () => {
  expectMasked(
    [
      [
        "a channel tag, then a self-introduction",
        "メール：影山です。ごみの分別について質問です。",
        "影山",
      ],
      ["a listed surname glued after 私", "先日お電話した件です。私勝俣です。", "勝俣"],
      ["a surname's reading in quotes", "えっと、「かげやま」と申します。", "かげやま"],
      ["a hiragana surname before a given name", "来庁 しむら 恵子様 証明書発行", "しむら 恵子"],
      [
        "a Latin surname introducing the caller",
        "もしもし、Garciaです。Ana Garcia。住民票の件です。",
        "Ana Garcia",
      ],
      ["a Latin surname alone", "はい、Kowalskiです。I need a certificate.", "Kowalski"],
      [
        "a hiragana surname closing a callback request",
        "080-5521-3370 に折り返しください すずき です",
        "すずき",
      ],
      ["a relative said to be one's own", "隼人から聞きました。隼人はうちの息子です。", "隼人"],
      ["a relative named with っていう", "父がね、勝俣っていうんですけど、年金の話で。", "勝俣"],
      ["a name label with the reading in quotes", "子どもの名前は「つむぎ」です。", "つむぎ"],
      ["a name spelled in Hangul", "ユン・ソヨンです。韓国語で書くと윤소연です。", "윤소연"],
      ["a name spelled in Chinese characters", "劉です。中国語では刘子涵と書きます。", "刘子涵"],
      [
        "a variant kanji explained with が",
        "書類の字が違います。髙野の髙がはしごのほうです。",
        "髙野",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a channel tag before a greeting", "チャット：お世話になっております。", "お世話"],
    ["a pet's name in quotes", "猫を飼っています。名前は「こむぎ」です。", "こむぎ"],
    ["a relative said as a facility", "母がね、施設っていうんですけど、空きがなくて。", "施設"],
    ["a Latin greeting", "Helloです。", "Hello"],
  ]);
});

describe("nineteenth round: numbers, codes and places", () => {
  expectMasked(
    [["a postal code before an address in a form", "住所：273-0041 桜台4丁目8番2号", "273-0041"]],
    "postal_code",
  );
  expectMasked(
    [
      [
        "a password said after a question",
        "パスワードも要りますか？sakura2024です。",
        "sakura2024",
      ],
      [
        "a PIN in the next sentence",
        "暗証番号を間違えたみたいで。たしか4821だったと思うんです。",
        "4821",
      ],
    ],
    "secret",
  );
  expectMasked([["a nine-digit passport", "パスポートは548213907です。", "548213907"]], "passport");
  expectMasked(
    [["a care number of ten digits", "祖母の介護の番号は0001928374です。", "0001928374"]],
    "health_insurance",
  );
  expectMasked(
    [["a block after 丁目の", "場所は若葉町2丁目の14の3です、公民館の前の。", "2丁目の14の3"]],
    "address",
  );
  expectLeftAlone([
    ["a receipt number before an address", "受付番号123-4567 桜台4丁目8番2号", "123-4567"],
    [
      "a price after the password question",
      "パスワードの再発行は無料ですか？1000円ですか。",
      "1000",
    ],
    ["a count after a passport", "パスポートの申請は123456789件目です", "123456789"],
    [
      "a mailbox the office gives in a reply",
      "お問い合わせはメール(shimin@example.com)でも受け付けます。",
      "shimin@example.com",
    ],
  ]);
});
