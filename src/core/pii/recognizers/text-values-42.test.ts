/**
 * Thirty-seventh round: classes of pii-unseen-35's misses, in sentences of our own, and look-alikes
 * that must stay as they are. Every name, number and place is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("thirty-seventh round: surnames of Kagoshima and variant spellings", () => {
  expectMasked(
    [
      ["a Kagoshima surname before an age", "3/5 寺園 ミネ（81）より灯油の相談。", "寺園 ミネ"],
      ["a Kagoshima surname in an officer's bracket", "市民課（持留）：確認いたします。", "持留"],
      ["a province's name as a surname", "3/8 谷口町 肥後 芳則 方 雨漏りの相談。", "肥後 芳則"],
      ["a district's name in a desk's tag", "税務課（新地）：承知しました。", "新地"],
      ["a Kagoshima surname after 担当", "次回は来週。担当尾辻。", "尾辻"],
      ["a variant 濵 in a note", "3/2 濵口 トメ（88）より見守りの依頼。", "濵口 トメ"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a province", "肥後の国の歴史を調べています。", "肥後"],
    ["a district", "新地に新しいお店ができました。", "新地"],
    ["a station", "帖佐駅で降ります。", "帖佐"],
  ]);
});

describe("thirty-seventh round: Latin names in a Japanese note", () => {
  expectMasked(
    [
      ["a doctor after the post", "3/4 研修医 Oliver Grant 転入届受付。", "Oliver Grant"],
      ["a nurse after the post", "3/6 看護師 Sofia Marquez 住民登録。", "Sofia Marquez"],
      ["capitals before a registration", "3/9 相談 TRAN MINH KHOA 出生届。", "TRAN MINH KHOA"],
      ["Vietnamese capitals with marks", "連絡票 ĐỖ THỊ MAIの保険証を再発行。", "ĐỖ THỊ MAI"],
      ["a call's entry in English", "Phone call: Grace Lin, asked about the card.", "Grace Lin"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a course after a teacher", "講師 English Conversation 教室のご案内", "English Conversation"],
    ["a card's words before a registration", "3/9 相談 ATM CARD 紛失届", "ATM CARD"],
    ["a street in capitals", "住所 ĐƯỜNG LÊ VĂN SỸ 12", "LÊ VĂN SỸ"],
    ["an office after a call", "Call: Tax Division, ok", "Tax Division"],
  ]);
});

describe("thirty-seventh round: addresses", () => {
  expectMasked(
    [
      [
        "an Indonesian room and building before the block",
        "Alamat: Kamar 3, Sakura Foods Asrama, 5-2 Minato-machi, Kiri-ku",
        "Kamar 3, Sakura Foods Asrama, 5-2 Minato-machi, Kiri-ku",
      ],
      [
        "an Indonesian room before the lot",
        "Alamat baru saya Kamar 8, Hotel Yukimi Staff House, 482 Hoshino Daira, Kiri-ku.",
        "Kamar 8, Hotel Yukimi Staff House, 482 Hoshino Daira, Kiri-ku",
      ],
      [
        "an Irish Eircode",
        "My next address is 22 Quay Street, Cork T12 X8Y4.",
        "22 Quay Street, Cork T12 X8Y4",
      ],
      [
        "a British postcode",
        "Forwarding: 3 Mill Lane, Leeds LS1 4AP, thanks",
        "3 Mill Lane, Leeds LS1 4AP",
      ],
      [
        "a town in hiragana before the block",
        "旧住所：福岡県北九州市ひびきの5丁目2番8号",
        "福岡県北九州市ひびきの5丁目2番8号",
      ],
      [
        "a dormitory after the lot, then a particle",
        "住民登録を桜町4番地2 東洋水産桜町寮で受付。",
        "桜町4番地2 東洋水産桜町寮",
      ],
    ],
    "address",
  );
  expectLeftAlone([
    ["a room without an address", "Kamar 5, Hotel Sakura sudah penuh.", "Kamar 5"],
    ["a street without its postcode", "We met at 14 Dunmore Road, Galway in 2019.", "Dunmore"],
    ["a particle after the ward", "住所は中央区では3丁目6番11号です", "では"],
    ["a postposition after the ward", "新宿区から3丁目6番まで歩きます", "から"],
    ["a place after the lot, then a particle", "住所は港町1丁目5番 東京で働いてます", "東京"],
  ]);
});

describe("thirty-seventh round: a city-wide 国保 記号 in kanji", () => {
  expectMasked(
    [
      [
        "the 記号 far after 国保 in a note",
        "3/13 国保加入 事前相談 柴 一（59） 生年月日昭和41年3月25日 住所桜町5番地18。記号汐国 番号2291。",
        "汐国",
      ],
      [
        "the 記号 and the 番号 joined by a hyphen",
        "[国保 記号番号 確認]\n氏名：柴 一\n記号番号：汐国－2291",
        "汐国－2291",
      ],
    ],
    "health_insurance",
  );
  expectLeftAlone([
    ["a ゆうちょ label", "[ゆうちょ 記号番号]\n記号番号：汐国－2291", "汐国"],
    ["no insurance word", "住所変更の手続き。記号 汐国 番号 2291。", "汐国"],
  ]);
});

describe("thirty-seventh round: names glued after a role word", () => {
  expectMasked(
    [
      ["a company's officer", "3/17 住所変更 寮。会社担当宮原。", "宮原"],
      ["the owner of a found thing", "3/19 拾得の鍵 持ち主吉村に連絡済。", "吉村"],
      ["an interpreter in katakana", "3/10 相談 妊娠届。通訳グエン。", "グエン"],
      ["an interpreter after は", "通訳はチャンです。", "チャン"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["an owner unknown", "持ち主不明の傘があります。", "不明"],
    ["the owner himself", "持主本人に返却しました。", "本人"],
    ["an interpreting app", "通訳アプリを使います。", "アプリ"],
    ["a volunteer interpreter", "通訳ボランティアが来ます。", "ボランティア"],
    ["a company's section", "会社担当部署に確認します。", "部署"],
  ]);
});

describe("thirty-seventh round: a form's stall holder or donor", () => {
  expectMasked(
    [
      ["a festival's stall holder", "[夏まつり 出店]\n出店者：北原 雄馬\n電話：", "北原 雄馬"],
      ["a donor", "寄附者：吉田 一馬\n返礼品：梨", "吉田 一馬"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["many stall holders", "出店者が多いです。", "多い"],
    ["a count of applicants", "応募者は100名でした。", "100名"],
  ]);
});

describe("thirty-seventh round: names in a note's brackets and a relative introduced", () => {
  expectMasked(
    [
      ["a nationality in the bracket", "3/6 旅券紛失の相談 張 敏（中国籍） 警察へ案内。", "張 敏"],
      [
        "an unlisted surname before an age",
        "3/17 見守り登録 下園田 ハル（81） 連絡先",
        "下園田 ハル",
      ],
      ["the household cared for", "3/6 国際交流 ペルー出身 ロサ（吉村方） 教室を紹介。", "吉村"],
      [
        "the person before the household",
        "3/6 国際交流 ペルー出身 ロサ（吉村方） 教室を紹介。",
        "ロサ",
      ],
      [
        "a relative introduced by where she comes from",
        "息子の嫁がベトナムの人で、リンっていうんですけど、教室はありますか。",
        "リン",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a place before an age", "3/17 見守り 白砂町 ハイツ（74）", "ハイツ"],
    ["our side in brackets", "サービス（当方）負担です。", "当方"],
    ["a word after where it comes from", "娘がブラジルの人で、リハビリっていうのを", "リハビリ"],
    ["the Indonesian I", "Saya Dewi Rahayu, paspor saya C7135092. Saya hilang kartu.", "Saya"],
  ]);
});

describe("thirty-seventh round: a card number glued after カード", () => {
  expectMasked(
    [
      [
        "four groups of four digits",
        "祭りの出店料、カード3529-8455-0308-9017で払ったけど二重に引かれとる。",
        "3529-8455-0308-9017",
      ],
    ],
    "credit_card",
  );
  expectMasked(
    [["a room as a fourth group", "住所は緑町6-3-1-1203です", "緑町6-3-1-1203"]],
    "address",
  );
});

describe("thirty-seventh round, earlier classes: relatives named by the caller", () => {
  expectMasked(
    [
      [
        "a katakana name glued after a particle",
        "夏休みにマテウスっていう孫が来ます。",
        "マテウス",
      ],
      ["a glued full name after a kin word", "娘は石田ゆずで、小学三年です。", "石田ゆず"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a postposition after the surname", "母は中川からです。", "から"],
    ["an honorific after the surname", "娘は田中さんと遊んだ。", "さん"],
    ["a verb after the surname", "父は森いないです。", "いない"],
  ]);
});

describe("thirty-seventh round, earlier classes: a head named after the title", () => {
  expectMasked(
    [
      ["a glued full name after a chairman", "3/2 実行委員長中川正樹に連絡済み。", "中川正樹"],
      ["a surname after a president and の", "会長の小野寺からも一言あります。", "小野寺"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a place after the title", "社長の長野から戻りました。", "長野"],
    ["a greeting after the title", "会長の挨拶がありました。", "挨拶"],
    ["a decision after the title", "理事長の判断に任せます。", "判断"],
  ]);
});

describe("thirty-seventh round, earlier classes: the house and the flat joined by a dash", () => {
  expectMasked(
    [
      [
        "号 after the flat",
        "住所：大阪府堺市中区深井7丁目12番3-1204号\n本籍：",
        "7丁目12番3-1204号",
      ],
    ],
    "address",
  );
  expectLeftAlone([["a count after the address", "3丁目5番までの12号線", "12号線"]]);
});

describe("thirty-seventh round, earlier classes: a club's member", () => {
  expectMasked(
    [
      ["a place-name surname after a club", "太鼓保存会の諏訪です。練習の件で。", "諏訪"],
      ["a glued surname before a given name", "3/4 婦人会宮島ゆかり様 和室使用許可。", "宮島"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a post after a club", "町内会の会長です。", "会長"],
    ["the members of a club", "老人会の皆さんです。", "皆さん"],
  ]);
});
