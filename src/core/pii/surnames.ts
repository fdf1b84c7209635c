/**
 * Common Japanese surnames with their readings (kanji:hiragana), written for madoguchi from
 * general knowledge of frequent surnames. Used to confirm name candidates found by cues and to
 * recognize names written in kana. Extend per city with `MaskOptions.extraSurnames`.
 */
import {
  FOREIGN_SURNAME_READINGS,
  MORE_GIVEN_NAMES,
  MORE_GIVEN_READINGS,
  MORE_ONE_KANJI_SURNAMES,
  MORE_SURNAME_DATA,
} from "./name-data";
import {
  GIVEN_NAMES_2,
  GIVEN_READINGS_2,
  ONE_KANJI_SURNAMES_2,
  SURNAME_DATA_2,
} from "./name-data-2";
import {
  GIVEN_NAMES_3,
  GIVEN_READINGS_3,
  ONE_KANJI_SURNAMES_3,
  SURNAME_DATA_3,
} from "./name-data-3";
import { SURNAME_DATA_4 } from "./name-data-4";
import { GIVEN_NAMES_4, PLACE_SURNAMES_5, SURNAME_DATA_5 } from "./name-data-5";
import { PLACE_SURNAMES_6, SURNAME_DATA_6 } from "./name-data-6";
import { GIVEN_NAMES_7, OLD_FORM_KANJI, PLACE_SURNAMES_7, SURNAME_DATA_7 } from "./name-data-7";
import { PLACE_SURNAMES_8, SURNAME_DATA_8, VARIANT_KANJI } from "./name-data-8";
import { PLACE_SURNAMES_10, SURNAME_DATA_10 } from "./name-data-10";
import { SURNAME_DATA_11 } from "./name-data-11";
import { PLACE_SURNAMES_9, SURNAME_DATA_9 } from "./name-data-9";

