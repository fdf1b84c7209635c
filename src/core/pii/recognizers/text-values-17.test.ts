/**
 * Fifteenth round (pii-unseen-13 read): sentences of our own, in other wording than the fixture
 * lines, for each general signal, and look-alikes that must stay unmasked. Every name, number and
 * place is invented.
 */
import { maskPii } from "../mask-pii";
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("fifteenth round: a number started, denied with じゃない, then said", () => {
  expectMasked(
    [
      [
        "a mobile prefix said in kana",
        "携帯は、ぜろきゅう、じゃない、ぜろはちぜろの、にいさんよんご、ろくななはちきゅう。",
        "ぜろきゅう、じゃない、ぜろはちぜろの、にいさんよんご、ろくななはちきゅう",
      ],
      [
        "digits glued to the denial",
        "連絡先は090じゃない、080-3321-4456です。",
        "090じゃない、080-3321-4456",
      ],
    ],
    "phone",
  );
  expectMasked(
    [["a PIN said again", "暗証番号は4512、じゃない、4521です。", "4512、じゃない、4521"]],
    "secret",
  );
  it("should keep the label's particle out of a broken-off start", () => {
    expect(maskPii("携帯は090じゃない、080-2231-7745です。").masked).toBe(
      "携帯は［電話番号1］です。",
    );
  });
  expectLeftAlone([
    ["a question about a number", "それって090から始まる番号じゃないですか。", "090"],
  ]);
});

describe("fifteenth round: a postposition before a place ends what stands before it", () => {
  it("should leave the time word out of the address", () => {
    expect(maskPii("再来月から北浜区桐ヶ丘5-2-8に住みます。").masked).toBe(
      "再来月から［住所1］に住みます。",
    );
    expect(maskPii("先週まで南区さくら野3丁目4番1号にいました。").masked).toBe(
      "先週まで［住所1］にいました。",
    );
  });
  expectMasked(
    [["a hiragana town after its ward", "住所は西区ひより町2-4-1です。", "西区ひより町2-4-1"]],
    "address",
  );
});

describe("fifteenth round: block numbers said with a pause after each の", () => {
  expectMasked(
    [
      ["after a town", "住まいは、青葉台の、5の、18の、2です。", "青葉台の、5の、18の、2"],
      ["after a 丁目", "住所は、浜見区、汐入町、えー、2丁目の、7の、31です。", "2丁目の、7の、31"],
      [
        "a city said with の and a filler before a hiragana town",
        "住所は、鷺沼市の、あの、ゆりが丘、4の、9の、3です。",
        "鷺沼市の、あの、ゆりが丘、4の、9の、3",
      ],
    ],
    "address",
  );
  expectLeftAlone([
    ["a count said in pauses", "定員は1の、2の、3で数えます。", "1の、2の、3"],
    ["a classroom", "教室は3の、2の教室です。", "3の、2"],
  ]);
});

describe("fifteenth round: an insurance card's 記号 led by a kanji", () => {
  expectMasked(
    [
      ["in a medical-cost request", "医療費の払い戻しで、記号が椿12、番号が3308です。", "椿12"],
      ["the 番号 after it", "医療費の払い戻しで、記号が椿12、番号が3308です。", "3308"],
      [
        "a staff note with the card far before",
        "保険証の確認。本人確認（生年月日 S50.2.3）済み。記号 楓7 番号 5521 枝番 01。",
        "楓7",
      ],
    ],
    "health_insurance",
  );
  expectLeftAlone([["a symbol with no medical topic", "記号が東12の書類を探しています。", "東12"]]);
});

describe("fifteenth round: the 番号 after a ゆうちょ 記号", () => {
  it("should type the 番号 as the ゆうちょ account even where a bank cue is nearer", () => {
    const found = maskPii("ゆうちょ銀行へ振り込みをお願いします。記号10220、番号77881234です。");
    expect(found.entities.map((e) => e.type)).toEqual(["postal_account", "postal_account"]);
  });
  it("should type a 番号 said after a ゆうちょ 記号 with spaces the same way", () => {
    const found = maskPii("ゆうちょ銀行の口座に返金を。記号 14260 番号 33019875 です。");
    expect(found.entities.map((e) => e.type)).toEqual(["postal_account", "postal_account"]);
  });
  it("should keep a bank account a bank account", () => {
    expect(maskPii("口座番号は1234567です。").entities.map((e) => e.type)).toEqual([
      "bank_account",
    ]);
  });
});

describe("fifteenth round: a residence card read with pauses", () => {
  expectMasked(
    [
      ["after the card", "在留カードの番号は、TM、5521、0934、PQ です。", "TM、5521、0934、PQ"],
      ["after a filler", "在留カードは、えっと、AB、7788、1234、CD、です。", "AB、7788、1234、CD"],
      ["right after the card", "在留カード、ZX、3456、7890、KL", "ZX、3456、7890、KL"],
    ],
    "residence_card",
  );
  expectLeftAlone([["groups read in a list", "ID、2024、0815、OKです。", "2024"]]);
});

