/**
 * Eleventh round (pii-unseen-9 read as a development set, pii-train-1/-2 tuned on): one sentence
 * of our own for each new rule, and look-alikes that must stay unmasked. Values are invented.
 */
import { maskPii } from "../mask-pii";
import { findTypes } from "./test-helpers";

const covers = (text: string, type: string, value: string): boolean =>
  findTypes(text).some((e) => e.type === type && e.text.includes(value));

describe("eleventh round: numbers said in pieces", () => {
  it.each([
    ["postal_code", "送り先は〒104-0032 千代田区の方です", "〒104-0032"],
    ["postal_code", "ゆうびん ばんごう は 3300854 です", "3300854"],
    ["phone", "携帯は 080-5521-3390、あ、違った、080-5521-3309 です", "3390、あ、違った、080"],
    [
      "phone",
      "電話番号 070、ちょっと待ってください、手帳を見ます、えっと 4418-2206 です",
      "070、ちょっと待ってください、手帳を見ます、えっと 4418-2206",
    ],
    [
      "phone",
      "自宅はゼロイチキューゴのサンニの……あれ、どこだっけ。あ、ロクゴーヨンイチです",
      "ゼロイチキューゴのサンニの……あれ、どこだっけ。あ、ロクゴーヨンイチ",
    ],
    [
      "bank_account",
      "口座番号は4471の、ちょっと待ってね、あった、203。普通です",
      "4471の、ちょっと待ってね、あった、203",
    ],
    ["bank_account", "口座番号の最初が518で、えっと、残りが2094です", "518で、えっと、残りが2094"],
    [
      "credit_card",
      "カード番号、前半が4111 1111です。後半が1111 1111です",
      "4111 1111です。後半が1111 1111",
    ],
    [
      "pension_number",
      "基礎年金番号の上4桁が3051です。それから、下6桁が774102です",
      "3051です。それから、下6桁が774102",
    ],
    ["pension_number", "年金の番号、4102ハイフンんーと、558731です", "4102ハイフンんーと、558731"],
    [
      "postal_code",
      "郵便番号は 〒 930-0066 ... じゃなくて、0067 です",
      "930-0066 ... じゃなくて、0067",
    ],
  ])("should mask a %s said in pieces: %s", (type, text, value) => {
    expect(covers(text, type, value)).toBe(true);
  });

  it("should mask the last digits of a phone number said again by their count", () => {
    const text = "電話は090-2231-7785。最後の4桁は7785。昼は出られません";
    expect(maskPii(text).masked).not.toContain("7785");
  });

  it("should take back the group said before a correction (a valid My Number after it)", () => {
    // 1234 5678 9018 is a check-digit-valid number of our own; 5555 is the group taken back.
    const text = "えっと、1234、5555、あ、間違えた、5678、9018、マイナンバーはこれで全部です";
    expect(covers(text, "my_number", "1234、5555、あ、間違えた、5678、9018")).toBe(true);
  });

  it.each([
    ["アメックスなので15桁で、3782 822463 10005です", "15桁"],
    ["電話は090-1234-5678です、あ、受付は3時までです", "3時"],
    ["2、3、4個ください", "2、3、4"],
  ])("should leave the count or amount in %s unmasked", (text, hazard) => {
    expect(findTypes(text).some((e) => e.text.includes(hazard))).toBe(false);
  });
});

describe("eleventh round: insurance cards and ゆうちょ", () => {
  it.each([
    ["保険者番号 が 138024 で、記号 が 港 21 で、番号 が 5570 です", ["港 21", "5570"]],
    ["保険証 の 記号 は 「東 12」、番号 は 「408」 です", ["東 12", "408"]],
    ["保険証の記号番号は1402・3388になってます", ["1402・3388"]],
    ["保険証：記号・番号・枝番＝612・708・01　本人", ["612・708・01"]],
    ["保険証の記号番号ですね、55（701）で、枝番はなしです", ["55（701）"]],
    ["記号が41で、番号は2290です。協会けんぽです", ["41", "2290"]],
  ])("should mask the 記号 and 番号 in %s", (text, values) => {
    for (const value of values) expect(covers(text, "health_insurance", value)).toBe(true);
  });

  it("should type the 番号 said after a ゆうちょ 記号", () => {
    const text = "ゆうちょ なんですけど 記号 が 13160 で 番号 が 2288041 です";
    expect(covers(text, "postal_account", "2288041")).toBe(true);
  });
});

