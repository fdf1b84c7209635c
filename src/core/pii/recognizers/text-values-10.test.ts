import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

/**
 * 2026-12-04 (ninth round): the general causes behind the misses of the development set
 * pii-unseen-7 — addresses led by a prefecture and spaced part by part, kana addresses, a licence
 * label in kana, a household listed kin word by kin word, dotted foreign names after a kin word,
 * a name after a chat's sign-off, Latin names after a role word, an e-mail's owner in brackets,
 * names coordinated across spaces, kana kin words and kana full names. Values of our own.
 */
describe("ninth round (2026-12-04)", () => {
  describe("addresses spaced part by part after a prefecture", () => {
    expectMasked(
      [
        [
          "prefecture, city, town without a suffix, two block numbers",
          "〒371-0844 群馬県 赤城野市 本郷西 4-27 です。",
          "群馬県 赤城野市 本郷西 4-27",
        ],
        [
          "prefecture before a city with ノ",
          "新しい住所は 静岡県 鷹ノ巣市 旭町 3-8-15 です。",
          "静岡県 鷹ノ巣市 旭町 3-8-15",
        ],
        [
          "prefecture, city, ward, town",
          "転出先 宮城県 青葉野市 若林区 荒町南 2丁目 5-9",
          "宮城県 青葉野市 若林区 荒町南 2丁目 5-9",
        ],
        [
          "district, village, 大字 and 字",
          "本籍は 岩手県 北上郡 鹿角村 大字長根 字下田 四十七番地 です。",
          "岩手県 北上郡 鹿角村 大字長根 字下田 四十七番地",
        ],
        [
          "a town named like a landmark (駅前) after the city",
          "〒 860 0805 熊本県 白川野市 駅前北 三丁目 八の二 です",
          "熊本県 白川野市 駅前北 三丁目 八の二",
        ],
        [
          "a building and a floor after the block",
          "〒260-0013 千葉県 稲毛野市 中央東 5-210 サンパレス中央 3F",
          "千葉県 稲毛野市 中央東 5-210 サンパレス中央 3F",
        ],
        [
          "a Kyoto address spaced",
          "京都府 桂川野市 堀川通松原下ル 藤木町 218",
          "京都府 桂川野市 堀川通松原下ル 藤木町 218",
        ],
        [
          "a pause after 番地の",
          "住所は、ええと、柏木の三丁目の、八番地の、四です。",
          "柏木の三丁目の、八番地の、四",
        ],
      ],
      "address",
    );
    expectLeftAlone([
      ["a prefecture and a date", "埼玉県 大会は 4-12 日程です", "埼玉県"],
      ["an office after a city", "千葉県 稲毛野市 役所の 2-3 番窓口", "稲毛野市"],
      ["a score after a prefecture", "静岡県 代表が 3-1 で勝ちました", "静岡県"],
    ]);
  });

  describe("addresses said in kana", () => {
    expectMasked(
      [
        [
          "さん inside a kana block number is no honorific",
          "住所はみどりだい さんちょうめ にじゅうさんの よん です",
          "みどりだい さんちょうめ にじゅうさんの よん",
        ],
        [
          "a town ending in a direction",
          "住所は、ええと、ときわにし にちょうめ ごの じゅうはち、です。",
          "ときわにし にちょうめ ごの じゅうはち",
        ],
        [
          "a ward said in kana",
          "じゅうしょは なぎさく ひばりちょう さんの ろくの にじゅう",
          "なぎさく ひばりちょう さんの ろくの にじゅう",
        ],
      ],
      "address",
    );
    expectLeftAlone([
      ["a kana name with さん", "となりの たなか じゅんさんが 来ました", "ちょうめ"],
      ["a direction word and a count", "きた に ごの 車が 止まってる", "きた"],
    ]);
  });

  describe("a licence label said in kana", () => {
    expectMasked(
      [
        [
          "めんきょ before the number",
          "うんてんめんきょの ばんごう は 452019833710 です",
          "452019833710",
        ],
      ],
      "drivers_license",
    );
    expectLeftAlone([
      [
        "a licence and an order number",
        "めんきょ の 更新 で 受付番号 452019833710 です",
        "452019833710",
      ],
    ]);
  });

  describe("a household listed kin word by kin word", () => {
    expectMasked(
      [
        ["a spouse spaced off the name", "世帯主 森本 浩二、妻 恵美、長男 翔太", "恵美"],
        ["the eldest son", "世帯主 森本 浩二、妻 恵美、長男 翔太", "翔太"],
        [
          "a dotted foreign name after a kin word",
          "子の氏名 チェ・ユナ、母 チェ・スンヒ",
          "チェ・スンヒ",
        ],
        [
          "a dotted name after の and a space",
          "受取人は夫の ガルシア・ルイス です。",
          "ガルシア・ルイス",
        ],
        [
          "a dotted name before a spaced が",
          "娘の エマ・ウィルソン が 9歳です",
          "エマ・ウィルソン",
        ],
      ],
      "person_name",
    );
    expectLeftAlone([
      ["a kin word before paperwork", "長男 大学進学のため転出", "大学進学"],
      ["a kin word before a state", "父 死亡、母 入院中", "入院中"],
      ["a kin word before a job", "妻 パート勤務", "パート"],
      ["a kin word before a care level", "母 要介護2", "要介護"],
      ["a kin word before a school", "長女 高校入学", "高校入学"],
    ]);
  });

  describe("a name after a chat's sign-off", () => {
    expectMasked(
      [
        [
          "after よろしくお願いします",
          "転入の手続きについて質問です。よろしくお願いします。関根",
          "関根",
        ],
        [
          "after よろしくお願いいたします",
          "資料を送ってください。よろしくお願いいたします。小野寺",
          "小野寺",
        ],
      ],
      "person_name",
    );
    expectLeftAlone([
      ["a closing word", "書類を送ってください。よろしくお願いします。以上", "以上"],
      ["an office", "回答をお待ちしています。よろしくお願いします。市民課", "市民課"],
    ]);
  });

  describe("Latin names after a role word", () => {
    expectMasked(
      [
        ["after 本人", "住民票の写し 本人 Pham Minh Chau の1通", "Pham Minh Chau"],
        ["after 世帯員", "本人 Olivia Brown、世帯員 Noah Brown の2名分", "Noah Brown"],
        ["after 受取人は", "受取人は Carlos Mendes です", "Carlos Mendes"],
      ],
      "person_name",
    );
    expectLeftAlone([
      ["a card's name", "本人 My Number Card を持参", "Number"],
      ["a single English word", "本人 Tokyo 在住です", "Tokyo"],
      ["a document's name", "本人確認書類 Passport Card", "Passport"],
    ]);
  });

  describe("an e-mail's owner in brackets", () => {
    expectMasked(
      [
        ["a surname", "返信先：k.hino@example.com（日野）", "日野"],
        ["a spaced bracket", "連絡は m-ota@example.com (太田) まで", "太田"],
      ],
      "person_name",
    );
    expectLeftAlone([
      ["the kind of address", "kmori@example.com（自宅）", "自宅"],
      ["a phone kind", "kmori@example.com（携帯）", "携帯"],
      ["a role", "連絡は info@example.com（代表）まで", "代表"],
    ]);
  });

  describe("names coordinated across spaces, kana kin words, kana full names", () => {
    expectMasked(
      [
        ["the second of two spaced names", "子どもは 悠真 と 結衣 の二人です", "結衣"],
        ["kana full name before の ははです", "えっと まつだ けいこ の ははです", "まつだ けいこ"],
        ["kana full name before の ちちです", "あの いしだ ゆうき の ちちです", "いしだ ゆうき"],
        [
          "a kana surname said again with a listed given name",
          "はい もりかわ です えー もりかわ まこと 国保の件で",
          "もりかわ まこと",
        ],
      ],
      "person_name",
    );
    expectLeftAlone([
      ["a spaced と before an ordinary word", "妻の 由香 と 市役所 に行きます", "市役所"],
      ["a spaced と before a verb phrase", "息子の 翔太 と 一緒に 来ます", "一緒"],
      ["a kana word after a kana name", "はい さとう です それ から ほけん の", "それ"],
    ]);
  });
});
