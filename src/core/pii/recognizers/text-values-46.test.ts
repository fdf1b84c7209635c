/**
 * Forty-first round: classes of pii-unseen-39's misses, in sentences of our own, and look-alikes
 * that must stay as they are. Every name, number and place is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("forty-first round: Japanese names", () => {
  expectMasked(
    [
      ["a Miyazaki surname said alone", "はい、興梠です。回覧板の件で。", "興梠"],
      ["a Miyazaki surname in a section's tag", "福祉課（戸高）：承知しました。", "戸高"],
      [
        "a Miyazaki surname after a commissioner's post",
        "先週、児童委員の稲用さんに相談。",
        "稲用",
      ],
      ["the surveyor closing a note", "11/2 介護保険係。訪問調査実施。調査員今村。", "今村"],
      ["the clerk closing a note, spaced", "11/4 市民課。転入届を受理。受付 坂元。", "坂元"],
      ["the interpreter closing a note", "11/5 国際交流。在留資格の相談。通訳 野口。", "野口"],
      ["the resident who reported, glued after 通報", "11/6 公園の倒木、通報今村様。", "今村"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a Miyazaki district alone", "米良の山道は通れますか。", "米良"],
    ["a note closing with the desk's state", "11/3 申請書の受付中。", "受付中"],
    ["a note closing with what was started", "11/3 窓口。申請受付開始。", "開始"],
    ["a note closing with no interpreter", "11/5 国際交流。相談。通訳なし。", "通訳"],
    ["the reporter's word before 様", "11/6 通報者様へ折り返し。", "通報者"],
    ["the report glued before the resident's surname", "11/6 公園の倒木、通報今村様。", "通報"],
  ]);
});

describe("forty-first round: a chat's officer after a desk word that comes first", () => {
  expectMasked(
    [
      [
        "a Portuguese section's officer",
        "Cidadão: Olá.\nSeção de Impostos (Kawano): Sim, pode.",
        "Kawano",
      ],
      ["an Indonesian section's officer", "Warga: Halo.\nBagian Pajak (Sasaki): Bisa.", "Sasaki"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a language in a Portuguese tag", "Seção de Impostos (Inglês): Sim.", "Inglês"],
    ["a word that is no surname's romaji", "Pojok Anak (Bahasa): Bisa.", "Bahasa"],
  ]);
});

describe("forty-first round: Latin names in notes and summaries", () => {
  expectMasked(
    [
      [
        "a couple's second name after 様・",
        "11/2 市民課。LIM KAH WAI様・TAN MEI LING様 転入届。",
        "TAN MEI LING",
      ],
      [
        "whom a summary's follow-up is for",
        "11/4 Tax corner: Follow-up for Ingrid Dahl (refund sent).",
        "Ingrid Dahl",
      ],
      [
        "the next name of the list after a bracketed remark",
        "11/4 Tax corner: Follow-up for Ingrid Dahl (refund sent) and Pablo Ruiz (done).",
        "Pablo Ruiz",
      ],
      [
        "the relative a bracket after a name says the matter is for",
        "11/4 Tax corner: Follow-up for Ingrid Dahl (refund sent) and Pablo Ruiz (Pension for Rosa Ruiz).",
        "Rosa Ruiz",
      ],
      [
        "an English note's staff field",
        "11/3 Help desk weekly: 12 calls. Staff: Nakagawa.",
        "Nakagawa",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a broadcaster's letters after 様・", "11/2 市民課。LIM KAH WAI様・NHK様 転入届。", "NHK"],
    ["a reminder to a park", "Reminder sent to Sakura Park, 9:00.", "Sakura Park"],
    ["a holiday in a bracket after a name", "Ingrid Dahl (Tickets for New Year)", "New Year"],
    ["a desk in the staff field", "Staff: Reception.", "Reception"],
  ]);
});

describe("forty-first round: relatives, callers and form fields in other languages", () => {
  expectMasked(
    [
      [
        "a caller's full name before calling",
        "Hi, Ravi Menon calling about the tax letter.",
        "Ravi Menon",
      ],
      ["a newborn after our new baby", "We want to register our new baby Noor soon.", "Noor"],
      ["an Indonesian friend named at once", "Teman saya Agus tidak bisa datang besok.", "Agus"],
      [
        "a Tagalog child after kong si",
        "Gusto kong ipa-check ang anak kong si Paolo bukas.",
        "Paolo",
      ],
      [
        "a Vietnamese son named before sắp",
        "Con trai tôi Phạm Gia Bảo sắp vào lớp một.",
        "Phạm Gia Bảo",
      ],
      ["a Portuguese form's baby field", "Responsável: Ana Lima\nBebê: Noor Haddad", "Noor Haddad"],
      [
        "an Indonesian form's baby field after the mother's",
        "Nama ibu: Rina Wati Susanto\nNama bayi: Nisa Ayu\nTanggal lahir: 01/05/2026",
        "Nisa Ayu",
      ],
      [
        "a Vietnamese form's child field",
        "Họ tên: Trần Thu Hà\nCon: Trần Minh Quân\nNgày sinh: 01/02/2020",
        "Trần Minh Quân",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["the city hall calling", "Hello, City Hall calling back.", "City Hall"],
    ["a country after teman saya", "Teman saya Jepang semua baik.", "Jepang"],
    ["a Vietnamese child field holding a sentence", "Con: Không có con.", "Không"],
  ]);
});

describe("forty-first round: a birth told in Portuguese or Spanish", () => {
  expectMasked(
    [
      [
        "a date after nasceu em",
        "Minha filha Clara nasceu em 12/03/2026, preciso do registro.",
        "12/03/2026",
      ],
      ["a date after nació el", "Mi hijo nació el 07/08/2025 en Osaka.", "07/08/2025"],
    ],
    "birth_date",
  );
  expectLeftAlone([["a deadline in Portuguese", "O prazo vence em 12/03/2026.", "12/03/2026"]]);
});

describe("forty-first round: a passport of two digits, two capitals and five digits", () => {
  expectMasked(
    [
      [
        "after the passport and whose it is",
        "Name: Anne Roux\nPassport (mother): 09KT55120",
        "09KT55120",
      ],
      ["after the French word", "Passeport: 12AB34567", "12AB34567"],
    ],
    "passport",
  );
  expectLeftAlone([
    [
      "an order number far from the passport",
      "Order no. 12AB34567 for the passport photo",
      "12AB34567",
    ],
  ]);
});

describe("forty-first round: a kanji 記号 after the joint label and の", () => {
  expectMasked(
    [["the 記号 before の and the 番号", "父の国保の記号番号は梅国の3318です。", "梅国"]],
    "health_insurance",
  );
  expectLeftAlone([
    ["the card's own word before の", "国保の記号番号は保険証の123ページ", "保険証"],
    ["a ゆうちょ branch before の", "ゆうちょの記号番号は本店の1234", "本店"],
  ]);
});

describe("forty-first round: a desk's katakana word after a name is no reading", () => {
  expectMasked([["the reading itself", "林です、はやし。", "はやし"]], "person_name");
  expectLeftAlone([
    [
      "the My Number opening the next topic",
      "岡田 誠です。マイナンバー、今から言います。",
      "マイナンバー",
    ],
    ["a phone opening the next topic", "岡田 誠です。スマホ、壊れてしまって。", "スマホ"],
  ]);
});

describe("forty-first round: a mail's addressee line ends at 様", () => {
  expectMasked(
    [
      ["the addressee before the next line", "保険年金課 綿引様\n先日の件でご連絡します。", "綿引"],
      [
        "the addressee after a section",
        "市民課 小松様\n昨日は丁寧に対応いただき感謝します。",
        "小松",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["the word opening the next line", "保険年金課 綿引様\n先日の件でご連絡します。", "先日"],
    [
      "the day opening the next line",
      "市民課 小松様\n昨日は丁寧に対応いただき感謝します。",
      "昨日",
    ],
    ["the honorific after the name", "市民課 小松様\n昨日の件です。", "様"],
  ]);
});
