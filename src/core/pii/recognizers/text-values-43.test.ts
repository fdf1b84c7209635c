/**
 * Thirty-eighth round: classes of pii-unseen-36's misses, in sentences of our own, and look-alikes
 * that must stay as they are. Every name, number and place is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("thirty-eighth round: Latin names", () => {
  expectMasked(
    [
      ["a desk's officer, the desk in lower case", "Help desk (Ota): We can help.", "Ota"],
      ["a corner's officer", "Tax corner (Ishida): Please bring it.", "Ishida"],
      [
        "a Tagalog call opened by Si",
        "Si Rowelyn Macaraeg po ito. May tanong po.",
        "Rowelyn Macaraeg",
      ],
      [
        "a language teacher's post glued",
        "6/2 転出相談：ALTOliver Grant、7月帰国。",
        "Oliver Grant",
      ],
      ["an exchange coordinator's post", "6/4 CIR Nadia Kowalski が来庁。", "Nadia Kowalski"],
      [
        "a family's next name after a body's letters",
        "6/1 来庁 PEDRO ALVES、ANA ALVES。",
        "ANA ALVES",
      ],
      [
        "capitals after a note's heading",
        "6/3 旅券紛失の相談：BUI VAN LONG、旅券再発行。",
        "BUI VAN LONG",
      ],
      ["capitals after a short heading", "6/5 国保加入：SOUZA LUCAS、保険証交付。", "SOUZA LUCAS"],
      ["a note's desk entry", "6/8 Tax counter: Daniel Osei, asked about the form.", "Daniel Osei"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["an office's field in brackets", "Ward office (Tourism): Thank you!", "Tourism"],
    ["a language after a corner", "Tea corner (English): open at ten", "English"],
    ["a Tagalog question about someone", "Si Maria ba ito?", "Maria"],
    ["a Tagalog kin word calling", "Si Tatay po ito, tanong ko lang po.", "Tatay"],
    ["a Tagalog kin word after si", "Hello po, si Lola po ito.", "Lola"],
    ["a word glued after a post", "ALT English Club の案内", "English Club"],
    ["letters that end a longer word", "SALTHannah Lee", "Hannah Lee"],
    ["a body's letters in a list", "6/1 来庁 PEDRO ALVES、ANA BUS。", "ANA BUS"],
    ["a station after a heading", "6/2 利用案内：TOKYO STATION、", "TOKYO STATION"],
    ["a card's words after a heading", "6/2 窓口：MY NUMBER CARD、", "MY NUMBER CARD"],
    ["capitals after a heading outside a note", "外国人相談：LE THI MAI、妊娠届", "LE THI MAI"],
    ["a romaji hall after a desk", "Information desk: Hanano Kaikan, 3F", "Hanano Kaikan"],
    ["a polite request after a desk", "Help desk: Please Call Us", "Please Call Us"],
  ]);
});

describe("thirty-eighth round: addresses in Latin letters", () => {
  expectMasked(
    [
      [
        "an Indonesian room in a numbered dormitory",
        "Alamat: Kamar 12, Asrama Hoshi 3, 2-4-6 Kawabe-machi, Kiri-ku",
        "Kamar 12, Asrama Hoshi 3, 2-4-6 Kawabe-machi, Kiri-ku",
      ],
      [
        "a Portuguese room in a dormitory with a mark",
        "Endereço: Quarto 8, Dormitório 1, 3-1-9 Kawabe-machi, Kiri-ku",
        "Quarto 8, Dormitório 1, 3-1-9 Kawabe-machi, Kiri-ku",
      ],
      [
        "a Vietnamese room in a dormitory named in lower case",
        "Địa chỉ: Phòng 5, Ký túc xá số 1, 3-1-9 Kawabe-machi, Kiri-ku.",
        "Phòng 5, Ký túc xá số 1, 3-1-9 Kawabe-machi, Kiri-ku",
      ],
      [
        "a numbered dormitory before a lot",
        "Alamat: Kamar 8, Asrama Hoshi 2, 482 Hoshino Daira, Kiri-ku.",
        "Kamar 8, Asrama Hoshi 2, 482 Hoshino Daira, Kiri-ku",
      ],
      [
        "an Australian unit before the house number",
        "Old address: 4/117 Harbour Road, Manly NSW 2095",
        "4/117 Harbour Road, Manly NSW 2095",
      ],
    ],
    "address",
  );
  expectLeftAlone([
    ["a sentence after a room", "Room 5, see you at 2-3-4 Sakuragidai", "Room 5"],
    ["a street without a postcode", "We met at 4/117 Harbour Road, Manly.", "Harbour Road"],
  ]);
});

describe("thirty-eighth round: Japanese names after a post or a section", () => {
  expectMasked(
    [
      ["a welfare commissioner's visit glued", "6/2 民生委員松尾訪問予定6/4。", "松尾"],
      ["a welfare commissioner before へ", "6/3 情報は民生委員松尾へ連絡済み。", "松尾"],
      ["a company's section before より", "6/5 山北製作所 人事藤井より転入者の一覧。", "藤井"],
      [
        "a district's head glued, a full name spaced",
        "6/8 奥下沢区長村田 博之より要望。",
        "村田 博之",
      ],
      ["a district's head glued, a surname", "6/9 北町区長村田より回覧の件。", "村田"],
      ["an interpreter with the language", "中国語通訳チャン（派遣）同席。", "チャン"],
      ["a worker with the nationality", "6/7 ベトナム人実習生ブイの保険の件。", "ブイ"],
      ["a worker's Vietnamese surname", "6/7 社員ダンが来庁。", "ダン"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a visit without a name", "民生委員訪問予定", "訪問"],
    ["a section's office", "総務課より連絡があります。", "総務課"],
    ["a section's head", "人事部長より説明します。", "人事部長"],
    ["business hours", "営業時間より早く来ました。", "営業時間"],
    ["a meeting of district heads", "区長会議より報告", "区長会議"],
    ["a ward mayor's election", "花野区長選挙から一年", "選挙"],
    ["a staff card", "社員カードの再発行", "カード"],
    ["a trainees' dance", "研修生ダンスの発表会", "ダンス"],
    ["a maker's name before さん", "4月から文明堂さんに勤めています。", "文明堂"],
    ["a shop before さん", "山田商店さんに頼みました。", "山田商店"],
  ]);
  expectMasked(
    [["a two-kanji surname ending in 堂", "新堂さんに電話しました。", "新堂"]],
    "person_name",
  );
});

describe("thirty-eighth round: a passport's new number and a Vietnamese password", () => {
  expectMasked(
    [
      [
        "a passport's number said as the new one",
        "I renewed my passport in Delhi last month and the new number is K5302917.",
        "K5302917",
      ],
      [
        "a passport's number said as now",
        "The passport got replaced, so the number is now P7719204, right?",
        "P7719204",
      ],
    ],
    "passport",
  );
  expectMasked(
    [
      [
        "a Vietnamese password with whose",
        "Mật khẩu của tôi là hoa2024x nhưng bị khóa.",
        "hoa2024x",
      ],
      ["a Vietnamese PIN with which card", "Mã PIN của thẻ ngân hàng là 8315 ạ.", "8315"],
    ],
    "secret",
  );
  expectLeftAlone([
    [
      "another number after the passport",
      "My passport was stolen at the station, my member ID is now M4452190.",
      "M4452190",
    ],
    ["a Vietnamese rule of digits", "Mật khẩu là 4 chữ số phải không?", "4"],
    ["a Vietnamese question", "Mật khẩu của em là gì ạ?", "gì"],
  ]);
});

describe("thirty-eighth round, earlier classes: a kin word glued to the relative's name", () => {
  expectMasked(
    [
      ["a listed surname and a kana given name", "来月から、母松田ゆきが同居します。", "松田ゆき"],
      ["a katakana name before an age", "。長男マテウス（8）が転校します。", "マテウス"],
      [
        "a katakana name before a nationality",
        "ペルー在住の孫ルシア（日本国籍）が来日。",
        "ルシア",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a compound after the kin word", "母子手帳をもらいました。", "母子手帳"],
    ["a thing before a bracket", "母パソコン（中古）を譲ります。", "パソコン"],
    ["a thing before a price", "孫ランドセル（3万円）を買いました。", "ランドセル"],
    ["a verb after a surname", "娘森いないです", "森"],
  ]);
});

describe("thirty-eighth round, earlier classes: digits of other scripts", () => {
  expectMasked(
    [["a phone in Devanagari digits", "मेरो फोन ०७०-४१२५-९३८६ हो।", "०७०-४१२५-९३८६"]],
    "phone",
  );
});

describe("thirty-eighth round, earlier classes: a surname read more than one way", () => {
  expectMasked(
    [
      [
        "伊達 read いだて before the kanji",
        "はい、いだて、伊達 サダオです。国保の件で。",
        "いだて",
      ],
      ["河野 read かわの before the kanji", "もしもし。かわの、河野 ヨシエです。", "かわの"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a word that starts with the reading", "伊達 サダオです。いだてんを見ました。", "いだてん"],
    [
      "another reading said to be wrong",
      "菅野 はるみです。かんの じゃ なくて すがのです。",
      "かんの",
    ],
  ]);
});

describe("thirty-eighth round, earlier classes: addresses in Hangul and Devanagari", () => {
  expectMasked(
    [
      [
        "a Korean town before the block",
        "제 주소는 미나토구 하나조노 3-8-12입니다.",
        "하나조노 3-8-12",
      ],
      [
        "a Nepali town with Devanagari digits",
        "नयाँ ठेगाना: मिनातो वार्ड, हानाजोनो ३-८-१२",
        "हानाजोनो ३-८-१२",
      ],
    ],
    "address",
  );
  expectLeftAlone([
    ["a page range after the label", "주소는 2-3 페이지에 있어요", "2-3"],
    ["a count of days after the label", "주소 변경은 3-4일 걸립니다", "3-4"],
    ["the Korean ward said first", "제 주소는 미나토구 하나조노 3-8-12입니다.", "미나토구"],
    ["the Nepali ward said first", "नयाँ ठेगाना: मिनातो वार्ड, हानाजोनो ३-८-१२", "मिनातो वार्ड"],
  ]);
});

describe("thirty-eighth round, earlier classes: an older man's numbered given name in a kin bracket", () => {
  expectMasked(
    [
      ["a grandfather's name ending in 三", "おじいちゃん（源三）が一人で住んでいます。", "源三"],
      ["a father's name ending in 二", "父（正二）の介護保険の件です。", "正二"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a word ending in a numeral", "長男（唯一）の相続人です。", "唯一"],
    ["an ordinal", "祖父（第三）", "第三"],
  ]);
});
