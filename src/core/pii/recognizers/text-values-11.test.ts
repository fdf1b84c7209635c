import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

/**
 * 2026-12-04 (tenth round): the general causes behind the misses of the development set
 * pii-unseen-8 — dates of birth spaced by speech recognition or cued in other languages, staff
 * notes naming an officer after the office, households listed kin word by kin word, block numbers
 * said in kanji numerals, Sapporo-style 条 said word by word, self-introductions in Vietnamese,
 * Portuguese, Korean and Chinese, +81 said as プラス, codes said in kanji digits or as a kana word,
 * and a few name cues (quotes, a mail's signature, a reading before its kanji, an addressee after
 * the address). Values of our own.
 */
describe("tenth round (2026-12-04)", () => {
  describe("dates of birth spaced by speech recognition", () => {
    expectMasked(
      [
        [
          "の spaced off the year",
          "生まれは 昭和 四十二年 の 七月 九日 です",
          "昭和 四十二年 の 七月 九日",
        ],
        [
          "の after the month too",
          "生年月日 平成 八年 の 三月 の 二日 です",
          "平成 八年 の 三月 の 二日",
        ],
        [
          "the birth word after",
          "うちの 母 大正 十四年 の 五月 三日 生まれ です",
          "大正 十四年 の 五月 三日",
        ],
        [
          "whose birthday said after",
          "昭和 五十三年 の 十月 一日 です 家内の 誕生日",
          "昭和 五十三年 の 十月 一日",
        ],
        ["a birthday said after, written", "平成3年6月14日が 息子の誕生日です", "平成3年6月14日"],
        [
          "the day corrected",
          "生年月日は 昭和 六十一年 の 四月 十二日 じゃなくて 十三日 です",
          "十三日",
        ],
        ["the day corrected after いや", "生まれは平成2年8月30日、いや、8月31日です", "8月31日"],
        [
          "a western year read digit by digit",
          "生年月日 いち きゅう なな に ねん ご がつ とおか です",
          "いち きゅう なな に ねん ご がつ とおか",
        ],
        ["a newborn's birth date", "出生日：令和７年１月２２日", "令和７年１月２２日"],
        ["Chinese 出生日期", "出生日期 1993年4月17日。", "1993年4月17日"],
        ["Portuguese nasci", "Nasci em 22/11/1987, moro em Kita-ku.", "22/11/1987"],
        ["Vietnamese ngày sinh", "Ngày sinh: 03/08/1995", "03/08/1995"],
      ],
      "birth_date",
    );
    expectLeftAlone([
      ["a deadline spaced", "令和 八年 の 三月 十日 まで に 出して ください", "三月 十日"],
      ["a party on a birthday", "令和8年1月10日 は 誕生日会 の 予約 です", "令和8年1月10日"],
      ["a month and day before 誕生日", "3月3日 は 娘の 誕生日 なので 休みます", "3月3日"],
      [
        "a marriage date in kana",
        "いち きゅう なな ろく ねん さん がつ ふつか に 入籍",
        "さん がつ",
      ],
      [
        "a correction of an appointment",
        "生年月日は昭和50年3月4日 じゃなくて 予約は 5日 です",
        "5日",
      ],
    ]);
  });

  describe("a staff note names the officer after the office or role", () => {
    expectMasked(
      [
        ["after a section, from", "子育て支援課 小松 から 資料送付の依頼あり。", "小松"],
        ["after a welfare commissioner", "民生委員 石井 より 見守りの報告。", "石井"],
        ["at the end of the item", "対応：保険年金課 高野。", "高野"],
        ["before an extension", "担当：市民課 吉村（内線 2214）", "吉村"],
        ["after a caseworker", "ケースワーカー 田村 から 電話連絡", "田村"],
        ["a full name after 担当", "件名 相談。担当 御手洗 隆之 弁護士。", "御手洗 隆之"],
      ],
      "person_name",
    );
    expectLeftAlone([
      ["a counter after a section", "市民課 窓口 から 連絡 します", "窓口"],
      ["a date word after a section", "税務課 本日 より 受付", "本日"],
      ["a park after a section", "管理課 大川 公園 より 苦情", "大川"],
      ["paperwork after 担当", "担当 新規 申請 より 確認", "新規"],
      ["an org before さん", "みどり不動産さんから紹介されました", "不動産"],
      ["a builder before さん", "高橋建設さんに工事を頼みました", "高橋建設"],
    ]);
  });

  describe("households listed kin word by kin word, names in brackets", () => {
    expectMasked(
      [
        ["a given name in brackets after a kin word", "娘（美咲、小学３年）の学童の件", "美咲"],
        [
          "a full name in brackets after a kin word",
          "父（宮本 とし子、昭和２０年生）の件",
          "宮本 とし子",
        ],
        [
          "a hiragana given name after a spaced kin word",
          "子ども：長男 ゆうき（R3.5.4生）",
          "ゆうき",
        ],
        ["the second child", "長男 ゆうき、次女 さくら の２名", "さくら"],
        ["the late owner", "土地は 故 村上 トメ 名義です", "村上 トメ"],
        ["a kana full name after 本人", "本人 たかはし みのる（漢字不明）", "たかはし みのる"],
        [
          "a katakana given name after a listed surname",
          "委任者：岡田 ハツエ（昭和３年生）",
          "岡田 ハツエ",
        ],
        [
          "a listed surname ending like an office",
          "母（井手 さよ子）が入院しました",
          "井手 さよ子",
        ],
        ["the married name", "旧姓：杉浦　現姓：大野", "大野"],
        [
          "three dotted parts after a kin word",
          "届出人：父 ペドロ・アントニオ・ロペス　母 マリア・ロペス",
          "ペドロ・アントニオ・ロペス",
        ],
        [
          "three dotted parts after a verb",
          "インドから来たラム・バハドゥル・グルンです。",
          "ラム・バハドゥル・グルン",
        ],
      ],
      "person_name",
    );
    expectLeftAlone([
      ["a spaced は glued to a word", "長女 はやく 寝ました", "はやく"],
      ["a company after a kin word", "父 大手 メーカー 勤務", "大手"],
      ["a list after a verb", "届いたカード・通知書です", "カード"],
      ["two dotted words after a verb", "買ったパン・ジャムです", "パン"],
      ["a broken thing", "パソコンが 故障 しました", "故障"],
    ]);
  });

  describe("block numbers said in kanji numerals, Sapporo 条, streets", () => {
    expectMasked(
      [
        [
          "three groups after a ward and a town",
          "うち 北区 若葉町 三の 十二の 四 やけど",
          "北区 若葉町 三の 十二の 四",
        ],
        ["glued", "中央区桜木町五の二の十八です", "中央区桜木町五の二の十八"],
        [
          "two groups after an address cue",
          "住所 は 静岡県 藤野市 本町 六の 九 です",
          "静岡県 藤野市 本町 六の 九",
        ],
        [
          "a room after the groups",
          "住所 西区 緑ヶ丘 二の 七の 三 の 二〇五 です",
          "西区 緑ヶ丘 二の 七の 三 の 二〇五",
        ],
        [
          "a floor in kanji",
          "住所は 東区 港通り 一の 四の 九 の 三階 です",
          "東区 港通り 一の 四の 九 の 三階",
        ],
        [
          "Sapporo 条 said word by word",
          "住所は 北海道 石狩野市 南 七条 西 二丁目 四番 八号 です",
          "北海道 石狩野市 南 七条 西 二丁目 四番 八号",
        ],
        [
          "a city and の before 条",
          "住所 は 北海道 雪原市 の 北 三条 東 五丁目 二 の 六 です",
          "雪原市 の 北 三条 東 五丁目 二 の 六",
        ],
        [
          "a street with 通り",
          "送り先 は 南区 公園通り 二丁目 五番 一号 です",
          "南区 公園通り 二丁目 五番 一号",
        ],
        [
          "a kana in the city's name, 字 alone",
          "住所は 沖縄県 美ら崎市 字 比嘉原 百八番地 です",
          "沖縄県 美ら崎市 字 比嘉原 百八番地",
        ],
        [
          "a Kyoto street before the town",
          "本籍は 京都府桂野市 烏丸通四条下ル 菊屋町 五六番地 です",
          "京都府桂野市 烏丸通四条下ル 菊屋町 五六番地",
        ],
        [
          "a room before an English address",
          "Address: Room 702, 2-5-14 Sakuradai, Kita-ku",
          "Room 702, 2-5-14 Sakuradai, Kita-ku",
        ],
        [
          "an apartment after an English address",
          "I live at 4-1-3 Aoba-cho, Nishi-ku, apartment 12.",
          "4-1-3 Aoba-cho, Nishi-ku, apartment 12",
        ],
        [
          "living said after the block, an office named before",
          "窓口で聞きました。私は 北区桜台二丁目５番地に住んでいます",
          "北区桜台二丁目５番地",
        ],
      ],
      "address",
    );
    expectLeftAlone([
      ["kanji numbers with no town", "一の 二の 三で 仕上げます", "二の"],
      ["two groups with no cue", "中町 二の 三 です", "二の"],
      ["an ordinal", "第一の 二の 三", "二の"],
      ["a two-storey house", "住所は 中町 3-5-1 の 二階建て です", "建て"],
      ["an office moving", "市役所の窓口は中央町2丁目3番地に移ります", "中央町"],
      ["the cue word before a bare 丁目", "住所 ２丁目 まで 聞いて 切れました", "住所"],
      ["a large print", "文字 大きく 3丁目", "文字"],
    ]);
  });

  describe("self-introductions in other languages", () => {
    expectMasked(
      [
        [
          "Vietnamese tôi là",
          "Chào anh, tôi là Nguyễn Thị Hoa. Tôi cần giấy tờ.",
          "Nguyễn Thị Hoa",
        ],
        ["Vietnamese tên tôi là", "Tên tôi là Phạm Quốc Bảo Long.", "Phạm Quốc Bảo Long"],
        ["Portuguese sou", "Sou Ana Paula Souza, moro em Minami-ku.", "Ana Paula Souza"],
        ["Portuguese me chamo", "Me chamo Rafael Costa e preciso de ajuda.", "Rafael Costa"],
        ["Korean, spaced after the name label", "이름은 정 하늘 입니다.", "정 하늘"],
        ["Korean, spaced after 저는", "안녕하세요 저는 한 지우 입니다", "한 지우"],
        ["Korean, glued after the name label", "제 이름은 윤서아예요", "윤서아"],
        ["Chinese 我叫", "你好 我叫 张 伟明 我想 问 一下", "张 伟明"],
        ["Chinese 我的名字是", "我的名字是 林 美玲，謝謝。", "林 美玲"],
        ["a Latin name after 申込者", "申込者：Lee Minho／学年：５年", "Lee Minho"],
      ],
      "person_name",
    );
    expectMasked(
      [
        [
          "a phone read in Sino-Korean digits",
          "연락처는 공구공 삼일사오 칠칠이팔 입니다",
          "공구공 삼일사오 칠칠이팔",
        ],
      ],
      "phone",
    );
    expectLeftAlone([
      ["a nationality", "Tôi là Người Việt Nam", "Người"],
      ["a student in Portuguese", "Sou Estudante Internacional", "Estudante"],
      ["a foreign student in Korean", "저는 유학생 입니다", "유학생"],
      ["a housewife in Korean", "저는 주부 입니다", "주부"],
      ["a question in Chinese", "我叫什么 不知道", "什么"],
      ["Korean numbers of minutes", "이 일은 삼십 분 걸려요", "삼십"],
    ]);
  });

  describe("numbers and codes said aloud", () => {
    expectMasked(
      [
        [
          "+81 said as プラス, digits in kana",
          "電話 プラス はち いち はち ぜろ さん に なな なな いち よん ご ろく です",
          "プラス はち いち はち ぜろ さん に なな なな いち よん ご ろく",
        ],
        [
          "+81 said as プラス, digits",
          "携帯 プラス 81 70 5521 3398 です",
          "プラス 81 70 5521 3398",
        ],
      ],
      "phone",
    );
    expectMasked(
      [
        ["kanji digits one by one", "暗証番号は 七 二 〇 五 に した はず", "七 二 〇 五"],
        [
          "a kana word, its script named",
          "パスワード は ひらがな で ひまわりぐみ です",
          "ひまわりぐみ",
        ],
        ["a katakana word", "パスワードはカタカナでコスモスです", "コスモス"],
      ],
      "secret",
    );
    expectMasked(
      [["the 記号 before the found 番号", "被保険者証の記号・番号：西８・２２６１", "西８"]],
      "health_insurance",
    );
    expectLeftAlone([
      ["a plus and a score", "プラス 3 点 です", "3"],
      ["a rule in kanji", "暗証番号 は 四 桁 です", "四"],
      ["a question about kana", "パスワードはひらがなでもいいですか", "いいですか"],
      ["a question about katakana", "パスワードはカタカナでいいですか", "いいですか"],
    ]);
  });

  describe("name cues: spaced dialect, quotes, signatures, readings, addressees, corrections", () => {
    expectMasked(
      [
        ["a spaced いうもんです", "わし 駅前 の 長谷部 いうもんです", "長谷部"],
        ["a spaced ていうて", "息子 の 嫁 が エミリー ていうて カナダ の 人", "エミリー"],
        [
          "a quoted name after 名前が",
          "祖母の名前が「キクヱ」か「キクエ」か分かりません",
          "キクヱ",
        ],
        ["a quoted kanji name after 名前が", "父の名前が「清三郎」で登録されています", "清三郎"],
        ["a name after an e-mail at the end", "返信先：t.kondo@example.com　近藤", "近藤"],
        [
          "kanji in brackets after a kana name",
          "フリガナ：ミヤケ ハルト（三宅 陽翔）",
          "三宅 陽翔",
        ],
        [
          "an addressee after the address",
          "送付先：〒１０２－００８３ 北区桜台３－５－２ 松田 光",
          "松田 光",
        ],
        [
          "care of after the address",
          "送付先：〒１０２－００８３ 北区桜台３－５－２ 石川 方 森 優子",
          "森 優子",
        ],
        [
          "the house in care of",
          "送付先：〒１０２－００８３ 北区桜台３－５－２ 石川 方 森 優子",
          "石川",
        ],
        ["a name taken back with やなくて", "ちゃう 高木 やなくて 高城 です", "高木"],
        ["a kana full name after the name label", "名前は ふじさわ みさき です", "ふじさわ みさき"],
        ["an office before the name after a label", "ご担当者：経理部 桑田 様", "桑田"],
      ],
      "person_name",
    );
    expectLeftAlone([
      ["a spaced いうもん after a word", "書類 いうもんです", "書類"],
      ["a quoted word after 名前が", "名前が「未定」です", "未定"],
      ["a quoted office after 名義が", "名義が「市役所」になってる", "市役所"],
      ["an office after an e-mail", "連絡は info@example.com 市役所", "市役所"],
      ["a confirmation after an e-mail", "送ってください a@example.com 確認。", "確認"],
      [
        "an office after the address",
        "送付先：〒１０２－００８３ 北区桜台３－５－２ 市役所 市民課",
        "市民課",
      ],
      ["a building after the address", "送付先：中央町1-2-3 中村 ビル", "ビル"],
      ["the office before the name", "ご担当者：経理部 桑田 様", "経理部"],
      ["kana words after the name label", "名前は これ から 決めます", "これ"],
    ]);
  });
});