describe("eleventh round: names", () => {
  it.each([
    ["対応 者：真壁（保険年金課）より折り返し", "真壁"],
    ["入電 者 名 は 「おかもと」、折返し 希望", "おかもと"],
    ["母子手帳 交付、妊婦 ソン・ミレ、予定日 は 5月", "ソン・ミレ"],
    ["うちの 嫁 が 沙織、長男 が 拓真 です", "沙織"],
    ["世帯は3人、父が和夫、母が久美子、私が大輝です", "大輝"],
    ["妻 が 王 麗華 で、ワン リーホア って 読みます", "ワン リーホア"],
    ["名前は葵です。葵と書いてあおい。", "あおい"],
    ["あ、すみません、パク ジウ です、パク は 朴 で", "朴"],
    ["私の名前は「ひかる」です。漢字は輝。", "輝"],
    ["下の名前は湊、字は湊です", "湊"],
    ["本人不在、夫より入電。真壁宅、転居の件", "真壁"],
    ["旧姓は永瀬で、結婚して真壁になりました", "真壁"],
    ["結婚前は永瀬でした。今は真壁です", "永瀬"],
    ["振込先の口座の名義人はマカベハルトになってます", "マカベハルト"],
    ["はい、名前は、ヨシダ。名前のほうは、ユ イでお願いします", "ユ イ"],
    ["下の名前が、ナ・ツ・キです", "ナ・ツ・キ"],
  ])("should mask the name in %s", (text, name) => {
    expect(covers(text, "person_name", name)).toBe(true);
  });

  it("should mask a surname said, a pause, and said again", () => {
    expect(maskPii("はい、高畑 …… 高畑 です").masked).toBe("はい、［氏名1］ …… ［氏名1］ です");
  });

  it("should mask a dotted katakana name and its Latin spelling in brackets", () => {
    const text = "来庁：グエン・ヴァン・ナム（Nguyen Van Nam）さん、転入届";
    expect(covers(text, "person_name", "グエン・ヴァン・ナム")).toBe(true);
    expect(covers(text, "person_name", "Nguyen Van Nam")).toBe(true);
  });

  it("should mask a passport number whose letters are read in katakana before の", () => {
    expect(covers("パスポート 番号 は ティー ケー の 2208816 です", "passport", "2208816")).toBe(
      true,
    );
  });

  it.each([
    ["Nome: Rafael Souza Kanashiro.", "Rafael Souza Kanashiro"],
    ["Nome da minha filha: Ana Yumi Tokuda, 9 anos", "Ana Yumi Tokuda"],
    ["Xin chào, tôi tên là Trần Văn Khoa.", "Trần Văn Khoa"],
    ["Chị Đỗ Thu Trang là vợ tôi.", "Đỗ Thu Trang"],
    ["Name: Juan Carlos De Leon", "Juan Carlos De Leon"],
    ["氏名（ローマ字）：ADAM WRIGHT ／ 国籍：カナダ", "ADAM WRIGHT"],
    ["Hi, my name is Kenta OZAWA and I moved here.", "OZAWA"],
    ["ローマ字で言いますね。S A K U M Aです。名前のほうはRENです", "S A K U M A"],
    ["ローマ字で言いますね。S A K U M Aです。名前のほうはRENです", "REN"],
    ["Family name: MORIWAKI / Given name: Jun", "MORIWAKI"],
    ["Caller: Daichi HORIE (English). Wants a call back.", "Daichi HORIE"],
    ["同居人のAnh Nguyen Duc（ベトナム籍）が転入します", "Anh Nguyen Duc"],
    ["我丈夫 李志强 的 国民年金", "李志强"],
    ["안녕하세요, 저는 최하준입니다.", "최하준"],
  ])("should mask the name written in another script in %s", (text, name) => {
    expect(covers(text, "person_name", name)).toBe(true);
  });

  it.each([
    ["我丈夫一直打我，我很害怕", "一直打"],
    ["저는 유학생입니다", "유학생"],
    ["うちの 猫 の 名前 は モモ です", "モモ"],
    ["相談者 の 氏名 は 匿名 希望 の ため 不明", "匿名"],
    ["旧姓 の ふりがな も カード に 入りますか", "カ"],
    ["市営住宅と社宅の申し込み", "住"],
    ["この字、なんと 読みますか", "なんと"],
    ["文字は丁寧です。漢字は不要です", "不要"],
  ])("should leave %s unmasked", (text, word) => {
    expect(findTypes(text).some((e) => e.type === "person_name" && e.text.includes(word))).toBe(
      false,
    );
  });
});

