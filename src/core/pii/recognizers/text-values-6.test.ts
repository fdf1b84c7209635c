import { findTypes } from "./test-helpers";

type Row = readonly [label: string, text: string, value: string];

function expectMasked(rows: readonly Row[], type: string): void {
  it.each(rows)(`should mask %s as ${type}`, (_label, text, value) => {
    expect(findTypes(text)).toContainEqual({ type, text: value });
  });
}

function expectLeftAlone(rows: readonly Row[]): void {
  it.each(rows)("should leave %s alone", (_label, text, value) => {
    const covered = findTypes(text).map((found) => found.text);
    expect(covered.filter((found) => found.includes(value) || value.includes(found))).toEqual([]);
  });
}

/** 2026-12-03 (fifth round): the families of the fourth blind set's misses, with values of our own. */
describe("families of the fourth blind set (2026-12-03)", () => {
  describe("full names written with a space and no cue", () => {
    expectMasked(
      [
        [
          "a listed surname and a given-name-shaped word",
          "引っ越しました。新井 美咲、連絡先は",
          "新井 美咲",
        ],
        [
          "a listed surname and a two-kanji given name",
          "会社を辞めました。鶴田 正和、昭和50年生まれです",
          "鶴田 正和",
        ],
        [
          "an unlisted surname-shaped word and a listed given name",
          "宛先は柿沼 誠でお願いします",
          "柿沼 誠",
        ],
        ["a surname and a katakana given name", "母の杉田 ツル子が出ます", "杉田 ツル子"],
        ["a katakana surname and a kanji given name", "スミス 花子です", "スミス 花子"],
        [
          "a foreign surname before a kanji given name",
          "ロドリゲス 優子さんの件です",
          "ロドリゲス 優子",
        ],
        ["a name before 名義", "父の坂本 義男名義の口座です", "坂本 義男"],
      ],
      "person_name",
    );
    expectLeftAlone([
      ["words of a form", "住所 変更の手続きです", "住所 変更"],
      ["a company and its office", "東京 本社に勤めています", "東京 本社"],
      ["a surname and a title", "山田 課長に聞いてください", "課長"],
      ["a surname and a role", "大野 主任から連絡がありました", "主任"],
      ["an era and a year", "平成 元年生まれです", "元年"],
      ["a park", "中央 公園で待ってます", "中央 公園"],
      ["a surname and a shop", "岡田 商店で買いました", "商店"],
      ["a castle", "松本 城を見に行きます", "松本 城"],
      ["a surname before a hotel", "田中 ホテルに泊まります", "ホテル"],
      ["a surname before a building", "山田 ビルの3階です", "ビル"],
      ["a building word before a given name", "マンション 美咲の2階です", "マンション"],
      ["a place and a ward office", "戸畑 区役所に行きます", "戸畑"],
    ]);
  });

  describe("a found name continued over a space", () => {
    expectMasked(
      [
        ["a listed katakana given name", "祖母の中川 ウメの件で", "中川 ウメ"],
        ["two katakana letters after a listed surname", "大叔母の西田 サダの年金です", "西田 サダ"],
        ["a kanji given name before 名義", "亡くなった祖父の北村 清司名義の土地", "北村 清司"],
      ],
      "person_name",
    );
  });

  describe("relatives named after は, given names ending in 人 or 月", () => {
    expectMasked(
      [
        ["a son's name ending in 人", "長男は陽人、小学生です", "陽人"],
        ["a daughter's name ending in 月", "娘は葉月、今年で5歳です", "葉月"],
        ["うちの子は", "うちの子は湊です", "湊"],
        ["an older given name", "母の貞江のことで", "貞江"],
        ["a one-kanji given name listed after another", "子どもは蓮と碧です", "碧"],
      ],
      "person_name",
    );
    expectLeftAlone([
      ["a grown-up", "息子は成人しています", "成人"],
      ["next month", "娘は来月から保育園です", "来月"],
      ["a count", "子どもは二人います", "二人"],
      ["New Year", "母は正月に来ます", "正月"],
      ["an adult", "夫は大人なので", "大人"],
      ["a month of birth", "子どもは三月生まれです", "三月"],
      ["half a month", "娘は半月ほど入院しました", "半月"],
      ["a school year", "うちの子は小学生です", "小学生"],
      ["a school year after a name", "息子は陽人、小学生です", "小学生"],
      ["a role with 人", "申請者は父、代理人が私です", "代理人"],
      ["a place after a list", "娘の結衣と海へ行きました", "海"],
    ]);
  });

  describe("labels for the person a procedure is about", () => {
    expectMasked(
      [
        ["受給者", "受給者は前川 のぞみです", "前川 のぞみ"],
        ["飼い主", "飼い主は坂田です", "坂田"],
        ["所有者", "所有者は亡くなった祖父の大西 清です", "大西 清"],
        ["相続人", "相続人は長女の三浦 由紀です", "三浦 由紀"],
        ["a form field with 欄", "フリガナ欄はヤマグチで書きました", "ヤマグチ"],
      ],
      "person_name",
    );
    expectLeftAlone([
      ["the caller", "飼い主は私です", "私"],
      ["a question", "受給者は誰になりますか", "誰"],
      ["unknown", "所有者は不明です", "不明"],
      ["a count", "相続人は二人です", "二人"],
      ["an empty field", "氏名欄は空欄でいいですか", "空欄"],
      ["a cat's name", "猫の登録で、名前はタマです", "タマ"],
      ["a dog's name", "犬を飼い始めました。名前はコロです", "コロ"],
    ]);

    it("should still mask a listed person's name after a pet is mentioned", () => {
      expect(findTypes("犬の件で、名前は佐藤です")).toContainEqual({
        type: "person_name",
        text: "佐藤",
      });
    });
  });

  describe("self-introductions after a verb clause or a correction", () => {
    expectMasked(
      [
        ["after a verb in the past", "昨日申し込んだ高田ですけど", "高田"],
        ["an unlisted name after contacting the office", "さっきメールした木島です", "木島"],
        ["a one-kanji surname after a call", "先ほど電話した森です", "森"],
        ["after ている", "番号札を持っている岡本です", "岡本"],
        ["the name taken back", "高田…いや高畑です", "高田"],
        ["the name said instead", "高田…いや高畑です", "高畑"],
        ["after じゃなくて", "高橋、じゃなくて高畑です", "高畑"],
      ],
      "person_name",
    );
    expectLeftAlone([
      ["papers", "昨日届いた書類です", "書類"],
      ["a matter", "さっき電話した件です", "件"],
      ["a card", "持ってる保険証です", "保険証"],
      ["the content", "問い合わせた内容です", "内容"],
      ["the reason", "相談した理由です", "理由"],
      ["a result", "申請した結果です", "結果"],
      ["a place lived in", "前に住んでいた中野です", "中野"],
      ["a place gone to", "昨日行った上野です", "上野"],
      ["a day taken back", "昨日…いや今日です", "昨日"],
      ["a reply", "いや、大丈夫です", "大丈夫"],
    ]);
  });

  describe("names read, spelled or quoted", () => {
    expectMasked(
      [
        ["a one-kanji surname and 読みは", "杠です、読みはゆずりは", "杠"],
        ["the reading after 読みは", "杠です、読みはゆずりは", "ゆずりは"],
        ["a given name and って読みます", "娘の結月、ゆづきって読みます", "結月"],
        ["the reading before って読みます", "娘の結月、ゆづきって読みます", "ゆづき"],
        ["漢字は, the name, its reading", "漢字は東海林、しょうじです", "東海林"],
        ["a katakana reading with ・", "名前は朴 恩恵、読みはパク・ウネです", "パク・ウネ"],
        [
          "the kanji of a name spelled before",
          "フリガナはサイオンジです。漢字は西園寺って書きます",
          "西園寺",
        ],
        ["a name quoted at the end", "名前の欄に書くんですよね、木下って", "木下"],
        ["a foreign full name joined by ・", "私、マリア・ゴンザレスです", "マリア・ゴンザレス"],
        [
          "a katakana pair with a foreign surname",
          "申請書にはスミス ジョンと書きました",
          "スミス ジョン",
        ],
        [
          "a hiragana full name after ひらがなで",
          "ひらがなでいとう かおりと書きます",
          "いとう かおり",
        ],
        [
          "any fitting furigana of a name found by a label",
          "氏名:森下 悠(もりした はるか)",
          "森下 悠(もりした はるか)",
        ],
        [
          "a name an e-mail address is built from",
          "メールはh.kobayashi@example.jp、こばやしのhです",
          "こばやし",
        ],
      ],
      "person_name",
    );
    expectLeftAlone([
      ["a town and its reading", "住所は桜台、読みはさくらだいです", "桜台"],
      ["a form and its reading", "申請書、しんせいしょと読みます", "申請書"],
      ["a question about a reading", "この地名、なんと読みますか", "地名"],
      ["a word quoted after a name topic", "名前も書くんですか、全部って", "全部"],
      ["a working holiday", "私、ワーキング・ホリデーで来ています", "ワーキング"],
      ["a copula after a kana surname", "ひらがなであべ ですね", "ですね"],
      ["a reading of an ordinary word", "電話(でんわ)でお願いします", "でんわ"],
    ]);
  });

  describe("addresses", () => {
    expectMasked(
      [
        [
          "a kana town and kana block numbers",
          "住所は、ひがしまち、さんちょうめ、にのご です",
          "ひがしまち、さんちょうめ、にのご",
        ],
        ["a kanji town and kana numbers", "住所は本町、いちのにのさん", "本町、いちのにのさん"],
        [
          "a kana town read back without a cue",
          "さくらちょう、よんちょうめ、じゅうごばん、さんごうですね",
          "さくらちょう、よんちょうめ、じゅうごばん、さんごう",
        ],
        [
          "a Kyoto direction and a lot number",
          "京都市北区桐野通柿原下ル竹葉町38に住んでいます",
          "京都市北区桐野通柿原下ル竹葉町38",
        ],
        [
          "a building name with no room",
          "住所は青葉台3-2-1 メゾン青葉、です",
          "青葉台3-2-1 メゾン青葉",
        ],
        ["a building after a label", "住所は青葉1-2-3、マンション名はルネ若葉台です", "ルネ若葉台"],
        [
          "a building and its room after a label",
          "住所は緑町4番地の2です、アパートはコーポ若竹 1F-C",
          "コーポ若竹 1F-C",
        ],
        [
          "a direction after 丁目",
          "郵便番号060-0042の北区栄通7丁目南2-8です",
          "北区栄通7丁目南2-8",
        ],
      ],
      "address",
    );
    expectLeftAlone([
      ["a floor", "中央町の、にかいです", "にかい"],
      ["counter numbers", "窓口は、にばん、さんばんです", "にばん"],
      ["a count of people", "さんにんです、よんにんかな", "さんにん"],
      ["what a building has", "住所は青葉1-2-3、マンションはオートロックです", "オートロック"],
      [
        "a post office's block without a town",
        "ゆうびんきょくは、にちょうめ、さんばんちです",
        "にちょうめ",
      ],
    ]);
  });

  describe("dates of birth without a birth word", () => {
    expectMasked(
      [
        ["with ・ between the parts", "S58・7・14生まれです", "S58・7・14"],
        [
          "the same day in both calendars (western)",
          "1985年4月3日、昭和60年4月3日です",
          "1985年4月3日",
        ],
        [
          "the same day in both calendars (era)",
          "1985年4月3日、昭和60年4月3日です",
          "昭和60年4月3日",
        ],
        [
          "a past-era date as the whole answer",
          "はい、昭和三十年の五月五日です",
          "昭和三十年の五月五日",
        ],
        ["after a filler", "えっと、平成十年の四月一日です", "平成十年の四月一日"],
      ],
      "birth_date",
    );
    expectLeftAlone([
      [
        "a deadline in both calendars",
        "2025年3月31日、令和7年3月31日までに提出してください",
        "3月31日",
      ],
      ["a labelled deadline", "納付期限は平成30年5月31日です", "平成30年5月31日"],
      ["a deadline after the date", "平成31年3月31日です、締め切りは", "平成31年3月31日"],
      ["a change of rules", "平成30年4月1日から変わりました", "平成30年4月1日"],
      ["a moving date", "転入したのは平成25年4月1日です", "平成25年4月1日"],
      ["a date of the current era", "令和3年5月1日です", "令和3年5月1日"],
      ["a year alone", "平成5年です", "平成5年"],
    ]);
  });

  describe("numbers", () => {
    it.each([
      ["a bracketed area code", "自宅は(045)332-7781です", "phone", "(045)332-7781"],
      [
        "a number and its read-back in one run",
        "復唱します。090の1122の3344、ゼロキュウゼロ、イチイチニーニー、サンサンヨンヨン",
        "phone",
        "090の1122の3344",
      ],
      [
        "the read-back in words",
        "復唱します。090の1122の3344、ゼロキュウゼロ、イチイチニーニー、サンサンヨンヨン",
        "phone",
        "ゼロキュウゼロ、イチイチニーニー、サンサンヨンヨン",
      ],
      [
        "a bare 番号 after the topic",
        "介護保険証のことで。父は施設にいます。番号は0012345678",
        "health_insurance",
        "0012345678",
      ],
      [
        "a pension number by topic",
        "年金の件です。えっと、番号は1234-567890です",
        "pension_number",
        "1234-567890",
      ],
      [
        "a near copy of a found account",
        "口座番号は1234567、あ、書類には1243567と書きました",
        "bank_account",
        "1243567",
      ],
      [
        "an insurance 記号 with Latin letters",
        "保険証の記号はAB-15、番号は2201です",
        "health_insurance",
        "AB-15",
      ],
    ])("should mask %s", (_label, text, type, value) => {
      expect(findTypes(text)).toContainEqual({ type, text: value });
    });
    expectLeftAlone([
      ["a toll-free number in brackets", "番号は(0120)12-3456です", "12-3456"],
      ["a reception number after the topic", "保険証の件です。受付番号は12345678です", "12345678"],
      ["a fee near an account", "口座番号は1234567です。手数料は1234円でした", "1234円"],
      ["no 記号", "記号はありません", "ありません"],
    ]);
  });

  describe("spoken e-mail addresses", () => {
    it("should end the address at the domain's last word", () => {
      expect(findTypes("アドレスはtaro アット example ドット com、よろしくお願いします")).toEqual([
        { type: "email", text: "taro アット example ドット com" },
      ]);
    });
  });

  describe("more variants of the same families", () => {
    expectMasked(
      [
        ["three parts joined by ・", "私、チャン・ティ・ランです", "チャン・ティ・ラン"],
        [
          "three katakana parts with spaces",
          "カタカナでグエン ヴァン ナムです",
          "グエン ヴァン ナム",
        ],
        [
          "a given name before a foreign surname",
          "ジョン スミスって書いてあります",
          "ジョン スミス",
        ],
        [
          "a name written in a form's field",
          "氏名欄にはキム ミンジュンと書きました",
          "キム ミンジュン",
        ],
        ["a surname with ヶ and its reading", "漢字は一番ヶ瀬、いちばがせです", "一番ヶ瀬"],
      ],
      "person_name",
    );
    expectMasked(
      [
        [
          "a kana town ending in がおか",
          "住所、えーと、ひばりがおか、さんちょうめの、じゅうにのよん",
          "ひばりがおか、さんちょうめの、じゅうにのよん",
        ],
        ["a town with が and kana numbers", "住所は緑が丘、いちのに", "緑が丘、いちのに"],
      ],
      "address",
    );
    expectMasked(
      [
        ["with / after an era letter, as the answer", "H2/3/4です", "H2/3/4"],
        ["a western date with /", "1990/5/5生まれです", "1990/5/5"],
      ],
      "birth_date",
    );
    expectLeftAlone([
      ["a date with / before から", "R6/4/1から変わります", "R6/4/1"],
      ["a fraction", "分数は2/3です", "2/3"],
      ["a bus after a surname-shaped word", "駅前 バスに乗ります", "バス"],
      ["nothing written in a field", "氏名欄には何も書いてません", "何"],
      [
        "kana numbers after a name near an address word",
        "住所のことで、山田さんに、いちのにを聞いて",
        "いちのに",
      ],
    ]);
  });
});
