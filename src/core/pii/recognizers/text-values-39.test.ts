/**
 * Thirty-fifth round, pii-unseen-33 read: sentences of our own for the classes of its misses, and
 * look-alikes that must stay as they are. Every name, number and place is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("thirty-fifth round: Portuguese callers and form fields", () => {
  const form =
    "[Vacina]\nNome do responsável: Paulo Renato Sato\nCriança: Clara Sato\nAluno: Davi Sato";
  expectMasked(
    [
      ["sou with the article", "Oi, sou a Renata Moreira. Preciso de ajuda.", "Renata Moreira"],
      [
        "aqui é with the article",
        "Bom dia, aqui é o Caio Ferreira. Mudei de casa.",
        "Caio Ferreira",
      ],
      [
        "é o after a greeting",
        "Olá, é o Rafael Nunes Prado. Perdi o cartão.",
        "Rafael Nunes Prado",
      ],
      ["the guardian's name field", form, "Paulo Renato Sato"],
      ["the child's field", form, "Clara Sato"],
      ["the pupil's field", form, "Davi Sato"],
      ["a Spanish pupil's field", "Alumna: Lucía Torres\nTeléfono: ninguno", "Lucía Torres"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["é o before a card's name", "O problema é o Cartão Residente.", "Cartão Residente"],
    ["sou a before a lowercase word", "Sou a mãe do aluno.", "mãe"],
    ["a field holding a sentence", "Criança: Por favor traga o cartão.", "Por favor"],
  ]);
});

describe("thirty-fifth round: Latin full names in English and in notes", () => {
  expectMasked(
    [
      ["after a lowercase hi", "Yes, hi, Greta Lindqvist here. I lost my card.", "Greta Lindqvist"],
      [
        "one of them, set off by commas",
        "Two students came. One of them, Sean O'Malley, stayed.",
        "Sean O'Malley",
      ],
      ["one of our workers", "One of our workers, Ana Kovac, is ill.", "Ana Kovac"],
      ["the first of a couple joined by ・", "11/12 ZHANG LEI・ZHOU MIN 転入。", "ZHANG LEI"],
      ["the second of the couple", "11/12 ZHANG LEI・ZHOU MIN 転入。", "ZHOU MIN"],
      ["a couple before a spaced word", "11/12 HO VAN LONG・TRAN THI MY 住所変更。", "TRAN THI MY"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["one of them, a park", "Three parks. One of them, Sakura Park, is closed.", "Sakura Park"],
    ["one of them, a clause", "One of them, who lives here, will come.", "who lives"],
    ["languages joined by ・", "11/12 ENGLISH・CHINESE 対応。", "ENGLISH"],
  ]);
});

describe("thirty-fifth round: a found surname's reading written in capitals", () => {
  expectMasked(
    [["a note's spelling error", "11/12 森田 健氏来庁。MORITA表記の誤りを修正。", "MORITA"]],
    "person_name",
  );
  expectLeftAlone([
    ["capitals that are no found name's reading", "11/12 森田 健氏来庁。ATM表記の誤り。", "ATM"],
  ]);
});

describe("thirty-fifth round: a surname that is also a word after a name label", () => {
  expectMasked(
    [["王 after 姓名", "姓名：王 国庆\n出生日期：1990年5月2日", "王 国庆"]],
    "person_name",
  );
  expectLeftAlone([["a label's next words", "氏名：本人 確認済み", "本人"]]);
});

describe("thirty-fifth round: PINs in Portuguese and Spanish, and a PIN set", () => {
  expectMasked(
    [
      ["senha with what it is for", "A senha do cartão My Number é 7315, não lembro.", "7315"],
      ["senha alone", "Minha senha é 8062.", "8062"],
      ["contraseña", "Mi contraseña es luna2025.", "luna2025"],
      ["the code set, the next sentence", "暗証番号を2回間違えた。たしか4718にしてた。", "4718"],
    ],
    "secret",
  );
  expectLeftAlone([
    ["the rule, not the code", "A senha é de 4 dígitos.", "4"],
    ["a word after senha", "A senha do cartão é diferente.", "diferente"],
    ["a month set", "暗証番号を2回間違えた。たしか1月にしてた。", "1月"],
  ]);
});

describe("thirty-fifth round: addresses", () => {
  expectMasked(
    [
      ["okurigana before が", "住所：東京都町田市美しが原3丁目4番8号", "美しが原3丁目4番8号"],
      [
        "a room in Vietnamese and a dormitory",
        "Địa chỉ: Phòng 210, Sakura-ryo, Sakura-cho 2-4-6, Hinode-ku",
        "Phòng 210, Sakura-ryo, ",
      ],
      [
        "a rural lot in English",
        "Address: Kurumidani 388, Hinode-ku\nPhone: none",
        "Kurumidani 388, Hinode-ku",
      ],
    ],
    "address",
  );
  expectLeftAlone([
    ["a month before a ward", "The race is on November 15, Hinode-ku roads close.", "November 15"],
    ["a room before a ward", "See Room 1051, Hinode-ku.", "Room 1051"],
    ["a particle before が", "区に住むが丘の話", "むが丘"],
  ]);
});

describe("thirty-fifth round: birth labels in Tagalog and Spanish", () => {
  expectMasked(
    [
      ["Kaarawan", "Pangalan: Rosa Lim\nKaarawan: 03/09/1988", "03/09/1988"],
      ["fecha de nacimiento", "Fecha de nacimiento: 21/04/1979", "21/04/1979"],
    ],
    "birth_date",
  );
  expectLeftAlone([["a party's date", "Kaarawan ng anak ko sa 17/08, may party.", "17/08"]]);
});

describe("thirty-fifth round: a dotted katakana full name glued after a kin word (pii-unseen-27)", () => {
  expectMasked(
    [
      ["a father in a note", "9/4 父ジョナサン・ウェルズの安否確認。", "ジョナサン・ウェルズ"],
      ["a wife before が", "9/4 妻クララ・ウェルズが来庁。", "クララ・ウェルズ"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["goods bought", "母パソコン・スマートフォンを買った。", "パソコン"],
    ["a place visited", "父ニュー・ヨークへ出張。", "ニュー・ヨーク"],
    ["a role ending in 父", "神父ジョナサン・ウェルズの話。", "ジョナサン"],
  ]);
});

describe("thirty-fifth round: the family a caller speaks for, said as a clause (pii-unseen-27)", () => {
  expectMasked(
    [["a surname before の娘で、", "申請できますか。長岡の娘で、長岡ゆりです。", "長岡"]],
    "person_name",
  );
  expectLeftAlone([
    ["a city before の娘で、", "はい、新潟の娘で、母の件です。", "新潟"],
    ["the neighbourhood", "近所の息子で、よく来ます。", "近所"],
  ]);
});