describe("eleventh round: dates of birth", () => {
  it.each([
    ["誕生日は5月8日です。年ですか？平成3年です", "平成3年"],
    ["誕生日 は 9月2日 で、生まれ年 は 昭和 六十年 です", "昭和 六十年"],
    ["昭和51年の生まれです", "昭和51年"],
    ["平成2年4月20日、あ、違う、21日の生まれです", "平成2年4月20日、あ、違う、21日"],
    ["出生 日 は 令和3年2月9日 です", "令和3年2月9日"],
    ["生年月日 は H2.5.6 です、あ、H2 じゃなくて H3 です、H3.5.6", "H3.5.6"],
    ["Tôi sinh ngày 23/11/1990.", "23/11/1990"],
    ["생년월일은 1979년 6월 3일 입니다.", "1979년 6월 3일"],
  ])("should mask the date of birth in %s", (text, value) => {
    expect(covers(text, "birth_date", value)).toBe(true);
  });

  it.each([
    ["誕生日は3月3日です。申請は2025年です", "2025年"],
    ["出生 日 は 平成30年1月5日、出生 届 は 1月9日 に 出しました", "1月9日"],
    ["生年月日：2012/04/11　令和9年3月　医療費助成", "令和9年3月"],
    ["誕生日は3月3日です。来年は2027年ですね", "2027年"],
  ])("should leave the other date in %s unmasked", (text, value) => {
    expect(findTypes(text).some((e) => e.text.includes(value))).toBe(false);
  });

  it("should leave a My Number card's application ID unmasked", () => {
    expect(findTypes("マイナンバーカード の 申請書 ID は 1234 5678 9018 です")).toEqual([]);
  });
});

describe("eleventh round: addresses", () => {
  it.each([
    ["うちは 長野県 白樺村 大字 上平 2215 です", "長野県 白樺村 大字 上平 2215"],
    ["住所：北海道 霧多布町 字 東浜 88 番地 4", "北海道 霧多布町 字 東浜 88 番地 4"],
    ["住所 は 京都府 桂川市 松原通 高倉 西入ル 亀屋町 318 です", "松原通 高倉 西入ル 亀屋町 318"],
    ["My address is Minamicho 4-2-8, Aoba Ward", "Minamicho 4-2-8, Aoba Ward"],
    ["住所 は 中央区 港町 3 の 1 の 2 の 804 です", "3 の 1 の 2 の 804"],
    ["前 の 住所 は 港町 ５－２－１ の 3 階 です", "の 3 階"],
    ["送付 先 は 中央区 港町 2-8-4 です", "中央区 港町 2-8-4"],
    ["주소는 中央区 港町 1-2-3, 그린빌 港町 502호 입니다", "502호"],
    ["ええと桜木町さんちょうめで、番地が、14番3号です", "桜木町さんちょうめ"],
    ["ええと桜木町さんちょうめで、番地が、14番3号です", "14番3号"],
    ["新しい住所は中央区港町にちょうめのじゅうごのさん。", "中央区港町にちょうめのじゅうごのさん"],
    ["住所は中央区1-2-3で、建物はメゾン若葉の201です", "メゾン若葉の201"],
    ["場所は中央区1-2-3で、部屋番号は305です", "305"],
    ["えっと、中央区の港町です。番地ですか？3の2の1です", "中央区の港町"],
    ["前の住所は中央区港町です。番地は、ちょっと待ってね、2-8-1", "中央区港町"],
    [
      "住所は中央区で、町名が若葉台の、あー、2丁目、5の3です",
      "中央区で、町名が若葉台の、あー、2丁目、5の3",
    ],
    ["新しい住所は中央区若葉台の3、14、7、コーポ若葉102です", "若葉台の3、14、7"],
    ["住所 は 中央区 港町 の、えー、2 の 16、いや、2 の 61 の 4 です", "2 の 61 の 4"],
  ])("should mask the address in %s", (text, value) => {
    expect(covers(text, "address", value)).toBe(true);
  });

  it.each([
    [
      "住所 が 中央区 若葉台 …… あの、若葉台 の 3 の 2 の 1 です",
      "中央区 若葉台 …… あの、若葉台 の 3 の 2 の 1",
    ],
    [
      "じゃあ 住所 を 読み上げます、ちゅうおうく わかばちょう 3 の 2 の 1、で よろしいですか",
      "ちゅうおうく わかばちょう 3 の 2 の 1",
    ],
    ["住所 は 中央区 若葉台 の、ちょっと 待って ね、えーと", "中央区 若葉台"],
  ])("should mask the places said before a pause in %s", (text, value) => {
    expect(covers(text, "address", value)).toBe(true);
  });

  it.each([
    ["会議室は3、12、14の順です", "3、12"],
    ["住所は中央区の区役所です", "区役所"],
  ])("should leave %s unmasked", (text, value) => {
    expect(findTypes(text).some((e) => e.text.includes(value))).toBe(false);
  });
});