const SURNAME_DATA = `
佐藤:さとう 鈴木:すずき 高橋:たかはし 田中:たなか 伊藤:いとう 渡辺:わたなべ 渡部:わたなべ 山本:やまもと 中村:なかむら 小林:こばやし
加藤:かとう 吉田:よしだ 山田:やまだ 佐々木:ささき 山口:やまぐち 松本:まつもと 井上:いのうえ 木村:きむら 林:はやし 斎藤:さいとう
斉藤:さいとう 清水:しみず 山崎:やまざき 森:もり 池田:いけだ 橋本:はしもと 阿部:あべ 石川:いしかわ 山下:やました 中島:なかじま
石井:いしい 小川:おがわ 前田:まえだ 岡田:おかだ 長谷川:はせがわ 藤田:ふじた 後藤:ごとう 近藤:こんどう 村上:むらかみ 遠藤:えんどう
青木:あおき 坂本:さかもと 斉木:さいき 福田:ふくだ 太田:おおた 西村:にしむら 藤井:ふじい 金子:かねこ 岡本:おかもと 藤原:ふじわら
中野:なかの 三浦:みうら 原田:はらだ 中川:なかがわ 松田:まつだ 竹内:たけうち 小野:おの 田村:たむら 中山:なかやま 和田:わだ
石田:いしだ 森田:もりた 上田:うえだ 原:はら 内田:うちだ 柴田:しばた 酒井:さかい 宮崎:みやざき 横山:よこやま 高木:たかぎ
安藤:あんどう 宮本:みやもと 大野:おおの 小島:こじま 工藤:くどう 谷口:たにぐち 今井:いまい 高田:たかだ 丸山:まるやま 増田:ますだ
杉山:すぎやま 村田:むらた 大塚:おおつか 小山:こやま 藤本:ふじもと 平野:ひらの 新井:あらい 河野:こうの 上野:うえの 武田:たけだ
野口:のぐち 松井:まつい 千葉:ちば 岩崎:いわさき 菅原:すがわら 木下:きのした 久保:くぼ 佐野:さの 野村:のむら 松尾:まつお
市川:いちかわ 菊地:きくち 菊池:きくち 杉本:すぎもと 古川:ふるかわ 大西:おおにし 島田:しまだ 水野:みずの 桜井:さくらい 高野:たかの
渡邊:わたなべ 吉川:よしかわ 山内:やまうち 西田:にしだ 飯田:いいだ 菅野:すがの 西川:にしかわ 小松:こまつ 北村:きたむら 安田:やすだ
五十嵐:いがらし 川口:かわぐち 平田:ひらた 関:せき 中田:なかた 久保田:くぼた 服部:はっとり 東:ひがし 岩田:いわた 土屋:つちや
川崎:かわさき 福島:ふくしま 本田:ほんだ 辻:つじ 樋口:ひぐち 秋山:あきやま 田口:たぐち 永井:ながい 山中:やまなか 中西:なかにし
吉村:よしむら 川上:かわかみ 石原:いしはら 大橋:おおはし 松岡:まつおか 馬場:ばば 浜田:はまだ 森本:もりもと 星野:ほしの 矢野:やの
浅野:あさの 大久保:おおくぼ 松下:まつした 吉井:よしい 小池:こいけ 野田:のだ 荒木:あらき 大谷:おおたに 内藤:ないとう 松浦:まつうら
熊谷:くまがい 黒田:くろだ 尾崎:おざき 永田:ながた 川村:かわむら 望月:もちづき 田辺:たなべ 松村:まつむら 荒井:あらい 堀:ほり
大島:おおしま 平井:ひらい 早川:はやかわ 菅:すが 栗原:くりはら 広瀬:ひろせ 横田:よこた 石橋:いしばし 萩原:はぎわら 岩本:いわもと
片山:かたやま 関口:せきぐち 宮田:みやた 大石:おおいし 本間:ほんま 須藤:すどう 高山:たかやま 岡崎:おかざき 小田:おだ 吉岡:よしおか
伊東:いとう 鎌田:かまた 篠原:しのはら 上原:うえはら 小西:こにし 松原:まつばら 福井:ふくい 成田:なりた 大川:おおかわ 古賀:こが
南:みなみ 西:にし 北:きた 森川:もりかわ 岡:おか 岡村:おかむら 若林:わかばやし 宮下:みやした 桑原:くわばら 中尾:なかお
小沢:おざわ 小澤:おざわ 金井:かない 奥村:おくむら 堤:つつみ 田代:たしろ 坂口:さかぐち 前川:まえかわ 島:しま 吉野:よしの
西山:にしやま 井口:いぐち 白石:しらいし 内山:うちやま 今村:いまむら 宮川:みやかわ 大竹:おおたけ 平山:ひらやま 長尾:ながお 根本:ねもと
徳永:とくなが 大森:おおもり 牧野:まきの 藤川:ふじかわ 筒井:つつい 稲垣:いながき 浅田:あさだ 小谷:こたに 末永:すえなが 江口:えぐち
緒方:おがた 古田:ふるた 村井:むらい 坂田:さかた 安部:あべ 三宅:みやけ 堀内:ほりうち 川島:かわしま 黒木:くろき 松永:まつなが
原口:はらぐち 梅田:うめだ 小笠原:おがさわら 大山:おおやま 奥田:おくだ 宇野:うの 岩井:いわい 田島:たじま 水谷:みずたに 佐久間:さくま
戸田:とだ 中澤:なかざわ 中沢:なかざわ 吉原:よしはら 秋元:あきもと 寺田:てらだ 荒川:あらかわ 北川:きたがわ 植田:うえだ 河合:かわい
竹田:たけだ 西岡:にしおか 飯塚:いいづか 芦田:あしだ 仲田:なかた 今田:いまだ 有田:ありた 米田:よねだ 花田:はなだ 白井:しらい
野崎:のざき 堀田:ほった 神田:かんだ 細川:ほそかわ 三上:みかみ 富田:とみた 川野:かわの 門脇:かどわき 宮原:みやはら 島崎:しまざき
大城:おおしろ 比嘉:ひが 金城:きんじょう 宮城:みやぎ 新垣:あらかき 玉城:たまき 上地:うえち 知念:ちねん 照屋:てるや 仲村:なかむら
松山:まつやま 福本:ふくもと 浜口:はまぐち 江藤:えとう 末松:すえまつ 麻生:あそう 白川:しらかわ 吉武:よしたけ 猪口:いのくち 平川:ひらかわ
陣内:じんない 鶴田:つるた 古閑:こが 牛島:うしじま 溝口:みぞぐち 野中:のなか 坂井:さかい 三好:みよし 中原:なかはら 林田:はやしだ
藤野:ふじの 矢田:やだ 宗像:むなかた 香月:かつき 原田:はらだ 木原:きはら 井手:いで 城戸:きど 大庭:おおば 占部:うらべ
`;

/**
 * One-kanji surnames, Japanese and those of residents of Chinese and Korean origin (はい、藤です).
 * No readings: short kana words (ふじ, いずみ) are too often ordinary words.
 */
