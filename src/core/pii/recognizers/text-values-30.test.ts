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
