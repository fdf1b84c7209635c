/**
 * Fortieth round: classes of pii-unseen-38's misses, in sentences of our own, and look-alikes
 * that must stay as they are. Every name, number and place is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("fortieth round: health-insurance numbers", () => {
  expectMasked(
    [
      [
        "the former insurance glued to its number",
        "10/2 会社を退職。前保険31140027、本人来庁。",
        "31140027",
      ],
      [
        "a kanji 記号 after a sentence answering another number's cue",
        "10/3 国保加入。個人番号は確認済み。記号柳町番号7731。",
        "柳町",
      ],
      [
        "the 番号 glued after a kanji 記号 in a note on the funeral benefit",
        "10/4 葬祭費。故川端 実様（記号柳町番号2284）。",
        "2284",
      ],
      ["a kanji 記号 before its number counted with 番", "国保の記号柳町の4417番です。", "柳町"],
      ["the number counted with 番 after a kanji 記号", "国保の記号柳町の4417番です。", "4417"],
    ],
    "health_insurance",
  );
  expectLeftAlone([
    ["a question about the 記号", "国保の記号は何の番号ですか。", "何"],
    ["a form's column and a position", "保険証の記号欄の1番目を見てください。", "1"],
    ["a funeral hall's fee", "葬祭費は会館の使用料5万円に充てられますか。", "5"],
    ["a former insurer's name without a number", "前保険の会社に返却しました。", "会社"],
  ]);
});

describe("fortieth round: Japanese names", () => {
  expectMasked(
    [
      ["an Ibaraki surname in a section's tag", "福祉課（軍司）：承知しました。", "軍司"],
      ["an Ibaraki surname after a company's section", "水戸青果の経理の羽成です。", "羽成"],
      ["a one-kanji Ibaraki surname said alone", "はい、圷です。回覧板の件で。", "圷"],
      ["staff a note assigns after 配置は", "10/9 避難所開設。人員配置は石田、中野。", "中野"],
      ["an officer glued after a topic's は, before が担当", "窓口の案内は石田が担当。", "石田"],
      [
        "an heirs' representative glued before the full name",
        "10/8 税務課。相続人代表村井 和也様（東京）へ送付。",
        "村井 和也",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a welfare commissioner's post before the surname", "民生委員森さんに共有。", "民生委員"],
    ["a public-health nurse's post before the surname", "保健師森さんが訪問。", "保健師"],
    ["the post alone before さん", "民生委員さんに聞いてください。", "民生委員"],
    ["the representative's form", "相続人代表者指定届を送付しました。", "指定届"],
    ["a counter before が担当", "説明は窓口が担当。", "窓口"],
    ["nothing decided after 配置は", "人員配置は未定、調整中。", "未定"],
    ["a district named like a surname", "谷田部にある公園の場所を教えて。", "谷田部"],
    ["a sports ground named after an athlete", "人見絹枝記念陸上競技場の使用料は？", "人見"],
  ]);
});

describe("fortieth round: a chat's officer in romaji", () => {
  expectMasked(
    [
      ["a Chinese section's officer", "居民：请问。\n税务课（Matsuda）：请带护照。", "Matsuda"],
      ["a Japanese section's officer", "住民：質問です。\n福祉課(Kimura):承知しました。", "Kimura"],
      ["a library's officer", "User: Hello.\nLibrary (Nakano): We can renew it.", "Nakano"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a language in a Chinese section's tag", "税务课（English）：请带护照。", "English"],
    ["a library's corner", "Library (Children): Open at 10.", "Children"],
    ["a word that is no surname's romaji", "福祉課(Reception): Wait.", "Reception"],
  ]);
});

describe("fortieth round: Latin names in notes and lists", () => {
  expectMasked(
    [
      [
        "capitals before 様 after a note's corner",
        "10/6 国際交流コーナー。PETERSEN JONAS様 転入。",
        "PETERSEN JONAS",
      ],
      [
        "the next name in capitals before 様",
        "10/6 市民課。PETERSEN JONAS様、PETERSEN ANNA様の転入。",
        "PETERSEN ANNA",
      ],
      [
        "a summary's group of new residents",
        "10/31 Help Desk summary. New residents Ama Boateng, Lars Berg, Siti Rahma Dewi.",
        "Ama Boateng",
      ],
      [
        "the list after the group ending before a semicolon",
        "New residents Ama Boateng, Lars Berg; two cards lost.",
        "Lars Berg",
      ],
      [
        "who reported, in a list ending with a full stop",
        "Lost cards reported by Ivan Petrov, Nguyen Thi Hoa, Pedro Alves. Interpreter: Sato.",
        "Pedro Alves",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a body's letters before 様", "10/6 市民課。NHK TV様より連絡。", "NHK TV"],
    ["an event after the group word", "New residents Welcome Day, Saturday at 10.", "Welcome Day"],
    ["stations after visitors", "Visitors: Tokyo Station, Kyoto Station and more.", "Tokyo"],
    ["a greeting after one name", "Hi, I'm Anna Berg, and Best wishes.", "Best"],
  ]);
});

describe("fortieth round: relatives and callers in other languages", () => {
  expectMasked(
    [
      [
        "a Vietnamese child named at once after the kin word",
        "Tôi là Đỗ Thu Hà. Con tôi Đỗ Minh Khang sinh ngày 02/03/2026.",
        "Đỗ Minh Khang",
      ],
      [
        "a Vietnamese husband before what he suffers",
        "Chồng tôi Lê Quang Hậu bị ốm.",
        "Lê Quang Hậu",
      ],
      [
        "a Tagalog caller after a greeting with si … po",
        "Hello po, si Liza Ramos po. Nawala ko ang card.",
        "Liza Ramos",
      ],
      [
        "a Tagalog child after na si",
        "Ako si Liza Ramos. Ipinanganak ang anak ko na si Miguel kahapon.",
        "Miguel",
      ],
      ["a caller speaking after good morning", "Good morning, Anna Berg speaking.", "Anna Berg"],
      [
        "a deceased mother after the late",
        "I am the daughter of the late Ada Brennan and need her certificate.",
        "Ada Brennan",
      ],
      [
        "an Indonesian wife opening a sentence",
        "Halo, saya Sri Wahyuni. Istri Made baru datang dari Bali.",
        "Made",
      ],
      ["a Chinese form's child field", "姓名：王丽\n孩子：李浩然\n电话：090-0000-0000", "李浩然"],
      ["a Chinese form's husband field", "丈夫：刘建华\n地址：…", "刘建华"],
      [
        "a Tagalog form's child field",
        "Pangalan: Liza Ramos\nAnak: Miguel Ramos\nTelepono: 090-0000-0000",
        "Miguel Ramos",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a Vietnamese city after the kin word", "Con tôi Hà Nội đang học.", "Hà Nội"],
    ["a Tagalog kin word after the greeting", "Hello po, si Lola po ito.", "Lola"],
    ["a Tagalog kin word after ay si", "Ang anak ko ay si Ate ang nag-aalaga.", "Ate"],
    [
      "a country after the Indonesian kin word",
      "Halo, saya Sri. Anak Jepang sekolah di sini.",
      "Jepang",
    ],
    ["a school year in a Chinese form's child field", "孩子：小学二年级\n备注：无", "小学"],
    ["the weekend after a Chinese child field", "孩子：周末在家", "周末"],
    ["none in a Tagalog form's child field", "Anak: Wala\nTelepono: 090-0000-0000", "Wala"],
    ["a holiday after the late", "We met in the late Golden Week rush.", "Golden"],
  ]);
});

describe("fortieth round: secrets, births and passports in other languages", () => {
  expectMasked(
    [["a Vietnamese file's password after a colon", "Mật khẩu tệp đính kèm: lan0712", "lan0712"]],
    "secret",
  );
  expectMasked(
    [
      [
        "an English date in brackets after a deceased's name",
        "I am the daughter of the late Ada Brennan (2 May 1941).",
        "2 May 1941",
      ],
      [
        "an English date in brackets after a son's name",
        "My son is Tom Berg (March 3, 2015), he needs a card.",
        "March 3, 2015",
      ],
      [
        "a Tagalog birth told with noong after who was born",
        "Ipinanganak ang anak ko na si Miguel noong 03/04/2026.",
        "03/04/2026",
      ],
    ],
    "birth_date",
  );
  expectMasked(
    [
      [
        "an Indonesian passport's number said as nomornya",
        "Paspor saya hilang, nomornya B7731024.",
        "B7731024",
      ],
      [
        "a passport's number a clause later",
        "I lost my passport at the station yesterday, the number was B7731024.",
        "B7731024",
      ],
    ],
    "passport",
  );
  expectLeftAlone([
    ["a rule about the password", "Mật khẩu tệp đính kèm: xem email trước", "xem"],
    ["a visit's date in brackets after a name", "Anna Berg (2 May 2026 visit) called.", "2 May"],
    [
      "a visit after noong",
      "Ipinanganak ang anak ko. Pupunta kami noong 03/04/2026.",
      "03/04/2026",
    ],
    [
      "another number named after the passport",
      "I lost my passport, my member number is M7731024.",
      "M7731024",
    ],
    [
      "a phone's number after the passport",
      "Paspor saya hilang, nomor HP saya B7731024",
      "B7731024",
    ],
  ]);
});

describe("fortieth round: addresses", () => {
  expectMasked(
    [
      [
        "a town with の before 塚 after its ward",
        "旧住所：東京都北区梅の塚三丁目4番1号",
        "東京都北区梅の塚三丁目4番1号",
      ],
      [
        "a town with が before 塚 after its city",
        "前住所：花見市梅が塚2丁目1番",
        "花見市梅が塚2丁目1番",
      ],
    ],
    "address",
  );
  expectLeftAlone([["a milestone mound without a city", "一里塚の近くです。", "一里塚"]]);
});