const ONE_KANJI_SURNAMES =
  "藤 泉 谷 梶 桐 楠 椎 杉 鶴 星 浜 沖 乾 巽 秦 畑 岩 峰 滝 柳 舘 王 李 朴 陳 張 劉 呉 崔 鄭";

const words = (data: string): string[] => data.trim().split(/\s+/);

const LISTED_SURNAMES: readonly [string, string][] = [
  ...[
    ...words(ONE_KANJI_SURNAMES),
    ...words(MORE_ONE_KANJI_SURNAMES),
    ...words(ONE_KANJI_SURNAMES_2),
    ...words(ONE_KANJI_SURNAMES_3),
  ].map((surname): [string, string] => [surname, ""]),
  ...[
    ...words(SURNAME_DATA),
    ...words(MORE_SURNAME_DATA),
    ...words(SURNAME_DATA_2),
    ...words(SURNAME_DATA_3),
    ...words(SURNAME_DATA_4),
    ...words(SURNAME_DATA_5),
    ...words(SURNAME_DATA_6),
    ...words(SURNAME_DATA_7),
    ...words(SURNAME_DATA_8),
    ...words(SURNAME_DATA_9),
    ...words(SURNAME_DATA_10),
    ...words(SURNAME_DATA_11),
  ].map((entry) => entry.split(":") as [string, string]),
];

/** Surname → reading (hiragana; empty when not recognized in kana). */
// One-kanji surnames come first so that a reading listed for them (森:もり) is kept. 上條, 柳澤:
// each listed surname written with the old form of one of its kanji comes after them all.
export const SURNAMES: ReadonlyMap<string, string> = new Map([
  ...LISTED_SURNAMES.flatMap(([surname, reading]) =>
    oldForms(surname).map((variant): [string, string] => [variant, reading]),
  ),
  ...LISTED_SURNAMES,
]);

/** The surname with each of its kanji that has an old form written in that form (one at a time). */
function oldForms(surname: string): string[] {
  const out: string[] = [];
  for (const forms of [OLD_FORM_KANJI, VARIANT_KANJI])
    for (const [kanji, old] of Object.entries(forms))
      if (surname.includes(kanji)) out.push(surname.replaceAll(kanji, old));
  return out;
}

/**
 * 中島 is なかじま in the east and なかしま in the west, 山崎 やまざき or やまさき: the second kanji's
 * sound is voiced or not by family and region, so a caller's kana name may use the other one.
 */
const VOICING: Readonly<Record<string, readonly [string, string]>> = {
  島: ["じま", "しま"],
  嶋: ["じま", "しま"],
  崎: ["ざき", "さき"],
};
/** Shorter readings are left alone: a three-kana variant is too often another word. */
const MIN_VARIANT_LENGTH = 4;

function otherVoicings(): string[] {
  const out: string[] = [];
  for (const [surname, reading] of SURNAMES) {
    const pair = VOICING[surname.slice(-1)];
    if (!pair || reading.length < MIN_VARIANT_LENGTH) continue;
    const [voiced, plain] = pair;
    if (reading.endsWith(voiced)) out.push(reading.slice(0, -voiced.length) + plain);
    else if (reading.endsWith(plain)) out.push(reading.slice(0, -plain.length) + voiced);
  }
  return out;
}

/**
 * Surnames read more than one way, each with the readings besides the listed one: a caller's
 * kana said right before the kanji (いだて、伊達 ミツエです) is the name's reading whichever it is.
 * 伊達 has no listed reading (だて is a word too), so both of its readings are here.
 */
export const SURNAME_OTHER_READINGS: ReadonlyMap<string, readonly string[]> = new Map(
  `伊達:だて,いだて 河野:かわの 上村:うえむら 菅野:かんの 角田:かくた,すみだ 小谷:おだに 大谷:おおや
  吉川:きっかわ 東海林:とうかいりん 新谷:あらや 小山:おやま`
    .split(/\s+/u)
    .filter((entry) => entry !== "")
    .map((entry) => {
      const [surname = "", readings = ""] = entry.split(":");
      return [surname, readings.split(",")] as const;
    }),
);

/** Readings of the surnames, for names written in kana (たなか, タナカ). */
export const SURNAME_READINGS: ReadonlySet<string> = new Set([
  ...[...SURNAMES.values()].filter((reading) => reading !== ""),
  ...words(FOREIGN_SURNAME_READINGS),
  ...otherVoicings(),
]);

