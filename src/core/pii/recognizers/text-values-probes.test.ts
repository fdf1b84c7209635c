/**
 * Twenty-seventh round, the team lead's probe sentences: sentences of our own for each class of
 * name or date form found unmasked, and look-alikes that must stay as they are. Every name, number
 * and place is invented.
 */
import { expectLeftAlone, expectMasked } from "./__fixtures__/value-tables";

describe("twenty-seventh round: a Korean name before its honorific or 이라고 합니다", () => {
  expectMasked(
    [
      ["a name before 씨의", "윤서진 씨의 신청서를 가져왔습니다", "윤서진"],
      ["a name before 씨도", "권나래 씨도 같이 왔어요", "권나래"],
      ["a name before 님께", "배준호님께 전해 주세요", "배준호"],
      ["a name before 씨 in a Japanese sentence", "同居人は임도윤 씨です", "임도윤"],
      [
        "a name opening the sentence before 이라고 합니다",
        "한지민이라고 합니다. 전입신고요",
        "한지민",
      ],
      ["after a greeting and a full stop", "안녕하세요. 서유진이라고 해요", "서유진"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a word for kindness before 씨", "마음씨가 고운 분이에요", "마음"],
    ["a teacher before 님", "선생님께 여쭤봤어요", "선생"],
    ["a customer before 님", "고객님의 서류는 준비됐습니다", "고객"],
    ["a title before 님", "조합장님이 오셨어요", "조합장"],
    ["an applicant before 님", "신청자님의 주소를 확인합니다", "신청자"],
    ["a procedure before 라고 합니다", "전입신고라고 합니다.", "전입신고"],
  ]);
});

describe("twenty-seventh round: a Chinese form's person label", () => {
  expectMasked(
    [
      ["a contact person", "联系人：赵文博，电话请打给我", "赵文博"],
      ["an applicant", "申请人：孙丽娟", "孙丽娟"],
      ["a guardian", "监护人: 黄志远", "黄志远"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["an office as the contact", "联系人：区役所市民课", "区役所市民课"],
    ["a word after the label without a colon", "联系人的电话是多少？", "的电话"],
  ]);
});

describe("twenty-seventh round: a kin word joined to a given name by a middle dot", () => {
  expectMasked(
    [
      ["a father's given name", "父・義雄の介護認定です", "義雄"],
      ["a wife's given name after と", "私と妻・千秋の二人で来ます", "千秋"],
      ["an eldest daughter", "長女・美咲が代わりに行きます", "美咲"],
      ["a grandmother in katakana", "祖母・ハツの年金の件", "ハツ"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["both parents", "父・母の同意書が要ります", "母"],
    ["either spouse", "夫・妻どちらが来ても結構です", "妻"],
    ["two kin words", "長男・長女の分をお願いします", "長女"],
    ["a grandfather after a father", "父・祖父の代からの土地です", "祖父"],
  ]);
});

describe("twenty-seventh round: a list of surnames after a group's label", () => {
  expectMasked(
    [
      ["the third of three participants", "参加者：小池、大久保、杉浦", "杉浦"],
      ["the first after an attendance label", "出席者：小池、大久保", "小池"],
      ["a fourth name after a name label", "氏名：小池、大久保、杉浦、森田", "森田"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a number of participants", "参加者：３名", "３名"],
    ["places after a participants' label", "参加者：天神、博多、中洲", "天神"],
    ["offices after an attendance label", "出席者：市長、副市長、教育長", "市長"],
    ["kin words after a family label", "家族：妻、長男、長女", "長男"],
  ]);
});

describe("twenty-seventh round: the next role's label after a name in a list", () => {
  expectMasked(
    [
      ["a bride after a groom", "新郎 村岡直樹 新婦 浜田さくら", "浜田さくら"],
      ["a wife after a husband's field", "夫：村岡直樹 妻：小松ひなた", "小松ひなた"],
      ["a hiragana given name after a name label", "氏名：小松ひなた", "小松ひなた"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["the couple", "新郎新婦の入場です", "新婦"],
    ["the bride's father", "新婦の父としてあいさつします", "父"],
    ["jobs after kin labels", "夫：会社員 妻：パート", "パート"],
    ["the next label itself", "申請者 村岡直樹 代理人 浜田さくら", "代理人"],
  ]);
});

describe("twenty-seventh round: a household named by its surname and 家", () => {
  expectMasked(
    [
      ["a son of the house", "私は大須賀家の次男です", "大須賀"],
      ["married into the house", "二十年前に片桐家に嫁いできました", "片桐"],
      ["the house's grave", "宮下家の墓の移転について", "宮下"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a farm family", "農家の長男で、後を継ぎます", "農家"],
    ["one's parents' home", "実家の母の件です", "実家"],
    ["an empty house", "空き家の相談に来ました", "空き家"],
    ["a furniture shop", "中村家具店の前で待っています", "中村"],
    ["a restaurant chain", "吉野家の向かいのビルです", "吉野"],
    ["both families", "両家の顔合わせがあります", "両家"],
  ]);
});

describe("twenty-seventh round: both surnames of a change", () => {
  expectMasked(
    [
      ["the new surname after 姓が…から", "婚姻届を出して、姓が堀内から葛西に変わりました", "葛西"],
      ["the former surname", "婚姻届を出して、姓が堀内から葛西に変わりました", "堀内"],
      ["a surname taken back after a divorce", "離婚して名字が葛西から堀内に戻りました", "堀内"],
      ["今の before the new surname", "結婚で苗字が松永から今の三宅に変わります", "三宅"],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a move after a marriage", "結婚して住所が福岡から熊本に変わりました", "熊本"],
    ["a city after 結婚して", "結婚して姓が変わり、住所も大阪から神戸になりました", "神戸"],
    ["結婚 after a surname label", "名字は結婚で変わりました", "結婚"],
  ]);
});

describe("twenty-seventh round: a Portuguese or Spanish name with its particles", () => {
  expectMasked(
    [
      ["da before the last name", "Meu nome é Renato Alves da Costa.", "Renato Alves da Costa"],
      ["dos after Sou", "Sou Marcia dos Anjos, moro aqui há dois anos.", "Marcia dos Anjos"],
      ["de la in Spanish", "Me llamo Lucía de la Fuente.", "Lucía de la Fuente"],
    ],
    "person_name",
  );
  expectLeftAlone([["a date after a name", "Meu nome é Ana, de 3 de maio.", "maio"]]);
});

describe("twenty-seventh round: a speaker's surname tag opening a line", () => {
  expectMasked(
    [
      ["the desk's staff member", "工藤：お電話ありがとうございます、保険年金課です。", "工藤"],
      [
        "a caller on the second line",
        "職員：ご用件をどうぞ。\n石原：転出届のことで聞きたいんですが",
        "石原",
      ],
    ],
    "person_name",
  );
  expectLeftAlone([
    ["a field label", "住所：朝凪区柊台3丁目", "住所"],
    ["a city before a colon", "福岡：晴れのち曇り", "福岡"],
  ]);
});

describe("twenty-seventh round: a year of birth glued to 生まれ, then the day", () => {
  expectMasked(
    [
      ["an era year, then the day", "昭和58年生まれ、11月4日です", "昭和58年"],
      ["a western year and 誕生日は", "1992年生まれで、誕生日は6月30日です", "1992年"],
    ],
    "birth_date",
  );
  expectLeftAlone([
    ["a year of birth alone", "母は昭和十一年生まれです。", "昭和十一年"],
    [
      "a year repeated in the full date",
      "1977年生まれで、生年月日は1977年9月5日です",
      "1977年生まれ",
    ],
    ["a group born in a year", "2000年生まれの方は、4月1日から対象です", "2000年"],
  ]);
});
