/**
 * Twenty-third round (pii-unseen-21 read): sentences of our own, in other wording than the fixture
 * lines, for each class of its misses and masked ordinary items, and look-alikes that must stay
 * unmasked. Every name, number, mailbox and place is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("twenty-third round: an insurance scheme's short name after a question is no name", () => {
  expectLeftAlone([
    ["国保 ending the turn", "高額療養費の申請って、後からでもできますか。国保です。", "国保"],
    ["国保 mid-turn", "保険証が二枚あって困ってます。国保です。どっちを使えば？", "国保"],
  ]);
});

describe("twenty-third round: a mail's subject and a nationality are no Latin names", () => {
  expectLeftAlone([
    ["a reply's subject", "件名：Re: 児童手当の振込日\n\n担当者様\nよろしくお願いします。", "Re"],
    ["a forwarded subject", "件名: Fwd: 住民票の写しについて", "Fwd"],
    ["a subject's first word", "件名：Moving notice\nI will leave Japan in May.", "Moving"],
    [
      "a nationality after I am",
      "Hi, I am Brazilian and I work at a factory in Shizuoka.",
      "Brazilian",
    ],
    ["a nationality after I'm", "I'm Vietnamese, I came to Japan last year.", "Vietnamese"],
  ]);
  expectMasked(
    [
      ["a given name after 名 still", "姓: Carter 名: Emily", "Emily"],
      [
        "a name ending like a nationality",
        "I am Therese Lund and I live in Sapporo.",
        "Therese Lund",
      ],
    ],
    "person_name",
  );
});

describe("twenty-third round: someone who comes along, glued before a spaced name in a note", () => {
  expectMasked(
    [
      ["a children's commissioner", "9/12 訪問。児童委員片桐 紀代、同行。", "片桐 紀代"],
      ["a counsellor", "面談には相談員野口 ゆかり、同行。", "野口 ゆかり"],
    ],
    "person_name",
  );
  expectLeftAlone([["a meeting of commissioners", "民生委員会議 開催、10月分", "会議"]]);
});

describe("twenty-third round: spaced full names in notes", () => {
  expectMasked(
    [
      ["a listed surname ending like an office", "10/2 来所。矢部 冨美江、転入届。", "矢部 冨美江"],
      ["a given name in a variant kanji", "10/2 来所。阿部 冨美子、国保加入。", "阿部 冨美子"],
      ["a kana given name before the age", "10/3 申請。今村 ハツ子（82歳）。", "今村 ハツ子"],
      ["a one-kanji given name", "10/4 窓口。野村 拓、年金の免除申請。", "野村 拓"],
      [
        "a dotted name before the country",
        "10/5 窓口。ラジ・シュレスタ（ネパール）、転入届。",
        "ラジ・シュレスタ",
      ],
      [
        "capitals after the document checked",
        "10/6 パスポート確認：SILVA PEREIRA ANA、在留期限は2030年。",
        "SILVA PEREIRA ANA",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["the next field after a name", "世帯主：森田一輝　続柄：本人　電話：0554-58-3976", "続柄"],
    ["a note in brackets after a dotted word", "ケア・プラン（タイ）を送ります", "ケア・プラン"],
  ]);
});

describe("twenty-third round: residents writing in their own language", () => {
  expectMasked(
    [["a Korean passport number", "제 여권번호는 TR4829173입니다.", "TR4829173"]],
    "passport",
  );
  expectMasked(
    [["a Chinese savings account", "新的账户是普通存款5512803，谢谢。", "5512803"]],
    "bank_account",
  );
  expectMasked(
    [["a Chinese name glued after 我是", "您好，我是刘洋，我想咨询一下。", "刘洋"]],
    "person_name",
  );
  expectLeftAlone([
    ["a status after 我是", "我是学生，想问一下。", "学生"],
    ["a teacher", "我是陈老师。", "陈老师"],
  ]);
});

describe("twenty-third round: which of the card's codes, said between label and value", () => {
  expectMasked(
    [
      [
        "the short one, then a pause",
        "マイナンバーカードの暗証番号、4桁のほう、5082で設定したはずなんですが。",
        "5082",
      ],
      ["the short one with を", "暗証番号、4桁の方を2749にしたつもりでした。", "2749"],
      ["やつ with で", "パスワードは4桁のやつで、3917だったと思います。", "3917"],
    ],
    "secret",
  );
  expectLeftAlone([
    ["a rule about the code", "暗証番号の4桁の方は3回間違えるとロックされます。", "3"],
  ]);
});

describe("twenty-third round: the 番 and the house number joined by の", () => {
  expectMasked(
    [
      [
        "after the 丁目 and a filler",
        "現地調査は何時頃ですか。梅ヶ丘2丁目の、えっと、7番の12です。",
        "梅ヶ丘2丁目の、えっと、7番の12",
      ],
    ],
    "address",
  );
  expectLeftAlone([
    ["a counter's number", "受付は3番の1です", "3番の1"],
    ["a queue", "2番の3番窓口へどうぞ", "2番の3"],
  ]);
});

describe("twenty-third round: the surname said right after the address", () => {
  expectMasked(
    [
      ["in hiragana", "罹災証明の件です。桜台4丁目の、12の3のたかはしです。", "たかはし"],
      [
        "after a labelled address",
        "住所は緑町5番地の2のおおたです。ごみの収集日を教えてください。",
        "おおた",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a building", "住所は桜台2丁目4番の6のマンションです", "マンション"],
    ["a direction", "住所は桜台2丁目4番地の6のきたです", "きた"],
  ]);
});

describe("twenty-third round: surnames reported rather than introduced", () => {
  expectMasked(
    [
      [
        "the name a visitor gave when asked",
        "さっき家に来た人、名前を聞いたら吉川って言ってたけど、本当に市の職員ですか。",
        "吉川",
      ],
      ["in kana", "名前聞いたら、すずきだって。", "すずき"],
      [
        "the surname before a change",
        "結婚して苗字が変わりました。今は森で、前は大久保でした。",
        "大久保",
      ],
      ["the surname now", "結婚して苗字が変わりました。今は森で、前は大久保でした。", "森"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["no name given", "名前を聞いたら教えてくれなかったんです。", "教え"],
    ["a place given", "名前聞いたら区役所の人だって。", "区役所"],
    ["a floor moved", "窓口が変わって、前は2階でした。", "2階"],
    ["the same as before", "苗字が変わりました。前は一緒でした。", "一緒"],
  ]);
});

describe("twenty-third round: surnames the lists lacked", () => {
  expectMasked(
    [
      ["in katakana opening a call", "あ、もしもし、ヤギヌマですけど、さっきの件で。", "ヤギヌマ"],
      ["in hiragana signing off", "延長保育って土曜もありますか。ひむろです。", "ひむろ"],
      ["in kanji opening a message", "斑目です、先週出した申請の件で。", "斑目"],
      ["in kana, then in kanji", "えー、けんもちです、剣持 誠。", "剣持 誠"],
    ],
    "person_name",
  );
});

describe("twenty-third round: an insurance number after 被保険者証の番号", () => {
  expectMasked(
    [
      [
        "ten digits that look like a landline",
        "介護保険の被保険者証の番号、0278841365です。母の分です。",
        "0278841365",
      ],
    ],
    "health_insurance",
  );
});
