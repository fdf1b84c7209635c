/**
 * Thirty-fourth round, pii-unseen-32 read: sentences of our own for the classes of its misses, and
 * look-alikes that must stay as they are. Every name, number and place is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("thirty-fourth round: full names in capitals in Japanese notes", () => {
  const list = "転入3件。LE VAN AN、PHAM THI HOA、DO MINH DUC。";
  expectMasked(
    [
      [
        "after the date, before the note's word",
        "9/2 KOWALSKI MAREK 転入。在留カード確認。",
        "KOWALSKI MAREK",
      ],
      ["after the date, before katakana", "9/3 SANTOS ANA パスポート確認、転入。", "SANTOS ANA"],
      [
        "glued after a kin word opening a sentence",
        "母親入院。妻SILVA CLARAが同行。",
        "SILVA CLARA",
      ],
      [
        "before の and the residence card",
        "寮の担当です。PHAM VAN TOANの在留カードを紛失しました。",
        "PHAM VAN TOAN",
      ],
      ["the first of a list joined by 、", list, "LE VAN AN"],
      ["the second of the list", list, "PHAM THI HOA"],
      ["the last of the list", list, "DO MINH DUC"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a card's name in capitals after the date", "9/2 MY NUMBER CARD 交付。", "MY NUMBER CARD"],
    ["a club in capitals after the date", "9/2 ENGLISH CLUB 来庁。", "ENGLISH CLUB"],
    ["languages in capitals listed", "対応言語：ENGLISH ONLY、CHINESE ONLY", "ENGLISH ONLY"],
  ]);
});

describe("thirty-fourth round: a name in simplified characters opening a note without kana", () => {
  expectMasked([["a note's person", "9/1 刘洋 転入 受付。", "刘洋"]], "person_name");
  expectLeftAlone([["a Chinese word in a Chinese line", "9/1 马上 办理 受理。", "马上"]]);
});

describe("thirty-fourth round: the officer in brackets after the desk heading a chat's reply", () => {
  expectMasked(
    [["a listed surname", "青葉区役所 市民課（山口）：窓口でお待ちしています。", "山口"]],
    "person_name",
  );
  expectLeftAlone([
    ["a scheme in brackets", "青葉区役所 保険年金課（国保）：窓口でお待ちしています。", "国保"],
  ]);
});

describe("thirty-fourth round: Latin full names after a greeting and Vietnamese 'của'", () => {
  expectMasked(
    [
      ["a caller again after Hi", "Hi, Marta Nowak again. My card is lost.", "Marta Nowak"],
      ["a caller here after Hello", "Hello, Tom Berg here. I called yesterday.", "Tom Berg"],
      [
        "a roommate of a full name",
        "Alo, em là Trần Thu, bạn cùng phòng của Phạm Minh Châu. Châu bị ốm.",
        "Phạm Minh Châu",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a team greeted again", "Hi, Team again. The meeting is at 3.", "Team"],
    ["an office here", "Hello, Ward Office here. Please call back.", "Ward Office"],
    ["an office of a ward", "Em gọi cho văn phòng của Phường Aoba.", "Phường Aoba"],
    ["a company's child", "Con của Công Ty Aoba đến.", "Công Ty Aoba"],
  ]);
});

describe("thirty-fourth round: a shrine named in English is a place", () => {
  expectLeftAlone([
    ["a shrine's festival", "Aoyama Shrine's autumn festival starts on Friday.", "Aoyama Shrine"],
    ["a temple's garden", "Kinkaku Temple's garden is open.", "Kinkaku Temple"],
  ]);
  expectMasked(
    [["a person's passport", "Hiroko Tanabe's passport was found.", "Hiroko Tanabe"]],
    "person_name",
  );
});

describe("thirty-fourth round: a passport's number a sentence after it is named", () => {
  expectMasked(
    [
      [
        "the number given after the place it was lost",
        "I dropped my passport somewhere at the station, maybe on the train home. The number was TK5520931.",
        "TK5520931",
      ],
      [
        "a passport after a word holding pin (Philippines), no password",
        "Hi, I am a new resident from the Philippines. My passport number is TR1234567. I need it.",
        "TR1234567",
      ],
    ],
    "passport",
  );
  expectLeftAlone([
    [
      "a ticket after a year",
      "My passport expired in 2020 and I used it at the station near here. The ticket was AB1234567.",
      "AB1234567",
    ],
  ]);
});

describe("thirty-fourth round: a PIN for a named card and a password after an aside", () => {
  expectMasked(
    [
      [
        "a PIN for a card",
        "Hello. My PIN for the bank card is 7291, and it is blocked now.",
        "7291",
      ],
      [
        "a password for an account",
        "The password for the portal account was sakura2031 but it fails.",
        "sakura2031",
      ],
      [
        "a password after an aside",
        "パスワードのことで電話したんですけど言いにくいんですが、ポータルのがminato2040で、入れないんです。",
        "minato2040",
      ],
    ],
    "secret",
  );
  expectLeftAlone([
    ["a PIN's length", "My PIN for the card is 4 digits long.", "4"],
    ["a PIN's length in a question", "The PIN for new cards is 1234 digits? No.", "1234"],
    [
      "a receipt number after a password's reset",
      "パスワードの再設定をお願いしたいのですが、受付番号はAB2031です。",
      "AB2031",
    ],
  ]);
});

describe("thirty-fourth round: Japanese full names in notes and calls", () => {
  expectMasked(
    [
      ["a hiragana given name before といいます", "はい、松本 みよといいます。", "松本 みよ"],
      ["a listed given reading after a kin word", "9/4 娘杉浦 あかねより電話。", "杉浦 あかね"],
      ["a kanji given name glued to 同伴", "9/5 父村井 昭彦同伴。", "村井 昭彦"],
      ["the second of the staff after 担当", "9/6 面談。担当小島、竹内。", "竹内"],
      ["a surname after 同行 and a section glued", "9/7 同行 総務山田。", "山田"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a time word before といいます", "この件は 本日 ときといいます。", "とき"],
    ["次女 before an unlisted surname", "9/2 代理 次女砂押 真理。", "次女"],
    ["a resident who came along", "9/5 本日 市民同伴。", "市民"],
    ["a desk after the staff", "9/6 面談。担当小島、窓口。", "窓口"],
    ["the family who came along", "9/7 同行 家族。", "家族"],
    ["the section alone", "9/7 同行 総務課。", "総務課"],
  ]);
});

describe("thirty-fourth round: a postal code before the next field's 個人番号 or 通知カード", () => {
  expectMasked(
    [
      ["before 個人番号", "郵便番号：838-9652\n個人番号：なし", "838-9652"],
      ["before 通知カード", "郵便番号：838-9652\n通知カード：あり", "838-9652"],
    ],
    "postal_code",
  );
  expectLeftAlone([["a count of pieces", "記念品 1500個。", "1500"]]);
});

describe("thirty-fourth round: a caller's surname after a dialect clause or a filler", () => {
  expectMasked(
    [
      ["after しちょる", "もしもし、町内で民生委員をしちょる村田です。", "村田"],
      ["after しとる", "もしもし、学生の世話をしとる大野です。", "大野"],
      ["katakana after えっと", "えっと、シトミです。書類の件で。", "シトミ"],
      ["katakana after ええと", "ええと、ヌマオです。先日の件で。", "ヌマオ"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a place after 住んどる", "もしもし、そっちに住んどる佐野ですけど。", "佐野"],
    ["a matter after 困っとる", "もしもし、ちょっと困っとる件です。", "件"],
    ["a loanword after えっと", "えっと、テレビです。", "テレビ"],
    ["a loanword after えっと", "えっと、マスクです。", "マスク"],
    ["a country after えっと", "えっと、ベトナムです。", "ベトナム"],
  ]);
});

describe("thirty-fourth round: a listed surname's reading in hiragana after a clause or a role", () => {
  expectMasked(
    [
      ["after おります", "もしもし、町内会の役員をしておりますおかざきです。", "おかざき"],
      ["after 住んでる, before といいます", "私は向かいに住んでるやまぐちといいます。", "やまぐち"],
      ["after a role and の", "夏祭りの実行委員のもりやまです。", "もりやま"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a place word after の", "会場のところです。", "ところ"],
    ["a summary after の", "研修の内容のまとめです。", "まとめ"],
    ["a day after a pause", "それは、あしたです。", "あした"],
    ["someone's, は and まだ after の", "家内のはまだです。", "はまだ"],
  ]);
});

describe("thirty-fourth round: a spaced full name written again without its space", () => {
  expectMasked(
    [
      [
        "a mail's signature",
        "受給者：松尾 未来\n口座：普通 3120269\n\n松尾未来\nm@example.jp",
        "松尾未来",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a hall named after the name", "受給者：松尾 未来\n松尾未来館で手続きします。", "松尾未来館"],
  ]);
});

describe("thirty-fourth round: siblings listed with the same unlisted surname glued on", () => {
  const list = "8/5 水泳教室 奥森陽向、奥森結菜 出席。";
  expectMasked(
    [
      ["the first of a note's list", list, "奥森陽向"],
      ["the second of a note's list", list, "奥森結菜"],
      ["two joined by と", "うちは二人、椎森蓮と椎森凪沙です。", "椎森凪沙"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a prefecture and its city", "大阪府と大阪市の窓口。", "大阪府"],
    ["two schools", "第一小学校、第一中学校の合同。", "第一小学校"],
    ["a section and a tax", "市民課と市民税の係。", "市民税"],
  ]);
});

describe("thirty-fourth round: a glued full name whose given name ends in 子 after the run's limit", () => {
  expectMasked([["a note's person", "9/1 相談 松岡真理子（長女）。", "松岡真理子"]], "person_name");
  expectLeftAlone([["子ども after a full name", "9/1 相談 山田太郎子ども会の件。", "太郎子"]]);
});