/** The listed surnames that are also place names. */
const PLACE_SURNAMES: readonly string[] = [
  ...words(PLACE_SURNAMES_5),
  ...words(PLACE_SURNAMES_6),
  ...words(PLACE_SURNAMES_7),
  ...words(PLACE_SURNAMES_8),
  ...words(PLACE_SURNAMES_9),
  ...words(PLACE_SURNAMES_10),
  "千葉",
  "宮崎",
  "福島",
  "福井",
  "山口",
  "宮城",
  "長野",
  "岡山",
  "広島",
  "熊谷",
  "上野",
  "神田",
  "小倉",
  "関",
  "東",
  "西",
  "南",
  "北",
  "森",
  "林",
  "原",
  "岡",
  "島",
  "堀",
  "辻",
  "堤",
  "菅",
  // Round 17: surnames of name-data-4.ts that are also city, ward or district names.
  "目黒",
  "板橋",
  "米沢",
  "石垣",
  "大月",
  "那須",
  "伊達",
  "結城",
  "益田",
  "熱田",
  "稲毛",
  "阿久根",
  "津島",
  "上野原",
  "日置",
  "守谷",
  "菊川",
  "黒石",
  "小城",
  "新見",
  "海田",
  "勝山",
  "志賀",
  "多賀",
  "寒川",
  "茂木",
  "益子",
  "松前",
  "箕輪",
  "加治木",
  "佐原",
  "鳴海",
  "若狭",
  "但馬",
];

/** Surnames that are also place names: accepted only with a strong cue (さん, と申します, 名前は). */
export const PLACE_HOMOGRAPHS: ReadonlySet<string> = new Set([
  ...PLACE_SURNAMES,
  ...PLACE_SURNAMES.flatMap(oldForms),
]);

/** Readings of common given names (hiragana), for names written in kana (ヤマダ ハナコ). */
export const GIVEN_READINGS: ReadonlySet<string> = new Set([
  ...words(MORE_GIVEN_READINGS),
  ...words(GIVEN_READINGS_2),
  ...words(GIVEN_READINGS_3),
  ...`はなこ たろう じろう いちろう さぶろう けんた しょうた ひろと はると れん みなと ゆうま だいき たくや たくみ けんいち まこと
  おさむ ひろし たかし しげる いさむ きよし すすむ みのる ただし かずお あきら さとし りょう つばさ そうた りく いつき ゆうと
  かいと ゆうた なおき かずや たつや ゆういち ゆうこ ひな ゆい みさき さくら りん ゆいな あおい めい みう あい けいこ さちこ
  かずこ ようこ きょうこ くみこ ゆみ まゆみ あけみ ともこ なおこ みほ まい あや ちひろ まお あん かえで さき なな ななみ
  みつき えみ めぐみ かつや ともや てつや ひでき こうじ けんじ まなぶ ゆたか かおる ひかる じん はるか みゆき まさる
  ますみ まさみ さとみ なおみ かすみ きよこ はるこ とみこ ふさこ しずこ えつこ`.split(/\s+/),
]);

/** Common given names (kanji), for full names without a cue (山田太郎から電話) and relatives. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set([
  ...words(MORE_GIVEN_NAMES),
  ...words(GIVEN_NAMES_2),
  ...words(GIVEN_NAMES_3),
  ...words(GIVEN_NAMES_4),
  ...words(GIVEN_NAMES_7),
  ...`太郎 次郎 三郎 一郎 健太 翔太 大翔 陽翔 蓮 湊 悠真 大輝 拓也 拓海 健一 誠 修 浩 博 隆 茂 勇 清 進 実 稔 正 和夫 一男 明 聡 亮 翼 颯太 陸 樹 悠斗 海斗 優太 直樹 和也 達也 雄一 裕子 花子 陽菜 結衣 美咲 さくら 凛 結菜 葵 芽依 美羽 愛 優子 恵子 幸子 和子 洋子 京子 久美子 由美 真由美 明美 智子 直子 美穂 舞 彩 千尋 真央 杏 楓 紗希 奈々 七海 美月 咲 一二三 勝也 恵美 恵 智也 哲也 秀樹 英樹 浩二 健二 健 剛 学 豊 昇 薫 光 仁 涼 颯 結翔 蒼 律 陽向 湊斗 朝陽 悠人 陽太 琴音 結愛 美桜 莉子 彩花 真奈 愛子 節子 文子 春子 秋子 冬子 正子 和美 直美 雅子 典子 礼子 良子 友美 絵美 沙織 香織 麻衣 千夏 智美 由紀 早苗 ひろし たろう はなこ ゆうこ さくら あおい みゆき まさる けんた しょうた ハナコ タロウ`.split(
    /\s+/,
  ),
]);
