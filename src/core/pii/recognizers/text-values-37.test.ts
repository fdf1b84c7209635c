/**
 * Thirty-third round, pii-unseen-31 read: sentences of our own for the classes of its misses, and
 * look-alikes that must stay as they are. Every name, number and place is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("thirty-third round: a ゆうちょ account named as ゆうちょの口座, its 記号 and 番号 a sentence later", () => {
  const yucho =
    "ゆうちょ銀行の口座を登録したいんですけど。坂口 みどりです。記号は16020、番号は5531201です。";
  expectMasked(
    [
      ["the 記号 after the caller's name", yucho, "16020"],
      ["the 番号 after the caller's name", yucho, "5531201"],
    ],
    "postal_account",
  );
  expectMasked(
    [
      [
        "a bank's account after an earlier ゆうちょ",
        "ゆうちょで払いました。銀行の口座を変えたいんですけど。坂口です。番号は5531207です。",
        "5531207",
      ],
    ],
    "bank_account",
  );
  expectLeftAlone([
    [
      "a 記号 under another bank",
      "みちのく銀行の口座を登録したいんですけど。坂口 みどりです。記号は16020、番号は5531201です。",
      "16020",
    ],
  ]);
});

describe("thirty-third round: a colleague, a student or a tenant named in an English sentence", () => {
  expectMasked(
    [
      [
        "a colleague after a comma",
        "I'm writing for my colleague, Tran Thi Mai, who is new here.",
        "Tran Thi Mai",
      ],
      [
        "a colleague without a comma",
        "Please help my coworker Omar Haddad with the form.",
        "Omar Haddad",
      ],
      [
        "one of several students",
        "One of our students, Lucas Moreau, lost his card.",
        "Lucas Moreau",
      ],
      ["a tenant", "Our tenant, Hana Novak, moved out last week.", "Hana Novak"],
    ],
    "person_name",
  );
  expectLeftAlone([
    [
      "a colleague described, not named",
      "My colleague, who is Japanese, will come too.",
      "Japanese",
    ],
    ["students by nationality", "Two of our students, Korean and Thai, need help.", "Korean"],
  ]);
});

describe("thirty-third round: Indonesian 'ini' after a greeting and Tagalog 'ko ay si'", () => {
  expectMasked(
    [
      ["ini after Halo", "Halo, ini Sri Wahyuni dari asrama.", "Sri Wahyuni"],
      ["ini after Selamat pagi", "Selamat pagi, ini Agus Santoso.", "Agus Santoso"],
      ["a child named with ko ay si", "Ang anak ko ay si Liza Ramos po.", "Liza Ramos"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["ini before a document", "Ini Kartu Keluarga saya, Pak.", "Kartu Keluarga"],
    ["ini before a place", "Halo, ini Kantor Pos Honami ya?", "Kantor Pos"],
  ]);
});

describe("thirty-third round: Latin full names in Japanese notes", () => {
  expectMasked(
    [
      ["a wife glued after の妻", "11/2 Ravi Nair の妻Meera Nair 転入。", "Meera Nair"],
      ["the husband before の妻", "11/2 Ravi Nair の妻Meera Nair 転入。", "Ravi Nair"],
      [
        "capitals after the note's date",
        "11/9 MARIA SANTOS（旅館かじか）。国保の相談。",
        "MARIA SANTOS",
      ],
      ["capitals after 来庁", "11/9 来庁 TRAN VAN DUC、在留期間の確認。", "TRAN VAN DUC"],
      [
        "a person after an organisation in brackets",
        "11/9 電話（市立病院 Emma Clarke）。面会時間の件。",
        "Emma Clarke",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    [
      "English words in capitals after a date",
      "11/10 MY NUMBER CARD（マイナンバーカード）の件。",
      "NUMBER",
    ],
    ["a cooperative in capitals", "11/10 来庁 JA HONAMI、米の出荷証明。", "HONAMI"],
    ["a desk after an organisation", "11/9 電話（国際交流会館 English Desk）。", "English Desk"],
  ]);
});

describe("thirty-third round: Japanese and Chinese names after a dialect copula, 叫 and in notes", () => {
  expectMasked(
    [
      [
        "a full name before Tohoku's だども",
        "もしもし、沢内の菅原 金蔵だども。雪かきの件で。",
        "菅原 金蔵",
      ],
      ["a surname before だけんど", "もしもし、菅原だけんど、灯油の件です。", "菅原"],
      ["a Chinese name after a comma and 叫", "我是酒店的员工，叫张伟，想问保险的事。", "张伟"],
      [
        "a note's account holder before the bank",
        "11/9 口座 変更 受付。原田 みつ 秋北中央銀行 本店 普通 口座 変更 済み。",
        "原田 みつ",
      ],
      ["the staff in brackets after a visit", "11/6 独居宅訪問（石黒、早瀬）。灯油あり。", "石黒"],
      ["the second staff in brackets", "11/6 独居宅訪問（石黒、早瀬）。灯油あり。", "早瀬"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a title after 叫", "我发烧了，叫王医生来。", "王医生"],
    ["a word before だども", "もしもし、大雪だども。除雪はいつですか。", "大雪"],
    [
      "a bank's name in kana",
      "11/9 口座 変更 受付。秋田 みらい 銀行 本店 普通 口座 変更 済み。",
      "みらい",
    ],
    ["times in brackets after a visit", "11/6 独居宅訪問（午前、午後）。灯油あり。", "午前"],
    ["family in brackets after 同行", "11/6 来庁 同行（本人、長男）。", "本人"],
  ]);
});

describe("thirty-third round: a second quoted password tried and a PIN given as the one registered", () => {
  expectMasked(
    [
      [
        "the second quoted password",
        "パスワードを忘れて、「sora-Mori88」も「morimori12」も通りません。",
        "morimori12",
      ],
      [
        "a PIN registered, in the next sentence",
        "暗証番号が違うと言われました。3071で登録したと思います。",
        "3071",
      ],
      [
        "a PIN set, in the next sentence",
        "暗証番号がロックされました。5528で設定したはずなんです。",
        "5528",
      ],
    ],
    "secret",
  );
  expectLeftAlone([
    [
      "a quoted button after a password",
      "パスワードは「kaede2031」です。「OK」も押しました。",
      "OK",
    ],
    [
      "a quoted word after a password",
      "パスワードは「kaede2031」です。「ログイン」も押しました。",
      "ログイン",
    ],
    ["a year registered", "暗証番号が違うと言われました。2019年で登録したと思います。", "2019"],
  ]);
});

describe("thirty-third round: a postal code written after the address", () => {
  expectMasked(
    [["the code after a space", "送付先 岩手県盛岡市中央通2丁目5番8号 020-0021。", "020-0021"]],
    "postal_code",
  );
  expectLeftAlone([
    ["a count after the address", "送付先 岩手県盛岡市中央通2丁目5番8号 2通。", "2通"],
  ]);
});

describe("thirty-third round: Latin full names on bulleted lines of a text that counts people", () => {
  const mail = "次の2名が転居します。\n・Rina Wulandari\n・Dedi Kurniawan\nよろしくお願いします。";
  expectMasked(
    [
      ["the first bulleted name", mail, "Rina Wulandari"],
      ["the second bulleted name", mail, "Dedi Kurniawan"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["card brands in a list", "使えるカードは2種類です。\n・Visa Card\n・Master Card", "Visa Card"],
    [
      "one bulleted name only",
      "次の1名です。\n・Rina Wulandari\nよろしくお願いします。",
      "Rina Wulandari",
    ],
  ]);
});

describe("thirty-third round: staff after 同行 or 担当 with a section word between", () => {
  expectMasked(
    [
      [
        "a colleague after 同行 総務",
        "3/9 造船所 社員 転入 4名 受付。同行 総務 岡田 圭。",
        "岡田 圭",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a post after 同行", "3/8 転入 受付 確認 済み。同行 総務 課長 不在。", "課長"],
  ]);
});

describe("thirty-third round: a Hokkaido address in English with its jo and chome", () => {
  expectMasked(
    [
      [
        "jo and chome before the town and ward",
        "He lives at 4-jo 2-chome 8, Shirakaba, Kita-ku.",
        "4-jo 2-chome 8, Shirakaba, Kita-ku",
      ],
      [
        "the town first",
        "Address: Shirakaba 3-jo Nishi 4-chome 5-6, Kita-ku",
        "Shirakaba 3-jo Nishi 4-chome 5-6, Kita-ku",
      ],
    ],
    "address",
  );
  expectLeftAlone([
    ["a bus stop and a park", "The bus stop 2-jo is near the 9-chome park in Kita-ku.", "2-jo"],
  ]);
});

describe("thirty-third round: 本人 glued before a full name with a katakana given name and を", () => {
  expectMasked(
    [
      [
        "an unlisted surname after 本人",
        "14:10 本人柾谷 ハルを居間で発見、救急搬送。",
        "柾谷 ハル",
      ],
      ["a listed surname after 本人", "14:10 本人岡田 トメを居間で発見、救急搬送。", "岡田 トメ"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["本人 before an ordinary word", "本人確認 書類を提出。本人名義 口座を確認。", "本人確認"],
    ["a memo after a surname's look-alike", "会議 メモを渡した。", "メモ"],
  ]);
});

describe("thirty-third round: a surname before じゃ or だ closing a quoted call", () => {
  expectMasked(
    [["a listed surname quoted", "「おう、わしじゃ、原田じゃ」とだけ言って切れた。", "原田"]],
    "person_name",
  );
  expectLeftAlone([
    ["a word before じゃ in quotes", "「それはだめじゃ」と言われた。", "だめ"],
    ["a word before や in quotes", "「ほんまや」と言われた。", "ほんま"],
    ["snow before だ in quotes", "「やっぱり雪だ」と言った。", "雪"],
  ]);
});

describe("thirty-third round: the deceased a form is about, after 亡くなった方: or 死亡者:", () => {
  expectMasked(
    [
      [
        "a glued full name after 亡くなった方:",
        "相談者：山口 春子\n亡くなった方：柴崎宗一（7月9日死亡）\n関係：長女",
        "柴崎宗一",
      ],
      ["a name after 死亡者:", "届出人：山口 春子\n死亡者：柴崎 宗一\n続柄：父", "柴崎 宗一"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["the deceased's pension", "亡くなった方の年金はどうなりますか。", "年金"],
    ["an unknown deceased", "死亡者：不明", "不明"],
  ]);
});
