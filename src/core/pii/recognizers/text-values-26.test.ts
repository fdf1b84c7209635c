/**
 * Twenty-third round, the older development sets: sentences of our own for the classes of their
 * remaining misses and masked ordinary words, and look-alikes that must stay as they are. Every
 * name, number and place is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("twenty-third round: a note's next field after a role label is no name", () => {
  expectLeftAlone([
    ["a licence shown by the agent", "代理人 運転免許 412345678901 提示済", "運転免許"],
    ["the visitor's mobile", "来庁者 携帯 080-5521-3390。折り返し希望", "携帯"],
    ["a card's expiry after the dependant", "被扶養者　有効期限 令和9年3月31日", "有効期限"],
    ["a foreign resident's card", "来庁者 外国人 在留カード AB 12345678 CD 提示", "外国人"],
    ["checking the account holder", "口座 名義 人 確認 済。", "確認"],
  ]);
  expectMasked(
    [["a visitor's spaced name still", "来庁者 宮本 一郎 携帯 080-5521-3390。", "宮本 一郎"]],
    "person_name",
  );
});

describe("twenty-third round: everyday kana words that take no honorific and name no one", () => {
  expectLeftAlone([
    ["the postal bank after a name", "口座登録 森田 健 ゆうちょ 12345-67890121。", "ゆうちょ"],
    ["ちゃんと, properly", "はい、ちゃんと言いますね。番号はあとで。", "ちゃん"],
    ["a grandmother after うちの", "うちの おばあちゃん 介護の 認定が 切れそうで", "うちの"],
  ]);
});

describe("twenty-third round: a quotative or a correction after a spaced name is no reading", () => {
  expectLeftAlone([
    ["いう after a surname", "うちの 夫 が 吉川 いう 名前 で、吉川 浩二 です", "いう"],
    ["っていうと after a name", "孫は、坂下 美空 っていうとですけど", "っていうと"],
    ["じゃなくて between two spellings", "はい 河田 です 河田 じゃなくて 川田 です", "じゃなくて"],
    [
      "a drawn-out particle",
      "はい、名前 言います、金城 ちゃん、いや、金城 美里 です、沖縄 の 金城 さー",
      "さー",
    ],
  ]);
  expectMasked(
    [["a reading after the name still", "九十九です、つくもです。", "つくも"]],
    "person_name",
  );
});

describe("twenty-third round: a place before a kin word says where the relative lives", () => {
  expectLeftAlone([
    ["a daughter in a city", "母のことで電話しました。盛岡の娘です。", "盛岡"],
    ["a daughter in the south", "母のことで電話しました。那覇の娘です。", "那覇"],
  ]);
  expectMasked([["a house's name still", "大河内の長男です。父の件で", "大河内"]], "person_name");
});

describe("twenty-third round: an organisation's kana name before its mailbox", () => {
  expectLeftAlone([
    ["a charity's home", "社会福祉法人ひまわり園 事務局 himawari.en@example.org", "ひまわり"],
    ["a company", "株式会社こもれび 総務 komorebi.soumu@example.com", "こもれび"],
  ]);
  expectMasked(
    [
      [
        "a name said for the mailbox still",
        "アドレスはsugimura.k@example.com、すぎむらのkです",
        "すぎむら",
      ],
    ],
    "person_name",
  );
});

describe("twenty-third round: labels and pauses around a name", () => {
  expectMasked(
    [
      ["a child's name label in a note", "子の名 ミオ（カナ）、予防接種の予約。", "ミオ"],
      ["a shared surname", "兄弟の申請です。苗字は二人とも村上です。", "村上"],
      ["a shared surname, both", "名字は両方とも斉藤です", "斉藤"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a script both are written in", "名前は二人ともひらがなです", "ひらがな"],
    ["naming a child", "子の名付けについて相談したい", "名付け"],
  ]);
});

describe("twenty-third round: ん-fillers inside a spoken number", () => {
  expectMasked(
    [
      [
        "んーと after a spoken hyphen",
        "年金の番号、イチニサンヨンハイフンんーと、ゴーロクナナハチキューゼロです。",
        "イチニサンヨンハイフンんーと、ゴーロクナナハチキューゼロ",
      ],
      [
        "んと after a spoken hyphen",
        "年金の番号、ゼロキューハチイチハイフンんと、ニーサンヨンゴーロクナナです。",
        "ゼロキューハチイチハイフンんと、ニーサンヨンゴーロクナナ",
      ],
    ],
    "pension_number",
  );
  expectMasked(
    [
      [
        "a phone number with んーと still",
        "携帯は080、んーと、4417の2290です",
        "080、んーと、4417の2290",
      ],
    ],
    "phone",
  );
});

describe("twenty-third round: common given names of an older generation, read in kana", () => {
  expectMasked(
    [
      ["a full name before a paused です", "ええと、かとうとみこ、です。", "かとうとみこ"],
      ["a full name after あの", "あの、すずきしずこです。", "すずきしずこ"],
      ["a full name after a stutter", "えー、もり、もりえつこ、です。", "もりえつこ"],
    ],
    "person_name",
  );
});
