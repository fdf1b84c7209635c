/**
 * Twenty-seventh round, pii-unseen-25 read: sentences of our own for the classes of its misses and
 * masked ordinary words, and look-alikes that must stay as they are. Every name, number and place
 * is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("twenty-seventh round: a long filler between an address's parts", () => {
  expectMasked(
    [
      [
        "an address said with a long filler",
        "私の家は花園町3丁目の、あのー、4の2です",
        "花園町3丁目の、あのー、4の2",
      ],
      [
        "a filler after a block and a pause",
        "住所は花園町3丁目、そのー、4の2です",
        "花園町3丁目、そのー、4の2",
      ],
    ],
    "address",
  );
});

describe("twenty-seventh round: a word asked about, a verb after a time word", () => {
  expectLeftAlone([
    [
      "a word in Kansai speech asked about",
      "年金から引かれるって聞いたんやけど、ほんまですか。",
      "ほんま",
    ],
    ["a verb after next week", "私と息子は来週着くんですけど", "来週着"],
    ["a verb after next month", "書類は来月着くんですか", "来月着"],
  ]);
  expectMasked(
    [
      ["a name asked about by a caller who opens the call", "もしもし、さとうですか", "さとう"],
      ["a name after a clause, told", "お電話したんですけど、さとうです", "さとう"],
    ],
    "person_name",
  );
});

describe("twenty-seventh round: a kana given name with its kanji ending before 様", () => {
  expectMasked(
    [
      [
        "after a kin word spaced off",
        "電話 娘さんから、父 武藤 ミツ子様の件で照会。",
        "武藤 ミツ子",
      ],
    ],
    "person_name",
  );
});
describe("twenty-seventh round: the surname a change of name started from", () => {
  expectMasked(
    [
      ["the surname before から名字が変わった", "離婚して浜名から名字が変わりました。", "浜名"],
      [
        "both surnames of から…に変わった",
        "結婚して、沼井から巴に変わったんです。名字が変わると",
        "沼井",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a month before から", "先月から名字が変わったので保険証を", "先月"],
    ["a date before から", "4月から姓が変わります", "4月"],
  ]);
});
describe("twenty-seventh round: names and accounts in other languages", () => {
  expectMasked(
    [
      [
        "a Portuguese name with da",
        "Meu nome é Rafael Costa da Rocha, moro aqui.",
        "Rafael Costa da Rocha",
      ],
      [
        "a Portuguese name with dos after sou",
        "Olá, sou Bianca Lima dos Reis.",
        "Bianca Lima dos Reis",
      ],
      ["a Portuguese wife's given name", "Posso levar a minha esposa Larissa?", "Larissa"],
      ["a Spanish son's name", "Quiero inscribir a mi hijo Tomás Vera.", "Tomás Vera"],
      [
        "an English parent field",
        "Enrolment\nParent: Omar Haddad\nChild: Lina Haddad\nChild's age: 7",
        "Omar Haddad",
      ],
      [
        "an English student field",
        "Enrolment\nStudent: Lina Haddad\nSchool: Minami Elementary",
        "Lina Haddad",
      ],
      ["a classmate's name in Chinese", "我叫周文博，和同学宋雨桐一起来办手续。", "宋雨桐"],
    ],
    "person_name",
  );
  expectMasked(
    [
      [
        "a Portuguese account at a bank",
        "Minha conta é do Sakura Bank, número 4417302.",
        "4417302",
      ],
      ["a Spanish account", "Mi cuenta es 5520913, del banco Hoshino.", "5520913"],
    ],
    "bank_account",
  );
  expectLeftAlone([
    ["a colleague's title in Chinese", "我的同事王经理说可以。", "王经理"],
    ["a contact in Portuguese", "Meu contato: 6195-2839", "6195-2839"],
  ]);
});

describe("twenty-seventh round: dotted katakana names listed, with their notes, after a role", () => {
  expectMasked(
    [
      [
        "the second of two names listed with 、 before a note in brackets",
        "窓口 転入 研修生 アニタ・ライ、ミナ・グルン（在留カード後日交付）",
        "ミナ・グルン",
      ],
      [
        "the first of two names before a found one",
        "研修生のダワ・タマン、パサン・ライ(ネパール)の二人",
        "ダワ・タマン",
      ],
      [
        "a name before its country and a second note in one bracket",
        "4/2 転入 スレス・カルキ（ネパール、技能実習） 国保同時受付",
        "スレス・カルキ",
      ],
      [
        "a name after the role it comes in, before が",
        "面談には通訳としてダン・バン・フンが立ち会います。",
        "ダン・バン・フン",
      ],
      [
        "a name after a guarantor's role, before に",
        "保証人のアナ・ソウザに連絡済み。",
        "アナ・ソウザ",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    [
      "two loanwords listed",
      "持ち物：ランチ・ボックス、ウォーター・ボトル（各自）",
      "ウォーター・ボトル",
    ],
    ["a menu after a role word", "講師のおすすめはパン・ケーキが一番です", "パン・ケーキ"],
  ]);
});
describe("twenty-seventh round: a child named in kana, then the age", () => {
  expectMasked(
    [
      [
        "a katakana given name before its age",
        "来月から保育園に入れたいんですけど、マテウス、4歳です。",
        "マテウス",
      ],
      ["a listed hiragana given name before its age", "下の子は、ゆいな、2歳です。", "ゆいな"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a lesson before an age", "習い事は、ピアノ、5歳で始めました。", "ピアノ"],
    ["a country before an age", "生まれはペルー、3歳です。", "ペルー"],
  ]);
});
describe("twenty-seventh round: a surname said in kana, then the full name in kanji", () => {
  expectMasked(
    [
      ["the kana surname", "すみません、ミネベです。峰部 誠。保険証の件で", "ミネベ"],
      ["the kanji full name", "すみません、ミネベです。峰部 誠。保険証の件で", "峰部 誠"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a brand said after a card number", "番号は1234、マスターです。以上 確認。", "マスター"],
    ["paperwork words spaced by speech recognition", "はい、そうです。住所 変更。", "住所"],
  ]);
});
describe("twenty-seventh round: a listed given name after うちの before a particle", () => {
  expectMasked(
    [
      ["before が", "うちのゆいながお世話になってます", "ゆいな"],
      ["before は and more kana", "うちのそうまはまだ三歳で", "そうま"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["ours and a particle", "うちのはまだ届いてないです", "はまだ"],
    ["ours and a side", "うちのほうが先に出しました", "ほう"],
  ]);
});
describe("twenty-seventh round: Latin names end at a line break, two joined by and", () => {
  expectMasked(
    [
      [
        "two names joined by and before a plural verb",
        "Three of them, Rina Thapa and Sunil Rai, have no cards yet.",
        "Sunil Rai",
      ],
      [
        "the first of the two",
        "Three of them, Rina Thapa and Sunil Rai, have no cards yet.",
        "Rina Thapa",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["the next line's label after a name", "Child: Lina Haddad\nChild's age: 7", "Child"],
    ["places joined by and", "Minami Park and Kita Station are closed.", "Minami Park"],
  ]);
});

describe("twenty-seventh round: a place after a speaker tag, the caller's kinship in kana", () => {
  expectLeftAlone([
    ["a place after a speaker tag, then の", "利用者：中野田の用水路があふれています。", "中野田"],
    [
      "a place glued to a loanword after a speaker tag",
      "利用者：北見ケ丘ロータリーは通れますか？",
      "北見ケ丘",
    ],
    ["a niece in kana", "祖母の妹が亡くなって、私はめいです。", "めい"],
    ["a nephew in kana", "亡くなったのは叔父で、私はおいです。手続きは", "おい"],
  ]);
  expectMasked(
    [
      ["a listed name after a speaker tag", "利用者：森田の妻です。", "森田"],
      ["a name after 私は and a self-introduction", "私はめいといいます", "めい"],
    ],
    "person_name",
  );
});