describe("fifteenth round: names by the shape of the sentence", () => {
  expectMasked(
    [
      ["a Korean name before 라고", "안녕하세요. 최 유진이라고 합니다.", "최 유진"],
      ["a Korean name before 이라고", "저는 이 민준이라고 합니다.", "이 민준"],
      [
        "a short part of a dotted name said alone",
        "ミャンマーから来た、ナンダ・キンです。ミャンマーのキン。",
        "キン",
      ],
      [
        "a short part said again before です",
        "タイから来ました、ソム・チャイです。チャイです、はい。",
        "チャイ",
      ],
      [
        "a katakana holder after the account number",
        "返金先 霧島信用金庫 本店営業部 普通 4410023 サクラ ミドリ で登録をお願いします。",
        "サクラ ミドリ",
      ],
      [
        "a holder whose surname is a word",
        "返金先 霧島信用金庫 本店営業部 普通 4410023 トリ カズオ で登録をお願いします。",
        "トリ カズオ",
      ],
      [
        "a spaced name after うちの子 as the topic",
        "うちの子、森 あかりは来年入学です。",
        "森 あかり",
      ],
      ["a spaced name after a kin word and a comma", "娘、辻 みおは来月で三歳です。", "辻 みお"],
      [
        "a spaced name after うちの子 in a longer call",
        "窓口で聞きました。うちの子、荻 そらは年長です。",
        "荻 そら",
      ],
      ["a surname in brackets after a phone", "折り返し先 090-4412-7781（石田）", "石田"],
      ["a surname after a phone and a space", "連絡はこちらへ: 070-5512-8890 (松尾)", "松尾"],
      [
        "a surname in brackets after an e-mail address",
        "返信先: m.honda@example.com (本田様)",
        "本田",
      ],
      [
        "a surname signing a message",
        "回覧板の件でご相談です。よろしくお願いします。\n中野",
        "中野",
      ],
      [
        "a surname after the writer's role",
        "公園の街灯が切れています。確認をお願いします。\n町内会 会長 大橋",
        "大橋",
      ],
      ["a reading said before the name", "祖母は、ふるもと、古本 キヨ、九十歳です。", "ふるもと"],
      ["a reading before an unlisted surname", "えー、母は、かねこ、金古 ミヨ、です。", "かねこ"],
      [
        "a reading after a script word",
        "名前は朝霧 ゆう、ふりがなは、あさぎり ゆう、です。",
        "あさぎり ゆう",
      ],
      [
        "a reading after ひらがなで",
        "名前は霧島 あおい、ひらがなで、きりしま あおい。",
        "きりしま あおい",
      ],
      ["a name spelled kanji by kanji, then read", "娘の名前は、結に愛で、ゆあ。", "ゆあ"],
      ["a kanji given by a word", "娘の名前は漢字で、美しいに月で、みつき。", "みつき"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a label in brackets after a phone", "電話は090-1234-5678（自宅）です。", "自宅"],
    ["an office in brackets", "代表 03-1234-5678（代表）", "代表"],
    ["a closing line", "ご確認をお願いします。\n以上", "以上"],
    ["a park on the last line", "公園の件でお願いします。\n中央公園", "中央公園"],
    ["a section on the last line", "開館時間を教えてください。\n市民課 窓口", "窓口"],
    ["a greeting before a name", "もしもし、森です。先日の件で。", "もしもし"],
    ["a filler before a name", "それと、古山 ミツの件です。", "それと"],
    ["a spelling of colours", "色は赤に青で、きれい。", "きれい"],
    ["an answer after a name field", "名前を書く欄に、住所とで、いいです。", "いい"],
    ["the origin of a name", "名前の由来は、海に空で、きれいだから。", "きれいだから"],
    ["a Korean word before 라고", "이 일은 장기 계획이라고 합니다.", "장기 계획"],
    [
      "katakana words after an amount",
      "手数料 300円 ネット バンキングで払えます。",
      "ネット バンキング",
    ],
  ]);
});

describe("fifteenth round: dates of birth and addresses said in pieces", () => {
  expectMasked(
    [
      [
        "an era with a pause",
        "生年月日は、令和、二年の、三月、十日です。",
        "令和、二年の、三月、十日",
      ],
      [
        "an era with a pause in digits",
        "生まれは昭和、52年の、8月、9日です。",
        "昭和、52年の、8月、9日",
      ],
    ],
    "birth_date",
  );
  expectLeftAlone([
    ["a decade after an era", "昭和、50年代の話です。", "50年代"],
    ["years ago", "平成、3年前に来ました。", "3年前"],
  ]);
  expectMasked(
    [
      [
        "a building and room said later",
        "住所は青葉区若葉町3丁目2番5号です。あと、ハイツ若葉の102です。",
        "ハイツ若葉の102",
      ],
      [
        "a building and room after ちなみに",
        "住所は港町2-3-4です。ちなみにコーポ港の305です。",
        "コーポ港の305",
      ],
      [
        "a 丁目 before a housing block with pauses",
        "母は港南3丁目の市営住宅の、2号棟の、305号室にいます。",
        "港南3丁目の市営住宅の、2号棟の、305号室",
      ],
      [
        "a word taken back before the block",
        "桜台1丁目の県営じゃなくて市営住宅の、7号棟の、112号室です。",
        "桜台1丁目の県営じゃなくて市営住宅の、7号棟の、112号室",
      ],
    ],
    "address",
  );
  expectLeftAlone([
    ["a meeting room in a plaza", "会場はプラザ青葉の301会議室です。", "プラザ青葉"],
    ["an office in a 丁目", "会場は3丁目の公民館です。", "3丁目"],
  ]);
});
