import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

/** 2026-12-04 (seventh round): the families of the sixth blind set's misses, with values of our own. */
describe("families of the sixth blind set (2026-12-04)", () => {
  describe("names with their reading in brackets", () => {
    expectMasked(
      [
        ["a spaced name and a spaced reading", "氷室 透(ひむろ とおる)、転入の件です", "氷室 透"],
        ["the reading of that name", "氷室 透(ひむろ とおる)、転入の件です", "ひむろ とおる"],
        ["an unspaced name, a spaced reading", "五十嵐千景（いがらし ちかげ）です", "五十嵐千景"],
        ["one word and its reading before です", "納税課の百目木（どうめき）です", "百目木"],
        ["a Hangul name and its katakana", "박서연（パク・ソヨン）と申します", "박서연"],
      ],
      "person_name",
    );
    expectLeftAlone([
      ["furigana of a word of paperwork", "申請書（しんせいしょ）です", "申請書"],
      ["a form label and its script", "氏名（カナ） 山川", "氏名"],
    ]);
  });

  describe("names explained by how they are written", () => {
    expectMasked(
      [
        ["kanji spelled by meaning", "ほしのです。星の野と書いて星野", "星野"],
        ["the kana said before it", "ほしのです。星の野と書いて星野", "ほしの"],
        ["a kanji name read after its meaning", "鷹取です。鷹を取ると書いてタカトリ。", "タカトリ"],
        ["one kanji of a name explained", "澤村の澤は、さんずいのほうです", "澤村"],
        ["a name said in another script", "リン、漢字だと林美帆です", "リン"],
        ["the letters of a kana name", "えっと、みなせ、み・な・せ、です", "みなせ"],
      ],
      "person_name",
    );
    expectLeftAlone([
      ["a word explained by a word holding its kanji", "大きいの大です", "大"],
      ["a period said with の", "その後3か月間は使えます", "月間"],
      ["a label before a script word", "名義カタカナでお願いします", "名義"],
    ]);
  });

  describe("self-introductions, addressees and kin", () => {
    expectMasked(
      [
        ["Kansai いいますねん", "うちは柳瀬いいますねん", "柳瀬"],
        ["ってもんだけど", "わしゃ八重樫ってもんだけど、年金のことで", "八重樫"],
        ["Okinawan やいびーん", "わたし知念やいびーん", "知念"],
        ["an addressee", "樋渡早苗宛てに送ってください", "樋渡早苗"],
        ["the house one speaks for (a listed surname)", "菅原の長女です。書類の件で", "菅原"],
        ["a child's given name after a kin word", "長女の陽菜と来ました", "陽菜"],
        ["a kana name with さんという方", "ひかわさんという方からお電話です", "ひかわ"],
        [
          "a katakana full name with ・ before です",
          "ムンフバト・ボルドです、転入の手続きを",
          "ムンフバト・ボルド",
        ],
        ["a dotted name before の妻", "ルイス・ダ・コスタの妻です", "ルイス・ダ・コスタ"],
        ["a name after a phone number at the end", "連絡先 090-4455-1203 梶ヶ谷", "梶ヶ谷"],
        ["a closing after a callback request", "折り返しお電話ください、鰐淵です", "鰐淵"],
        ["a child called to behave", "ひなた、ほら、座って", "ひなた"],
        ["surname alone, then the full name", "あの、しのはらの、しのはらみさきです", "しのはら"],
        ["a sender line", "from: 榊原\n件名: 児童手当", "榊原"],
      ],
      "person_name",
    );
    expectLeftAlone([
      ["a pet's kana name", "猫の登録で、名前はミルクです", "ミルク"],
      ["an office as addressee", "市役所宛てに送ります", "市役所"],
      ["a role as addressee", "保護者宛てのお便りです", "保護者"],
      ["a katakana thing as addressee", "マイナンバーカード宛てに", "マイナンバーカード"],
      ["an honorific before 宛て", "西田様宛てに届きました", "様"],
      ["a kin word before an event", "長男の進学です", "進学"],
      ["a closing that is no name", "お電話ください、至急です", "至急"],
      ["a dotted service name", "マイナ・ポータルです", "マイナ・ポータル"],
      ["the line after a sender line", "from: 榊原\n件名: 児童手当", "件名"],
    ]);
  });

  describe("Latin-script names", () => {
    expectMasked(
      [
        ["Spanish self-introduction", "Me llamo Inés Ortega, vivo en la ciudad", "Inés Ortega"],
        ["name on card", "name on card TOMAS LINDQVIST", "TOMAS LINDQVIST"],
        ["a sender", "From: Aiko Brennan", "Aiko Brennan"],
        ["a contact person", "Contact person: Rafael Monteiro", "Rafael Monteiro"],
        [
          "surname, given after 申請者",
          "申請者：Kowalczyk, Marta 国籍：ポーランド",
          "Kowalczyk, Marta",
        ],
        ["a name before its e-mail", "Petra Novak / p.novak@example.org / 質問です", "Petra Novak"],
        ["a name before its birth date", "Omar Haddad, born 3 May 1990, moved here", "Omar Haddad"],
        ["a closing", "Please call me back. Thanks, Freya", "Freya"],
        ["letters after a name label", "名前はアルファベットで L-U-K-A-S です", "L-U-K-A-S"],
        [
          "letters before their reading",
          "ローマ字ですか？M、O、R、I、Tで、モリトです",
          "M、O、R、I、T",
        ],
      ],
      "person_name",
    );
    expectLeftAlone([
      ["moving from a city", "I moved from Sendai last year", "Sendai"],
      ["an office as contact", "Contact: Tax Division", "Tax Division"],
      ["letters of a list", "A、B、Cのどれかを選んで", "A、B、C"],
    ]);
  });

  describe("dates of birth", () => {
    expectMasked(
      [
        [
          "kanji numerals before の生まれ",
          "母は昭和三十八年五月九日の生まれです",
          "昭和三十八年五月九日",
        ],
        [
          "the verb later in the clause",
          "平成元年2月3日、節分の日に生まれました",
          "平成元年2月3日",
        ],
        [
          "a pause after the era",
          "昭和の、えっと、51年の、6月の、2日生まれです",
          "昭和の、えっと、51年の、6月の、2日",
        ],
        [
          "kana date, then うまれは",
          "へいせい、じゅうねんの、さんがつ、よっかです、うまれは",
          "へいせい、じゅうねんの、さんがつ、よっか",
        ],
      ],
      "birth_date",
    );
    expectLeftAlone([["a filing date", "令和6年4月1日、区役所に申請しました", "令和6年4月1日"]]);
  });

  describe("phones, numbers and secrets", () => {
    expectMasked(
      [
        [
          "parts announced one by one",
          "番号は、最初が090で、次が3381、最後が2270です",
          "090で、次が3381、最後が2270",
        ],
        [
          "digits spaced by voice input",
          "0 8 0 - 5 5 1 2 - 7 7 3 0 です",
          "0 8 0 - 5 5 1 2 - 7 7 3 0",
        ],
        [
          "+81 with the trunk 0 in brackets",
          "call +81 (0)90-6612-4407 please",
          "+81 (0)90-6612-4407",
        ],
        [
          "English digit words",
          "my number is oh eight oh, two two one nine, four four six eight",
          "oh eight oh, two two one nine, four four six eight",
        ],
      ],
      "phone",
    );
    expectMasked(
      [["dotted groups of four", "個人番号は1234.5678.9018です", "1234.5678.9018"]],
      "my_number",
    );
    expectMasked([["暗証 without 番号", "暗証は7305です", "7305"]], "secret");
    expectMasked(
      [
        ["a katakana 記号", "保険証は、記号がサンヨン、番号がニーイチです", "サンヨン"],
        [
          "the second of two values after 記号・番号",
          "保険証の記号・番号は 71-2205・38 です",
          "38",
        ],
      ],
      "health_insurance",
    );
    expectLeftAlone([
      ["times after 次は", "受付は9時から、次は13時から", "13"],
      ["a version number", "バージョン1234.5678.9012", "1234.5678.9012"],
    ]);
  });

  describe("addresses and e-mail", () => {
    expectMasked(
      [
        [
          "spoken kana after a kana-and-kanji town",
          "住所は、あおば町、さんばんち、の、にじゅういち",
          "あおば町、さんばんち、の、にじゅういち",
        ],
        [
          "a city said before the town with a pause",
          "住所は、みどり野市の、えっと、かえで台、に、の、じゅうご、の、さん、です",
          "みどり野市",
        ],
        ["a floor after the building", "住所：北区桂町三丁目4番2号 メゾン楓3F", "メゾン楓3F"],
        ["a lettered room", "柏木台2-8-14 ハイツ柏木 2-C", "2-C"],
        [
          "a room after a building ending in digits",
          "南9条西4丁目1-7 ノースコート南9 203号",
          "203号",
        ],
        ["a wing and a room", "住まいは第三桜木団地の2号棟105です", "第三桜木団地の2号棟105"],
        ["の inside a town name", "〒123-4567 森の里東3丁目5-2", "森の里東3丁目5-2"],
        ["English, town first", "Midori-dai 4-2-7, unit 12", "Midori-dai 4-2-7, unit 12"],
        [
          "English, city and prefecture",
          "I live at 2-6-9 Sakuragaoka, Minato-shi, Aichi 455-0012.",
          "2-6-9 Sakuragaoka, Minato-shi, Aichi",
        ],
      ],
      "address",
    );
    expectMasked(
      [["after an English address", "2-6-9 Sakuragaoka, Minato-shi, Aichi 455-0012.", "455-0012"]],
      "postal_code",
    );
    expectMasked(
      [
        ["a spaced address", "mail: ken.ito ＠ example . jp です", "ken.ito ＠ example . jp"],
        [
          "underscore said as a word",
          "it is mori underscore kei at example dot org",
          "mori underscore kei at example dot org",
        ],
      ],
      "email",
    );
    expectLeftAlone([
      ["a clause number", "See section 3-2-1 Overview, page 4", "3-2-1"],
      ["an estate's wing alone", "市営住宅の3号棟は工事中です", "3号棟"],
      ["a full stop after an address", "write to ken@example.com. Next week", "Next"],
    ]);
  });
});
